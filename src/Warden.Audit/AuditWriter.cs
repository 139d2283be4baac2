using System.Threading.Channels;
using Warden.Audit.Chain;
using Warden.Core.Audit;
using Warden.Core.Errors;

namespace Warden.Audit;

/// <summary>
/// Group commit: callers enqueue events and wait; one loop takes everything queued (up to a batch), appends it in one
/// transaction and completes every waiter when it has committed. Concurrent requests therefore share one fsync.
/// </summary>
public sealed class AuditWriter : IAsyncDisposable
{
    private readonly IAuditStore _store;
    private readonly TimeProvider _time;
    private readonly int _maxBatch;
    private readonly Channel<Pending> _queue;
    private readonly Task _loop;

    public AuditWriter(IAuditStore store, TimeProvider time, int capacity = 100_000, int maxBatch = 2_000)
    {
        _store = store;
        _time = time;
        _maxBatch = maxBatch;
        // Bounded so that a stalled database cannot grow memory without limit; a full queue refuses, never waits.
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _loop = Task.Run(RunAsync);
    }

    public AuditHealth Health { get; } = new();

    private volatile Action<long>[] _listeners = [];

    /// <summary>Called after each commit with the new head sequence; exporters use it to wake up. Must not block.</summary>
    public void OnCommitted(Action<long> listener)
    {
        lock (_queue)
        {
            _listeners = [.. _listeners, listener];
        }
    }

    /// <summary>Completes when the event is durable; throws <see cref="WardenException"/> (WRD6101-6103) when it is not.</summary>
    public async ValueTask<AuditRecord> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var stamped = auditEvent.Time == default ? auditEvent with { Time = _time.GetUtcNow() } : auditEvent;
        var pending = new Pending(AuditCanonical.Body(stamped));
        try
        {
            if (!_queue.Writer.TryWrite(pending))
            {
                throw new WardenException(AuditErrors.Overloaded());
            }
        }
        catch (ChannelClosedException ex)
        {
            throw new WardenException(AuditErrors.ShuttingDown(), ex);
        }

        // The event is written even if the caller gives up waiting; only the wait is cancelled.
        return await pending.Completion.Task.WaitAsync(cancellationToken);
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>(_maxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            try
            {
                var records = await _store.AppendAsync([.. batch.Select(p => p.Body)], CancellationToken.None);
                Health.Succeeded(_time.GetUtcNow());
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Completion.TrySetResult(records[i]);
                }

                foreach (var listener in _listeners)
                {
                    listener(records[^1].Sequence);
                }
            }
            catch (Exception ex)
            {
                var reason = ex is WardenException w ? w.Error.Id + " " + w.Error.Message : ex.GetType().Name + ": " + ex.Message;
                Health.Failed(_time.GetUtcNow(), reason);
                var error = new WardenException(AuditErrors.WriteFailed(ex is WardenException we ? we.Error.Id : ex.GetType().Name), ex);
                foreach (var p in batch)
                {
                    p.Completion.TrySetException(error);
                }
            }

            batch.Clear();
        }
    }

    /// <summary>Stops accepting events and waits until everything queued has been written.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private sealed class Pending(AuditBody body)
    {
        public AuditBody Body { get; } = body;

        public TaskCompletionSource<AuditRecord> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>Whether the trail is currently writable, and why not; shown by <c>/readyz</c>.</summary>
public sealed class AuditHealth
{
    private volatile Snapshot _state = new(true, null, null, null);

    public bool Writable => _state.Writable;

    public string? LastError => _state.LastError;

    public DateTimeOffset? LastFailureAt => _state.LastFailureAt;

    public DateTimeOffset? LastSuccessAt => _state.LastSuccessAt;

    public void Succeeded(DateTimeOffset now) => _state = _state with { Writable = true, LastSuccessAt = now };

    public void Failed(DateTimeOffset now, string reason) => _state = _state with { Writable = false, LastError = reason, LastFailureAt = now };

    private sealed record Snapshot(bool Writable, string? LastError, DateTimeOffset? LastFailureAt, DateTimeOffset? LastSuccessAt);
}
