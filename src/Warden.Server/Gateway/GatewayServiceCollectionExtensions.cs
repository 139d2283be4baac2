using Microsoft.Extensions.DependencyInjection.Extensions;
using Warden.Server.Policy;

namespace Warden.Server.Gateway;

/// <summary>Registers the policy host and the gateway's pipeline stages; each can be replaced before this call.</summary>
internal static class GatewayServiceCollectionExtensions
{
    public static IServiceCollection AddWardenGateway(this IServiceCollection services)
    {
        services.TryAddSingleton<PolicyHost>();
        services.AddHostedService(sp => sp.GetRequiredService<PolicyHost>());
        services.TryAddSingleton<ProviderRegistry>();
        services.TryAddSingleton<GatewayAuthenticator>();
        services.TryAddSingleton<GatewayAuthorizer>();
        services.TryAddSingleton<GatewayGuards>();
        services.TryAddSingleton<GuardWarmUpService>();
        services.AddHostedService(sp => sp.GetRequiredService<GuardWarmUpService>());
        services.TryAddSingleton<BudgetEnforcer>();
        services.TryAddSingleton<UsageLedger>();
        services.TryAddSingleton<GatewayAuditor>();
        services.TryAddSingleton<GatewayPipeline>();
        return services;
    }
}
