using System.Security.Cryptography;
using Warden.Core.Errors;

namespace Warden.Core.Security;

/// <summary>
/// The key-encryption key (KEK) that seals signing keys at rest with AES-256-GCM.
/// It comes from the <c>WARDEN_KEK</c> environment variable (base64, 32 bytes) or from a 0600 key file
/// that Warden creates in the data directory on first start.
/// </summary>
public sealed class KeyEncryptionKey : IDisposable
{
    public const string EnvironmentVariable = "WARDEN_KEK";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly AesGcm _aes;

    // AesGcm instances are not safe for concurrent use; the KEK now also seals MCP session ids on the request path.
    private readonly Lock _gate = new();

    public KeyEncryptionKey(byte[] key)
    {
        if (key.Length != 32)
        {
            throw new WardenException(Errors.Errors.InvalidRequest("the key-encryption key must be 32 bytes (base64 of 32 random bytes)"));
        }

        _aes = new AesGcm(key, TagSize);
        Source = "memory";
    }

    /// <summary>Where the key came from ("environment", a file path, or "memory"); never the key itself.</summary>
    public string Source { get; private init; }

    /// <summary>Loads the KEK from the environment, else from <c>kek.key</c> in <paramref name="dataDirectory"/>, creating it if missing.</summary>
    public static KeyEncryptionKey Load(string dataDirectory, string? environmentValue)
    {
        if (!string.IsNullOrWhiteSpace(environmentValue))
        {
            byte[] fromEnv;
            try
            {
                fromEnv = Convert.FromBase64String(environmentValue.Trim());
            }
            catch (FormatException ex)
            {
                throw new WardenException(Errors.Errors.InvalidRequest($"{EnvironmentVariable} is not valid base64; generate one with 'openssl rand -base64 32'"), ex);
            }

            return new KeyEncryptionKey(fromEnv) { Source = "environment" };
        }

        var path = Path.Combine(dataDirectory, "kek.key");
        if (!File.Exists(path))
        {
            SecureFile.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }

        var text = File.ReadAllText(path).Trim();
        return new KeyEncryptionKey(Convert.FromBase64String(text)) { Source = path };
    }

    public byte[] Seal(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var output = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var scope = _gate.EnterScope();
        _aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize, plaintext.Length), output.AsSpan(NonceSize + plaintext.Length), associatedData);
        return output;
    }

    public byte[] Open(ReadOnlySpan<byte> sealedData, ReadOnlySpan<byte> associatedData)
    {
        if (sealedData.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("Sealed data is truncated.");
        }

        var plaintext = new byte[sealedData.Length - NonceSize - TagSize];
        using var scope = _gate.EnterScope();
        _aes.Decrypt(sealedData[..NonceSize], sealedData.Slice(NonceSize, plaintext.Length), sealedData[^TagSize..], plaintext, associatedData);
        return plaintext;
    }

    public void Dispose() => _aes.Dispose();
}
