using System.Text.Json;
using Warden.Audit;
using Warden.Audit.Chain;
using Warden.Core.Agents;
using Warden.Core.Audit;
using Warden.Core.Errors;
using Warden.Server.Configuration;

namespace Warden.Server.Approvals;

/// <summary>Per agent, when each scope, model and tool was last used (from the audit trail).</summary>
public sealed record AgentUsage(
    string Agent, DateTimeOffset? LastUsed, IReadOnlyDictionary<string, DateTimeOffset> Scopes,
    IReadOnlyDictionary<string, DateTimeOffset> Models, IReadOnlyDictionary<string, DateTimeOffset> Tools);

/// <summary>One governance finding.</summary>
/// <param name="Kind"><c>unused_permission</c>, <c>orphaned</c>, <c>inactive</c>, <c>expired</c> or <c>stale_credential</c>.</param>
/// <param name="Agent">The agent concerned.</param>
/// <param name="Owner">The agent's owner.</param>
/// <param name="Detail">What was found, in words.</param>
/// <param name="Permissions">For unused permissions: the scopes not used within the window.</param>
/// <param name="SuggestedScopes">For unused permissions: the narrower scope list to keep.</param>
/// <param name="Action">What Warden did about it (e.g. <c>suspended</c>), if anything.</param>
public sealed record Finding(string Kind, string Agent, string Owner, string Detail, IReadOnlyList<string>? Permissions = null, IReadOnlyList<string>? SuggestedScopes = null, string? Action = null);

/// <summary>The findings report.</summary>
public sealed record FindingsReport(DateTimeOffset GeneratedAt, int Agents, IReadOnlyList<Finding> Findings);

