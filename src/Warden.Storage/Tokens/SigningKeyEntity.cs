namespace Warden.Storage.Tokens;

/// <summary>Row shape of <c>signing_keys</c>. The private key arrives already sealed by the key-encryption key.</summary>
internal sealed class SigningKeyEntity
{
    public string Kid { get; set; } = "";

    public string Algorithm { get; set; } = "";

    public string PublicJwk { get; set; } = "";

    public byte[] EncryptedPrivateKey { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }
}
