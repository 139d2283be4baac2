namespace Warden.Storage.Tokens;

/// <summary>Row shape of <c>used_assertions</c>: a client assertion's jti, kept until the assertion expires.</summary>
internal sealed class UsedAssertionEntity
{
    public string ClientId { get; set; } = "";

    public string Jti { get; set; } = "";

    public DateTimeOffset ExpiresAt { get; set; }
}
