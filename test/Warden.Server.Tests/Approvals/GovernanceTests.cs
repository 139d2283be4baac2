using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Warden.Audit;
using Warden.Core.Audit;
using Warden.Server.Approvals;
using Warden.Server.Configuration;
using Warden.Server.Tests.Infrastructure;

namespace Warden.Server.Tests.Approvals;

/// <summary>Usage evidence, findings and access reviews against the real audit trail.</summary>
public sealed class GovernanceTests : IAsyncLifetime
{
    private readonly TestIdentityProvider _idp = new();
    private WardenTestServer _server = null!;

    public async Task InitializeAsync() => _server = await WardenTestServer.StartAsync(c => c with
    {
        IdentityProviders = [_idp.Provider],
        Approvals = new ApprovalsConfig
        {
            Governance = new GovernanceConfig { UnusedDays = 30, InactiveDays = 30, AutoSuspend = true, CredentialMaxAge = TimeSpan.FromDays(90), Owners = ["alice@example.com"] },
        },
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

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

    [Fact]
    public async Task AccessReview_RemovesAnUnusedPermission_DecidedByTheOwner()
    {
        var agent = await _server.CreateAgentAsync(owner: "alice@example.com", scopes: ["read", "write"]);
        await _server.TokenAsync(agent, "read");

        var usage = JsonDocument.Parse(await _server.Admin.GetStringAsync($"admin/v1/governance/usage/{agent.Id}")).RootElement;
        Assert.True(usage.GetProperty("scopes").TryGetProperty("read", out _));
        Assert.False(usage.GetProperty("scopes").TryGetProperty("write", out _));

        var (status, review) = await SendAsync(HttpMethod.Post, "admin/v1/reviews", _server.AdminToken, new { name = "Q3 review", duration = "7d", agents = new[] { agent.Id } });
        Assert.True(status == HttpStatusCode.Created, review.ToString());
        var id = review.GetProperty("id").GetString()!;
        var items = review.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        var read = items.Single(i => i.GetProperty("permission").GetString() == "read");
        var write = items.Single(i => i.GetProperty("permission").GetString() == "write");
        Assert.True(read.TryGetProperty("lastUsedAt", out _));
        Assert.False(write.TryGetProperty("lastUsedAt", out _));
        Assert.Equal("alice@example.com", write.GetProperty("reviewer").GetString());

        var alice = _idp.HumanToken("alice@example.com");
        var (_, aliceView) = await SendAsync(HttpMethod.Get, $"admin/v1/reviews/{id}", alice);
        Assert.Equal(2, aliceView.GetProperty("items").GetArrayLength());

        (status, var body) = await SendAsync(HttpMethod.Post, $"admin/v1/reviews/{id}/items/{write.GetProperty("id").GetString()}/decide", _idp.HumanToken("bob@example.com"), new { decision = "revoke" });
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("WRD7023", body.GetProperty("errorId").GetString());

        (status, body) = await SendAsync(HttpMethod.Post, $"admin/v1/reviews/{id}/items/{write.GetProperty("id").GetString()}/decide", alice, new { decision = "revoke", reason = "never used" });
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.True(body.GetProperty("applied").GetBoolean());
        (status, _) = await SendAsync(HttpMethod.Post, $"admin/v1/reviews/{id}/items/{read.GetProperty("id").GetString()}/decide", alice, new { decision = "keep" });
        Assert.Equal(HttpStatusCode.OK, status);

        var shown = JsonDocument.Parse(await _server.Admin.GetStringAsync($"admin/v1/agents/{agent.Id}")).RootElement;
        Assert.Equal(["read"], shown.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var (tokenStatus, tokenBody) = await _server.ClientCredentialsAsync(agent, "write");
        Assert.Equal(HttpStatusCode.BadRequest, tokenStatus);
        Assert.Contains("WRD2011", tokenBody.GetProperty("error_description").GetString(), StringComparison.Ordinal);

        var audit = _server.Services.GetRequiredService<IAuditStore>();
        var revoked = await audit.SearchAsync(new AuditQuery { EventType = AuditEventIds.ReviewPermissionRevoked.ToString(System.Globalization.CultureInfo.InvariantCulture) }, CancellationToken.None);
        Assert.Single(revoked);
        Assert.Equal(2, (await audit.SearchAsync(new AuditQuery { EventType = "review.decided" }, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ReviewDeadline_AppliesTheDefault_AndAClosedReviewTakesNoDecisions()
    {
        var agent = await _server.CreateAgentAsync(owner: "alice@example.com", scopes: ["read", "write", "admin"]);
        var (_, review) = await SendAsync(HttpMethod.Post, "admin/v1/reviews", _server.AdminToken, new { duration = "1d", @default = "revoke", agents = new[] { agent.Id } });
        var id = review.GetProperty("id").GetString()!;
        var read = review.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("permission").GetString() == "read").GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, $"admin/v1/reviews/{id}/items/{read}/decide", _server.AdminToken, new { decision = "keep" })).Status);

        var reviews = _server.Services.GetRequiredService<ReviewService>();
        Assert.Equal(0, await reviews.SweepAsync(CancellationToken.None));
        _server.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await reviews.SweepAsync(CancellationToken.None));

        var shown = JsonDocument.Parse(await _server.Admin.GetStringAsync($"admin/v1/agents/{agent.Id}")).RootElement;
        Assert.Equal(["read"], shown.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var (status, body) = await SendAsync(HttpMethod.Post, $"admin/v1/reviews/{id}/items/{read}/decide", _server.AdminToken, new { decision = "revoke" });
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("WRD7022", body.GetProperty("errorId").GetString());
        (status, body) = await SendAsync(HttpMethod.Post, $"admin/v1/reviews/{id}/close", _server.AdminToken);
        Assert.Equal("WRD7022", body.GetProperty("errorId").GetString());
    }

    [Fact]
    public async Task Findings_ReportUnusedOrphanedInactiveExpiredAndStaleCredentials_AndAutoSuspend()
    {
        var used = await _server.CreateAgentAsync(owner: "alice@example.com", scopes: ["read", "write"]);
        var orphan = await _server.CreateAgentAsync(owner: "ghost@example.com", scopes: ["read"]);
        var expiring = await _server.CreateAgentAsync(owner: "alice@example.com", scopes: ["read"]);
        var (status, expiringBody) = await SendAsync(HttpMethod.Post, "admin/v1/agents", _server.AdminToken, new
        {
            name = "short-lived",
            owner = "alice@example.com",
            scopes = new[] { "read" },
            audiences = new[] { "https://api.example.com" },
            expiresAt = _server.Clock.GetUtcNow().AddDays(1),
        });
        Assert.True(status == HttpStatusCode.Created, expiringBody.ToString());
        var shortLived = expiringBody.GetProperty("id").GetString()!;

        _server.Clock.Advance(TimeSpan.FromDays(100));
        await _server.TokenAsync(used, "read");
        await _server.TokenAsync(expiring, "read");

        var report = JsonDocument.Parse(await _server.Admin.GetStringAsync("admin/v1/governance/findings")).RootElement;
        var findings = report.GetProperty("findings").EnumerateArray().ToList();
        bool Has(string kind, string agent) => findings.Any(f => f.GetProperty("kind").GetString() == kind && f.GetProperty("agent").GetString() == agent);

        var unused = findings.Single(f => f.GetProperty("kind").GetString() == "unused_permission" && f.GetProperty("agent").GetString() == used.Id);
        Assert.Equal(["write"], unused.GetProperty("permissions").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["read"], unused.GetProperty("suggestedScopes").EnumerateArray().Select(s => s.GetString()));
        Assert.True(Has("orphaned", orphan.Id));
        Assert.False(Has("orphaned", used.Id));
        Assert.True(Has("inactive", orphan.Id));
        Assert.False(Has("inactive", used.Id));
        Assert.True(Has("expired", shortLived));
        Assert.True(Has("stale_credential", used.Id));

        var applied = JsonDocument.Parse(await (await _server.Admin.PostAsync("admin/v1/governance/findings/apply", null)).Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(applied.GetProperty("findings").EnumerateArray(), f => f.GetProperty("agent").GetString() == orphan.Id && f.TryGetProperty("action", out var a) && a.GetString() == "suspended");
        var orphanView = JsonDocument.Parse(await _server.Admin.GetStringAsync($"admin/v1/agents/{orphan.Id}")).RootElement;
        Assert.Equal("suspended", orphanView.GetProperty("status").GetString());
        var usedView = JsonDocument.Parse(await _server.Admin.GetStringAsync($"admin/v1/agents/{used.Id}")).RootElement;
        Assert.Equal("active", usedView.GetProperty("status").GetString());
    }
}
