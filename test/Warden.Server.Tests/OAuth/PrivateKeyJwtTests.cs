using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Warden.Core.Tokens;
using Warden.Server.Tests.Infrastructure;

namespace Warden.Server.Tests.OAuth;

public sealed class PrivateKeyJwtTests : IAsyncLifetime
{
    private readonly ECDsaSecurityKey _key = new(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = "agent-key-1" };
    private WardenTestServer _server = null!;
    private CreatedAgent _agent = null!;

    public async Task InitializeAsync()
    {
        _server = await WardenTestServer.StartAsync();
        _agent = await _server.CreateAgentAsync(jwk: PublicJwk(_key));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    internal static string PublicJwk(ECDsaSecurityKey key)
    {
        var p = key.ECDsa.ExportParameters(false);
        return JsonSerializer.Serialize(new
        {
            kty = "EC",
            crv = "P-256",
            x = Base64UrlEncoder.Encode(p.Q.X),
            y = Base64UrlEncoder.Encode(p.Q.Y),
            kid = key.KeyId,
        });
    }

    private string Assertion(string? audience = null, TimeSpan? lifetime = null, string? jti = null, SecurityKey? key = null, string? issuer = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? _agent.Id,
            Audience = audience ?? _server.BaseUrl + "/oauth2/token",
            Claims = new Dictionary<string, object> { ["sub"] = _agent.Id, ["jti"] = jti ?? Guid.NewGuid().ToString() },
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow,
            Expires = DateTime.UtcNow + (lifetime ?? TimeSpan.FromMinutes(2)),
            SigningCredentials = new SigningCredentials(key ?? _key, SecurityAlgorithms.EcdsaSha256),
        });

    private Task<(HttpStatusCode Status, JsonElement Body)> TokenAsync(string assertion) =>
        _server.PostFormAsync("oauth2/token",
        [
            new("grant_type", "client_credentials"),
            new("client_assertion_type", ClientAuthenticator.JwtBearerAssertionType),
            new("client_assertion", assertion),
        ]);

    [Fact]
    public async Task ValidAssertion_IssuesToken()
    {
        var (status, body) = await TokenAsync(Assertion());
        Assert.True(status == HttpStatusCode.OK, body.ToString());
    }

    [Fact]
    public async Task IssuerAudience_IsAccepted()
    {
        var (status, _) = await TokenAsync(Assertion(audience: _server.BaseUrl));
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task ReplayedAssertion_IsRejected()
    {
        var assertion = Assertion();
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(assertion)).Status);
        var (status, body) = await TokenAsync(assertion);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.StartsWith("WRD2006", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongLivedAssertion_IsRejected()
    {
        var (status, body) = await TokenAsync(Assertion(lifetime: TimeSpan.FromMinutes(30)));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("lifetime", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongAudience_IsRejected()
    {
        var (status, _) = await TokenAsync(Assertion(audience: "https://elsewhere.example.com"));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task UnregisteredKey_IsRejected()
    {
        var other = new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = "agent-key-1" };
        var (status, _) = await TokenAsync(Assertion(key: other));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task HmacAssertion_SignedWithPublicKeyBytes_IsRejected()
    {
        var hmac = new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(PublicJwk(_key).PadRight(64, ' ')));
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _agent.Id,
            Audience = _server.BaseUrl + "/oauth2/token",
            Claims = new Dictionary<string, object> { ["sub"] = _agent.Id, ["jti"] = Guid.NewGuid().ToString() },
            Expires = DateTime.UtcNow.AddMinutes(1),
            SigningCredentials = new SigningCredentials(hmac, SecurityAlgorithms.HmacSha256),
        });
        var (status, _) = await TokenAsync(token);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task UnsignedAssertion_IsRejected()
    {
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        var payload = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new { iss = _agent.Id, sub = _agent.Id, aud = _server.BaseUrl + "/oauth2/token", jti = "x", exp = DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds() }));
        var (status, _) = await TokenAsync($"{header}.{payload}.");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task DeletedKey_StopsWorking_AddedKeyWorks()
    {
        var second = new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = "agent-key-2" };
        using (var add = await _server.Admin.PostAsync($"admin/v1/agents/{_agent.Id}/keys", new StringContent(PublicJwk(second), System.Text.Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.Created, add.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(Assertion(key: second))).Status);
        using (var delete = await _server.Admin.DeleteAsync($"admin/v1/agents/{_agent.Id}/keys/agent-key-1"))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(Assertion())).Status);
    }

    [Fact]
    public async Task PrivateJwk_IsRefusedByAdminApi()
    {
        var p = _key.ECDsa.ExportParameters(true);
        var withPrivate = JsonSerializer.Serialize(new { kty = "EC", crv = "P-256", x = Base64UrlEncoder.Encode(p.Q.X), y = Base64UrlEncoder.Encode(p.Q.Y), d = Base64UrlEncoder.Encode(p.D) });
        using var response = await _server.Admin.PostAsync($"admin/v1/agents/{_agent.Id}/keys", new StringContent(withPrivate, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("WRD1004", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
