using System.Collections.Concurrent;
using Warden.Policy;
using Warden.Server.Configuration;

namespace Warden.Server.Gateway;

/// <summary>
/// Requests per minute and token budgets (per minute and per UTC day), in fixed windows on the injected clock.
/// Counters live in memory on this node and reset on restart (documented in docs/gateway.md). Tokens are charged from
/// the usage the upstream reports, so a call is refused once a budget is already spent, never cut off midway.
/// </summary>
internal sealed class BudgetEnforcer(WardenConfig config, TimeProvider time)
{
    private const int MaxKeys = 100_000;
    private readonly BudgetConfig[] _budgets = [.. config.Gateway.Budgets];
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Counts the request against every applicable limit, or throws 429 without counting it.</summary>
    public void Admit(GatewayCaller caller, PolicyObligations obligations)
    {
        var now = time.GetUtcNow();
        var minute = now.ToUnixTimeSeconds() / 60;
        var day = now.ToUnixTimeSeconds() / 86_400;
        var toMinute = (int)(60 - (now.ToUnixTimeSeconds() % 60));
        var toDay = (int)(86_400 - (now.ToUnixTimeSeconds() % 86_400));
        for (var i = 0; i < _budgets.Length; i++)
        {
            var b = _budgets[i];
            if (!Applies(b, caller))
            {
                continue;
            }

            if (b.TokensPerMinute is { } tpm && Get($"tpm|{i}|{caller.AgentId}", minute) >= tpm)
            {
                throw new GatewayException(GatewayErrors.TokensPerMinute(tpm, toMinute));
            }

            if (b.TokensPerDay is { } tpd && Get($"tpd|{i}|{caller.AgentId}", day) >= tpd)
            {
                throw new GatewayException(GatewayErrors.TokensPerDay(tpd, toDay));
            }

            if (b.RequestsPerMinute is { } rpm && !TryTake($"rpm|{i}|{caller.AgentId}", minute, rpm))
            {
                throw new GatewayException(GatewayErrors.RateLimited("agent budget", rpm, toMinute));
            }
        }

        foreach (var limit in obligations.RateLimits)
        {
            var subject = limit.Key switch
            {
                "owner" => caller.Principal.Owner ?? caller.AgentId,
                "initiator" => caller.Human ?? caller.AgentId,
                "global" => "*",
                _ => caller.AgentId,
            };
            if (!TryTake($"obl|{limit.Key}|{subject}", minute, limit.RequestsPerMinute))
            {
                throw new GatewayException(GatewayErrors.RateLimited($"policy rate_limit per {limit.Key}", limit.RequestsPerMinute, toMinute));
            }
        }
    }

    /// <summary>Charges the tokens the upstream reported to the caller's token budgets.</summary>
    public void Charge(GatewayCaller caller, long tokens)
    {
        if (tokens <= 0)
        {
            return;
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        for (var i = 0; i < _budgets.Length; i++)
        {
            var b = _budgets[i];
            if (!Applies(b, caller))
            {
                continue;
            }

            if (b.TokensPerMinute is not null)
            {
                Add($"tpm|{i}|{caller.AgentId}", now / 60, tokens);
            }

            if (b.TokensPerDay is not null)
            {
                Add($"tpd|{i}|{caller.AgentId}", now / 86_400, tokens);
            }
        }
    }

    internal static bool Applies(BudgetConfig budget, GatewayCaller caller)
    {
        foreach (var selector in budget.Agents)
        {
            if (selector == "*" || string.Equals(selector, caller.AgentId, StringComparison.Ordinal))
            {
                return true;
            }

            if (selector.StartsWith("label:", StringComparison.Ordinal) && selector.IndexOf('=', StringComparison.Ordinal) is var eq and > 6 &&
                caller.Principal.Labels.TryGetValue(selector[6..eq], out var value) && string.Equals(value, selector[(eq + 1)..], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private long Get(string key, long period) => _windows.TryGetValue(key, out var w) ? w.Read(period) : 0;

    private bool TryTake(string key, long period, long limit) => WindowFor(key).TryAdd(period, 1, limit);

    private void Add(string key, long period, long amount) => WindowFor(key).TryAdd(period, amount, long.MaxValue);

    private Window WindowFor(string key)
    {
        if (_windows.Count > MaxKeys)
        {
            // Bounded memory under a flood of distinct callers; losing counts only ever errs towards admitting.
            _windows.Clear();
        }

        return _windows.GetOrAdd(key, static _ => new Window());
    }

    private sealed class Window
    {
        private readonly Lock _gate = new();
        private long _period = -1;
        private long _count;

        public long Read(long period)
        {
            lock (_gate)
            {
                return _period == period ? _count : 0;
            }
        }

        public bool TryAdd(long period, long amount, long limit)
        {
            lock (_gate)
            {
                if (_period != period)
                {
                    _period = period;
                    _count = 0;
                }

                if (_count + amount > limit)
                {
                    return false;
                }

                _count += amount;
                return true;
            }
        }
    }
}
