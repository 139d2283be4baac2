using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Warden.Core.Security;
using Warden.Core.Tokens;

namespace Warden.Audit.Chain;

/// <summary>Signs and checks checkpoints of the chain head with Warden's ES256 signing keys.</summary>
public static class CheckpointSigner
{
    /// <summary>The exact bytes signed: versioned so the format can change without ambiguity.</summary>
    public static byte[] SigningInput(long sequence, string hash, DateTimeOffset signedAt) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"warden-audit-checkpoint/v1\n{sequence}\n{hash}\n{AuditCanonical.FormatTime(signedAt)}"));

    public static AuditCheckpoint Sign(SigningKeyRing keys, ChainAnchor head, DateTimeOffset now)
    {
        var signedAt = AuditCanonical.TruncateToMicroseconds(now);
        var (kid, signature) = keys.Sign(SigningInput(head.Sequence, head.Hash, signedAt));
        return new AuditCheckpoint
        {
            Sequence = head.Sequence,
            Hash = head.Hash,
            SignedAt = signedAt,
            KeyId = kid,
            Signature = RandomIds.Base64Url(signature),
            PublicJwk = keys.PublicJwk(kid),
        };
    }

    public static bool Verify(AuditCheckpoint checkpoint, Func<string, ECDsa?> publicKeys)
    {
        var key = publicKeys(checkpoint.KeyId);
        if (key is null)
        {
            return false;
        }

        try
        {
            var signature = System.Buffers.Text.Base64Url.DecodeFromChars(checkpoint.Signature);
            return key.VerifyData(SigningInput(checkpoint.Sequence, checkpoint.Hash, checkpoint.SignedAt), signature, HashAlgorithmName.SHA256);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>
    /// Trusted keys from the signing key table. With the key-encryption key, only keys Warden itself sealed are
    /// trusted: a public key an attacker added to the table does not open, so re-signed checkpoints fail.
    /// </summary>
    public static Dictionary<string, ECDsa> KeysFrom(IEnumerable<SigningKeyRecord> records, KeyEncryptionKey? kek)
    {
        var keys = new Dictionary<string, ECDsa>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (kek is not null)
            {
                try
                {
                    kek.Open(record.EncryptedPrivateKey, Encoding.UTF8.GetBytes(record.Kid));
                }
                catch (CryptographicException)
                {
                    continue;
                }
            }

            if (FromJwk(record.PublicJwk) is { } key)
            {
                keys[record.Kid] = key;
            }
        }

        return keys;
    }

    /// <summary>Keys from a JWKS document (e.g. saved from <c>/oauth2/jwks</c>).</summary>
    public static Dictionary<string, ECDsa> KeysFromJwks(string jwks)
    {
        var keys = new Dictionary<string, ECDsa>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(jwks);
        foreach (var jwk in doc.RootElement.GetProperty("keys").EnumerateArray())
        {
            if (jwk.TryGetProperty("kid", out var kid) && FromJwk(jwk.GetRawText()) is { } key)
            {
                keys[kid.GetString()!] = key;
            }
        }

        return keys;
    }

    public static ECDsa? FromJwk(string jwk)
    {
        using var doc = JsonDocument.Parse(jwk);
        var r = doc.RootElement;
        if (!r.TryGetProperty("kty", out var kty) || kty.GetString() != "EC" || !r.TryGetProperty("x", out var x) || !r.TryGetProperty("y", out var y))
        {
            return null;
        }

        return ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint
            {
                X = System.Buffers.Text.Base64Url.DecodeFromChars(x.GetString()),
                Y = System.Buffers.Text.Base64Url.DecodeFromChars(y.GetString()),
            },
        });
    }
}
