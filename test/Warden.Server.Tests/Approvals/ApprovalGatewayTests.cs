using System.ClientModel;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenAI;
using OpenAI.Chat;
using Warden.Core.Approvals;
using Warden.Core.Audit;
using Warden.Server.Tests.Gateway;

namespace Warden.Server.Tests.Approvals;

/// <summary>require_approval on the LLM gateway: blocked, approved, used once, bound to the exact arguments.</summary>
public sealed class ApprovalGatewayTests : IAsyncLifetime
{
    private ApprovalTestHost _host = null!;

    public async Task InitializeAsync() => _host = await ApprovalTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private GatewayTestHost Gw => _host.Gateway;

    private ChatClient Client(string token, string model) =>
        new OpenAIClient(new ApiKeyCredential(token), new OpenAIClientOptions { Endpoint = new Uri(Gw.BaseUrl + "/v1"), NetworkTimeout = TimeSpan.FromSeconds(20), RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) })
            .GetChatClient(model);

    [Fact]
    public async Task BlockedCall_ApprovedByAdmin_SucceedsOnce_ThenNeedsApprovalAgain()
    {
        var agent = await _host.CreateAgentAsync();
        var token = await _host.AgentTokenAsync(agent);
        var chat = Client(token, "fake-capped");

        var blocked = await Assert.ThrowsAsync<ClientResultException>(() => chat.CompleteChatAsync([new UserChatMessage("Pay invoice 42.")]));
        Assert.Equal(403, blocked.Status);
        var error = JsonDocument.Parse(blocked.GetRawResponse()!.Content.ToString()).RootElement.GetProperty("error");
        Assert.Equal("WRD4021", error.GetProperty("code").GetString());
        var id = error.GetProperty("param").GetString()!;
        Assert.Contains($"/admin/v1/approvals/{id}", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(Gw.Upstream.Bodies);

        var pending = JsonDocument.Parse(await Gw.Admin.GetStringAsync("admin/v1/approvals?state=pending")).RootElement.GetProperty("items");
        var listed = Assert.Single(pending.EnumerateArray());
        Assert.Equal(id, listed.GetProperty("id").GetString());
        Assert.Equal("fake-capped", listed.GetProperty("resource").GetString());
        Assert.Equal("pricey-needs-approval", listed.GetProperty("rule").GetString());
        Assert.Equal("fake-capped is billed per call", listed.GetProperty("reason").GetString());

        var (status, decided) = await _host.DecideAsync(id, "approve");
        Assert.True(status == HttpStatusCode.OK, decided.ToString());
        Assert.Equal("approved", decided.GetProperty("state").GetString());
        Assert.Equal(1, decided.GetProperty("usesLeft").GetInt32());

        var completion = await chat.CompleteChatAsync([new UserChatMessage("Pay invoice 42.")]);
        Assert.Equal(FakeUpstream.Answer, completion.Value.Content[0].Text);

        var again = await Assert.ThrowsAsync<ClientResultException>(() => chat.CompleteChatAsync([new UserChatMessage("Pay invoice 42.")]));
        Assert.Equal(403, again.Status);
        var second = JsonDocument.Parse(again.GetRawResponse()!.Content.ToString()).RootElement.GetProperty("error").GetProperty("param").GetString();
        Assert.NotEqual(id, second);
        Assert.Single(Gw.Upstream.Bodies);

        var events = Gw.Audit.Events.ToList();
        Assert.Equal(2, events.Count(e => e.EventId == AuditEventIds.ApprovalRequested));
        var approved = Assert.Single(events, e => e.EventId == AuditEventIds.ApprovalApproved);
        Assert.NotNull(approved.Actor.Admin);
        var consumed = Assert.Single(events, e => e.EventId == AuditEventIds.ApprovalConsumed);
        Assert.Equal(agent.Id, consumed.Actor.Agent);
        Assert.Single(events, e => e.EventId == AuditEventIds.LlmCall && e.Resource == "fake-capped");
        Assert.Equal(2, events.Count(e => e.EventId == AuditEventIds.LlmCallDenied && e.ErrorId == "WRD4021"));
    }

    [Fact]
    public async Task ReplayingAnApprovedCall_WithChangedArguments_StillNeedsApproval()
    {
        var token = await _host.AgentTokenAsync(await _host.CreateAgentAsync());
        var id = await _host.BlockedAsync(token, "fake-capped", "Pay invoice 42.");
        Assert.Equal(HttpStatusCode.OK, (await _host.DecideAsync(id, "approve")).Status);

        var changed = await _host.BlockedAsync(token, "fake-capped", "Pay invoice 43.");
        Assert.NotEqual(id, changed);

        // Member order and whitespace do not matter; the content does.
        var reordered = """{ "messages": [ { "content": "Pay invoice 42.", "role": "user" } ], "model": "fake-capped" }""";
        var (status, body) = await _host.CallAsync(token, "fake-capped", "", json: reordered);
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.DoesNotContain(Gw.Upstream.Bodies, b => b.Contains("invoice 43", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IdenticalPendingCalls_ShareOneRequest()
    {
        var token = await _host.AgentTokenAsync(await _host.CreateAgentAsync());
        var ids = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _host.BlockedAsync(token, "fake-capped", "Same call.")));
        Assert.Single(ids.Distinct());
        Assert.Single(Gw.Audit.Events, e => e.EventId == AuditEventIds.ApprovalRequested);
    }

    [Fact]
    public async Task ApprovingTwice_IsWRD7002()
    {
        var token = await _host.AgentTokenAsync(await _host.CreateAgentAsync());
        var id = await _host.BlockedAsync(token, "fake-capped", "Twice.");
        Assert.Equal(HttpStatusCode.OK, (await _host.DecideAsync(id, "approve")).Status);

        var (status, body) = await _host.DecideAsync(id, "approve");
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("WRD7002", ApprovalTestHost.ErrorId(body));
        (status, body) = await _host.DecideAsync(id, "deny");
        Assert.Equal("WRD7002", ApprovalTestHost.ErrorId(body));
        Assert.Contains(Gw.Audit.Events, e => e.EventId == AuditEventIds.ApprovalDecisionRejected && e.ErrorId == "WRD7002");
    }

    [Fact]
    public async Task ApprovingAnExpiredRequest_IsWRD7003_AndTheSweepRecordsTheExpiry()
    {
        var agent = await _host.CreateAgentAsync();
        var token = await _host.AgentTokenAsync(agent);
        var id = await _host.BlockedAsync(token, "fake-capped", "Too late.");
        Gw.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        var (status, body) = await _host.DecideAsync(id, "approve");
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("WRD7003", ApprovalTestHost.ErrorId(body));

        Assert.Equal(1, await Gw.Services.GetRequiredService<ApprovalService>().SweepAsync(CancellationToken.None));
        Assert.Contains(Gw.Audit.Events, e => e.EventId == AuditEventIds.ApprovalExpired);
        var shown = JsonDocument.Parse(await Gw.Admin.GetStringAsync($"admin/v1/approvals/{id}")).RootElement;
        Assert.Equal("expired", shown.GetProperty("state").GetString());

        // The same call (with a fresh token: the old one expired too) opens a fresh request.
        Assert.NotEqual(id, await _host.BlockedAsync(await _host.AgentTokenAsync(agent), "fake-capped", "Too late."));
    }

    [Fact]
    public async Task ApprovedGrant_ExpiresWithTheClock()
    {
        var agent = await _host.CreateAgentAsync();
        var id = await _host.BlockedAsync(await _host.AgentTokenAsync(agent), "fake-capped", "Later.");
        Assert.Equal(HttpStatusCode.OK, (await _host.DecideAsync(id, "approve")).Status);
        Gw.Clock.Advance(TimeSpan.FromMinutes(16));

        Assert.NotEqual(id, await _host.BlockedAsync(await _host.AgentTokenAsync(agent), "fake-capped", "Later."));
        Assert.Empty(Gw.Upstream.Bodies);
    }

    [Fact]
    public async Task ApprovingOnesOwnRequest_IsWRD7005()
    {
        var agent = await _host.CreateAgentAsync(owner: "alice@example.com");
        var token = await _host.DelegatedTokenAsync(agent, "bob@example.com", "staff", "finance");
        var id = await _host.BlockedAsync(token, "fake-capped", "Bob's own call.");

        var bob = _host.Idp.HumanToken("bob@example.com", ["staff", "finance"]);
        var (status, body) = await _host.DecideAsync(id, "approve", bob);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("WRD7005", ApprovalTestHost.ErrorId(body));
        var shown = JsonDocument.Parse(await Gw.Admin.GetStringAsync($"admin/v1/approvals/{id}")).RootElement;
        Assert.Equal("bob@example.com", shown.GetProperty("human").GetString());
        Assert.Equal("pending", shown.GetProperty("state").GetString());
    }

    [Fact]
    public async Task AgentOwner_CannotApprove_ButAGroupMemberCan()
    {
        var agent = await _host.CreateAgentAsync(owner: "alice@example.com");
        var token = await _host.DelegatedTokenAsync(agent, "bob@example.com", "staff");
        var id = await _host.BlockedAsync(token, "fake-capped", "Needs finance.");

        var (status, body) = await _host.DecideAsync(id, "approve", _host.Idp.HumanToken("alice@example.com", ["finance"]));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("WRD7006", ApprovalTestHost.ErrorId(body));

        (status, body) = await _host.DecideAsync(id, "approve", _host.Idp.HumanToken("dave@example.com", ["staff"]));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("WRD7004", ApprovalTestHost.ErrorId(body));

        (status, body) = await _host.DecideAsync(id, "approve", _host.Idp.HumanToken("erin@example.com", ["finance"]));
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.Equal("erin@example.com", body.GetProperty("decidedBy").GetString());

        var (callStatus, answer) = await _host.CallAsync(token, "fake-capped", "Needs finance.");
        Assert.True(callStatus == HttpStatusCode.OK, answer.ToString());
        var approved = Assert.Single(Gw.Audit.Events, e => e.EventId == AuditEventIds.ApprovalApproved);
        Assert.Equal("erin@example.com", approved.Actor.Human);
    }

    [Fact]
    public async Task NamedUserApprover_CanApprove_AndAnIdpApproverSeesOnlyTheirRequests()
    {
        var token = await _host.AgentTokenAsync(await _host.CreateAgentAsync());
        var capped = await _host.BlockedAsync(token, "fake-capped", "For carol.");
        var security = await _host.BlockedAsync(token, "fake-slow", "For security.");
        var carol = _host.Idp.HumanToken("carol@example.com");

        using var request = new HttpRequestMessage(HttpMethod.Get, "admin/v1/approvals");
        request.Headers.Authorization = new("Bearer", carol);
        using var response = await Gw.Http.SendAsync(request);
        var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Contains(capped, items);
        Assert.DoesNotContain(security, items);

        Assert.Equal(HttpStatusCode.OK, (await _host.DecideAsync(capped, "approve", carol)).Status);
    }

    [Fact]
    public async Task Admin_CannotApprove_WhenTheRuleDoesNotListAdmin()
    {
        var token = await _host.AgentTokenAsync(await _host.CreateAgentAsync());
        var id = await _host.BlockedAsync(token, "fake-slow", "Security only.");
        var (status, body) = await _host.DecideAsync(id, "approve");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("WRD7004", ApprovalTestHost.ErrorId(body));
    }

    [Fact]
    public async Task ConcurrentApproveAndDeny_ExactlyOneWins()
    {
        var token = await _host.AgentTokenAsync(await _host.CreateAgentAsync());
        for (var round = 0; round < 5; round++)
        {
            var id = await _host.BlockedAsync(token, "fake-capped", $"Race {round}.");
            var results = await Task.WhenAll(_host.DecideAsync(id, "approve"), _host.DecideAsync(id, "deny"), _host.DecideAsync(id, "approve"));
            Assert.Single(results, r => r.Status == HttpStatusCode.OK);
            Assert.All(results.Where(r => r.Status != HttpStatusCode.OK), r => Assert.Equal("WRD7002", ApprovalTestHost.ErrorId(r.Body)));
        }

        Assert.Equal(5, Gw.Audit.Events.Count(e => e.EventId is AuditEventIds.ApprovalApproved or AuditEventIds.ApprovalDenied));
    }

    [Fact]
    public async Task DeniedRequest_KeepsTheCallBlocked()
    {
        var token = await _host.AgentTokenAsync(await _host.CreateAgentAsync());
        var id = await _host.BlockedAsync(token, "fake-capped", "No.");
        var (status, body) = await _host.DecideAsync(id, "deny", reason: "not this month");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("denied", body.GetProperty("state").GetString());
        await _host.BlockedAsync(token, "fake-capped", "No.");
        Assert.Empty(Gw.Upstream.Bodies);
    }

    [Fact]
    public async Task DecisionWithoutReason_IsWRD7000()
    {
        var token = await _host.AgentTokenAsync(await _host.CreateAgentAsync());
        var id = await _host.BlockedAsync(token, "fake-capped", "Why?");
        var (status, body) = await _host.DecideAsync(id, "approve", reason: " ");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("WRD7000", ApprovalTestHost.ErrorId(body));
        (status, body) = await _host.DecideAsync("apr_missing", "approve");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("WRD7001", ApprovalTestHost.ErrorId(body));
    }

    [Fact]
    public async Task UsesPerRule_LetNIdenticalCallsThrough()
    {
        var token = await _host.AgentTokenAsync(await _host.CreateAgentAsync());
        var embed = """{"model":"fake-embed","input":"customer record"}""";
        var id = await _host.BlockedAsync(token, "fake-embed", "", "v1/embeddings", embed);
        var (_, decided) = await _host.DecideAsync(id, "approve");
        Assert.Equal(3, decided.GetProperty("usesLeft").GetInt32());

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _host.CallAsync(token, "fake-embed", "", "v1/embeddings", embed)));
        Assert.Equal(3, results.Count(r => r.Status == HttpStatusCode.OK));
        Assert.Equal(2, results.Count(r => r.Status == HttpStatusCode.Forbidden));
    }
}

/// <summary>When the approval store cannot answer, a call that needs approval is refused (fail closed).</summary>
public sealed class ApprovalFailClosedTests
{
    private sealed class BrokenGate : IApprovalGate
    {
        public ValueTask<ApprovalCheck> CheckAsync(ApprovalSubject subject, CancellationToken cancellationToken) =>
            throw new Core.Errors.WardenException(Core.Errors.Errors.StoreUnavailable());
    }

    [Fact]
    public async Task ApprovalStoreDown_RefusesTheCall_WithWRD7008()
    {
        await using var host = await GatewayTestHost.StartAsync(ApprovalTestHost.Policy, configureServices: s => s.AddSingleton<IApprovalGate>(new BrokenGate()));
        var (_, token) = await host.AgentTokenAsync();

        using var response = await host.PostAsync("v1/chat/completions", token, ApprovalTestHost.Chat("fake-capped", "Pay."));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("WRD7008", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Empty(host.Upstream.Bodies);

        using var allowed = await host.PostAsync("v1/chat/completions", token, ApprovalTestHost.Chat("fake-chat", "Hi."));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }
}
