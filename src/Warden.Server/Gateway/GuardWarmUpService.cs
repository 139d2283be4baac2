using Warden.Guards;

namespace Warden.Server.Gateway;

/// <summary>
/// Warms the default guard engine in the background at start-up (<see cref="GuardWarmUp"/>), so the first guarded call
/// or <c>/v1/guard/scan</c> request does not pay for loading and JIT, or risk a cold regex timeout on a busy host.
/// Start-up does not wait for it; a failure is logged and leaves the engine to warm up on first use.
/// </summary>
internal sealed partial class GuardWarmUpService(GatewayGuards guards, ILogger<GuardWarmUpService> logger) : BackgroundService
{
    /// <summary>Completes when the warm-up has run (tests await it).</summary>
    internal Task Completed => _completed.Task;

    /// <summary>How long the warm-up took, once it has succeeded.</summary>
    internal TimeSpan? Elapsed { get; private set; }

    /// <summary>Why the warm-up failed, if it did.</summary>
    internal GuardException? Failure { get; private set; }

    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var elapsed = await Task.Run(() => GuardWarmUp.Run(guards.Default), stoppingToken);
            Elapsed = elapsed;
            LogWarmedUp(logger, elapsed.TotalMilliseconds);
        }
        catch (GuardException ex)
        {
            Failure = ex;
            LogWarmUpFailed(logger, ex);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before it ran.
        }
        finally
        {
            _completed.TrySetResult();
        }
    }

    [LoggerMessage(EventId = 4070, Level = LogLevel.Information, Message = "Guards warmed up in {Milliseconds:F0} ms")]
    private static partial void LogWarmedUp(ILogger logger, double milliseconds);

    [LoggerMessage(EventId = 4071, Level = LogLevel.Error, Message = "Guard warm-up failed; the detectors will load on first use")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);
}
