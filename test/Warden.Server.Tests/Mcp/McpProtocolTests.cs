using System.Net;
using System.Text.Json;

namespace Warden.Server.Tests.Mcp;

/// <summary>The Streamable HTTP transport and JSON-RPC edge cases, with plain HTTP.</summary>
public sealed class McpProtocolTests : IAsyncLifetime
{
    private McpTestHost _host = null!;
    private string _token = "";
    private string _session = "";

    public async Task InitializeAsync()
    {
        _host = await McpTestHost.StartAsync(registerGate: false);
        (_, _token) = await _host.AgentAsync();
        _session = await _host.InitializeRawAsync(_token);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string ErrorId(JsonElement message) => message.GetProperty("error").GetProperty("data").GetProperty("errorId").GetString()!;

    [Fact]
    public async Task Unauthenticated_Gets401_PointingToProtectedResourceMetadata()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _host.McpUrl) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
        using var response = await _host.Server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = response.Headers.WwwAuthenticate.ToString();
        Assert.Contains($"resource_metadata=\"{_host.Server.BaseUrl}/.well-known/oauth-protected-resource\"", challenge, StringComparison.Ordinal);
        Assert.Equal("WRD4110", ErrorId(await McpTestHost.JsonAsync(response)));

        // GET is authenticated like every request: no token is a 401, not the 405 an authenticated client gets.
        using var get = new HttpRequestMessage(HttpMethod.Get, _host.McpUrl);
        get.Headers.Accept.ParseAdd("text/event-stream");
        using var unauthenticatedGet = await _host.Server.Http.SendAsync(get);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticatedGet.StatusCode);

        var metadata = JsonDocument.Parse(await _host.Server.Http.GetStringAsync(".well-known/oauth-protected-resource")).RootElement;
        Assert.Equal(_host.McpUrl, metadata.GetProperty("resource").GetString());
        Assert.Equal(_host.Server.BaseUrl, metadata.GetProperty("authorization_servers")[0].GetString());
    }

    [Fact]
    public async Task TokenForAnotherAudience_IsRefused()
    {
        var agent = await _host.Server.CreateAgentAsync(scopes: ["mcp"], audiences: [_host.Server.BaseUrl + "/v1"]);
        var (_, body) = await _host.Server.ClientCredentialsAsync(agent, "mcp", _host.Server.BaseUrl + "/v1");
        using var response = await _host.PostRawAsync(body.GetProperty("access_token").GetString()!, """{"jsonrpc":"2.0","id":1,"method":"ping"}""", _session);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("WRD2020", ErrorId(await McpTestHost.JsonAsync(response)));
    }

    [Fact]
    public async Task MalformedJson_IsParseError()
    {
        using var response = await _host.PostRawAsync(_token, "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": ", _session);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await McpTestHost.JsonAsync(response);
        Assert.Equal(-32700, body.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("WRD4100", ErrorId(body));
    }

    [Fact]
    public async Task NotJsonRpc_IsInvalidRequest_AndUnknownMethod_IsMethodNotFound()
    {
        using var invalid = await _host.PostRawAsync(_token, """{"id":1,"method":"ping"}""", _session);
        var body = await McpTestHost.JsonAsync(invalid);
        Assert.Equal(-32600, body.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("WRD4101", ErrorId(body));

        using var unknown = await _host.PostRawAsync(_token, """{"jsonrpc":"2.0","id":"x","method":"sampling/createMessage","params":{}}""", _session);
        var u = await McpTestHost.JsonAsync(unknown);
        Assert.Equal("x", u.GetProperty("id").GetString());
        Assert.Equal(-32601, u.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("WRD4102", ErrorId(u));
    }

    [Fact]
    public async Task InvalidParams_AreReported()
    {
        using var response = await _host.PostRawAsync(_token, """{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"arguments":{}}}""", _session);
        var body = await McpTestHost.JsonAsync(response);
        Assert.Equal(-32602, body.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("WRD4103", ErrorId(body));
    }

    [Fact]
    public async Task Batch_AnswersEachRequest_InOrder_AndNotificationsOnlyGet202()
    {
        using var response = await _host.PostRawAsync(
            _token,
            """
            [{"jsonrpc":"2.0","id":1,"method":"ping"},
             {"jsonrpc":"2.0","method":"notifications/progress","params":{}},
             {"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"web.echo","arguments":{"text":"b"}}},
             {"jsonrpc":"2.0","id":3,"method":"nope"}]
            """,
            _session);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await McpTestHost.JsonAsync(response)).EnumerateArray().ToArray();
        Assert.Equal([1, 2, 3], items.Select(i => i.GetProperty("id").GetInt32()));
        Assert.True(items[1].TryGetProperty("result", out var echoed), "tools/call in a batch gave no result: " + items[1]);
        Assert.Equal("echo: b", echoed.GetProperty("content")[0].GetProperty("text").GetString());
        Assert.Equal("WRD4102", ErrorId(items[2]));

        using var notifications = await _host.PostRawAsync(_token, """[{"jsonrpc":"2.0","method":"notifications/initialized"}]""", _session);
        Assert.Equal(HttpStatusCode.Accepted, notifications.StatusCode);
    }

    [Fact]
    public async Task OversizedMessage_Is413WithWrdId()
    {
        var big = new string('a', 70 * 1024);
        using var response = await _host.PostRawAsync(_token, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"web.echo\",\"arguments\":{\"text\":\"" + big + "\"}}}", _session);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("WRD4104", ErrorId(await McpTestHost.JsonAsync(response)));
    }

    [Fact]
    public async Task MissingOrForgedSession_IsRefused()
    {
        using var missing = await _host.PostRawAsync(_token, """{"jsonrpc":"2.0","id":1,"method":"ping"}""");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("WRD4111", ErrorId(await McpTestHost.JsonAsync(missing)));

        var forged = _session[..^4] + (_session.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        using var tampered = await _host.PostRawAsync(_token, """{"jsonrpc":"2.0","id":1,"method":"ping"}""", forged);
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
    }

    [Fact]
    public async Task SseOnlyClient_GetsTheAnswerAsAnEvent_AndGetIs405()
    {
        using var response = await _host.PostRawAsync(_token, """{"jsonrpc":"2.0","id":9,"method":"ping"}""", _session, accept: "text/event-stream");
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("data: {\"jsonrpc\":\"2.0\",\"id\":9", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var get = new HttpRequestMessage(HttpMethod.Get, _host.McpUrl);
        get.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _token);
        get.Headers.Add("Mcp-Session-Id", _session);
        get.Headers.Accept.ParseAdd("text/event-stream");
        using var stream = await _host.Server.Http.SendAsync(get);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, stream.StatusCode);
        Assert.Equal(["DELETE", "POST"], stream.Content.Headers.Allow.Order(StringComparer.Ordinal));
        Assert.Equal("WRD4114", ErrorId(await McpTestHost.JsonAsync(stream)));
    }

    [Fact]
    public async Task UnsupportedProtocolVersionHeader_IsRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _host.McpUrl) { Content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"ping"}""", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _token);
        request.Headers.Add("Mcp-Session-Id", _session);
        request.Headers.Add("MCP-Protocol-Version", "1999-01-01");
        using var response = await _host.Server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("WRD4107", ErrorId(await McpTestHost.JsonAsync(response)));
    }

    [Fact]
    public async Task RequireApproval_WithTheRealApprovalService_OpensARequestThatApproversSee()
    {
        var (agent, _) = await _host.AgentAsync(new Dictionary<string, string> { ["team"] = "finance" });
        var bob = await _host.HumanTokenAsync(agent, "bob@example.com", ["finance"]);
        var session = await _host.InitializeRawAsync(bob);
        using (await _host.PostRawAsync(bob, """{"jsonrpc":"2.0","id":1,"method":"tools/list"}""", session))
        {
        }

        await _host.ApproveAsync("payments.transfer");
        using var response = await _host.PostRawAsync(bob, """{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"payments.transfer","arguments":{"amount":5000,"to":"x"}}}""", session);

        var error = await McpTestHost.JsonAsync(response);
        Assert.Equal("WRD4121", ErrorId(error));
        var id = error.GetProperty("error").GetProperty("data").GetProperty("approvalRequestId").GetString()!;
        Assert.StartsWith("apr_", id, StringComparison.Ordinal);

        // The request is stored by the approvals service and listed for approvers, bound to the tool call.
        var listed = await _host.Server.Admin.GetStringAsync($"admin/v1/approvals/{id}");
        Assert.Contains("payments.transfer", listed, StringComparison.Ordinal);
        Assert.Contains("mcp.tools.call", listed, StringComparison.Ordinal);
    }
}
