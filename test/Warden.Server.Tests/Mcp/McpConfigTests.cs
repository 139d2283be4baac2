using Warden.Server.Configuration;

namespace Warden.Server.Tests.Mcp;

public sealed class McpConfigTests
{
    [Fact]
    public void McpSection_IsRead()
    {
        var result = ConfigLoader.Load(
            """
            mcp:
              audience: https://warden.example.com/mcp
              maxRequestBytes: 65536
              sessionLifetime: 2h
              upstreams:
                - name: github
                  url: https://mcp.github.example.com/mcp
                  secretEnv: GITHUB_MCP_TOKEN
                  trustOnFirstUse: true
                  timeout: 10s
                - name: files
                  type: stdio
                  command: npx
                  args: ["-y", "@modelcontextprotocol/server-filesystem", "/srv/shared"]
                  env: { NODE_ENV: production }
            """,
            "warden.yaml",
            new WardenConfig());

        Assert.Empty(result.Errors);
        var mcp = result.Config!.Mcp;
        Assert.Equal("https://warden.example.com/mcp", mcp.EffectiveAudience("https://x"));
        Assert.Equal(TimeSpan.FromHours(2), mcp.SessionLifetime);
        Assert.Equal(McpTransportType.Http, mcp.Upstreams[0].Type);
        Assert.True(mcp.Upstreams[0].TrustOnFirstUse);
        Assert.Equal(McpTransportType.Stdio, mcp.Upstreams[1].Type);
        Assert.Equal(["-y", "@modelcontextprotocol/server-filesystem", "/srv/shared"], mcp.Upstreams[1].Args);
        Assert.Equal("production", mcp.Upstreams[1].Env["NODE_ENV"]);
        Assert.Equal("http://127.0.0.1:8080/mcp", new McpConfig().EffectiveAudience("http://127.0.0.1:8080"));
    }

    [Fact]
    public void McpSection_ReportsEveryError_WithLines()
    {
        var result = ConfigLoader.Load(
            """
            mcp:
              maxRequestBytes: 10
              upstreams:
                - name: Bad.Name
                  url: https://x
                - name: web
                  url: ftp://x
                - name: web
                  url: https://y
                - name: kid
                  type: stdio
                  url: https://z
                - name: both
                  url: https://a
                  secretEnv: A
                  secretFile: /nonexistent/secret
                - name: odd
                  type: carrier-pigeon
                - name: tok
                  url: https://t
                  secretEnv: T
                  tokenAudience: https://t
            """,
            "warden.yaml",
            new WardenConfig());

        Assert.Null(result.Config);
        var all = string.Join("\n", result.Errors);
        foreach (var id in new[] { "WRD8201", "WRD8205", "WRD8206", "WRD8207", "WRD8208", "WRD8210", "WRD8211", "WRD8213", "WRD8214", "WRD8216" })
        {
            Assert.Contains(id, all, StringComparison.Ordinal);
        }

        Assert.All(result.Errors, e => Assert.Matches(@"^warden\.yaml:\d+:\d+: WRD\d{4}", e));
    }
}
