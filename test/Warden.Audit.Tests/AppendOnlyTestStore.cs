using Warden.Audit.Chain;

namespace Warden.Audit.Tests;

/// <summary>
/// The part of <see cref="IAuditStore"/> the audit writer uses: appends are linked in memory by <see cref="Link"/>;
/// reads, search, checkpoints, pruning and cursors are not supported.
/// </summary>
internal abstract class AppendOnlyTestStore : IAuditStore
{
    private ChainAnchor _head = ChainAnchor.Genesis;

    public abstract Task<IReadOnlyList<AuditRecord>> AppendAsync(IReadOnlyList<AuditBody> bodies, CancellationToken cancellationToken);

    public Task<ChainAnchor> GetHeadAsync(CancellationToken cancellationToken) => Task.FromResult(_head);

    public Task<ChainAnchor> GetAnchorAsync(CancellationToken cancellationToken) => Task.FromResult(ChainAnchor.Genesis);

    public Task<IReadOnlyList<AuditRecord>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<AuditRecord>> SearchAsync(AuditQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task AddCheckpointAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<AuditCheckpoint>> GetCheckpointsAsync(long afterSequence, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<int> PruneAsync(long throughSequence, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<long> GetCursorAsync(string name, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task SetCursorAsync(string name, long sequence, CancellationToken cancellationToken) => throw new NotSupportedException();

    /// <summary>Links the bodies after the head and moves it; callers serialise.</summary>
    protected IReadOnlyList<AuditRecord> Link(IReadOnlyList<AuditBody> bodies)
    {
        var records = AuditChain.Link(_head, bodies);
        _head = new ChainAnchor(records[^1].Sequence, records[^1].Hash);
        return records;
    }
}
