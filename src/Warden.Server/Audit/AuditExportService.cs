using System.Text;
using Warden.Audit;
using Warden.Audit.Export;
using Warden.Server.Configuration;

namespace Warden.Server.Audit;

/// <summary>Runs one <see cref="ExportPump"/> per configured exporter, woken by each commit of the sink.</summary>
internal sealed class AuditExportService(IEnumerable<IAuditExporter> exporters, IAuditStore store, AuditSink sink, TimeProvider time) : BackgroundService
{
    private readonly List<ExportPump> _pumps = [.. exporters.Select(e => new ExportPump(store, e, time))];

    public IReadOnlyList<ExportPump> Pumps => _pumps;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var pump in _pumps)
        {
            sink.Writer.OnCommitted(_ => pump.Wake());
        }

        return Task.WhenAll(_pumps.Select(p => RunAsync(p, stoppingToken)));
    }

    private static async Task RunAsync(ExportPump pump, CancellationToken stoppingToken)
    {
        try
        {
            await pump.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown; the cursor is durable and delivery resumes on the next start.
        }
    }
}

internal static class AuditExporterRegistration
{
    public static IServiceCollection AddAuditExporters(this IServiceCollection services, AuditConfig config)
    {
        var all = new EventFilter([]);
        if (config.Syslog is { } syslog)
        {
            services.AddSingleton<IAuditExporter>(new SyslogExporter(syslog.Host, syslog.Port, syslog.Protocol == "tcp", all));
        }

        if (config.Otlp is { } otlp)
        {
            services.AddSingleton<IAuditExporter>(new OtlpExporter(new HttpClient { Timeout = TimeSpan.FromSeconds(10) }, otlp.Endpoint, all));
        }

        foreach (var hook in config.Webhooks)
        {
            services.AddSingleton<IAuditExporter>(sp =>
            {
                var secret = Environment.GetEnvironmentVariable(hook.SecretEnv);
                if (string.IsNullOrEmpty(secret))
                {
                    throw new InvalidOperationException($"WRD6120: webhook {hook.Url}: the environment variable {hook.SecretEnv} (its HMAC secret) is not set.");
                }

                return new WebhookExporter(new HttpClient { Timeout = TimeSpan.FromSeconds(10) }, hook.Url, Encoding.UTF8.GetBytes(secret), new EventFilter(hook.Events), sp.GetRequiredService<TimeProvider>());
            });
        }

        if (config.OcsfFile is { } file)
        {
            services.AddSingleton<IAuditExporter>(new OcsfFileExporter(file, all));
        }

        services.AddSingleton<AuditExportService>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditExportService>());
        return services;
    }
}
