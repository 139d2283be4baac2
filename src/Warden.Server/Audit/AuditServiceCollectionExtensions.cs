using Microsoft.Extensions.DependencyInjection.Extensions;
using Warden.Core.Audit;
using Warden.Server.Configuration;
using Warden.Storage.Audit;

namespace Warden.Server.Audit;

/// <summary>Registers the durable audit trail, its checkpoints and its exporters.</summary>
internal static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddWardenAudit(this IServiceCollection services, WardenConfig config)
    {
        services.AddWardenAuditStorage();
        services.TryAddSingleton<AuditSink>();
        services.TryAddSingleton<IAuditSink>(sp => sp.GetRequiredService<AuditSink>());
        services.TryAddSingleton(sp => sp.GetRequiredService<AuditSink>().Health);

        // Hosted services stop in reverse order: the checkpoint service (registered last) stops first, drains the
        // sink and signs the final head.
        services.AddHostedService(sp => sp.GetRequiredService<AuditSink>());
        services.AddAuditExporters(config.Audit);
        services.TryAddSingleton<CheckpointService>();
        services.AddHostedService(sp => sp.GetRequiredService<CheckpointService>());
        return services;
    }
}
