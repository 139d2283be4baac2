using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Warden.Server.Mcp;

/// <summary>Registers the MCP gateway's pipeline stages; each can be replaced before this call.</summary>
internal static class McpServiceCollectionExtensions
{
    public static IServiceCollection AddWardenMcp(this IServiceCollection services)
    {
        services.TryAddSingleton<McpAuthenticator>();
        services.TryAddSingleton<McpSessions>();
        services.TryAddSingleton<McpAuthorizer>();
        services.TryAddSingleton<McpUpstreamPool>();
        services.TryAddSingleton<McpToolCatalog>();
        services.TryAddSingleton<McpToolIntegrity>();
        services.TryAddSingleton<McpGuards>();
        services.TryAddSingleton<McpAuditor>();
        services.TryAddSingleton<McpDispatcher>();
        return services;
    }
}
