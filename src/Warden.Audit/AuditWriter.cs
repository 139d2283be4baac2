using System.Threading.Channels;
using Warden.Audit.Chain;
using Warden.Core.Audit;
using Warden.Core.Errors;

namespace Warden.Audit;

/// <summary>
/// Group commit: callers enqueue events and wait; one writer thread takes everything queued (up to a batch), appends it in one
/// transaction and completes every waiter when it has committed. Concurrent requests therefore share one fsync.
/// Deferred events (<see cref="AppendDeferredAsync"/>: nothing a caller is waiting for) do not start a commit of
/// their own while the deferral window lasts; they ride along with the next prompt event's commit, which halves the
/// fsyncs of a gateway whose every call writes a prompt decision event and a deferred outcome event.
/// With a store that can split a commit from its sync (<see cref="IPipelinedAuditStore"/>), the writer writes the next
/// batch while earlier ones sync (at most <see cref="MaxUnsynced"/> at a time) and waiters are completed by the sync,
/// so an event waits for one sync rather than for the one in flight plus its own.
/// </summary>
public sealed class AuditWriter : IAsyncDisposable
{
    /// <summary>Written commits that may await their sync at once; the next batch waits for one to report.</summary>
    internal const int MaxUnsynced = 2;

    private readonly IAuditStore _store;
    private readonly IPipelinedAuditStore? _pipelined;
    private readonly SemaphoreSlim _syncSlots = new(MaxUnsynced, MaxUnsynced);
    private readonly TimeProvider _time;
    private readonly int _maxBatch;
    private readonly Channel<Pending> _queue;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How long a deferred event may wait for a prompt one to share a commit with.</summary>
    public static readonly TimeSpan DefaultDeferral = TimeSpan.FromMilliseconds(10);

    private readonly TimeSpan _deferral;

