namespace Warden.Storage.Tokens;

/// <summary>Row shape of <c>revoked_tokens</c>; <see cref="Sequence"/> is assigned by the database.</summary>
internal sealed class RevokedTokenEntity
{
    public long Sequence { get; set; }

    public string Jti { get; set; } = "";

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset RevokedAt { get; set; }
}
