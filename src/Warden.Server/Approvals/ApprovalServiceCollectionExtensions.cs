using System.Text;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Warden.Core.Approvals;
using Warden.Server.Configuration;
using Warden.Storage.Approvals;

namespace Warden.Server.Approvals;

/// <summary>Registers approvals, elevation and governance; every part can be replaced before this call.</summary>
internal static class ApprovalServiceCollectionExtensions
{
    public static IServiceCollection AddWardenApprovals(this IServiceCollection services, WardenConfig config)
    {
        var a = config.Approvals;
        services.AddWardenApprovalStorage();
        services.TryAddSingleton(new ApprovalOptions
        {
            RequestTtl = a.RequestTtl,
            GrantTtl = a.GrantTtl,
            Uses = a.Uses,
            Rules = a.Rules,
            OwnerMayApprove = a.OwnerMayApprove,
            PublicUrl = a.PublicUrl ?? config.EffectiveIssuer,
        });
        services.TryAddSingleton(sp =>
        {
            var hooks = a.Webhooks.Select(h =>
            {
                var secret = Environment.GetEnvironmentVariable(h.SecretEnv);
                return string.IsNullOrEmpty(secret)
                    ? throw new InvalidOperationException($"WRD8238: approvals webhook {h.Url}: the environment variable {h.SecretEnv} (its HMAC secret) is not set.")
                    : new ApprovalWebhook(h.Url, Encoding.UTF8.GetBytes(secret));
            }).ToList();
            return new ApprovalWebhookNotifier(hooks, new HttpClient { Timeout = TimeSpan.FromSeconds(10) }, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ApprovalWebhookNotifier>>());
        });
        services.TryAddSingleton<IApprovalNotifier>(sp => sp.GetRequiredService<ApprovalWebhookNotifier>());
        services.AddHostedService(sp => sp.GetRequiredService<ApprovalWebhookNotifier>());
        services.TryAddSingleton<ApprovalService>();
        services.TryAddSingleton<IApprovalGate>(sp => sp.GetRequiredService<ApprovalService>());
        services.TryAddSingleton<ApprovalAuthenticator>();
        services.TryAddSingleton(new ElevationOptions
        {
            MaxDuration = a.Elevation.MaxDuration,
            RequestTtl = a.Elevation.RequestTtl,
            Approvers = a.Elevation.Approvers,
            Bounds = [.. a.Elevation.Allowed.Select(b => new ElevationBoundOptions(b.Agents, b.Scopes, b.MaxDuration))],
        });
        services.TryAddSingleton<ElevationService>();
        services.TryAddSingleton<IElevationGrants>(sp => sp.GetRequiredService<ElevationService>());
        services.AddSingleton<IGovernanceSweep, ApprovalExpirySweep>();
        services.AddSingleton<IGovernanceSweep, ElevationExpirySweep>();
        services.TryAddSingleton<GovernanceService>();
        services.TryAddSingleton<ReviewService>();
        services.AddSingleton<IGovernanceSweep, ReviewDeadlineSweep>();
        services.AddSingleton<IGovernanceSweep, AutoSuspendSweep>();
        services.AddHostedService<ApprovalSweeper>();
        return services;
    }
}