    public AuditWriter(IAuditStore store, TimeProvider time, int capacity = 100_000, int maxBatch = 2_000, TimeSpan? deferral = null)
    {
        _store = store;
        _pipelined = store as IPipelinedAuditStore;
        _time = time;
        _maxBatch = maxBatch;
        _deferral = deferral ?? DefaultDeferral;
        // Bounded so that a stalled database cannot grow memory without limit; a full queue refuses, never waits.
        // Synchronous continuations: the only reader is the writer thread blocked in a wait, which the producer then wakes
        // directly instead of through a thread-pool work item (one hop less before a commit starts).
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait, AllowSynchronousContinuations = true });
        // A thread of its own: a commit blocks in fsync (0.2-1 ms, more under load), and on a thread-pool thread that
        // wait took a worker away from the requests, on two cores half of them.
        new Thread(Run) { IsBackground = true, Name = "warden-audit-writer" }.Start();
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
    public ValueTask<AuditRecord> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken) =>
        EnqueueAsync(auditEvent, prompt: true, cancellationToken);

    /// <summary>
    /// Like <see cref="AppendAsync"/> for an event no response waits for: it is committed with the next prompt event,
    /// or on its own once the deferral window (10 ms by default) has passed, whichever comes first.
    /// </summary>
    public ValueTask<AuditRecord> AppendDeferredAsync(AuditEvent auditEvent) =>
        EnqueueAsync(auditEvent, prompt: false, CancellationToken.None);

    private async ValueTask<AuditRecord> EnqueueAsync(AuditEvent auditEvent, bool prompt, CancellationToken cancellationToken)
    {
        var stamped = auditEvent.Time == default ? auditEvent with { Time = _time.GetUtcNow() } : auditEvent;
        var pending = new Pending(AuditCanonical.Body(stamped), prompt);
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

    private void Run()
    {
        try
        {
            Loop();
            for (var i = 0; i < MaxUnsynced; i++)
            {
                _syncSlots.Wait(); // every commit still syncing has reported
            }

            _stopped.TrySetResult();
        }
        catch (Exception ex)
        {
            // Commit failures are handed to their waiters; only a fault in the loop itself lands here.
            _stopped.TrySetException(ex);
        }
    }

    private void Loop()
    {
        var batch = new List<Pending>(_maxBatch);
        var reader = _queue.Reader;
        Task<bool>? wait = null;
        while ((wait ??= reader.WaitToReadAsync().AsTask()).GetAwaiter().GetResult())
        {
            wait = null;
            _syncSlots.Wait();
            var prompt = Drain(batch);
            // Only deferred events so far: wait (briefly) for a prompt one to share the commit with.
            var deadline = Environment.TickCount64 + (long)_deferral.TotalMilliseconds;
            while (!prompt && batch.Count < _maxBatch)
            {
                var remaining = deadline - Environment.TickCount64;
                if (remaining <= 0)
                {
                    break;
                }

                wait = reader.WaitToReadAsync().AsTask();
                if (!wait.Wait(TimeSpan.FromMilliseconds(remaining)))
                {
                    break; // window over; the pending wait carries over to the next round
                }

                if (!wait.Result)
                {
                    break; // shutting down: write what is here now
                }

                wait = null;
                prompt = Drain(batch);
            }

            if (batch.Count > 0)
            {
                Commit(batch);
                batch.Clear();
            }
            else
            {
                _syncSlots.Release();
            }
        }
    }

    private bool Drain(List<Pending> batch)
    {
        var prompt = false;
        while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var item))
        {
            batch.Add(item);
            prompt |= item.Prompt;
        }

        return prompt;
    }

    /// <summary>
    /// Commits under the sync slot the loop took before draining the batch; the slot is released when the commit has
    /// reported, so that while <see cref="MaxUnsynced"/> commits sync the next batch grows instead of each event getting
    /// a commit of its own.
    /// </summary>
    private void Commit(List<Pending> batch)
    {
        Pending[] waiters = [.. batch];
        AuditBody[] bodies = [.. batch.Select(p => p.Body)];
        if (_pipelined is null)
        {
            try
            {
                // Blocking is what this thread is for.
                Finish(waiters, _store.AppendAsync(bodies, CancellationToken.None).GetAwaiter().GetResult(), null);
            }
            catch (Exception ex)
            {
                Finish(waiters, null, ex);
            }

            _syncSlots.Release();
            return;
        }

        var commit = new PipelinedCommit(this, waiters);
        IReadOnlyList<AuditRecord> records;
        try
        {
            records = _pipelined.AppendPipelined(bodies, commit.Durable);
        }
        catch (Exception ex)
        {
            Finish(waiters, null, ex); // not committed: the store will not report on it
            _syncSlots.Release();
            return;
        }

        commit.Written(records);
    }

    /// <summary>Finishes a pipelined commit once it is both written (records known) and reported on by the store, in whichever order those happen.</summary>
    private sealed class PipelinedCommit(AuditWriter writer, Pending[] waiters)
    {
        private IReadOnlyList<AuditRecord>? _records;
        private Exception? _error;
        private int _steps;

        public void Written(IReadOnlyList<AuditRecord> records)
        {
            _records = records;
            Step();
        }

        public void Durable(Exception? error)
        {
            _error = error;
            Step();
        }

        private void Step()
        {
            // Interlocked is a full fence: the second step sees what the first wrote.
            if (Interlocked.Increment(ref _steps) == 2)
            {
                writer.Finish(waiters, _error is null ? _records : null, _error);
                writer._syncSlots.Release();
            }
        }
    }

    private void Finish(Pending[] batch, IReadOnlyList<AuditRecord>? records, Exception? failure)
    {
        if (failure is null && records is not null)
        {
            Health.Succeeded(_time.GetUtcNow());
            for (var i = 0; i < batch.Length; i++)
            {
                batch[i].Completion.TrySetResult(records[i]);
            }

            foreach (var listener in _listeners)
            {
                try
                {
                    listener(records[^1].Sequence);
                }
                catch (Exception)
                {
                    // A listener only wakes an exporter (which also polls); it must not fail a durable commit, nor
                    // throw into the store's sync thread that may be running this.
                }
            }

            return;
        }

        var ex = failure ?? new InvalidOperationException("The audit store returned no records.");
        var reason = ex is WardenException w ? w.Error.Id + " " + w.Error.Message : ex.GetType().Name + ": " + ex.Message;
        Health.Failed(_time.GetUtcNow(), reason);
        var error = new WardenException(AuditErrors.WriteFailed(ex is WardenException we ? we.Error.Id : ex.GetType().Name), ex);
        foreach (var p in batch)
        {
            p.Completion.TrySetException(error);
        }
    }

    /// <summary>Stops accepting events and waits until everything queued has been written.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopped.Task;
    }

    private sealed class Pending(AuditBody body, bool prompt)
    {
        public AuditBody Body { get; } = body;

        public bool Prompt { get; } = prompt;

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
