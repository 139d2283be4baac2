using Warden.Core.Tokens;

namespace Warden.Server.Hosting;

/// <summary>Pulls revocations made on other nodes twice a second, and purges expired token state.</summary>
internal sealed partial class RevocationRefresher(RevocationState revocations, ITokenStateStore store, TimeProvider time, ILogger<RevocationRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500), time);
        var ticks = 0;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await revocations.RefreshAsync(stoppingToken);
                if (++ticks % 120 == 0)
                {
                    await store.PurgeExpiredAsync(time.GetUtcNow(), stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRefreshFailed(ex);
            }
        }
    }

    [LoggerMessage(EventId = 2900, Level = LogLevel.Warning, Message = "Refreshing revocations from the store failed; will retry")]
    private partial void LogRefreshFailed(Exception exception);
}
