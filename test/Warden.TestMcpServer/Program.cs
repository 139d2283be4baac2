using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Warden.TestMcpServer;

// warden-test-mcp --stdio [--profile web|payments] [--slow-first-request SECONDS]     MCP over stdin/stdout
// warden-test-mcp --http http://127.0.0.1:5055          Streamable HTTP at /web/mcp and /payments/mcp
var profile = args.SkipWhile(a => a != "--profile").Skip(1).FirstOrDefault() ?? "web";
if (args.Contains("--stdio"))
{
    // A server that is slow to answer its first request (a cold process on a busy machine): the first message is held
    // for the given time, and the ones after it a second longer, so the first is handled before the next is read.
    var slow = args.SkipWhile(a => a != "--slow-first-request").Skip(1).FirstOrDefault();
    await using var transport = slow is null
        ? (ITransport)new StdioServerTransport("warden-test-" + profile, NullLoggerFactory.Instance)
        : new StreamServerTransport(
            new SlowFirstMessageStream(Console.OpenStandardInput(), TimeSpan.FromSeconds(double.Parse(slow, System.Globalization.CultureInfo.InvariantCulture))),
            Console.OpenStandardOutput(),
            "warden-test-" + profile,
            NullLoggerFactory.Instance);
    await using var server = McpServer.Create(transport, TestTools.Options(profile, new TestServerState()));
    await server.RunAsync();
    return 0;
}

var url = args.SkipWhile(a => a != "--http").Skip(1).FirstOrDefault();
if (url is null)
{
    await Console.Error.WriteLineAsync("usage: Warden.TestMcpServer --stdio [--profile web|payments] | --http URL");
    return 2;
}

await using var host = await TestMcpHttpHost.StartAsync(url);
Console.WriteLine($"test MCP server on {host.Url("web")} and {host.Url("payments")}");
var done = new TaskCompletionSource();
using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, c =>
{
    c.Cancel = true;
    done.TrySetResult();
});
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c =>
{
    c.Cancel = true;
    done.TrySetResult();
});
await done.Task;
return 0;
