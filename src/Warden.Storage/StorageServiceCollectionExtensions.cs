using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Warden.Core.Agents;
using Warden.Core.Mcp;
using Warden.Core.Security;
using Warden.Core.Tokens;
using Warden.Storage.Agents;
using Warden.Storage.Data;
using Warden.Storage.Mcp;
using Warden.Storage.Security;
using Warden.Storage.Tokens;

namespace Warden.Storage;

/// <summary>Registers Warden's EF Core storage.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAgentStore"/>, <see cref="ISigningKeyStore"/>, <see cref="ITokenStateStore"/>,
    /// <see cref="IAdminTokenStore"/>, <see cref="IToolPinStore"/> and <see cref="IWardenStorage"/> (call its <c>InitializeAsync</c> on start).
    /// Throws <see cref="Core.Errors.WardenException"/> (WRD80xx) when <paramref name="options"/> is invalid.
    /// Existing registrations of the store interfaces are kept, so a host can replace any of them.
    /// </summary>
    public static IServiceCollection AddWardenStorage(this IServiceCollection services, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);

        var connection = StorageConnection.Parse(options);
        services.TryAddSingleton(connection);
        services.TryAddSingleton(TimeProvider.System);
        services.AddPooledDbContextFactory<WardenDbContext>(builder => WardenDbContextOptions.Configure(builder, connection));
        services.TryAddSingleton<IAgentStore, EfAgentStore>();
        services.TryAddSingleton<ISigningKeyStore, EfSigningKeyStore>();
        services.TryAddSingleton<ITokenStateStore, EfTokenStateStore>();
        services.TryAddSingleton<IAdminTokenStore, EfAdminTokenStore>();
        services.TryAddSingleton<IToolPinStore, EfToolPinStore>();
        services.TryAddSingleton<IWardenStorage, WardenStorage>();
        return services;
    }
}
