using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Warden.Core.Tokens;

namespace Warden.Server.Tests.Infrastructure;

/// <summary>A corporate identity provider for tests: an RSA key, its JWKS, and human tokens.</summary>
public sealed class TestIdentityProvider
{
    public const string Issuer = "https://idp.example.com";
    public const string Audience = "warden";
    private readonly RsaSecurityKey _key;

    public TestIdentityProvider()
    {
        _key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "idp-key-1" };
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.Rsa.ExportParameters(false)) { KeyId = _key.KeyId });
        JwksJson = "{\"keys\":[" + System.Text.Json.JsonSerializer.Serialize(new { kty = jwk.Kty, n = jwk.N, e = jwk.E, kid = jwk.Kid, alg = "RS256", use = "sig" }) + "]}";
    }

    public string JwksJson { get; }

    public TrustedIdentityProvider Provider => new()
    {
        Name = "corp",
        Issuer = Issuer,
        Audience = Audience,
        JwksJson = JwksJson,
        SubjectClaim = "email",
    };

    public string HumanToken(string email, string[]? groups = null, string? scope = null, string issuer = Issuer, string audience = Audience, DateTime? expires = null, SecurityKey? key = null)
    {
        var claims = new Dictionary<string, object> { ["email"] = email, ["sub"] = "u-" + email };
        if (groups is not null)
        {
            claims["groups"] = groups;
        }

        if (scope is not null)
        {
            claims["scope"] = scope;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = DateTime.UtcNow.AddMinutes(-1),
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = expires ?? DateTime.UtcNow.AddMinutes(30),
            SigningCredentials = new SigningCredentials(key ?? _key, SecurityAlgorithms.RsaSha256),
        });
    }
}
