using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Warden.Server.Tests.Infrastructure;

namespace Warden.Server.Tests.OAuth;

public sealed class ClientCredentialsTests : IAsyncLifetime
{
    private WardenTestServer _server = null!;

    public async Task InitializeAsync() => _server = await WardenTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Metadata_AdvertisesEndpointsAndMethods()
    {
        var json = await _server.Http.GetStringAsync(".well-known/oauth-authorization-server");
        Assert.Contains($"\"issuer\":\"{_server.BaseUrl}\"", json, StringComparison.Ordinal);
        Assert.Contains("\"token_endpoint\":\"" + _server.BaseUrl + "/oauth2/token\"", json, StringComparison.Ordinal);
        Assert.Contains("private_key_jwt", json, StringComparison.Ordinal);
        Assert.Contains("urn:ietf:params:oauth:grant-type:token-exchange", json, StringComparison.Ordinal);
        var jwks = await _server.Http.GetStringAsync("oauth2/jwks");
        Assert.Contains("\"crv\":\"P-256\"", jwks, StringComparison.Ordinal);
        Assert.DoesNotContain("\"d\"", jwks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretBasic_IssuesShortLivedAudienceBoundJwt()
    {
        var agent = await _server.CreateAgentAsync();
        var (status, body) = await _server.ClientCredentialsAsync(agent, "read");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(300, body.GetProperty("expires_in").GetInt32());
        var token = body.GetProperty("access_token").GetString()!;
        var header = Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(token.Split('.')[0]));
        Assert.Contains("\"typ\":\"at+jwt\"", header, StringComparison.Ordinal);
        Assert.Contains("\"alg\":\"ES256\"", header, StringComparison.Ordinal);

        var introspection = await _server.IntrospectAsync(token);
        Assert.True(introspection.GetProperty("active").GetBoolean());
        Assert.Equal("read", introspection.GetProperty("scope").GetString());
        Assert.Equal("https://api.example.com", introspection.GetProperty("aud").GetString());
        Assert.Equal(agent.Id, introspection.GetProperty("client_id").GetString());
    }

    [Fact]
    public async Task SecretPost_Works()
    {
        var agent = await _server.CreateAgentAsync();
        var (status, _) = await _server.PostFormAsync("oauth2/token",
            [new("grant_type", "client_credentials"), new("client_id", agent.Id), new("client_secret", agent.Secret!)]);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task WrongSecret_IsInvalidClient()
    {
        var agent = await _server.CreateAgentAsync();
        var (status, body) = await _server.ClientCredentialsAsync(agent with { Secret = "wsk_wrong" });
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
        Assert.StartsWith("WRD2001", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScopeOutsideAllowed_IsInvalidScope()
    {
        var agent = await _server.CreateAgentAsync(scopes: ["read"]);
        var (status, body) = await _server.ClientCredentialsAsync(agent, "read admin");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_scope", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task UnknownResource_IsInvalidTarget()
    {
        var agent = await _server.CreateAgentAsync();
        var (status, body) = await _server.ClientCredentialsAsync(agent, resource: "https://evil.example.com");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_target", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task UnsupportedGrant_IsRejected()
    {
        var agent = await _server.CreateAgentAsync();
        var (status, body) = await _server.PostFormAsync("oauth2/token", [new("grant_type", "password")], WardenTestServer.Basic(agent));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("unsupported_grant_type", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task TwoAuthenticationMethods_AreRejected()
    {
        var agent = await _server.CreateAgentAsync();
        var (status, body) = await _server.PostFormAsync("oauth2/token",
            [new("grant_type", "client_credentials"), new("client_id", agent.Id), new("client_secret", agent.Secret!)], WardenTestServer.Basic(agent));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_request", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task RotatedSecret_OldWorksDuringOverlapThenStops()
    {
        var agent = await _server.CreateAgentAsync();
        using var response = await _server.Admin.PostAsync($"admin/v1/agents/{agent.Id}/secrets", null);
        response.EnsureSuccessStatusCode();
        var rotated = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("clientSecret").GetString()!;

        Assert.Equal(HttpStatusCode.OK, (await _server.ClientCredentialsAsync(agent)).Status);
        Assert.Equal(HttpStatusCode.OK, (await _server.ClientCredentialsAsync(agent with { Secret = rotated })).Status);

        _server.Clock.Advance(TimeSpan.FromHours(25));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _server.ClientCredentialsAsync(agent)).Status);
        Assert.Equal(HttpStatusCode.OK, (await _server.ClientCredentialsAsync(agent with { Secret = rotated })).Status);
    }

    [Fact]
    public async Task ExpiredAgent_CannotAuthenticate()
    {
        var agent = await _server.CreateAgentAsync();
        var token = await _server.TokenAsync(agent);
        using var response = await _server.Admin.PostAsync("admin/v1/agents", System.Net.Http.Json.JsonContent.Create(new
        {
            name = "short-lived",
            owner = "alice@example.com",
            scopes = new[] { "read" },
            audiences = new[] { "https://api.example.com" },
            expiresAt = _server.Clock.GetUtcNow().AddMinutes(1),
        }));
        var created = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var shortLived = new CreatedAgent(created.GetProperty("id").GetString()!, created.GetProperty("clientSecret").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _server.ClientCredentialsAsync(shortLived)).Status);
        _server.Clock.Advance(TimeSpan.FromMinutes(2));
        var (status, body) = await _server.ClientCredentialsAsync(shortLived);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.StartsWith("WRD2003", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        Assert.NotNull(token);
    }

    [Fact]
    public async Task Revocation_ByHolder_DeactivatesToken()
    {
        var agent = await _server.CreateAgentAsync();
        var token = await _server.TokenAsync(agent);
        var (status, _) = await _server.PostFormAsync("oauth2/revoke", [new("token", token)], WardenTestServer.Basic(agent));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False((await _server.IntrospectAsync(token)).GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Revocation_ByAnotherClient_HasNoEffect()
    {
        var holder = await _server.CreateAgentAsync();
        var other = await _server.CreateAgentAsync();
        var token = await _server.TokenAsync(holder);
        var (status, _) = await _server.PostFormAsync("oauth2/revoke", [new("token", token)], WardenTestServer.Basic(other));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True((await _server.IntrospectAsync(token)).GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Introspection_RequiresAuthentication()
    {
        var agent = await _server.CreateAgentAsync();
        var token = await _server.TokenAsync(agent);
        var (status, body) = await _server.PostFormAsync("oauth2/introspect", [new("token", token)]);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
        var (badAdmin, _) = await _server.PostFormAsync("oauth2/introspect", [new("token", token)], new AuthenticationHeaderValue("Bearer", "wat_wrong"));
        Assert.Equal(HttpStatusCode.Unauthorized, badAdmin);
    }

    [Fact]
    public async Task KeyRotation_OldTokensStillValidate_NewTokensUseNewKid()
    {
        var agent = await _server.CreateAgentAsync();
        var before = await _server.TokenAsync(agent);
        using var rotate = await _server.Admin.PostAsync("admin/v1/keys/rotate", null);
        rotate.EnsureSuccessStatusCode();
        var after = await _server.TokenAsync(agent);
        Assert.NotEqual(before.Split('.')[0], after.Split('.')[0]);
        Assert.True((await _server.IntrospectAsync(before)).GetProperty("active").GetBoolean());
        Assert.True((await _server.IntrospectAsync(after)).GetProperty("active").GetBoolean());
        var jwks = await _server.Http.GetStringAsync("oauth2/jwks");
        Assert.Equal(2, jwks.Split("\"kid\"").Length - 1);
    }
}
