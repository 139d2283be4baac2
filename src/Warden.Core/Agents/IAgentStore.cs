namespace Warden.Core.Agents;

/// <summary>Persistence for agents and their credentials. Implementations must be safe for concurrent use.</summary>
public interface IAgentStore
{
    /// <summary>Creates the agent and its initial credentials in one transaction.</summary>
    Task CreateAsync(Agent agent, IReadOnlyList<AgentCredential> credentials, CancellationToken cancellationToken);

    Task<Agent?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Lists agents ordered by id, starting after <see cref="AgentQuery.After"/>.</summary>
    Task<IReadOnlyList<Agent>> ListAsync(AgentQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the agent if its stored <see cref="Agent.Version"/> equals <paramref name="expectedVersion"/>.
    /// The caller passes the new record with the incremented version. Returns false on a concurrency conflict
    /// or when the agent does not exist.
    /// </summary>
    Task<bool> UpdateAsync(Agent agent, long expectedVersion, CancellationToken cancellationToken);

    Task<IReadOnlyList<AgentCredential>> GetCredentialsAsync(string agentId, CancellationToken cancellationToken);

    Task AddCredentialAsync(AgentCredential credential, CancellationToken cancellationToken);

    /// <summary>Sets <see cref="AgentCredential.NotAfter"/> on every credential of the kind that has none yet.</summary>
    Task ExpireCredentialsAsync(string agentId, CredentialKind kind, DateTimeOffset notAfter, CancellationToken cancellationToken);

    /// <summary>Deletes one credential; returns false if it did not exist on that agent.</summary>
    Task<bool> DeleteCredentialAsync(string agentId, string credentialId, CancellationToken cancellationToken);
}

/// <summary>A page request over agents.</summary>
public sealed record AgentQuery
{
    public AgentStatus? Status { get; init; }

    public string? Owner { get; init; }

    /// <summary>Cursor: return agents whose id sorts after this one.</summary>
    public string? After { get; init; }

    public int Limit { get; init; } = 100;
}
