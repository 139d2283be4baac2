using Microsoft.Extensions.DependencyInjection;
using Warden.Core.Tokens;

namespace Warden.Server.Tests.Mcp;

public sealed class McpUpstreamCredentialTests
{
    [Fact]
    public async Task TokenAudienceUpstream_GetsAWardenIssuedTokenForItsAudience_NotTheCallersToken()
    {
        await using var host = await McpTestHost.StartAsync(configure: m => m with
        {
            Upstreams = [.. m.Upstreams.Select(u => u.Name == "web" ? u with { SecretFile = null, TokenAudience = "https://tools.example.com" } : u)],
        });
        var (_, token) = await host.AgentAsync();
        await using var client = await host.ClientAsync(token);

        await client.CallToolAsync("web.echo", new Dictionary<string, object?> { ["text"] = "x" });

        var bearer = host.Upstream.AuthorizationHeaders.Keys.Single(h => h.StartsWith("Bearer ", StringComparison.Ordinal))["Bearer ".Length..];
        Assert.NotEqual(token, bearer);
        var claims = host.Server.Services.GetRequiredService<AccessTokenService>().ValidateSignatureAndLifetime(bearer, "https://tools.example.com");
        Assert.Equal("warden-mcp", claims.ClientId);
    }
}
