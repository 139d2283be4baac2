namespace Warden.Core.Agents;

/// <summary>The kind of credential an agent authenticates with.</summary>
public enum CredentialKind
{
    /// <summary>A client secret, stored only as a slow hash.</summary>
    Secret = 0,

    /// <summary>A public JWK for <c>private_key_jwt</c> (RFC 7523).</summary>
    PublicKey = 1,
}

/// <summary>One credential of an agent. Rotation sets <see cref="NotAfter"/> on the old one.</summary>
public sealed record AgentCredential
{
    public required string Id { get; init; }

    public required string AgentId { get; init; }

    public required CredentialKind Kind { get; init; }

    /// <summary>For secrets: the encoded PBKDF2 hash (see <c>SecretHasher</c>).</summary>
    public string? SecretHash { get; init; }

    /// <summary>For public keys: the JWK JSON, public members only.</summary>
    public string? PublicJwk { get; init; }

    /// <summary>For public keys: the JWK <c>kid</c> (or its thumbprint when it had none).</summary>
    public string? KeyId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>After this instant the credential no longer authenticates (rotation overlap end).</summary>
    public DateTimeOffset? NotAfter { get; init; }

    public bool IsUsable(DateTimeOffset now) => NotAfter is not { } n || n > now;
}
