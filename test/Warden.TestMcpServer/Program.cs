using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol.Server;
using Warden.TestMcpServer;

// warden-test-mcp --stdio [--profile web|payments]     MCP over stdin/stdout
// warden-test-mcp --http http://127.0.0.1:5055          Streamable HTTP at /web/mcp and /payments/mcp
var profile = args.SkipWhile(a => a != "--profile").Skip(1).FirstOrDefault() ?? "web";
if (args.Contains("--stdio"))
{
    await using var transport = new StdioServerTransport("warden-test-" + profile, NullLoggerFactory.Instance);
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
