using System.Collections.Concurrent;

namespace Warden.Core.Agents;

/// <summary>
/// Agent lookups for token validation. An entry lives at most <see cref="MaxAge"/>, so a suspension made on
/// another node is seen within that time; changes made through this node are invalidated at once.
/// </summary>
public sealed class AgentStatusCache(IAgentStore store, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMilliseconds(500);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CredentialsEntry> _credentials = new(StringComparer.Ordinal);

    public ValueTask<Agent?> GetAsync(string agentId, CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        if (_entries.TryGetValue(agentId, out var entry) && time.GetElapsedTime(entry.FetchedAt, now) < MaxAge)
        {
            return ValueTask.FromResult(entry.Agent);
        }

        return FetchAsync(agentId, cancellationToken);
    }

    /// <summary>The agent's credentials, with the same staleness bound as the agent itself.</summary>
    public async ValueTask<IReadOnlyList<AgentCredential>> GetCredentialsAsync(string agentId, CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        if (_credentials.TryGetValue(agentId, out var entry) && time.GetElapsedTime(entry.FetchedAt, now) < MaxAge)
        {
            return entry.Credentials;
        }

        var credentials = await store.GetCredentialsAsync(agentId, cancellationToken);
        if (_credentials.Count > 100_000)
        {
            _credentials.Clear();
        }

        _credentials[agentId] = new CredentialsEntry(credentials, time.GetTimestamp());
        return credentials;
    }

    public void Invalidate(string agentId)
    {
        _entries.TryRemove(agentId, out _);
        _credentials.TryRemove(agentId, out _);
    }

    private async ValueTask<Agent?> FetchAsync(string agentId, CancellationToken cancellationToken)
    {
        var agent = await store.FindAsync(agentId, cancellationToken);
        if (_entries.Count > 100_000)
        {
            // Bounded memory under a flood of distinct (possibly bogus) ids.
            _entries.Clear();
        }

        _entries[agentId] = new Entry(agent, time.GetTimestamp());
        return agent;
    }

    private sealed record Entry(Agent? Agent, long FetchedAt);

    private sealed record CredentialsEntry(IReadOnlyList<AgentCredential> Credentials, long FetchedAt);
}
