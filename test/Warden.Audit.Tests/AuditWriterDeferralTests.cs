using Warden.Audit.Chain;

namespace Warden.Audit.Tests;

/// <summary>Deferred events share the next prompt event's commit, and are never held beyond the window or shutdown.</summary>
public sealed class AuditWriterDeferralTests
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task DeferredEvent_RidesAlongWithTheNextPromptEvent_InOneCommit()
    {
        var store = new BatchRecordingStore();
        await using var writer = new AuditWriter(store, TimeProvider.System, deferral: Long);

        var deferred = writer.AppendDeferredAsync(ChainFixture.Event(1));
        await store.WaitUntilIdleAsync();
        Assert.False(deferred.IsCompleted); // no commit of its own within the window

        var prompt = await writer.AppendAsync(ChainFixture.Event(2), CancellationToken.None);
        var rode = await deferred;

        Assert.Equal([2], store.BatchSizes);
        Assert.Equal(1, rode.Sequence);
        Assert.Equal(2, prompt.Sequence);
    }

    [Fact]
    public async Task DeferredEvent_Alone_IsCommittedWhenTheWindowEnds()
    {
        var store = new BatchRecordingStore();
        await using var writer = new AuditWriter(store, TimeProvider.System, deferral: TimeSpan.FromMilliseconds(20));

        var record = await writer.AppendDeferredAsync(ChainFixture.Event(1)).AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, record.Sequence);
        Assert.Equal([1], store.BatchSizes);
    }

    [Fact]
    public async Task Shutdown_WritesDeferredEventsAtOnce()
    {
        var store = new BatchRecordingStore();
        var writer = new AuditWriter(store, TimeProvider.System, deferral: Long);
        var deferred = Enumerable.Range(1, 3).Select(i => writer.AppendDeferredAsync(ChainFixture.Event(i)).AsTask()).ToArray();

        await writer.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(deferred, t => Assert.True(t.IsCompletedSuccessfully));
        Assert.Equal(3, store.BatchSizes.Sum());
    }

    [Fact]
    public async Task PromptEvents_AreNotDelayedByTheWindow()
    {
        var store = new BatchRecordingStore();
        await using var writer = new AuditWriter(store, TimeProvider.System, deferral: Long);

        for (var i = 1; i <= 3; i++)
        {
            // Each completes on its own commit; a five-minute window would time these out if it applied to them.
            var r = await writer.AppendAsync(ChainFixture.Event(i), CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(i, r.Sequence);
        }

        Assert.Equal([1, 1, 1], store.BatchSizes);
    }

    /// <summary>Links in memory and remembers how many events each commit held.</summary>
    private sealed class BatchRecordingStore : AppendOnlyTestStore
    {
        private readonly Lock _gate = new();
        private int _calls;

        public List<int> BatchSizes { get; } = [];

        public override Task<IReadOnlyList<AuditRecord>> AppendAsync(IReadOnlyList<AuditBody> bodies, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                Interlocked.Increment(ref _calls);
                var records = Link(bodies);
                BatchSizes.Add(records.Count);
                return Task.FromResult<IReadOnlyList<AuditRecord>>(records);
            }
        }

        /// <summary>Gives the writer loop time to act on what is queued (it would commit now if it were going to).</summary>
        public async Task WaitUntilIdleAsync()
        {
            var before = Volatile.Read(ref _calls);
            for (var i = 0; i < 20; i++)
            {
                await Task.Yield();
                await Task.Delay(5);
            }

            Assert.Equal(before, Volatile.Read(ref _calls));
        }
    }
}
