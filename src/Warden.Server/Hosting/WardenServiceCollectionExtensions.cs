using Microsoft.Extensions.DependencyInjection.Extensions;
using Warden.Core.Agents;
using Warden.Core.Security;
using Warden.Core.Tokens;
using Warden.Server.Admin;
using Warden.Server.Approvals;
using Warden.Server.Audit;
using Warden.Server.Configuration;
using Warden.Server.Gateway;
using Warden.Server.Mcp;
using Warden.Storage;

namespace Warden.Server.Hosting;

/// <summary>Registers Warden's domain services; each registration can be replaced before this call.</summary>
public static class WardenServiceCollectionExtensions
{
    public static IServiceCollection AddWardenCore(this IServiceCollection services, WardenConfig config)
    {
        services.TryAddSingleton(config);
        services.TryAddSingleton(TimeProvider.System);
        services.AddWardenStorage(new StorageOptions { Database = config.Database, DataDirectory = config.DataDirectory, SqliteSynchronous = config.SqliteSynchronous });
        services.TryAddSingleton(new TokenOptions
        {
            Issuer = config.EffectiveIssuer,
            AccessTokenLifetime = config.AccessTokenLifetime,
            MaxDelegationDepth = config.MaxDelegationDepth,
            SecretRotationOverlap = config.SecretRotationOverlap,
            MaxTokenLength = config.Limits.MaxTokenLength,
        });
        services.TryAddSingleton(_ =>
        {
            Directory.CreateDirectory(config.DataDirectory);
            return KeyEncryptionKey.Load(config.DataDirectory, Environment.GetEnvironmentVariable(KeyEncryptionKey.EnvironmentVariable));
        });
        services.TryAddSingleton<SigningKeyRing>();
        services.TryAddSingleton<AgentStatusCache>();
        services.TryAddSingleton<RevocationState>();
        services.TryAddSingleton<AccessTokenService>();
        services.TryAddSingleton<ClientAuthenticator>();
        services.TryAddSingleton(sp => new ExternalTokenValidator(
            config.IdentityProviders, sp.GetRequiredService<TokenOptions>(), sp.GetRequiredService<TimeProvider>(),
            new HttpClient { Timeout = TimeSpan.FromSeconds(10) }));
        services.TryAddSingleton(new DelegationPolicy(config.Delegation));
        services.TryAddSingleton<TokenService>();
        services.TryAddSingleton<AgentService>();
        services.TryAddSingleton<AdminAuthenticator>();
        services.TryAddSingleton<WardenBootstrap>();
        services.AddWardenAudit(config);
        services.AddHostedService<RevocationRefresher>();
        services.AddWardenGateway();
        services.AddWardenApprovals(config);
        services.AddWardenMcp();
        return services;
    }
}
