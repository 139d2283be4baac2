using Warden.Core.Errors;
using Warden.Core.Security;
using Warden.Core.Tokens;

namespace Warden.Core.Agents;

/// <summary>What an admin sends to create an agent.</summary>
public sealed record CreateAgentCommand
{
    public string? Name { get; init; }

    public string? Owner { get; init; }

    public string? Description { get; init; }

    public Dictionary<string, string>? Labels { get; init; }

    public List<string>? Scopes { get; init; }

    public List<string>? Audiences { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Optional public JWK for private_key_jwt; when given, no secret is generated unless asked.</summary>
    public string? PublicJwk { get; init; }
}

/// <summary>A created agent and its client secret, which is shown exactly once.</summary>
public sealed record CreatedAgent(Agent Agent, string? ClientSecret);

/// <summary>Agent lifecycle: create, suspend, resume, deactivate, rotate secrets, manage keys.</summary>
public sealed class AgentService(IAgentStore store, AgentStatusCache statusCache, TokenOptions options, TimeProvider time)
{
    public async Task<CreatedAgent> CreateAsync(CreateAgentCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var errors = AgentValidation.Validate(command, now);
        if (errors.Count > 0)
        {
            throw new WardenException(Errors.Errors.InvalidRequest(string.Join("; ", errors)));
        }

        var agent = new Agent
        {
            Id = RandomIds.New("agt_", 12),
            Name = command.Name!.Trim(),
            Owner = command.Owner!.Trim(),
            Description = command.Description ?? "",
            Labels = command.Labels ?? new Dictionary<string, string>(StringComparer.Ordinal),
            Scopes = command.Scopes?.Distinct(StringComparer.Ordinal).ToList() ?? [],
            Audiences = command.Audiences?.Distinct(StringComparer.Ordinal).ToList() ?? [],
            CreatedAt = now,
            UpdatedAt = now,
            ExpiresAt = command.ExpiresAt,
            Version = 1,
        };
        var credentials = new List<AgentCredential>();
        string? secret = null;
        if (command.PublicJwk is not null)
        {
            credentials.Add(NewKeyCredential(agent.Id, command.PublicJwk, now));
        }
        else
        {
            secret = RandomIds.Secret("wsk_");
            credentials.Add(NewSecretCredential(agent.Id, secret, now));
        }

        await store.CreateAsync(agent, credentials, cancellationToken);
        return new CreatedAgent(agent, secret);
    }

    public async Task<Agent> GetAsync(string id, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) ?? throw new WardenException(Errors.Errors.AgentNotFound(id));

    public Task<Agent> SuspendAsync(string id, CancellationToken cancellationToken) => ChangeStatusAsync(id, AgentStatus.Suspended, cancellationToken);

    public Task<Agent> ResumeAsync(string id, CancellationToken cancellationToken) => ChangeStatusAsync(id, AgentStatus.Active, cancellationToken);

    public Task<Agent> DeactivateAsync(string id, CancellationToken cancellationToken) => ChangeStatusAsync(id, AgentStatus.Deactivated, cancellationToken);

    /// <summary>Adds a new secret; existing secrets keep working for the configured overlap, then stop.</summary>
    public async Task<(string Secret, DateTimeOffset OldSecretsValidUntil)> RotateSecretAsync(string id, CancellationToken cancellationToken)
    {
        var agent = await RequireChangeableAsync(id, cancellationToken);
        var now = time.GetUtcNow();
        var until = now + options.SecretRotationOverlap;
        await store.ExpireCredentialsAsync(agent.Id, CredentialKind.Secret, until, cancellationToken);
        var secret = RandomIds.Secret("wsk_");
        await store.AddCredentialAsync(NewSecretCredential(agent.Id, secret, now), cancellationToken);
        statusCache.Invalidate(agent.Id);
        return (secret, until);
    }

    public async Task<AgentCredential> AddKeyAsync(string id, string publicJwk, CancellationToken cancellationToken)
    {
        var agent = await RequireChangeableAsync(id, cancellationToken);
        var credential = NewKeyCredential(agent.Id, publicJwk, time.GetUtcNow());
        var existing = await store.GetCredentialsAsync(agent.Id, cancellationToken);
        if (existing.Any(c => c.Kind == CredentialKind.PublicKey && string.Equals(c.KeyId, credential.KeyId, StringComparison.Ordinal)))
        {
            throw new WardenException(Errors.Errors.InvalidJwk($"the agent already has a key with kid '{credential.KeyId}'"));
        }

        await store.AddCredentialAsync(credential, cancellationToken);
        statusCache.Invalidate(agent.Id);
        return credential;
    }

    public async Task DeleteKeyAsync(string id, string credentialId, CancellationToken cancellationToken)
    {
        var agent = await GetAsync(id, cancellationToken);
        var credentials = await store.GetCredentialsAsync(agent.Id, cancellationToken);
        var match = credentials.FirstOrDefault(c => c.Kind == CredentialKind.PublicKey &&
            (string.Equals(c.Id, credentialId, StringComparison.Ordinal) || string.Equals(c.KeyId, credentialId, StringComparison.Ordinal)))
            ?? throw new WardenException(Errors.Errors.CredentialNotFound(credentialId));
        await store.DeleteCredentialAsync(agent.Id, match.Id, cancellationToken);
        statusCache.Invalidate(agent.Id);
    }

    public Task<IReadOnlyList<AgentCredential>> GetCredentialsAsync(string id, CancellationToken cancellationToken) => store.GetCredentialsAsync(id, cancellationToken);

    private async Task<Agent> ChangeStatusAsync(string id, AgentStatus status, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var agent = await GetAsync(id, cancellationToken);
            if (agent.Status == AgentStatus.Deactivated)
            {
                if (status == AgentStatus.Deactivated)
                {
                    return agent;
                }

                throw new WardenException(Errors.Errors.AgentDeactivated(id));
            }

            if (agent.Status == status)
            {
                return agent;
            }

            var updated = agent with { Status = status, UpdatedAt = time.GetUtcNow(), Version = agent.Version + 1 };
            if (await store.UpdateAsync(updated, agent.Version, cancellationToken))
            {
                statusCache.Invalidate(id);
                return updated;
            }
        }

        throw new WardenException(Errors.Errors.ConcurrentUpdate(id));
    }

    private async Task<Agent> RequireChangeableAsync(string id, CancellationToken cancellationToken)
    {
        var agent = await GetAsync(id, cancellationToken);
        return agent.Status == AgentStatus.Deactivated ? throw new WardenException(Errors.Errors.AgentDeactivated(id)) : agent;
    }

    private static AgentCredential NewSecretCredential(string agentId, string secret, DateTimeOffset now) => new()
    {
        Id = RandomIds.New("crd_", 9),
        AgentId = agentId,
        Kind = CredentialKind.Secret,
        SecretHash = SecretHasher.Hash(secret),
        CreatedAt = now,
    };

    private static AgentCredential NewKeyCredential(string agentId, string jwk, DateTimeOffset now)
    {
        var (json, kid) = PublicJwk.Validate(jwk);
        return new AgentCredential
        {
            Id = RandomIds.New("crd_", 9),
            AgentId = agentId,
            Kind = CredentialKind.PublicKey,
            PublicJwk = json,
            KeyId = kid,
            CreatedAt = now,
        };
    }
}