/// <summary>
/// Access governance from the audit trail: usage evidence (token issuance 2001/2003 carry scopes, gateway calls 4001
/// carry the model, MCP tool calls 4101 carry the tool) and findings. Reads at most the newest 1,000 events of each
/// kind per agent, which is enough to date every permission an agent still uses.
/// </summary>
public sealed class GovernanceService(
    IAuditStore audit, IAgentStore agents, AgentService agentService, AgentStatusCache agentCache, IAuditSink sink, WardenConfig config, TimeProvider time)
{
    private const int McpToolCall = 4101;
    private const int PerKind = 1000;

    public GovernanceConfig Options => config.Approvals.Governance;

    public async Task<AgentUsage> UsageAsync(string agentId, CancellationToken cancellationToken)
    {
        var scopes = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var models = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var tools = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        DateTimeOffset? last = null;
        foreach (var id in new[] { AuditEventIds.TokenIssued, AuditEventIds.TokenExchanged, AuditEventIds.LlmCall, McpToolCall })
        {
            var records = await audit.SearchAsync(new AuditQuery { Agent = agentId, EventType = id.ToString(System.Globalization.CultureInfo.InvariantCulture), Limit = PerKind }, cancellationToken);
            foreach (var record in records)
            {
                var (_, e) = AuditCanonical.Parse(record.Payload);
                if (e.Outcome is not ("success" or "allow"))
                {
                    continue;
                }

                last = Max(last, e.Time);
                switch (id)
                {
                    case AuditEventIds.TokenIssued or AuditEventIds.TokenExchanged:
                        if (e.Details.TryGetValue("scope", out var s) && s is JsonElement { ValueKind: JsonValueKind.String } scope)
                        {
                            foreach (var part in scope.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                            {
                                Touch(scopes, part, e.Time);
                            }
                        }

                        break;
                    case AuditEventIds.LlmCall when e.Resource is not null:
                        Touch(models, e.Resource, e.Time);
                        break;
                    case McpToolCall when e.Resource is not null:
                        Touch(tools, e.Resource, e.Time);
                        break;
                }
            }
        }

        return new AgentUsage(agentId, last, scopes, models, tools);
    }

    /// <summary>Computes findings over every agent; with <paramref name="apply"/>, suspends inactive agents when autoSuspend is on.</summary>
    public async Task<FindingsReport> FindingsAsync(bool apply, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var o = Options;
        var findings = new List<Finding>();
        var count = 0;
        await foreach (var agent in AllAgentsAsync(cancellationToken))
        {
            if (agent.Status == AgentStatus.Deactivated)
            {
                continue;
            }

            count++;
            if (agent.IsExpired(now))
            {
                findings.Add(new Finding("expired", agent.Id, agent.Owner, $"expired at {agent.ExpiresAt:u} but is still {agent.Status.ToString().ToLowerInvariant()}; deactivate it"));
            }

            if (o.Owners is { } owners && !owners.Contains(agent.Owner, StringComparer.OrdinalIgnoreCase))
            {
                findings.Add(new Finding("orphaned", agent.Id, agent.Owner, $"owner '{agent.Owner}' is not in the owner directory (approvals.governance.owners); assign a new owner or deactivate"));
            }

            var usage = await UsageAsync(agent.Id, cancellationToken);
            var since = usage.LastUsed ?? agent.CreatedAt;
            if (agent.Status == AgentStatus.Active && now - since > TimeSpan.FromDays(o.InactiveDays))
            {
                string? action = null;
                if (apply && o.AutoSuspend)
                {
                    await agentService.SuspendAsync(agent.Id, cancellationToken);
                    await sink.RecordAsync(new AuditEvent
                    {
                        EventId = AuditEventIds.AgentAutoSuspended,
                        Type = "governance.agent_suspended",
                        Outcome = "success",
                        Actor = new AuditActor { Admin = "warden" },
                        Resource = agent.Id,
                        Action = "agent.suspend",
                        Reason = $"inactive for more than {o.InactiveDays} days (approvals.governance.autoSuspend)",
                    }, cancellationToken);
                    action = "suspended";
                }

                findings.Add(new Finding("inactive", agent.Id, agent.Owner, usage.LastUsed is { } l ? $"last used {l:u}, more than {o.InactiveDays} days ago" : $"never used in {o.InactiveDays} days", Action: action));
            }

            if (now - agent.CreatedAt > TimeSpan.FromDays(o.UnusedDays))
            {
                var cutoff = now - TimeSpan.FromDays(o.UnusedDays);
                var unused = agent.Scopes.Where(s => !usage.Scopes.TryGetValue(s, out var t) || t < cutoff).ToList();
                if (unused.Count > 0)
                {
                    var keep = agent.Scopes.Except(unused, StringComparer.Ordinal).ToList();
                    findings.Add(new Finding("unused_permission", agent.Id, agent.Owner, $"scopes not used in {o.UnusedDays} days: {string.Join(' ', unused)}", unused, keep));
                }
            }

            foreach (var credential in await agents.GetCredentialsAsync(agent.Id, cancellationToken))
            {
                if (now - credential.CreatedAt > o.CredentialMaxAge && (credential.NotAfter is null || credential.NotAfter > now))
                {
                    findings.Add(new Finding("stale_credential", agent.Id, agent.Owner, $"credential {credential.Id} ({credential.Kind.ToString().ToLowerInvariant()}) is older than {o.CredentialMaxAge.TotalDays:0} days; rotate it"));
                }
            }
        }

        await sink.RecordAsync(new AuditEvent
        {
            EventId = AuditEventIds.FindingsComputed,
            Type = "governance.findings",
            Outcome = "success",
            Actor = new AuditActor { Admin = "warden" },
            Action = "governance.findings",
            Details = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["agents"] = count,
                ["findings"] = findings.Count,
                ["byKind"] = findings.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            },
        }, cancellationToken);
        return new FindingsReport(now, count, findings);
    }

    /// <summary>Removes one scope from an agent (optimistic update, retried on a concurrent change).</summary>
    public async Task<bool> RemoveScopeAsync(string agentId, string scope, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var agent = await agents.FindAsync(agentId, cancellationToken) ?? throw new WardenException(Errors.AgentNotFound(agentId));
            if (!agent.Scopes.Contains(scope, StringComparer.Ordinal))
            {
                return false;
            }

            var updated = agent with { Scopes = [.. agent.Scopes.Where(s => !string.Equals(s, scope, StringComparison.Ordinal))], UpdatedAt = time.GetUtcNow(), Version = agent.Version + 1 };
            if (await agents.UpdateAsync(updated, agent.Version, cancellationToken))
            {
                // This node stops issuing the scope at once; others within the cache age (500 ms).
                agentCache.Invalidate(agentId);
                return true;
            }
        }

        throw new WardenException(Errors.ConcurrentUpdate(agentId));
    }

    public async IAsyncEnumerable<Agent> AllAgentsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            var page = await agents.ListAsync(new AgentQuery { After = after, Limit = 500 }, cancellationToken);
            foreach (var agent in page)
            {
                yield return agent;
            }

            if (page.Count < 500)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }

    private static void Touch(Dictionary<string, DateTimeOffset> map, string key, DateTimeOffset at)
    {
        if (!map.TryGetValue(key, out var seen) || seen < at)
        {
            map[key] = at;
        }
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;
}
