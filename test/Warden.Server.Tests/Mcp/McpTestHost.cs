using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using Warden.Core.Approvals;
using Warden.Core.Audit;
using Warden.Core.Tokens;
using Warden.Server.Configuration;
using Warden.Server.Tests.Gateway;
using Warden.Server.Tests.Infrastructure;
using Warden.TestMcpServer;

namespace Warden.Server.Tests.Mcp;

/// <summary>
/// A deterministic approval gate for the MCP tests: every require_approval call gets a pending request until the test
/// approves its exact subject. (The real gate replaces it when approvals are merged.)
/// </summary>
public sealed class TestApprovalGate : IApprovalGate
{
    public ConcurrentQueue<ApprovalSubject> Seen { get; } = new();

    public ConcurrentDictionary<string, bool> Approved { get; } = new(StringComparer.Ordinal);

    public ValueTask<ApprovalCheck> CheckAsync(ApprovalSubject subject, CancellationToken cancellationToken)
    {
        Seen.Enqueue(subject);
        var key = subject.Agent + "|" + subject.Resource + "|" + subject.ArgumentsHash;
        var id = "apr_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
        var state = Approved.TryRemove(key, out _) ? ApprovalState.Approved : ApprovalState.Pending;
        return ValueTask.FromResult(new ApprovalCheck(state, id, DateTimeOffset.UtcNow.AddHours(1), "/admin/v1/approvals/" + id));
    }

    public void Approve(string agent, string resource, string argumentsHash) => Approved[agent + "|" + resource + "|" + argumentsHash] = true;
}

/// <summary>Warden with three MCP upstreams: two Streamable HTTP servers in this process and one stdio child process.</summary>
public sealed class McpTestHost : IAsyncDisposable
{
    public const string Policy = """
        rules:
          - id: web-tools
            effect: allow
            when:
              action: [mcp.tools.call, mcp.prompts.get, mcp.resources.read]
              resource: { mcp_server: [web, local] }
              principal: { scopes: [mcp] }
          - id: interns-may-not-echo
            effect: deny
            reason: interns may not use echo
            when:
              action: mcp.tools.call
              resource: { kind: tool, name: web.echo }
              principal: { labels: { role: intern } }
          - id: transfer-small-for-finance
            effect: allow
            when:
              action: mcp.tools.call
              resource: { kind: tool, name: payments.transfer, mcp_server: payments }
              principal: { initiator: { groups: [finance] } }
              args:
                - { path: $.amount, gt: 0, lt: 1000 }
          - id: transfer-large-needs-approval
            effect: require_approval
            when:
              action: mcp.tools.call
              resource: { kind: tool, name: payments.transfer, mcp_server: payments }
              principal: { initiator: { groups: [finance] } }
              args:
                - { path: $.amount, gte: 1000 }
            approval:
              approvers: ["group:finance-leads"]
              reason: transfers of 1000 or more need a second person
          - id: no-transfers-to-blocked-accounts
            effect: deny
            reason: the account is blocked
            when:
              action: mcp.tools.call
              resource: { kind: tool, name: payments.transfer }
              args:
                - { path: $.to, in: [mallory] }
          - id: interns-may-not-transfer
            effect: deny
            reason: interns may not move money
            when:
              action: mcp.tools.call
              resource: { kind: tool, name: payments.transfer }
              principal: { labels: { role: intern } }
        """;

    private McpTestHost(WardenTestServer server, TestMcpHttpHost upstream, TestApprovalGate gate, CapturingAuditSink audit, TestIdentityProvider idp, string dir)
    {
        Server = server;
        Upstream = upstream;
        Gate = gate;
        Audit = audit;
        Idp = idp;
        Directory = dir;
    }

    public WardenTestServer Server { get; private set; }

    public TestMcpHttpHost Upstream { get; }

    public TestApprovalGate Gate { get; }

    public CapturingAuditSink Audit { get; }

    public TestIdentityProvider Idp { get; }

    public string Directory { get; }

    public string McpUrl => Server.BaseUrl + "/mcp";

    public static string TestServerDll => typeof(TestServerState).Assembly.Location;

