using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using Warden.Core.Tokens;
using Warden.Server.Tests.Infrastructure;

namespace Warden.Server.Tests.OAuth;

public sealed class TokenExchangeTests : IAsyncLifetime
{
    private readonly TestIdentityProvider _idp = new();
    private WardenTestServer _server = null!;

    public async Task InitializeAsync() => _server = await WardenTestServer.StartAsync(c => c with
    {
        IdentityProviders = [_idp.Provider],
        Delegation = [new DelegationRule { Agents = ["label:team=finance"], Groups = ["finance"] }],
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<(HttpStatusCode Status, JsonElement Body)> ExchangeAsync(CreatedAgent agent, string subjectToken, string? scope = null, string resource = "https://api.example.com")
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("grant_type", TokenRequest.TokenExchange),
            new("subject_token", subjectToken),
            new("subject_token_type", TokenRequest.JwtTokenType),
            new("resource", resource),
        };
        if (scope is not null)
        {
            form.Add(new("scope", scope));
        }

        return _server.PostFormAsync("oauth2/token", form, WardenTestServer.Basic(agent));
    }

    [Fact]
    public async Task OwnerDelegates_TokenCarriesHumanAsSubjectAndAgentInAct()
    {
        var agent = await _server.CreateAgentAsync(owner: "alice@example.com");
        var (status, body) = await ExchangeAsync(agent, _idp.HumanToken("alice@example.com"), "read");
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.Equal(TokenRequest.AccessTokenType, body.GetProperty("issued_token_type").GetString());
        var info = await _server.IntrospectAsync(body.GetProperty("access_token").GetString()!);
        Assert.Equal("alice@example.com", info.GetProperty("sub").GetString());
        Assert.Equal(agent.Id, info.GetProperty("act").GetProperty("sub").GetString());
        Assert.Equal("read", info.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task NonOwner_CannotDelegate()
    {
        var agent = await _server.CreateAgentAsync(owner: "alice@example.com");
        var (status, body) = await ExchangeAsync(agent, _idp.HumanToken("mallory@example.com"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
        Assert.StartsWith("WRD2014", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupRule_AllowsConfiguredGroup()
    {
        var agent = await _server.CreateAgentAsync(owner: "alice@example.com", labels: new() { ["team"] = "finance" });
        var (status, _) = await ExchangeAsync(agent, _idp.HumanToken("bob@example.com", groups: ["finance"]));
        Assert.Equal(HttpStatusCode.OK, status);
        var (denied, _) = await ExchangeAsync(agent, _idp.HumanToken("carol@example.com", groups: ["sales"]));
        Assert.Equal(HttpStatusCode.BadRequest, denied);
    }

    [Fact]
    public async Task ScopeEscalation_ThroughExchange_IsRefused()
    {
        var agent = await _server.CreateAgentAsync(scopes: ["read", "write"]);
        var (status, body) = await ExchangeAsync(agent, _idp.HumanToken("alice@example.com", scope: "read"), "read write");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_scope", body.GetProperty("error").GetString());

        var (ok, okBody) = await ExchangeAsync(agent, _idp.HumanToken("alice@example.com", scope: "read delete"));
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal("read", okBody.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task UntrustedIssuer_IsRefused()
    {
        var agent = await _server.CreateAgentAsync();
        var (status, body) = await ExchangeAsync(agent, _idp.HumanToken("alice@example.com", issuer: "https://evil.example.com"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not a trusted identity provider", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongAudience_ExpiredOrForeignKey_AreRefused()
    {
        var agent = await _server.CreateAgentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await ExchangeAsync(agent, _idp.HumanToken("alice@example.com", audience: "someone-else"))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await ExchangeAsync(agent, _idp.HumanToken("alice@example.com", expires: DateTime.UtcNow.AddMinutes(-5)))).Status);
        var foreign = new RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048)) { KeyId = "idp-key-1" };
        Assert.Equal(HttpStatusCode.BadRequest, (await ExchangeAsync(agent, _idp.HumanToken("alice@example.com", key: foreign))).Status);
    }

    [Fact]
    public async Task Resource_IsRequired_AndMustBeAllowed()
    {
        var agent = await _server.CreateAgentAsync();
        var (status, body) = await ExchangeAsync(agent, _idp.HumanToken("alice@example.com"), resource: "https://other.example.com");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_target", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task SubAgentDelegation_NestsActChain_AndDepthIsLimited()
    {
        var a = await _server.CreateAgentAsync();
        var b = await _server.CreateAgentAsync();
        var c = await _server.CreateAgentAsync();
        var d = await _server.CreateAgentAsync();
        var (_, first) = await ExchangeAsync(a, _idp.HumanToken("alice@example.com"));
        var (s2, second) = await ExchangeAsync(b, first.GetProperty("access_token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, s2);
        var info = await _server.IntrospectAsync(second.GetProperty("access_token").GetString()!);
        Assert.Equal("alice@example.com", info.GetProperty("sub").GetString());
        Assert.Equal(b.Id, info.GetProperty("act").GetProperty("sub").GetString());
        Assert.Equal(a.Id, info.GetProperty("act").GetProperty("act").GetProperty("sub").GetString());

        var (s3, third) = await ExchangeAsync(c, second.GetProperty("access_token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, s3);
        var (s4, fourth) = await ExchangeAsync(d, third.GetProperty("access_token").GetString()!);
        Assert.Equal(HttpStatusCode.BadRequest, s4);
        Assert.StartsWith("WRD2015", fourth.GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubAgentWithOtherOwner_CannotReceiveDelegation()
    {
        var a = await _server.CreateAgentAsync(owner: "alice@example.com");
        var stranger = await _server.CreateAgentAsync(owner: "mallory@example.com");
        var (_, first) = await ExchangeAsync(a, _idp.HumanToken("alice@example.com"));
        var (status, _) = await ExchangeAsync(stranger, first.GetProperty("access_token").GetString()!);
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task SuspendingAnAgentInTheChain_RejectsDelegatedTokens()
    {
        var a = await _server.CreateAgentAsync();
        var b = await _server.CreateAgentAsync();
        var (_, first) = await ExchangeAsync(a, _idp.HumanToken("alice@example.com"));
        var (_, second) = await ExchangeAsync(b, first.GetProperty("access_token").GetString()!);
        var token = second.GetProperty("access_token").GetString()!;
        Assert.True((await _server.IntrospectAsync(token)).GetProperty("active").GetBoolean());
        (await _server.Admin.PostAsync($"admin/v1/agents/{a.Id}/suspend", null)).EnsureSuccessStatusCode();
        Assert.False((await _server.IntrospectAsync(token)).GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task ActorToken_IsNotSupported()
    {
        var agent = await _server.CreateAgentAsync();
        var (status, body) = await _server.PostFormAsync("oauth2/token",
        [
            new("grant_type", TokenRequest.TokenExchange),
            new("subject_token", _idp.HumanToken("alice@example.com")),
            new("subject_token_type", TokenRequest.JwtTokenType),
            new("actor_token", "x"),
            new("resource", "https://api.example.com"),
        ], WardenTestServer.Basic(agent));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_request", body.GetProperty("error").GetString());
    }
}
