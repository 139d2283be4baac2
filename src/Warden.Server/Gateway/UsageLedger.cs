using System.Collections.Concurrent;

namespace Warden.Server.Gateway;

/// <summary>
/// Token usage per agent and per human initiator, as reported by upstreams. In memory on this node: it resets on
/// restart and is not shared between nodes (documented in docs/gateway.md).
/// </summary>
internal sealed class UsageLedger(TimeProvider time)
{
    private const int MaxKeys = 100_000;
    private readonly ConcurrentDictionary<string, Counter> _agents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Counter> _humans = new(StringComparer.Ordinal);

    public DateTimeOffset Since { get; } = time.GetUtcNow();

    public void Record(GatewayCaller caller, TokenUsage usage)
    {
        Bucket(_agents, caller.AgentId).Add(usage);
        if (caller.Human is { } human)
        {
            Bucket(_humans, human).Add(usage);
        }
    }

    public UsageView? Agent(string id) => _agents.TryGetValue(id, out var c) ? c.View(id) : null;

    public UsageView? Human(string subject) => _humans.TryGetValue(subject, out var c) ? c.View(subject) : null;

    public IReadOnlyList<UsageView> Agents => [.. _agents.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value.View(p.Key))];

    public IReadOnlyList<UsageView> Humans => [.. _humans.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value.View(p.Key))];

    private static Counter Bucket(ConcurrentDictionary<string, Counter> map, string key)
    {
        if (map.Count > MaxKeys && !map.ContainsKey(key))
        {
            key = "(other)";
        }

        return map.GetOrAdd(key, static _ => new Counter());
    }

    private sealed class Counter
    {
        private long _requests;
        private long _prompt;
        private long _completion;
        private long _total;

        public void Add(TokenUsage u)
        {
            Interlocked.Increment(ref _requests);
            Interlocked.Add(ref _prompt, u.PromptTokens);
            Interlocked.Add(ref _completion, u.CompletionTokens);
            Interlocked.Add(ref _total, u.TotalTokens);
        }

        public UsageView View(string id) => new(id, Interlocked.Read(ref _requests), Interlocked.Read(ref _prompt), Interlocked.Read(ref _completion), Interlocked.Read(ref _total));
    }
}

/// <summary>Token counts from an upstream <c>usage</c> object.</summary>
internal readonly record struct TokenUsage(long PromptTokens, long CompletionTokens, long TotalTokens);

/// <summary>Usage totals for one agent or human since the node started.</summary>
internal sealed record UsageView(string Id, long Requests, long PromptTokens, long CompletionTokens, long TotalTokens);
