using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Warden.Server.Configuration;
using Warden.TestMcpServer;

namespace Warden.Benchmarks.Load;

/// <summary>
/// The same MCP <c>tools/call</c> sent to an SDK-built Streamable HTTP upstream directly and through Warden's <c>/mcp</c>
/// (token, session, policy with an argument condition, tool pin check, guards on arguments and result, audit), in the
/// same run, for two Wardens one after the other: one with the durable audit trail and one with a null audit sink (which
/// isolates the gateway's own cost). Per Warden: closed-loop throughput, then open-loop runs paced at a fixed rate, direct
/// and through Warden back to back, for added latency p50/p90/p99. Bounded in requests and seconds.
/// </summary>
internal static class McpLoad
{
    private const string DirectCall = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{"text":"Summarise the quarterly report in one sentence."}}}""";
    private const string WardenCall = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"web.echo","arguments":{"text":"Summarise the quarterly report in one sentence."}}}""";

    private const string Policy = """
        rules:
          - id: bench-echo
            effect: allow
            when:
              action: mcp.tools.call
              resource: { kind: tool, name: web.echo, mcp_server: web }
              principal: { labels: { team: bench } }
              args:
                - { path: $.text, regex: "^[A-Za-z .]+$" }
        """;

    /// <summary>Measures both audit modes, or only the null audit sink when <c>--null-audit</c> sets <c>nullAuditOnly</c>.</summary>
    public static async Task<int> RunAsync(int requests, int concurrency, TimeSpan duration, int rate, bool guards, bool nullAuditOnly)
    {
        await using var upstream = await TestMcpHttpHost.StartAsync($"http://127.0.0.1:{FreePort()}");
        var dir = Path.Combine(Path.GetTempPath(), "warden-bench-mcp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var policyFile = Path.Combine(dir, "policy.yaml");
        await File.WriteAllTextAsync(policyFile, Policy);
        try
        {
            using var direct = Client(concurrency, null);
            Func<Task<bool>> toDirect = () => PostAsync(direct, upstream.Url("web"), DirectCall, null);
            if (!await toDirect())
            {
                Console.Error.WriteLine("a direct tools/call failed before the run; check the setup");
                return 1;
            }

            await LatencyRecorder.RunAsync("warm-up", concurrency, 1000, duration, toDirect);
            var summary = new List<string>();
            var failed = false;
            bool[] modes = nullAuditOnly ? [true] : [false, true];
            foreach (var nullAudit in modes)
            {
                var (ok, line) = await MeasureAsync(upstream, policyFile, toDirect, requests, concurrency, duration, rate, guards, nullAudit);
                failed |= !ok;
                summary.Add(line);
            }

            Console.WriteLine();
            Console.WriteLine($"MCP tools/call added latency (policy {(guards ? "+ guards " : "")}on), paced at {rate}/s:");
            summary.ForEach(Console.WriteLine);
            return failed ? 1 : 0;
        }
        finally
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // Temp data; leaving it is harmless.
            }
        }
    }

    /// <summary>One Warden in front of <paramref name="upstream"/>; returns whether every call succeeded and the added-latency line.</summary>
    private static async Task<(bool Ok, string Summary)> MeasureAsync(
        TestMcpHttpHost upstream, string policyFile, Func<Task<bool>> toDirect,
        int requests, int concurrency, TimeSpan duration, int rate, bool guards, bool nullAudit)
    {
        var audit = nullAudit ? "null audit sink" : "durable audit trail";
        string audience = "";
        await using var server = await BenchServer.StartAsync(c =>
        {
            audience = c.EffectiveIssuer + "/mcp";
            return c with
            {
                Gateway = new GatewayConfig { PolicyFiles = [policyFile], GuardsEnabled = guards },
                Mcp = new McpConfig { Upstreams = [new McpUpstreamConfig { Name = "web", Url = new Uri(upstream.Url("web")), TrustOnFirstUse = true }] },
            };
        }, b =>
        {
            if (nullAudit)
            {
                b.Services.AddSingleton<Warden.Core.Audit.IAuditSink, Warden.Core.Audit.NullAuditSink>();
            }
        });
        var token = await server.GatewayTokenAsync(audience, new Dictionary<string, string> { ["team"] = "bench" });
        using var warden = Client(concurrency, token);
        var session = await InitializeAsync(warden, audience);
        Console.WriteLine();
        Console.WriteLine($"MCP: guards {(guards ? "on" : "off")}, audit sink {server.Services.GetService(typeof(Warden.Core.Audit.IAuditSink))?.GetType().Name}; load average {GatewayLoad.LoadAverage()}");

        Func<Task<bool>> toWarden = () => PostAsync(warden, audience, WardenCall, session);
        if (!await toWarden())
        {
            Console.Error.WriteLine("a tools/call through Warden failed before the run; check the setup");
            return (false, $"  {audit,-19}: setup failed");
        }

        await LatencyRecorder.RunAsync("warm-up", concurrency, 1000, duration, toWarden);

        var d = await LatencyRecorder.RunAsync("direct    closed-loop", concurrency, requests, duration, toDirect);
        var w = await LatencyRecorder.RunAsync("via Warden closed-loop", concurrency, requests, duration, toWarden);
        Console.WriteLine(d);
        Console.WriteLine(w);
        Console.WriteLine($"throughput via Warden: {100 * w.PerSecond / d.PerSecond:F0}% of direct");

        var count = Math.Min(requests, rate * (int)duration.TotalSeconds);
        var pd = await GatewayLoad.PacedAsync($"direct     paced {rate}/s", rate, count, toDirect);
        var pw = await GatewayLoad.PacedAsync($"via Warden paced {rate}/s", rate, count, toWarden);
        Console.WriteLine(pd);
        Console.WriteLine(pw);
        var added = $"added p50 {pw.P50Ms - pd.P50Ms:F3} ms, p90 {pw.P90Ms - pd.P90Ms:F3} ms, p99 {pw.P99Ms - pd.P99Ms:F3} ms";
        Console.WriteLine($"added latency at {rate}/s: {added}; load average {GatewayLoad.LoadAverage()}");
        var errors = w.Errors + pw.Errors + d.Errors + pd.Errors;
        return (errors == 0, $"  {audit,-19}: {added} (direct p99 {pd.P99Ms:F3} ms, {errors} errors)");
    }

    private static HttpClient Client(int concurrency, string? bearer)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(concurrency, 64), UseProxy = false });
        http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        http.DefaultRequestHeaders.Accept.ParseAdd("text/event-stream");
        if (bearer is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return http;
    }

    private static async Task<string> InitializeAsync(HttpClient http, string url)
    {
        using var content = new StringContent("""{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"bench","version":"1"}}}""", Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(url, content);
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("Mcp-Session-Id").Single();
    }

    private static async Task<bool> PostAsync(HttpClient http, string url, string body, string? session)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (session is not null)
        {
            request.Headers.Add("Mcp-Session-Id", session);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var ok = response.IsSuccessStatusCode && text.Contains("echo: Summarise", StringComparison.Ordinal) && !text.Contains("\"error\"", StringComparison.Ordinal);
        if (!ok && Interlocked.Exchange(ref _reported, 1) == 0)
        {
            Console.Error.WriteLine($"first failed call ({(int)response.StatusCode}): {(text.Length > 400 ? text[..400] : text)}");
        }

        return ok;
    }

    private static int _reported;

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
