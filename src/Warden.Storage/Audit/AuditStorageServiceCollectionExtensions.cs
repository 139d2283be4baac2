using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Warden.Audit;

namespace Warden.Storage.Audit;

/// <summary>Registers the EF Core audit store; call after <see cref="StorageServiceCollectionExtensions.AddWardenStorage"/>.</summary>
public static class AuditStorageServiceCollectionExtensions
{
    public static IServiceCollection AddWardenAuditStorage(this IServiceCollection services)
    {
        services.TryAddSingleton<IAuditStore, EfAuditStore>();
        return services;
    }
}
