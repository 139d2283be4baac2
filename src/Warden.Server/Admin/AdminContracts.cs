using Warden.Core.Agents;

namespace Warden.Server.Admin;

/// <summary>An agent as the admin API shows it: never any secret.</summary>
public sealed record AgentView
{
    public required string Id { get; init; }

    public required string ClientId { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public required string Owner { get; init; }

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public IReadOnlyList<string> Scopes { get; init; } = [];

    public IReadOnlyList<string> Audiences { get; init; } = [];

    public AgentStatus Status { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public IReadOnlyList<CredentialView>? Credentials { get; init; }

    public static AgentView From(Agent a, IReadOnlyList<AgentCredential>? credentials = null) => new()
    {
        Id = a.Id,
        ClientId = a.ClientId,
        Name = a.Name,
        Description = a.Description,
        Owner = a.Owner,
        Labels = a.Labels,
        Scopes = a.Scopes,
        Audiences = a.Audiences,
        Status = a.Status,
        CreatedAt = a.CreatedAt,
        UpdatedAt = a.UpdatedAt,
        ExpiresAt = a.ExpiresAt,
        Credentials = credentials?.Select(CredentialView.From).ToList(),
    };
}

/// <summary>Credential metadata: kind, key id, validity. The secret hash and JWK are not shown.</summary>
public sealed record CredentialView(string Id, CredentialKind Kind, string? KeyId, DateTimeOffset CreatedAt, DateTimeOffset? NotAfter)
{
    public static CredentialView From(AgentCredential c) => new(c.Id, c.Kind, c.KeyId, c.CreatedAt, c.NotAfter);
}

/// <summary>The answer to agent creation: the only time the client secret is shown.</summary>
public sealed record CreatedAgentView(string Id, string ClientId, string? ClientSecret, AgentView Agent);

/// <summary>A page of agents; pass <see cref="Next"/> as <c>after</c> to continue.</summary>
public sealed record AgentPage(IReadOnlyList<AgentView> Items, string? Next);

/// <summary>The answer to a secret rotation.</summary>
public sealed record RotatedSecretView(string ClientSecret, DateTimeOffset PreviousSecretsValidUntil);

/// <summary>A signing key as listed by the admin API.</summary>
public sealed record SigningKeyView(string Kid, string Algorithm, DateTimeOffset CreatedAt, DateTimeOffset? RetiredAt, DateTimeOffset? ExpiresAt);
