using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Warden.Core.Approvals;
using Warden.Server.Configuration;
using Warden.Server.Tests.Infrastructure;

namespace Warden.Server.Tests.Approvals;

/// <summary>Just-in-time elevation: bounded requests, approval, tokens in the window, expiry and early revocation.</summary>
public sealed class ElevationTests : IAsyncLifetime
{
    private readonly TestIdentityProvider _idp = new();
    private WardenTestServer _server = null!;

    public async Task InitializeAsync() => _server = await WardenTestServer.StartAsync(c => c with
    {
        IdentityProviders = [_idp.Provider],
        Approvals = new ApprovalsConfig
        {
            Elevation = new ElevationConfig
            {
                MaxDuration = TimeSpan.FromHours(8),
                Approvers = ["admin", "group:security"],
                Allowed = [new ElevationBound { Agents = ["label:team=finance"], Scopes = ["write", "payments.transfer"], MaxDuration = TimeSpan.FromHours(2) }],
            },
        },
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<CreatedAgent> FinanceAgentAsync() =>
        _server.CreateAgentAsync(owner: "alice@example.com", scopes: ["read"], labels: new Dictionary<string, string> { ["team"] = "finance" });

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string bearer, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await _server.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private Task<(HttpStatusCode Status, JsonElement Body)> RequestAsync(string bearer, string agent, string[] scopes, string duration) =>
        SendAsync(HttpMethod.Post, "admin/v1/elevations", bearer, new { agent, scopes, justification = "month-end close", duration });

    private async Task<string> ApprovedGrantAsync(CreatedAgent agent, string duration = "1h")
    {
        var agentToken = await _server.TokenAsync(agent);
        var (status, body) = await RequestAsync(agentToken, agent.Id, ["payments.transfer"], duration);
        Assert.True(status == HttpStatusCode.Created, body.ToString());
        var id = body.GetProperty("id").GetString()!;
        (status, body) = await SendAsync(HttpMethod.Post, $"admin/v1/elevations/{id}/approve", _server.AdminToken, new { reason = "ticket FIN-12" });
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.Equal("active", body.GetProperty("state").GetString());
        return id;
    }

    [Fact]
    public async Task ApprovedElevation_LetsTokensCarryTheScope_UntilItExpiresByItself()
    {
        var agent = await FinanceAgentAsync();
        var (status, body) = await _server.ClientCredentialsAsync(agent, "read payments.transfer");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("WRD2011", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);

        var grant = await ApprovedGrantAsync(agent);
        (status, body) = await _server.ClientCredentialsAsync(agent, "read payments.transfer");
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.Equal("read payments.transfer", body.GetProperty("scope").GetString());
        Assert.True(body.GetProperty("expires_in").GetInt32() <= 3600);
        var elevated = body.GetProperty("access_token").GetString()!;
        Assert.True((await _server.IntrospectAsync(elevated)).GetProperty("active").GetBoolean());

        // Without asking for the extra scope, a token is a normal one.
        var (_, plain) = await _server.ClientCredentialsAsync(agent);
        Assert.Equal("read", plain.GetProperty("scope").GetString());

        _server.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        (status, body) = await _server.ClientCredentialsAsync(agent, "read payments.transfer");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False((await _server.IntrospectAsync(elevated)).GetProperty("active").GetBoolean());
        Assert.Equal(1, await _server.Services.GetRequiredService<ElevationService>().SweepAsync(CancellationToken.None));
        var (_, shown) = await SendAsync(HttpMethod.Get, $"admin/v1/elevations/{grant}", _server.AdminToken);
        Assert.Equal("expired", shown.GetProperty("state").GetString());
    }

    [Fact]
    public async Task RevokedElevation_RejectsTokensCarryingIt_AndKeepsOthers()
    {
        var agent = await FinanceAgentAsync();
        var grant = await ApprovedGrantAsync(agent);
        var elevated = (await _server.ClientCredentialsAsync(agent, "payments.transfer")).Body.GetProperty("access_token").GetString()!;
        var plain = await _server.TokenAsync(agent);

        var (status, body) = await SendAsync(HttpMethod.Post, $"admin/v1/elevations/{grant}/revoke", _idp.HumanToken("alice@example.com"), new { reason = "done early" });
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.Equal("revoked", body.GetProperty("state").GetString());

        Assert.False((await _server.IntrospectAsync(elevated)).GetProperty("active").GetBoolean());
        Assert.True((await _server.IntrospectAsync(plain)).GetProperty("active").GetBoolean());
        (status, body) = await SendAsync(HttpMethod.Post, "admin/v1/elevations", elevated, new { agent = agent.Id, scopes = new[] { "write" }, justification = "x", duration = "1h" });
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("WRD7007", body.GetProperty("errorId").GetString());
        (status, _) = await _server.ClientCredentialsAsync(agent, "payments.transfer");
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task ElevationLongerThanAllowed_IsWRD7011()
    {
        var agent = await FinanceAgentAsync();
        var (status, body) = await RequestAsync(await _server.TokenAsync(agent), agent.Id, ["payments.transfer"], "3h");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("WRD7011", body.GetProperty("errorId").GetString());
        Assert.Contains("2h", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ElevationToForbiddenScopes_IsWRD7012_AndAgentsOutsideTheBoundGetNothing()
    {
        var agent = await FinanceAgentAsync();
        var (status, body) = await RequestAsync(await _server.TokenAsync(agent), agent.Id, ["payments.transfer", "admin.all"], "1h");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("WRD7012", body.GetProperty("errorId").GetString());
        Assert.Contains("admin.all", body.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var outsider = await _server.CreateAgentAsync(owner: "alice@example.com", scopes: ["read"], labels: new Dictionary<string, string> { ["team"] = "ops" });
        (status, body) = await RequestAsync(_server.AdminToken, outsider.Id, ["write"], "10m");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("WRD7012", body.GetProperty("errorId").GetString());
    }

    [Fact]
    public async Task OnlyTheAgentOrItsOwnerMayAsk_AndTheOwnerMayNotApprove()
    {
        var agent = await FinanceAgentAsync();
        var other = await FinanceAgentAsync();
        var (status, body) = await RequestAsync(await _server.TokenAsync(other), agent.Id, ["write"], "1h");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("WRD7014", body.GetProperty("errorId").GetString());

        (status, body) = await RequestAsync(_idp.HumanToken("alice@example.com"), agent.Id, ["write"], "1h");
        Assert.True(status == HttpStatusCode.Created, body.ToString());
        var id = body.GetProperty("id").GetString()!;

        (status, body) = await SendAsync(HttpMethod.Post, $"admin/v1/elevations/{id}/approve", _idp.HumanToken("alice@example.com", ["security"]), new { reason = "self" });
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("WRD7005", body.GetProperty("errorId").GetString());
        (status, body) = await SendAsync(HttpMethod.Post, $"admin/v1/elevations/{id}/approve", _idp.HumanToken("mallory@example.com", ["staff"]), new { reason = "sure" });
        Assert.Equal("WRD7004", body.GetProperty("errorId").GetString());
        (status, body) = await SendAsync(HttpMethod.Post, $"admin/v1/elevations/{id}/approve", _idp.HumanToken("sam@example.com", ["security"]), new { reason = "ok" });
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        (status, body) = await SendAsync(HttpMethod.Post, $"admin/v1/elevations/{id}/deny", _server.AdminToken, new { reason = "late" });
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("WRD7013", body.GetProperty("errorId").GetString());
    }
}
