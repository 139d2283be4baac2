using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Warden.Audit.Export;
using Warden.Core.Approvals;

namespace Warden.Server.Approvals;

/// <summary>One webhook target: URL and HMAC secret.</summary>
internal sealed record ApprovalWebhook(Uri Url, byte[] Secret);

/// <summary>
/// Posts approval notifications to the configured webhooks from a background loop, signed like the audit webhook
/// (<c>X-Warden-Signature: t=…,v1=HMAC-SHA256(secret, t + "." + body)</c>). The request path only enqueues; a full
/// queue drops the oldest notification (the audit trail still has every event). Each delivery is retried with backoff.
/// </summary>
internal sealed partial class ApprovalWebhookNotifier(IReadOnlyList<ApprovalWebhook> hooks, HttpClient http, TimeProvider time, ILogger<ApprovalWebhookNotifier> logger)
    : BackgroundService, IApprovalNotifier
{
    public const int Attempts = 4;
    private static readonly JsonSerializerOptions Json = Hosting.WardenHost.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
    private readonly Channel<ApprovalNotification> _queue = Channel.CreateBounded<ApprovalNotification>(new BoundedChannelOptions(1000)
    {
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
    });

    /// <summary>Delay before retry n (1-based); tests shorten it.</summary>
    public Func<int, TimeSpan> Backoff { get; init; } = n => TimeSpan.FromSeconds(Math.Pow(2, n - 1));

    public void Notify(ApprovalNotification notification)
    {
        if (hooks.Count > 0)
        {
            _queue.Writer.TryWrite(notification);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var n in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                var body = JsonSerializer.Serialize(new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["type"] = n.Type,
                    ["id"] = n.Id,
                    ["url"] = n.Url,
                    ["time"] = time.GetUtcNow(),
                    ["data"] = n.Data,
                }, Json);
                await Task.WhenAll(hooks.Select(h => DeliverAsync(h, n.Type, body, stoppingToken)));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; undelivered notifications are in the audit trail.
        }
    }

    private async Task DeliverAsync(ApprovalWebhook hook, string type, string body, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.Add(WebhookExporter.SignatureHeader, WebhookExporter.Sign(hook.Secret, time.GetUtcNow().ToUnixTimeSeconds(), body));
                request.Headers.Add("X-Warden-Event", type);
                using var response = await http.SendAsync(request, ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                LogAttemptFailed(type, hook.Url, attempt, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                LogAttemptFailed(type, hook.Url, attempt, ex.Message);
            }

            if (attempt < Attempts)
            {
                await Task.Delay(Backoff(attempt), time, ct);
            }
        }

        LogGaveUp(type, hook.Url);
    }

    [LoggerMessage(EventId = 6090, Level = LogLevel.Warning, Message = "Approval notification {Type} to {Url} failed (attempt {Attempt}): {Problem}")]
    private partial void LogAttemptFailed(string type, Uri url, int attempt, string problem);

    [LoggerMessage(EventId = 6091, Level = LogLevel.Error, Message = "Approval notification {Type} to {Url} was not delivered; the audit trail has the event")]
    private partial void LogGaveUp(string type, Uri url);
}

/// <summary>Expires pending approval requests (and runs the other governance sweeps) once a minute.</summary>
internal sealed partial class ApprovalSweeper(IServiceProvider services, TimeProvider time, ILogger<ApprovalSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var sweep in services.GetServices<IGovernanceSweep>())
            {
                try
                {
                    await sweep.SweepAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogSweepFailed(ex, sweep.GetType().Name);
                }
            }
        }
    }

    [LoggerMessage(EventId = 6092, Level = LogLevel.Warning, Message = "The {Sweep} sweep failed; it runs again in a minute")]
    private partial void LogSweepFailed(Exception exception, string sweep);
}

/// <summary>A periodic governance task: expiring approvals, applying review deadlines.</summary>
internal interface IGovernanceSweep
{
    Task SweepAsync(CancellationToken cancellationToken);
}

internal sealed class ApprovalExpirySweep(ApprovalService approvals) : IGovernanceSweep
{
    public Task SweepAsync(CancellationToken cancellationToken) => approvals.SweepAsync(cancellationToken);
}

internal sealed class ElevationExpirySweep(ElevationService elevations) : IGovernanceSweep
{
    public Task SweepAsync(CancellationToken cancellationToken) => elevations.SweepAsync(cancellationToken);
}
