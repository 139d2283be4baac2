using Warden.Audit.Chain;
using Warden.Core.Errors;

namespace Warden.Audit.Tests;

/// <summary>
/// With a pipelined store, a waiter is released by its commit's sync and never before; the next batch is written while
/// earlier ones sync, at most <see cref="AuditWriter.MaxUnsynced"/> at a time; a failed sync fails its waiters.
/// </summary>
public sealed class AuditWriterPipelineTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Waiter_IsReleasedOnlyWhenItsCommitIsDurable()
    {
        var store = new PipelinedStore();
        await using var writer = new AuditWriter(store, TimeProvider.System);

        var first = writer.AppendAsync(ChainFixture.Event(1), CancellationToken.None).AsTask();
        await store.WaitForCommitsAsync(1);
        await Task.Delay(50);
        Assert.False(first.IsCompleted); // written, not yet synced

        store.Sync(0);
        Assert.Equal(1, (await first.WaitAsync(Timeout)).Sequence);
    }

    [Fact]
    public async Task NextBatch_IsWrittenWhileEarlierOnesSync_UpToTheBound()
    {
        var store = new PipelinedStore();
        await using var writer = new AuditWriter(store, TimeProvider.System);

        var waiting = new List<Task<AuditRecord>>();
        for (var i = 1; i <= AuditWriter.MaxUnsynced; i++)
        {
            waiting.Add(writer.AppendAsync(ChainFixture.Event(i), CancellationToken.None).AsTask());
            await store.WaitForCommitsAsync(i); // written although the commit before it has not synced
        }

        // One more: held back (queued, not written) while the bound's worth of commits await their sync.
        var held = writer.AppendAsync(ChainFixture.Event(99), CancellationToken.None).AsTask();
        await Task.Delay(100);
        Assert.Equal(AuditWriter.MaxUnsynced, store.Commits);

        store.Sync(0);
        await store.WaitForCommitsAsync(AuditWriter.MaxUnsynced + 1);
        Assert.Equal(1, (await waiting[0].WaitAsync(Timeout)).Sequence);
        Assert.False(held.IsCompleted);

        for (var i = 1; i <= AuditWriter.MaxUnsynced; i++)
        {
            store.Sync(i);
        }

        await Task.WhenAll(waiting).WaitAsync(Timeout);
        Assert.Equal(AuditWriter.MaxUnsynced + 1, (await held.WaitAsync(Timeout)).Sequence);
    }

    [Fact]
    public async Task FailedSync_FailsItsWaiters_AndTheTrailRecovers()
    {
        var store = new PipelinedStore();
        await using var writer = new AuditWriter(store, TimeProvider.System);

        var lost = writer.AppendAsync(ChainFixture.Event(1), CancellationToken.None).AsTask();
        await store.WaitForCommitsAsync(1);
        store.Fail(0, new IOException("fdatasync failed (errno 5)"));

        var error = await Assert.ThrowsAsync<WardenException>(() => lost.WaitAsync(Timeout));
        Assert.Equal("WRD6101", error.Error.Id);
        Assert.False(writer.Health.Writable);
        Assert.Contains("errno 5", writer.Health.LastError, StringComparison.Ordinal);

        var next = writer.AppendAsync(ChainFixture.Event(2), CancellationToken.None).AsTask();
        await store.WaitForCommitsAsync(2);
        store.Sync(1);
        await next.WaitAsync(Timeout);
        Assert.True(writer.Health.Writable);
    }

    [Fact]
    public async Task StoreReportingInline_BeforeTheRecordsAreReturned_StillCompletes()
    {
        var store = new PipelinedStore { ReportInline = true };
        await using var writer = new AuditWriter(store, TimeProvider.System);

        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(i, (await writer.AppendAsync(ChainFixture.Event(i), CancellationToken.None).AsTask().WaitAsync(Timeout)).Sequence);
        }
    }

    [Fact]
    public async Task Dispose_WaitsForCommitsStillSyncing()
    {
        var store = new PipelinedStore();
        var writer = new AuditWriter(store, TimeProvider.System);
        var pending = writer.AppendAsync(ChainFixture.Event(1), CancellationToken.None).AsTask();
        await store.WaitForCommitsAsync(1);

        var disposing = writer.DisposeAsync().AsTask();
        await Task.Delay(100);
        Assert.False(disposing.IsCompleted);

        store.Sync(0);
        await disposing.WaitAsync(Timeout);
        Assert.True(pending.IsCompletedSuccessfully);
    }

    /// <summary>Links in memory; each commit's sync is completed (or failed) by the test. Only the pipelined append is used.</summary>
    private sealed class PipelinedStore : AppendOnlyTestStore, IPipelinedAuditStore
    {
        private readonly Lock _gate = new();
        private readonly List<Action<Exception?>> _syncs = [];

        /// <summary>Reports each commit durable before returning its records (as a store that synced inline does).</summary>
        public bool ReportInline { get; init; }

        public int Commits
        {
            get
            {
                lock (_gate)
                {
                    return _syncs.Count;
                }
            }
        }

        public IReadOnlyList<AuditRecord> AppendPipelined(IReadOnlyList<AuditBody> bodies, Action<Exception?> durable)
        {
            lock (_gate)
            {
                var records = Link(bodies);
                _syncs.Add(durable);
                if (ReportInline)
                {
                    durable(null);
                }

                return records;
            }
        }

        public void Sync(int commit) => Get(commit)(null);

        public void Fail(int commit, Exception error) => Get(commit)(error);

        public async Task WaitForCommitsAsync(int count)
        {
            for (var i = 0; i < 3_000 && Commits < count; i++)
            {
                await Task.Delay(10);
            }

            Assert.Equal(count, Commits);
        }

        public override Task<IReadOnlyList<AuditRecord>> AppendAsync(IReadOnlyList<AuditBody> bodies, CancellationToken cancellationToken) => throw new NotSupportedException();

        private Action<Exception?> Get(int commit)
        {
            lock (_gate)
            {
                return _syncs[commit];
            }
        }
    }
}
