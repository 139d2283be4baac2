namespace Warden.Core.Tokens;

/// <summary>A revoked token, kept until it would have expired anyway.</summary>
public sealed record RevokedToken
{
    /// <summary>Store-assigned increasing sequence, used by nodes to poll for new revocations.</summary>
    public long Sequence { get; init; }

    public required string Jti { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset RevokedAt { get; init; }
}

/// <summary>Shared token state: revocations and used client-assertion ids.</summary>
public interface ITokenStateStore
{
    /// <summary>Records a revocation; revoking the same jti twice is not an error.</summary>
    Task RevokeAsync(string jti, DateTimeOffset expiresAt, DateTimeOffset revokedAt, CancellationToken cancellationToken);

    /// <summary>Revocations with a sequence greater than <paramref name="afterSequence"/>, in order.</summary>
    Task<IReadOnlyList<RevokedToken>> GetRevokedAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically records a client assertion's jti. Returns false when the same client already used it
    /// (a replay). Must be atomic across nodes (a unique constraint).
    /// </summary>
    Task<bool> TryUseAssertionAsync(string clientId, string jti, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Deletes revocations and used assertions that have expired.</summary>
    Task PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
