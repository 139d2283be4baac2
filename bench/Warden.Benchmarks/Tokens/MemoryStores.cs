using Warden.Core.Agents;
using Warden.Core.Tokens;

namespace Warden.Benchmarks.Tokens;

internal sealed class MemoryKeyStore : ISigningKeyStore
{
    private readonly List<SigningKeyRecord> _keys = [];

    public Task<IReadOnlyList<SigningKeyRecord>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SigningKeyRecord>>([.. _keys]);

    public Task AddAsync(SigningKeyRecord key, CancellationToken cancellationToken)
    {
        _keys.Add(key);
        return Task.CompletedTask;
    }

    public Task RotateAsync(SigningKeyRecord next, DateTimeOffset retiredAt, DateTimeOffset oldKeysExpireAt, CancellationToken cancellationToken) => AddAsync(next, cancellationToken);
}

internal sealed class MemoryAgentStore : IAgentStore
{
    private readonly Agent _agent = new() { Id = "agt_bench", Name = "bench", Owner = "alice@example.com" };

    public Task CreateAsync(Agent agent, IReadOnlyList<AgentCredential> credentials, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<Agent?> FindAsync(string id, CancellationToken cancellationToken) => Task.FromResult<Agent?>(_agent);

    public Task<IReadOnlyList<Agent>> ListAsync(AgentQuery query, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Agent>>([_agent]);

    public Task<bool> UpdateAsync(Agent agent, long expectedVersion, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<IReadOnlyList<AgentCredential>> GetCredentialsAsync(string agentId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<AgentCredential>>([]);

    public Task AddCredentialAsync(AgentCredential credential, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ExpireCredentialsAsync(string agentId, CredentialKind kind, DateTimeOffset notAfter, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> DeleteCredentialAsync(string agentId, string credentialId, CancellationToken cancellationToken) => Task.FromResult(true);
}

internal sealed class MemoryTokenState : ITokenStateStore
{
    public Task RevokeAsync(string jti, DateTimeOffset expiresAt, DateTimeOffset revokedAt, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<RevokedToken>> GetRevokedAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<RevokedToken>>([]);

    public Task<bool> TryUseAssertionAsync(string clientId, string jti, DateTimeOffset expiresAt, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) => Task.CompletedTask;
}