    public static async Task<McpTestHost> StartAsync(bool registerGate = true, Func<McpConfig, McpConfig>? configure = null)
    {
        var upstream = await TestMcpHttpHost.StartAsync($"http://127.0.0.1:{LoopbackPort.Free()}");
        var dir = Path.Combine(Path.GetTempPath(), "warden-mcp-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "policy.yaml"), Policy);
        await File.WriteAllTextAsync(Path.Combine(dir, "web.secret"), "upstream-secret\n");
        var idp = new TestIdentityProvider();
        var gate = new TestApprovalGate();
        var audit = new CapturingAuditSink();
        var url = $"http://127.0.0.1:{LoopbackPort.Free()}";
        var server = await StartWardenAsync(url, dir, upstream, idp, gate, audit, registerGate, configure);
        return new McpTestHost(server, upstream, gate, audit, idp, dir);
    }

    /// <summary>Stops this Warden and starts a new one on the same URL and data directory (a restart, or another node).</summary>
    public async Task RestartAsync()
    {
        var url = Server.BaseUrl;
        Server.KeepDataOnDispose = true;
        await Server.DisposeAsync();
        Server = await StartWardenAsync(url, Directory, Upstream, Idp, Gate, Audit, true, null);
    }

    private static Task<WardenTestServer> StartWardenAsync(string url, string dir, TestMcpHttpHost upstream, TestIdentityProvider idp, TestApprovalGate gate, CapturingAuditSink audit, bool registerGate, Func<McpConfig, McpConfig>? configure)
    {
        var mcp = new McpConfig
        {
            MaxRequestBytes = 64 * 1024,
            Upstreams =
            [
                new McpUpstreamConfig { Name = "web", Url = new Uri(upstream.Url("web")), SecretFile = Path.Combine(dir, "web.secret"), TrustOnFirstUse = true, Timeout = TimeSpan.FromSeconds(5) },
                new McpUpstreamConfig { Name = "payments", Url = new Uri(upstream.Url("payments")) },
                new McpUpstreamConfig { Name = "local", Type = McpTransportType.Stdio, Command = "dotnet", Args = [TestServerDll, "--stdio"], TrustOnFirstUse = true, Timeout = TimeSpan.FromSeconds(20) },
            ],
        };
        mcp = configure?.Invoke(mcp) ?? mcp;
        return WardenTestServer.StartAsync(
            c => c with
            {
                Urls = [url],
                IdentityProviders = [idp.Provider],
                Delegation = [new DelegationRule { Agents = ["label:team=finance"], Groups = ["finance", "sales"] }],
                Gateway = c.Gateway with { PolicyFiles = [Path.Combine(dir, "policy.yaml")] },
                Mcp = mcp,
            },
            dataDir: Path.Combine(dir, "data"),
            configureServices: s =>
            {
                s.AddSingleton<IAuditSink>(audit);
                if (registerGate)
                {
                    s.AddSingleton<IApprovalGate>(gate);
                }
            });
    }

    /// <summary>An agent whose tokens are for the MCP endpoint, and one such token (no human behind it).</summary>
    public async Task<(CreatedAgent Agent, string Token)> AgentAsync(Dictionary<string, string>? labels = null)
    {
        var agent = await Server.CreateAgentAsync(scopes: ["mcp"], audiences: [McpUrl], labels: labels ?? new Dictionary<string, string> { ["team"] = "research" });
        var (status, body) = await Server.ClientCredentialsAsync(agent, "mcp", McpUrl);
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        return (agent, body.GetProperty("access_token").GetString()!);
    }

    /// <summary>A token for <paramref name="agent"/> acting for a human of the test identity provider (token exchange).</summary>
    public async Task<string> HumanTokenAsync(CreatedAgent agent, string email, string[] groups)
    {
        var (status, body) = await Server.PostFormAsync(
            "oauth2/token",
            [
                new("grant_type", TokenRequest.TokenExchange),
                new("subject_token", Idp.HumanToken(email, groups)),
                new("subject_token_type", TokenRequest.JwtTokenType),
                new("resource", McpUrl),
                new("scope", "mcp"),
            ],
            WardenTestServer.Basic(agent));
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }

    /// <summary>An official MCP SDK client connected to Warden's /mcp with <paramref name="token"/>.</summary>
    public async Task<McpClient> ClientAsync(string token)
    {
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(McpUrl),
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + token },
        });
        return await McpClient.CreateAsync(transport);
    }

    /// <summary>Approves a tool through the admin API, as <c>warden mcp approve</c> does.</summary>
    public async Task ApproveAsync(string tool)
    {
        using var response = await Server.Admin.PostAsync($"admin/v1/mcp/tools/{tool}/approve", null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts raw JSON to /mcp.</summary>
    public async Task<HttpResponseMessage> PostRawAsync(string token, string json, string? session = null, string accept = "application/json, text/event-stream")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, McpUrl) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (session is not null)
        {
            request.Headers.Add("Mcp-Session-Id", session);
        }

        return await Server.Http.SendAsync(request);
    }

    /// <summary>Opens a session with a raw initialize and returns its id.</summary>
    public async Task<string> InitializeRawAsync(string token)
    {
        using var response = await PostRawAsync(token, """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.GetValues("Mcp-Session-Id").Single();
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public AuditEvent[] Events(int id) => [.. Audit.Events.Where(e => e.EventId == id)];

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Upstream.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file briefly; temp data is harmless.
        }
    }
}
