using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Warden.Core.Tokens;
using Warden.Server.Configuration;
using Warden.Server.Tests.Gateway;
using Warden.Server.Tests.Infrastructure;

namespace Warden.Server.Tests.Approvals;

/// <summary>A gateway with require_approval rules, a trusted identity provider and helpers for approvers.</summary>
public sealed class ApprovalTestHost : IAsyncDisposable
{
    public const string Policy = """
        rules:
          - id: research-models
            effect: allow
            when:
              action: [llm.chat, llm.embed]
              resource: { kind: model, name: ["fake-*"] }
              principal: { labels: { team: research } }
          - id: pricey-needs-approval
            effect: require_approval
            reason: fake-capped is billed per call
            when:
              action: llm.chat
              resource: { name: fake-capped }
            approval:
              approvers: [admin, "group:finance", carol@example.com]
              reason: fake-capped is billed per call
          - id: security-only
            effect: require_approval
            when:
              action: llm.chat
              resource: { name: fake-slow }
            approval:
              approvers: ["group:security"]
              reason: only security may allow this model
          - id: three-uses
            effect: require_approval
            when:
              action: llm.embed
              resource: { name: fake-embed }
            approval:
              approvers: [admin]
              reason: embeddings of customer data
        """;

    private ApprovalTestHost(GatewayTestHost gateway, TestIdentityProvider idp)
    {
        Gateway = gateway;
        Idp = idp;
    }

    public GatewayTestHost Gateway { get; }

    public TestIdentityProvider Idp { get; }

    public static async Task<ApprovalTestHost> StartAsync(Func<ApprovalsConfig, ApprovalsConfig>? approvals = null)
    {
        var idp = new TestIdentityProvider();
        var gateway = await GatewayTestHost.StartAsync(Policy, configureWarden: c => c with
        {
            IdentityProviders = [idp.Provider],
            Delegation = [new DelegationRule { Agents = ["*"], Groups = ["staff"] }],
            Approvals = approvals?.Invoke(new ApprovalsConfig { Rules = new Dictionary<string, Core.Approvals.ApprovalRuleOptions>(StringComparer.Ordinal) { ["three-uses"] = new() { Uses = 3 } } })
                ?? new ApprovalsConfig { Rules = new Dictionary<string, Core.Approvals.ApprovalRuleOptions>(StringComparer.Ordinal) { ["three-uses"] = new() { Uses = 3 } } },
        });
        return new ApprovalTestHost(gateway, idp);
    }

    /// <summary>Creates a research agent owned by <paramref name="owner"/>; returns its id and secret.</summary>
    public async Task<CreatedAgent> CreateAgentAsync(string owner = "alice@example.com")
    {
        using var created = await Gateway.Admin.PostAsJsonAsync("admin/v1/agents", new
        {
            name = "ap-" + Guid.NewGuid().ToString("N")[..6],
            owner,
            scopes = new[] { "llm" },
            audiences = new[] { Gateway.Audience },
            labels = new Dictionary<string, string> { ["team"] = "research" },
        });
        var text = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, text);
        using var doc = JsonDocument.Parse(text);
        return new CreatedAgent(doc.RootElement.GetProperty("id").GetString()!, doc.RootElement.GetProperty("clientSecret").GetString());
    }

    /// <summary>A gateway token for the agent acting for <paramref name="human"/> (token exchange with a human token).</summary>
    public async Task<string> DelegatedTokenAsync(CreatedAgent agent, string human, params string[] groups)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth2/token")
        {
            Content = new FormUrlEncodedContent(
            [
                new("grant_type", TokenRequest.TokenExchange),
                new("subject_token", Idp.HumanToken(human, groups)),
                new("subject_token_type", TokenRequest.JwtTokenType),
                new("resource", Gateway.Audience),
            ]),
        };
        request.Headers.Authorization = WardenTestServer.Basic(agent);
        using var response = await Gateway.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public async Task<string> AgentTokenAsync(CreatedAgent agent)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth2/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("resource", Gateway.Audience)]),
        };
        request.Headers.Authorization = WardenTestServer.Basic(agent);
        using var response = await Gateway.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public static string Chat(string model, string text) =>
        JsonSerializer.Serialize(new { model, messages = new[] { new { role = "user", content = text } } });

    /// <summary>Calls chat completions; returns the status and the parsed body.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> CallAsync(string token, string model, string text, string path = "v1/chat/completions", string? json = null)
    {
        using var response = await Gateway.PostAsync(path, token, json ?? Chat(model, text));
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    /// <summary>Calls and expects WRD4021; returns the approval request id from <c>error.param</c>.</summary>
    public async Task<string> BlockedAsync(string token, string model, string text, string path = "v1/chat/completions", string? json = null)
    {
        var (status, body) = await CallAsync(token, model, text, path, json);
        Assert.True(status == HttpStatusCode.Forbidden, body.ToString());
        var error = body.GetProperty("error");
        Assert.Equal("WRD4021", error.GetProperty("code").GetString());
        var id = error.GetProperty("param").GetString()!;
        Assert.StartsWith("apr_", id, StringComparison.Ordinal);
        var message = error.GetProperty("message").GetString()!;
        Assert.Contains(id, message, StringComparison.Ordinal);
        Assert.Contains(Gateway.BaseUrl + "/admin/v1/approvals/" + id, message, StringComparison.Ordinal);
        return id;
    }

    /// <summary>Approves or denies as the admin (<paramref name="bearer"/> null) or with the given bearer token.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> DecideAsync(string id, string verb, string? bearer = null, string reason = "checked with the team")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"admin/v1/approvals/{id}/{verb}") { Content = JsonContent.Create(new { reason }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer ?? Gateway.AdminToken);
        using var response = await Gateway.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public static string ErrorId(JsonElement problem) => problem.GetProperty("errorId").GetString()!;

    public ValueTask DisposeAsync() => Gateway.DisposeAsync();
}
