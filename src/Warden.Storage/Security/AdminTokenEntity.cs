namespace Warden.Storage.Security;

/// <summary>Row shape of <c>admin_tokens</c>; only the SHA-256 of a token is stored.</summary>
internal sealed class AdminTokenEntity
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string TokenHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
