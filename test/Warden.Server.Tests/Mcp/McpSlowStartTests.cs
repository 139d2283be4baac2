using ModelContextProtocol.Protocol;
using Warden.Server.Mcp;

namespace Warden.Server.Tests.Mcp;

/// <summary>
/// A stdio upstream that takes longer to start than the MCP SDK's default 5 s <c>server/discover</c> probe. With that
/// default the server read the late probe first, settled on protocol 2026-07-28 and refused the SDK's fallback
/// <c>initialize</c>: the upstream never connected (the cause of CI failures on a loaded machine).
/// </summary>
public sealed class McpSlowStartTests
{
    [Fact]
    public async Task StdioUpstream_ThatStartsSlowerThanTheSdkProbe_StillConnects()
    {
        await using var host = await McpTestHost.StartAsync(configure: m => m with
        {
            Upstreams = [.. m.Upstreams.Select(u => u.Name == "local" ? u with { Args = [McpTestHost.TestServerDll, "--stdio", "--slow-first-request", "7"], Timeout = TimeSpan.FromSeconds(30) } : u)],
        });
        var (_, token) = await host.AgentAsync();
        await using var client = await host.ClientAsync(token);

        var result = await client.CallToolAsync("local.echo", new Dictionary<string, object?> { ["text"] = "late" });

        Assert.Equal("echo: late", string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text)));
    }

    [Theory]
    [InlineData(30, 25)] // the default upstream timeout: 5 s are left for the fallback handshake
    [InlineData(20, 15)]
    [InlineData(8, 5)]   // never under the SDK's own 5 s
    [InlineData(1, 5)]
    public void DiscoverProbe_GetsTheUpstreamTimeoutLessFiveSeconds(int timeoutSeconds, int probeSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(probeSeconds), McpUpstreamPool.DiscoverProbeTimeout(TimeSpan.FromSeconds(timeoutSeconds)));
}
