using Warden.Storage.Audit;

namespace Warden.Storage.Tests.Audit;

/// <summary>
/// A commit is released only by a sync that started after it was written; a commit written while another sync is in
/// flight gets a sync of its own at once; a failed sync fails everything it covers and everything after it.
/// </summary>
public sealed class WalSyncerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static Task Settled(Task task) => task.WaitAsync(Timeout);

    [Fact]
    public async Task SecondCommit_SyncsAlongsideTheFirst_AndReleasesBoth()
    {
        var syncs = new ScriptedSyncs();
        using var syncer = new WalSyncer(syncs.Run);

        var first = syncer.Committed();
        await syncs.WaitForStartedAsync(1);
        var second = syncer.Committed();
        await syncs.WaitForStartedAsync(2); // did not wait for the first sync to finish

        syncs.Finish(2); // the later sync covers both commits, though the first sync is still running
        await Settled(Task.WhenAll(first, second));

        syncs.Finish(1);
    }

    [Fact]
    public async Task FirstSync_DoesNotReleaseACommitWrittenAfterItStarted()
    {
        var syncs = new ScriptedSyncs();
        using var syncer = new WalSyncer(syncs.Run);

        var first = syncer.Committed();
        await syncs.WaitForStartedAsync(1);
        var second = syncer.Committed();
        await syncs.WaitForStartedAsync(2);

        syncs.Finish(1);
        await Settled(first);
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        syncs.Finish(2);
        await Settled(second);
    }

    [Fact]
    public async Task CommitsWrittenWhileEverySyncThreadIsBusy_AreCoveredByTheNextSync()
    {
        var syncs = new ScriptedSyncs();
        using var syncer = new WalSyncer(syncs.Run);
        var busy = new Task[WalSyncer.Threads];
        for (var i = 0; i < busy.Length; i++)
        {
            busy[i] = syncer.Committed();
            await syncs.WaitForStartedAsync(i + 1); // one at a time, so each gets a sync of its own
        }

        var late = new[] { syncer.Committed(), syncer.Committed(), syncer.Committed() };
        for (var i = 1; i <= WalSyncer.Threads; i++)
        {
            syncs.Finish(i);
        }

        await Settled(Task.WhenAll(busy));
        await syncs.WaitForStartedAsync(WalSyncer.Threads + 1); // one sync for the three late commits
        Assert.All(late, t => Assert.False(t.IsCompleted));
        syncs.Finish(WalSyncer.Threads + 1);
        await Settled(Task.WhenAll(late));

        // The late commits can be released by the thread that finished its busy sync first, before the other thread
        // has come back from the sync it was told to finish; so wait for that one to count, then check nothing more ran.
        for (var i = 0; i < 3_000 && syncer.Syncs < WalSyncer.Threads + 1; i++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(WalSyncer.Threads + 1, syncer.Syncs);
        Assert.Equal(WalSyncer.Threads + 1, syncs.Started);
    }

    [Fact]
    public async Task FailedSync_FailsItsCommits_AndEveryLaterOne()
    {
        var syncs = new ScriptedSyncs();
        using var syncer = new WalSyncer(syncs.Run);

        var lost = syncer.Committed();
        await syncs.WaitForStartedAsync(1);
        syncs.Fail(1, new IOException("fdatasync of the audit WAL failed (errno 5)."));

        await Assert.ThrowsAsync<IOException>(async () => await Settled(lost));
        Assert.True(syncer.Failed);
        await Assert.ThrowsAsync<IOException>(async () => await Settled(syncer.Committed()));
    }

    [Fact]
    public async Task Dispose_RunsTheSyncOwedToTheLastCommit()
    {
        var syncs = new ScriptedSyncs();
        var syncer = new WalSyncer(syncs.Run);
        var commit = syncer.Committed();
        await syncs.WaitForStartedAsync(1);

        var disposing = Task.Run(syncer.Dispose);
        await Task.Delay(50);
        Assert.False(disposing.IsCompleted);

        syncs.Finish(1);
        await Settled(disposing);
        await Settled(commit);
    }

    [Fact]
    public async Task ForFile_FlushesARealFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "warden-walsyncer-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(path, new byte[4096]);
        try
        {
            using (var syncer = WalSyncer.ForFile(path))
            {
                await File.AppendAllTextAsync(path, "frame");
                await Settled(syncer.Committed());
                Assert.Equal(1, syncer.Syncs);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Syncs numbered from 1 in the order they start; each blocks until the test finishes or fails it (or a minute has
    /// passed, so that a failing test cannot leave a sync thread blocked and hang the syncer's Dispose).
    /// </summary>
    private sealed class ScriptedSyncs
    {
        private readonly Lock _gate = new();
        private readonly List<TaskCompletionSource> _runs = [];

        public void Run()
        {
            TaskCompletionSource run;
            lock (_gate)
            {
                run = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _runs.Add(run);
            }

            run.Task.WaitAsync(TimeSpan.FromMinutes(1)).GetAwaiter().GetResult();
        }

        public void Finish(int number) => Get(number).SetResult();

        public void Fail(int number, Exception error) => Get(number).SetException(error);

        public async Task WaitForStartedAsync(int count)
        {
            for (var i = 0; i < 3_000 && Started < count; i++)
            {
                await Task.Delay(10);
            }

            Assert.Equal(count, Started);
        }

        public int Started
        {
            get
            {
                lock (_gate)
                {
                    return _runs.Count;
                }
            }
        }

        private TaskCompletionSource Get(int number)
        {
            lock (_gate)
            {
                return _runs[number - 1];
            }
        }
    }
}
