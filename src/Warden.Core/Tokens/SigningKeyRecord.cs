namespace Warden.Core.Tokens;

/// <summary>A stored token-signing key. The private key is encrypted with the key-encryption key.</summary>
public sealed record SigningKeyRecord
{
    public required string Kid { get; init; }

    public string Algorithm { get; init; } = "ES256";

    /// <summary>The public JWK JSON published in the JWKS.</summary>
    public required string PublicJwk { get; init; }

    /// <summary>AES-256-GCM sealed PKCS#8 private key (nonce | ciphertext | tag).</summary>
    public required byte[] EncryptedPrivateKey { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a newer key replaced this one for signing; null while it is the active key.</summary>
    public DateTimeOffset? RetiredAt { get; init; }

    /// <summary>After this instant no token it signed can still be valid, so it leaves the JWKS.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
