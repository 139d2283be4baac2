using System.Net;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using Warden.Core.Audit;
using Xunit.Abstractions;

namespace Warden.Server.Tests.Mcp;

/// <summary>The MCP gateway end to end, with the official MCP C# SDK as the agent and SDK-built upstream servers.</summary>
public sealed class McpGatewayTests(ITestOutputHelper output) : IAsyncLifetime
{
    private McpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await McpTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string Text(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));

    [Fact]
    public async Task ToolsList_AggregatesUpstreams_WithNamespaces_AndHidesPendingAndPoisonedTools()
    {
        var (_, token) = await _host.AgentAsync();
        await using var client = await _host.ClientAsync(token);

        var names = (await client.ListToolsAsync()).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        if (!names.Contains("local.echo"))
        {
            // The stdio upstream is a cold `dotnet` process. On a starved CI machine it answered the SDK's 5 s protocol probe
            // late and then refused the fallback `initialize` (the log this kept showed it); the pool now gives the probe the
            // upstream's timeout less 5 s (McpSlowStartTests). Should a first start still fail, the gateway lists the other
            // upstreams and connects again on the next request: list once more, and keep the gateway's log in the output.
            output.WriteLine(string.Join('\n', _host.Server.Logs.Lines.Where(l => l.Contains("local", StringComparison.Ordinal))));
            names = (await client.ListToolsAsync()).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        }

        Assert.Contains("web.echo", names);
        Assert.Contains("web.weather", names);
        Assert.Contains("local.echo", names);
        Assert.DoesNotContain("web.add_numbers", names);     // poisoned description
        Assert.DoesNotContain("payments.transfer", names);   // not approved yet, and not for this agent
        Assert.Contains(_host.Events(AuditEventIds.McpToolPoisoned), e => e.Resource == "web.add_numbers");
    }

    [Fact]
    public async Task ToolsCall_AllowedCall_IsForwardedAndAudited()
    {
        var (agent, token) = await _host.AgentAsync();
        await using var client = await _host.ClientAsync(token);

        var result = await client.CallToolAsync("web.echo", new Dictionary<string, object?> { ["text"] = "hello" });

        Assert.Equal("echo: hello", Text(result));
        var call = Assert.Single(_host.Events(AuditEventIds.McpToolCall));
        Assert.Equal("web.echo", call.Resource);
        Assert.Equal(agent.Id, call.Actor.Agent);
        Assert.NotNull(call.Details["argumentsHash"]);
        Assert.NotNull(call.Details["latencyMs"]);
    }

    [Fact]
    public async Task DeniedCall_IsRefusedWithWrdId_AndHiddenFromTheList()
    {
        var (_, token) = await _host.AgentAsync(new Dictionary<string, string> { ["team"] = "research", ["role"] = "intern" });
        await using var client = await _host.ClientAsync(token);

        Assert.DoesNotContain("web.echo", (await client.ListToolsAsync()).Select(t => t.Name));
        var ex = await Assert.ThrowsAsync<McpProtocolException>(() => client.CallToolAsync("web.echo", new Dictionary<string, object?> { ["text"] = "hi" }).AsTask());
        Assert.Contains("WRD4120", ex.Message, StringComparison.Ordinal);
        Assert.Contains("interns-may-not-echo", ex.Message, StringComparison.Ordinal);
        Assert.Contains(_host.Events(AuditEventIds.McpToolDenied), e => e.Resource == "web.echo" && e.ErrorId == "WRD4120");
    }

    [Fact]
    public async Task ArgumentConditions_TransferOnlyBelow1000_AndOnlyForAFinanceHuman()
    {
        var (agent, _) = await _host.AgentAsync(new Dictionary<string, string> { ["team"] = "finance" });
        var bob = await _host.HumanTokenAsync(agent, "bob@example.com", ["finance"]);
        await using var client = await _host.ClientAsync(bob);

        // Pending until an admin approves the tool definition.
        var pending = await Assert.ThrowsAsync<McpProtocolException>(() => client.CallToolAsync("payments.transfer", new Dictionary<string, object?> { ["amount"] = 10, ["to"] = "acme" }).AsTask());
        Assert.Contains("WRD4124", pending.Message, StringComparison.Ordinal);
        await _host.ApproveAsync("payments.transfer");

        Assert.Contains("payments.transfer", (await client.ListToolsAsync()).Select(t => t.Name));
        var ok = await client.CallToolAsync("payments.transfer", new Dictionary<string, object?> { ["amount"] = 500, ["to"] = "acme" });
        Assert.Equal("transferred 500 to acme", Text(ok));

        var carol = await _host.HumanTokenAsync(agent, "carol@example.com", ["sales"]);
        await using var sales = await _host.ClientAsync(carol);
        var denied = await Assert.ThrowsAsync<McpProtocolException>(() => sales.CallToolAsync("payments.transfer", new Dictionary<string, object?> { ["amount"] = 500, ["to"] = "acme" }).AsTask());
        Assert.Contains("WRD4120", denied.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("payments.transfer", (await sales.ListToolsAsync()).Select(t => t.Name));

        var (_, alone) = await _host.AgentAsync(new Dictionary<string, string> { ["team"] = "finance" });
        await using var agentAlone = await _host.ClientAsync(alone);
        var noHuman = await Assert.ThrowsAsync<McpProtocolException>(() => agentAlone.CallToolAsync("payments.transfer", new Dictionary<string, object?> { ["amount"] = 5, ["to"] = "acme" }).AsTask());
        Assert.Contains("WRD4120", noHuman.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToolsList_ShowsATool_WhoseOnlyAllowDependsOnArguments_AndTheCallDecidesByTheArguments()
    {
        var (agent, _) = await _host.AgentAsync(new Dictionary<string, string> { ["team"] = "finance" });
        await using var client = await _host.ClientAsync(await _host.HumanTokenAsync(agent, "bob@example.com", ["finance"]));
        await client.ListToolsAsync();
        await _host.ApproveAsync("payments.transfer");

        Assert.Contains("payments.transfer", (await client.ListToolsAsync()).Select(t => t.Name));

        var ok = await client.CallToolAsync("payments.transfer", new Dictionary<string, object?> { ["amount"] = 250, ["to"] = "acme" });
        Assert.Equal("transferred 250 to acme", Text(ok));
        var blocked = await Assert.ThrowsAsync<McpProtocolException>(() => client.CallToolAsync("payments.transfer", new Dictionary<string, object?> { ["amount"] = 250, ["to"] = "mallory" }).AsTask());
        Assert.Contains("WRD4120", blocked.Message, StringComparison.Ordinal);
        Assert.Contains("no-transfers-to-blocked-accounts", blocked.Message, StringComparison.Ordinal);
        var negative = await Assert.ThrowsAsync<McpProtocolException>(() => client.CallToolAsync("payments.transfer", new Dictionary<string, object?> { ["amount"] = -5, ["to"] = "acme" }).AsTask());
        Assert.Contains("WRD4120", negative.Message, StringComparison.Ordinal);
        Assert.Contains(_host.Events(AuditEventIds.McpToolDenied), e => e.Resource == "payments.transfer" && e.ErrorId == "WRD4120");
    }

    [Fact]
    public async Task ToolsList_HidesATool_WhoseOnlyAllowIsShadowedByADenyWithoutArgumentConditions()
    {
        var (agent, _) = await _host.AgentAsync(new Dictionary<string, string> { ["team"] = "finance", ["role"] = "intern" });
        await using var client = await _host.ClientAsync(await _host.HumanTokenAsync(agent, "bob@example.com", ["finance"]));
        await client.ListToolsAsync();
        await _host.ApproveAsync("payments.transfer");

        var names = (await client.ListToolsAsync()).Select(t => t.Name).ToArray();

        Assert.DoesNotContain("payments.transfer", names);
        Assert.DoesNotContain("web.echo", names);            // denied outright for interns
        Assert.Contains("web.weather", names);
        var ex = await Assert.ThrowsAsync<McpProtocolException>(() => client.CallToolAsync("payments.transfer", new Dictionary<string, object?> { ["amount"] = 250, ["to"] = "acme" }).AsTask());
        Assert.Contains("WRD4120", ex.Message, StringComparison.Ordinal);
        Assert.Contains("interns-may-not-transfer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequireApproval_ReturnsTheApprovalRequest_ThenProceedsOnceApproved()
    {
        var (agent, _) = await _host.AgentAsync(new Dictionary<string, string> { ["team"] = "finance" });
        var bob = await _host.HumanTokenAsync(agent, "bob@example.com", ["finance"]);
        await using var client = await _host.ClientAsync(bob);
        await client.ListToolsAsync();
        await _host.ApproveAsync("payments.transfer");
        var args = new Dictionary<string, object?> { ["amount"] = 5000, ["to"] = "acme" };

        var ex = await Assert.ThrowsAsync<McpProtocolException>(() => client.CallToolAsync("payments.transfer", args).AsTask());
        Assert.Contains("WRD4121", ex.Message, StringComparison.Ordinal);
        var subject = Assert.Single(_host.Gate.Seen);
        Assert.Equal("payments.transfer", subject.Resource);
        Assert.Equal("bob@example.com", subject.Human);
        Assert.Equal("transfer-large-needs-approval", subject.RuleId);
        Assert.Contains(ex.Message.Split(' '), w => w.StartsWith("apr_", StringComparison.Ordinal));
        Assert.Contains(_host.Events(AuditEventIds.McpToolDenied), e => e.Outcome == "require_approval" && e.Details["approvalRequestId"] is string id && id.StartsWith("apr_", StringComparison.Ordinal));

        _host.Gate.Approve(agent.Id, "payments.transfer", subject.ArgumentsHash);
        var ok = await client.CallToolAsync("payments.transfer", args);
        Assert.Equal("transferred 5000 to acme", Text(ok));
    }

    [Fact]
    public async Task RugPull_ChangedDescription_IsHiddenAndRefused_UntilReapproved()
    {
        var (_, token) = await _host.AgentAsync();
        await using (var first = await _host.ClientAsync(token))
        {
            Assert.Contains("web.weather", (await first.ListToolsAsync()).Select(t => t.Name));
            Assert.Equal("Sunny in Oslo, 21 C", Text(await first.CallToolAsync("web.weather", new Dictionary<string, object?> { ["city"] = "Oslo" })));
        }

        _host.Upstream.State.WeatherDescription = "Returns the weather forecast for a city, and its air quality.";
        await using var second = await _host.ClientAsync(token);
        Assert.DoesNotContain("web.weather", (await second.ListToolsAsync()).Select(t => t.Name));
        var ex = await Assert.ThrowsAsync<McpProtocolException>(() => second.CallToolAsync("web.weather", new Dictionary<string, object?> { ["city"] = "Oslo" }).AsTask());
        Assert.Contains("WRD4125", ex.Message, StringComparison.Ordinal);
        var changed = Assert.Single(_host.Events(AuditEventIds.McpToolChanged));
        var diff = Assert.IsType<Dictionary<string, object?>>(changed.Details["description"]);
        Assert.Contains("air quality", (string)diff["new"]!, StringComparison.Ordinal);

        var tools = await _host.Server.Admin.GetStringAsync("admin/v1/mcp/tools");
        Assert.Contains("\"changed\"", tools, StringComparison.Ordinal);
        await _host.ApproveAsync("web.weather");
        Assert.Contains("web.weather", (await second.ListToolsAsync()).Select(t => t.Name));
        Assert.Equal("Sunny in Oslo, 21 C", Text(await second.CallToolAsync("web.weather", new Dictionary<string, object?> { ["city"] = "Oslo" })));
        Assert.Single(_host.Events(AuditEventIds.McpToolApproved), e => e.Resource == "web.weather");
    }

    [Fact]
    public async Task PoisonedTool_IsRefused_EvenWhenCalledDirectly()
    {
        var (_, token) = await _host.AgentAsync();
        await using var client = await _host.ClientAsync(token);

        var ex = await Assert.ThrowsAsync<McpProtocolException>(() => client.CallToolAsync("web.add_numbers", new Dictionary<string, object?> { ["a"] = 1, ["b"] = 2 }).AsTask());

        Assert.Contains("WRD4126", ex.Message, StringComparison.Ordinal);
        Assert.Contains(_host.Events(AuditEventIds.McpToolPoisoned), e => e.Resource == "web.add_numbers");
    }

    [Fact]
    public async Task ToolOutputWithInjection_IsBlocked_AndArgumentsWithSecrets_AreBlocked()
    {
        var (_, token) = await _host.AgentAsync();
        await using var client = await _host.ClientAsync(token);

        var injected = await Assert.ThrowsAsync<McpProtocolException>(() => client.CallToolAsync("web.fetch_page", new Dictionary<string, object?> { ["url"] = "https://shop.example.com" }).AsTask());
        Assert.Contains("WRD4131", injected.Message, StringComparison.Ordinal);
        Assert.Contains("prompt-attack", injected.Message, StringComparison.Ordinal);

        var leak = await Assert.ThrowsAsync<McpProtocolException>(() => client.CallToolAsync("web.echo", new Dictionary<string, object?> { ["text"] = "deploy with aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ9Kx2LmN" }).AsTask());
        Assert.Contains("WRD4130", leak.Message, StringComparison.Ordinal);

        var blocked = _host.Events(AuditEventIds.McpToolBlocked);
        Assert.Equal(2, blocked.Length);
        Assert.All(blocked, e => Assert.NotEmpty((string[])e.Details["guardFindings"]!));
    }

    [Fact]
    public async Task SlowUpstream_TimesOutWithClearError()
    {
        var (_, token) = await _host.AgentAsync();
        await using var client = await _host.ClientAsync(token);

        var ex = await Assert.ThrowsAsync<McpProtocolException>(() => client.CallToolAsync("web.slow", new Dictionary<string, object?> { ["seconds"] = 10 }).AsTask());

        Assert.Contains("WRD4142", ex.Message, StringComparison.Ordinal);
        Assert.Contains(_host.Events(AuditEventIds.McpToolFailed), e => e.ErrorId == "WRD4142");
        Assert.Equal("echo: still here", Text(await client.CallToolAsync("web.echo", new Dictionary<string, object?> { ["text"] = "still here" })));
    }

    [Fact]
    public async Task CrashingStdioUpstream_FailsClearly_AndIsRestartedOnNextUse()
    {
        var (_, token) = await _host.AgentAsync();
        await using var client = await _host.ClientAsync(token);
        Assert.Equal("echo: before", Text(await client.CallToolAsync("local.echo", new Dictionary<string, object?> { ["text"] = "before" })));

        var ex = await Assert.ThrowsAsync<McpProtocolException>(() => client.CallToolAsync("local.crash").AsTask());

        Assert.Contains("WRD4141", ex.Message, StringComparison.Ordinal);
        Assert.Equal("echo: after", Text(await client.CallToolAsync("local.echo", new Dictionary<string, object?> { ["text"] = "after" })));
    }

    [Fact]
    public async Task PromptsAndResources_AreNamespaced()
    {
        var (_, token) = await _host.AgentAsync();
        await using var client = await _host.ClientAsync(token);

        Assert.Contains("web.greeting", (await client.ListPromptsAsync()).Select(p => p.Name));
        var prompt = await client.GetPromptAsync("web.greeting", new Dictionary<string, object?> { ["name"] = "Ada" });
        Assert.Contains("Ada", string.Concat(prompt.Messages.Select(m => (m.Content as TextContentBlock)?.Text)), StringComparison.Ordinal);

        var resources = await client.ListResourcesAsync();
        Assert.Contains("web+test://readme", resources.Select(r => r.Uri));
        Assert.All(await client.ListResourceTemplatesAsync(), t => Assert.Contains("+", t.UriTemplate, StringComparison.Ordinal));
        var read = await client.ReadResourceAsync("web+test://readme");
        Assert.Contains("readme", Assert.IsType<TextResourceContents>(read.Contents[0]).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_SurvivesAWardenRestart()
    {
        var (_, token) = await _host.AgentAsync();
        var session = await _host.InitializeRawAsync(token);
        await _host.RestartAsync();

        using var response = await _host.PostRawAsync(token, """{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"web.echo","arguments":{"text":"again"}}}""", session);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await McpTestHost.JsonAsync(response);
        Assert.Equal("echo: again", body.GetProperty("result").GetProperty("content")[0].GetProperty("text").GetString());

        // Another agent cannot ride on the session; an ended session is gone.
        var (_, other) = await _host.AgentAsync();
        using var hijack = await _host.PostRawAsync(other, """{"jsonrpc":"2.0","id":3,"method":"ping"}""", session);
        Assert.Equal(HttpStatusCode.NotFound, hijack.StatusCode);
        using var delete = new HttpRequestMessage(HttpMethod.Delete, _host.McpUrl);
        delete.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        delete.Headers.Add("Mcp-Session-Id", session);
        using var deleted = await _host.Server.Http.SendAsync(delete);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var after = await _host.PostRawAsync(token, """{"jsonrpc":"2.0","id":4,"method":"ping"}""", session);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Contains("WRD4112", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoTokenPassthrough_UpstreamGetsWardensOwnSecret()
    {
        var (_, token) = await _host.AgentAsync();
        await using var client = await _host.ClientAsync(token);
        await client.CallToolAsync("web.echo", new Dictionary<string, object?> { ["text"] = "x" });
        await client.CallToolAsync("payments.transfer", new Dictionary<string, object?> { ["amount"] = 1, ["to"] = "x" }).AsTask().ContinueWith(_ => { }, TaskScheduler.Default);

        var seen = _host.Upstream.AuthorizationHeaders.Keys.ToArray();
        Assert.Contains("Bearer upstream-secret", seen);
        Assert.DoesNotContain(seen, h => h.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditFailure_RefusesTheCall()
    {
        var (_, token) = await _host.AgentAsync();
        await using var client = await _host.ClientAsync(token);
        _host.Audit.Fail = true;

        var ex = await Assert.ThrowsAsync<McpProtocolException>(() => client.CallToolAsync("web.echo", new Dictionary<string, object?> { ["text"] = "x" }).AsTask());

        Assert.Contains("WRD4150", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_ExpiresAfterItsLifetime()
    {
        var (agent, token) = await _host.AgentAsync();
        var session = await _host.InitializeRawAsync(token);
        _host.Server.Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));
        var (_, fresh) = await _host.Server.ClientCredentialsAsync(agent, "mcp", _host.McpUrl);

        using var response = await _host.PostRawAsync(fresh.GetProperty("access_token").GetString()!, """{"jsonrpc":"2.0","id":1,"method":"ping"}""", session);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("WRD4112", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
