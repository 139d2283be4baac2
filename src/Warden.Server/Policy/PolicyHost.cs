using Warden.Core.Audit;
using Warden.Policy;
using Warden.Server.Configuration;

namespace Warden.Server.Policy;

/// <summary>
/// Serves the policy named in the configuration: loads it at start, reloads it when a file changes (debounced) or
/// when an admin asks, and keeps the previous version serving when a reload fails. With no files configured the
/// empty policy serves, which denies every request (default deny).
/// </summary>
internal sealed partial class PolicyHost(WardenConfig config, IAuditSink audit, TimeProvider time, ILogger<PolicyHost> logger) : IHostedService, IDisposable
{
    // Editors save in several steps (truncate, write, rename); wait for the burst to settle before reading.
    internal static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(200);

    private readonly SemaphoreSlim _reloadGate = new(1, 1);
    private readonly List<FileSystemWatcher> _watchers = [];
    private ITimer? _debounceTimer;
    private volatile PolicyStatus _status = new(PolicySet.Empty.Version, [], [], null, null);

    public PolicyStore Store { get; } = new();

    public IReadOnlyList<string> Files => config.Gateway.PolicyFiles;

    public PolicyStatus Status => _status;

    private TaskCompletionSource<PolicyStatus> _nextReload = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes after the next reload attempt (tests wait on it instead of sleeping).</summary>
    public Task<PolicyStatus> NextReload => Volatile.Read(ref _nextReload).Task;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (Files.Count == 0)
        {
            LogNoPolicy();
            return;
        }

        var status = await ReloadAsync("start", cancellationToken);
        if (status.LastErrors.Count > 0)
        {
            // Starting with a broken policy would silently deny everything; refuse to start and say why.
            throw new InvalidOperationException("WRD3100 the policy files are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, status.LastErrors));
        }

        foreach (var dir in Files.Select(Path.GetDirectoryName).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(dir) { NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime };
            watcher.Changed += OnFileEvent;
            watcher.Created += OnFileEvent;
            watcher.Renamed += OnFileEvent;
            watcher.Deleted += OnFileEvent;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Reloads every policy file as a whole; on any error the previous version keeps serving.</summary>
    public async Task<PolicyStatus> ReloadAsync(string trigger, CancellationToken cancellationToken)
    {
        await _reloadGate.WaitAsync(cancellationToken);
        try
        {
            var result = await Store.TryUpdateFromFilesAsync(Files, cancellationToken);
            var errors = result.Errors.Select(e => e.ToString()).ToArray();
            var previous = _status;
            var status = new PolicyStatus(result.Version, Files, errors, time.GetUtcNow(), result.Succeeded ? time.GetUtcNow() : previous.LoadedAt);
            _status = status;
            if (!result.Succeeded)
            {
                LogRejected(trigger, errors.Length, string.Join("; ", errors.Take(5)));
                await audit.RecordAsync(new AuditEvent
                {
                    EventId = AuditEventIds.PolicyUpdateRejected,
                    Type = "policy.update.rejected",
                    Outcome = "failure",
                    Action = "policy.reload." + trigger,
                    ErrorId = errors.Length > 0 ? errors[0].Split(' ').FirstOrDefault(w => w.StartsWith("WRD", StringComparison.Ordinal)) : null,
                    Reason = $"{errors.Length} error(s); version {result.Version} keeps serving",
                    PolicyVersion = result.Version.ToString(),
                    Details = new Dictionary<string, object?>(StringComparer.Ordinal) { ["errors"] = errors, ["files"] = Files },
                }, cancellationToken);
            }
            else if (result.Changed)
            {
                LogLoaded(result.Version.ToString(), Store.Current.RuleCount, trigger);
                await audit.RecordAsync(new AuditEvent
                {
                    EventId = AuditEventIds.PolicyUpdated,
                    Type = "policy.updated",
                    Outcome = "success",
                    Action = "policy.reload." + trigger,
                    PolicyVersion = result.Version.ToString(),
                    Details = new Dictionary<string, object?>(StringComparer.Ordinal) { ["rules"] = Store.Current.RuleCount, ["files"] = Files },
                }, cancellationToken);
            }

            Interlocked.Exchange(ref _nextReload, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(status);
            return status;
        }
        finally
        {
            _reloadGate.Release();
        }
    }

    public void Dispose()
    {
        foreach (var w in _watchers)
        {
            w.Dispose();
        }

        _watchers.Clear();
        _debounceTimer?.Dispose();
    }

    private void OnFileEvent(object sender, FileSystemEventArgs e)
    {
        if (!Files.Contains(Path.GetFullPath(e.FullPath), StringComparer.Ordinal) &&
            !(e is RenamedEventArgs r && Files.Contains(Path.GetFullPath(r.OldFullPath), StringComparer.Ordinal)))
        {
            return;
        }

        var timer = _debounceTimer ??= time.CreateTimer(_ => _ = ReloadFromWatcherAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        timer.Change(Debounce, Timeout.InfiniteTimeSpan);
    }

    private async Task ReloadFromWatcherAsync()
    {
        try
        {
            await ReloadAsync("file", CancellationToken.None);
        }
        catch (Exception ex)
        {
            // A background reload must never crash the process; the old policy keeps serving.
            LogReloadFailed(ex);
        }
    }

    [LoggerMessage(EventId = 3100, Level = LogLevel.Warning, Message = "No policy files are configured: every gateway request is denied (default deny). Add a policy section with files to the configuration.")]
    private partial void LogNoPolicy();

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Policy {Version} loaded ({Rules} rules, trigger: {Trigger})")]
    private partial void LogLoaded(string version, int rules, string trigger);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "Policy reload ({Trigger}) rejected with {Count} error(s); the previous version keeps serving: {Errors}")]
    private partial void LogRejected(string trigger, int count, string errors);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Error, Message = "Policy reload failed unexpectedly; the previous version keeps serving")]
    private partial void LogReloadFailed(Exception exception);
}

/// <summary>What <c>GET /admin/v1/policy</c> shows.</summary>
internal sealed record PolicyStatus(PolicyVersion Version, IReadOnlyList<string> Files, IReadOnlyList<string> LastErrors, DateTimeOffset? LastAttemptAt, DateTimeOffset? LoadedAt);
