using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using Warden.Core.Errors;

namespace Warden.Core.Security;

/// <summary>Parses and checks agents' public JWKs for <c>private_key_jwt</c>.</summary>
public static class PublicJwk
{
    private static readonly string[] PrivateMembers = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

    /// <summary>Returns the normalised JWK JSON and its key id, or throws a WRD1004 error.</summary>
    public static (string Json, string KeyId) Validate(string json)
    {
        if (json.Length > 16_384)
        {
            throw new WardenException(Errors.Errors.InvalidJwk("larger than 16 KiB"));
        }

        JsonElement element;
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 4 });
            element = doc.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new WardenException(Errors.Errors.InvalidJwk("not valid JSON"), ex);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new WardenException(Errors.Errors.InvalidJwk("not a JSON object"));
        }

        foreach (var member in PrivateMembers)
        {
            if (element.TryGetProperty(member, out _))
            {
                throw new WardenException(Errors.Errors.InvalidJwk($"it contains the private member '{member}'; never send private keys to Warden"));
            }
        }

        JsonWebKey key;
        try
        {
            key = new JsonWebKey(json);
        }
        catch (ArgumentException ex)
        {
            throw new WardenException(Errors.Errors.InvalidJwk("it could not be parsed"), ex);
        }

        switch (key.Kty)
        {
            case "EC" when key.Crv is "P-256" or "P-384" or "P-521" && !string.IsNullOrEmpty(key.X) && !string.IsNullOrEmpty(key.Y):
                break;
            case "RSA" when !string.IsNullOrEmpty(key.N) && !string.IsNullOrEmpty(key.E):
                if (Base64UrlEncoder.DecodeBytes(key.N).Length * 8 < 2048)
                {
                    throw new WardenException(Errors.Errors.InvalidJwk("RSA keys must be at least 2048 bits"));
                }

                break;
            default:
                throw new WardenException(Errors.Errors.InvalidJwk($"unsupported key type '{key.Kty}'"));
        }

        var kid = string.IsNullOrEmpty(key.Kid) ? Base64UrlEncoder.Encode(key.ComputeJwkThumbprint()) : key.Kid;
        return (json, kid);
    }

    public static JsonWebKey Parse(string json, string keyId)
    {
        var key = new JsonWebKey(json);
        if (string.IsNullOrEmpty(key.Kid))
        {
            key.Kid = keyId;
        }

        return key;
    }
}
