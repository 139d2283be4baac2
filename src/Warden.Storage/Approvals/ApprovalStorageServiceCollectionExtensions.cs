using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Warden.Core.Approvals;

namespace Warden.Storage.Approvals;

/// <summary>Registers the EF Core approval, elevation and review stores; call after <see cref="StorageServiceCollectionExtensions.AddWardenStorage"/>.</summary>
public static class ApprovalStorageServiceCollectionExtensions
{
    public static IServiceCollection AddWardenApprovalStorage(this IServiceCollection services)
    {
        services.TryAddSingleton<IApprovalStore, EfApprovalStore>();
        services.TryAddSingleton<IElevationStore, EfElevationStore>();
        services.TryAddSingleton<IReviewStore, EfReviewStore>();
        return services;
    }
}
