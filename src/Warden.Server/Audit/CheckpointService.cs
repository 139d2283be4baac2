using Warden.Audit;
using Warden.Audit.Chain;
using Warden.Core.Tokens;
using Warden.Server.Configuration;

namespace Warden.Server.Audit;

/// <summary>Signs the chain head every <see cref="AuditConfig.CheckpointInterval"/> when it moved, and once more on shutdown.</summary>
internal sealed partial class CheckpointService(
    IAuditStore store, AuditSink sink, SigningKeyRing keys, WardenConfig config, TimeProvider time, ILogger<CheckpointService> logger) : BackgroundService
{
    private long _lastSigned = -1;

    public async Task<AuditCheckpoint?> CheckpointAsync(CancellationToken cancellationToken)
    {
        var head = await store.GetHeadAsync(cancellationToken);
        if (head.Sequence == 0 || head.Sequence == Interlocked.Read(ref _lastSigned) || !keys.IsLoaded)
        {
            return null;
        }

        var checkpoint = CheckpointSigner.Sign(keys, head, time.GetUtcNow());
        await store.AddCheckpointAsync(checkpoint, cancellationToken);
        Interlocked.Exchange(ref _lastSigned, head.Sequence);
        return checkpoint;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(config.Audit.CheckpointInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await TryCheckpointAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: StopAsync writes the final checkpoint.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);

        // The sink drains first so the final checkpoint covers every event that was acknowledged.
        await sink.Writer.DisposeAsync();
        await TryCheckpointAsync(cancellationToken);
    }

    private async Task TryCheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CheckpointAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCheckpointFailed(ex);
        }
    }

    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning, Message = "Could not sign an audit checkpoint; will retry at the next interval")]
    private partial void LogCheckpointFailed(Exception exception);
}
