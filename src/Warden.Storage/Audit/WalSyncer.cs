using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Warden.Storage.Audit;

/// <summary>
/// Makes the audit appender's commits durable off its writer thread. The appender's connection commits with
/// <c>synchronous = NORMAL</c> (the WAL frames reach the operating system, not the disk) and then hands each commit
/// here; a sync thread runs <c>fdatasync</c> on the WAL file. A sync that starts after a commit's frames were written
/// makes that commit and every earlier one durable, whichever thread runs it. There are <see cref="Threads"/> sync
/// threads, so a commit written while another commit's sync is in flight starts a sync of its own at once instead of
/// queueing behind it, and the writer goes on to the next commit meanwhile. A failed sync fails every commit it covers
/// and every later one (the caller must start a new session): after an fsync error the kernel may already have dropped
/// the unwritten pages, so nothing written since can be called durable.
/// </summary>
internal sealed partial class WalSyncer : IDisposable
{
    internal const int Threads = 2;

    private readonly Action _sync;
    private readonly object _state = new(); // an object, not a Lock: the sync threads wait on it (Monitor.Wait)
    private readonly Lock _release = new();
    private readonly Queue<(long Commit, Action<Exception?> Durable)> _waiting = new();
    private readonly Thread[] _threads = new Thread[Threads];
    private long _written;
    private long _claimed;
    private long _durable;
    private Exception? _failure;
    private bool _stopping;

    /// <param name="sync">Flushes the WAL file to disk; throws <see cref="IOException"/> when it cannot.</param>
    public WalSyncer(Action sync)
    {
        _sync = sync;
        for (var i = 0; i < Threads; i++)
        {
            _threads[i] = new Thread(Run) { IsBackground = true, Name = "warden-audit-sync" };
            _threads[i].Start();
        }
    }

    /// <summary>For a WAL file: <c>fdatasync</c> on Linux (what SQLite itself uses), a full flush elsewhere.</summary>
    public static WalSyncer ForFile(string walPath)
    {
        // Opened for writing only because a flush needs it; the appender never writes through this handle.
        var handle = File.OpenHandle(walPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        return new WalSyncer(() => FlushFile(handle)) { _handle = handle };
    }

    private SafeFileHandle? _handle;

    /// <summary>Syncs run so far (tests read it).</summary>
    public long Syncs => Interlocked.Read(ref _syncs);

    private long _syncs;

    /// <summary>True once a sync has failed; the session that owns this syncer must be replaced.</summary>
    public bool Failed
    {
        get
        {
            lock (_state)
            {
                return _failure is not null;
            }
        }
    }

    /// <summary>
    /// Call after a commit's frames were written; <paramref name="durable"/> is called once, in commit order, with null
    /// when they are on disk or with the sync's failure. It runs on a sync thread (or inline when the syncer has already
    /// failed): it must be short and never block, or the next sync waits for it.
    /// </summary>
    public void Committed(Action<Exception?> durable)
    {
        Exception? failure;
        lock (_state)
        {
            failure = _failure;
            if (failure is null)
            {
                _waiting.Enqueue((++_written, durable));
                Monitor.PulseAll(_state);
                return;
            }
        }

        durable(failure);
    }

    /// <summary>As <see cref="Committed(Action{Exception?})"/>, as a task whose continuations never run on a sync thread.</summary>
    public Task Committed()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Committed(Completes(done));
        return done.Task;
    }

    /// <summary>A durability callback that completes <paramref name="done"/> (or faults it with the failure).</summary>
    public static Action<Exception?> Completes(TaskCompletionSource done) => error =>
    {
        if (error is null)
        {
            done.SetResult();
        }
        else
        {
            done.SetException(error);
        }
    };

    public void Dispose()
    {
        lock (_state)
        {
            _stopping = true;
            Monitor.PulseAll(_state);
        }

        foreach (var thread in _threads)
        {
            thread.Join();
        }

        _handle?.Dispose();
    }

    private void Run()
    {
        while (true)
        {
            long target;
            lock (_state)
            {
                while (_claimed == _written && !_stopping)
                {
                    Monitor.Wait(_state);
                }

                if (_claimed == _written)
                {
                    return; // stopping, and every commit handed in has a sync that covers it
                }

                target = _claimed = _written;
            }

            Exception? error = null;
            try
            {
                _sync();
                Interlocked.Increment(ref _syncs);
            }
            catch (Exception ex)
            {
                error = ex;
            }

            Release(target, error);
        }
    }

    /// <summary>Completes, in commit order, every waiter the finished sync covers (all of them once a sync has failed).</summary>
    private void Release(long target, Exception? error)
    {
        // _release keeps two sync threads from completing waiters out of order; only sync threads take it.
        lock (_release)
        {
            List<Action<Exception?>> ready = [];
            Exception? failure;
            lock (_state)
            {
                if (error is not null)
                {
                    _failure ??= error;
                }

                failure = _failure;
                if (failure is null)
                {
                    _durable = Math.Max(_durable, target);
                }

                while (_waiting.Count > 0 && (failure is not null || _waiting.Peek().Commit <= _durable))
                {
                    ready.Add(_waiting.Dequeue().Durable);
                }
            }

            foreach (var durable in ready)
            {
                try
                {
                    durable(failure);
                }
                catch (Exception)
                {
                    // A callback must not throw (see Committed); if one does, the others are still told and the
                    // sync thread lives on.
                }
            }
        }
    }

    private static void FlushFile(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux())
        {
            RandomAccess.FlushToDisk(handle);
            return;
        }

        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            var fd = (int)handle.DangerousGetHandle();
            const int Eintr = 4;
            int result;
            while ((result = FdataSync(fd)) != 0 && Marshal.GetLastPInvokeError() == Eintr)
            {
                // interrupted by a signal before it started; try again
            }

            if (result != 0)
            {
                throw new IOException($"fdatasync of the audit WAL failed (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "fdatasync", SetLastError = true)]
    private static partial int FdataSync(int fd);
}
