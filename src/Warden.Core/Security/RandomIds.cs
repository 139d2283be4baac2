using System.Security.Cryptography;

namespace Warden.Core.Security;

/// <summary>Random identifiers and secrets, base64url without padding.</summary>
public static class RandomIds
{
    public static string New(string prefix, int bytes = 12) => prefix + Base64Url(RandomNumberGenerator.GetBytes(bytes));

    /// <summary>A 256-bit secret.</summary>
    public static string Secret(string prefix) => prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Base64Url(ReadOnlySpan<byte> data) => System.Buffers.Text.Base64Url.EncodeToString(data);
}
