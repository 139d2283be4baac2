using Warden.Audit.Chain;

namespace Warden.Audit;

/// <summary>
/// The durable trail. Implementations append under a cross-process lock so that concurrent writers (several Warden
/// nodes on one database) extend one chain, and throw <see cref="Core.Errors.WardenException"/> when they cannot write.
/// </summary>
public interface IAuditStore
{
    /// <summary>Links the bodies after the current head and commits them in one transaction; returns them in order.</summary>
    Task<IReadOnlyList<AuditRecord>> AppendAsync(IReadOnlyList<AuditBody> bodies, CancellationToken cancellationToken);

    /// <summary>The last committed event (sequence and hash), or the anchor when none remain.</summary>
    Task<ChainAnchor> GetHeadAsync(CancellationToken cancellationToken);

    /// <summary>Where the stored events start: genesis, or the last event that was archived and pruned.</summary>
    Task<ChainAnchor> GetAnchorAsync(CancellationToken cancellationToken);

    /// <summary>Events after <paramref name="afterSequence"/>, oldest first, in storage order (the verifier's view).</summary>
    Task<IReadOnlyList<AuditRecord>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>Newest first, filtered; page on with <see cref="AuditQuery.Before"/> = the last sequence returned.</summary>
    Task<IReadOnlyList<AuditRecord>> SearchAsync(AuditQuery query, CancellationToken cancellationToken);

    Task AddCheckpointAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken);

    /// <summary>Checkpoints with a sequence greater than <paramref name="afterSequence"/>, oldest first.</summary>
    Task<IReadOnlyList<AuditCheckpoint>> GetCheckpointsAsync(long afterSequence, CancellationToken cancellationToken);

    /// <summary>Deletes events and checkpoints up to and including <paramref name="throughSequence"/> and moves the anchor there.</summary>
    Task<int> PruneAsync(long throughSequence, CancellationToken cancellationToken);

    /// <summary>An exporter's delivery cursor (0 when it never delivered).</summary>
    Task<long> GetCursorAsync(string name, CancellationToken cancellationToken);

    Task SetCursorAsync(string name, long sequence, CancellationToken cancellationToken);
}

/// <summary>Search filters; every one is optional.</summary>
public sealed record AuditQuery
{
    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    public string? Agent { get; init; }

    public string? Human { get; init; }

    /// <summary>An event type (<c>token.issued</c>) or numeric id (<c>2001</c>).</summary>
    public string? EventType { get; init; }

    /// <summary>The outcome or decision: <c>success</c>, <c>deny</c>…</summary>
    public string? Outcome { get; init; }

    /// <summary>Case-insensitive substring of the explanation (reason).</summary>
    public string? Text { get; init; }

    /// <summary>Cursor: only events with a smaller sequence.</summary>
    public long? Before { get; init; }

    public int Limit { get; init; } = 100;
}

/// <summary>
/// A store that can commit a batch without waiting for it to reach the disk, so that the audit writer writes the next
/// batch while this one syncs. The EF store implements it: SQLite syncs outside the commit, PostgreSQL reports each commit durable as it returns.
/// </summary>
public interface IPipelinedAuditStore
{
    /// <summary>
    /// Links and commits the bodies like <see cref="IAuditStore.AppendAsync"/> and returns their records once the commit
    /// is written; calls must not overlap. Throws as <see cref="IAuditStore.AppendAsync"/> does when the commit fails.
    /// <paramref name="durable"/> is called exactly once (unless this throws), in commit order: with null when the
    /// records (and every earlier commit) are durable, or with the reason they cannot be ensured to be. Nobody may be
    /// told the records are durable before then. It may run on a store thread (or inline, before this returns) and must
    /// be short and never block.
    /// </summary>
    IReadOnlyList<AuditRecord> AppendPipelined(IReadOnlyList<AuditBody> bodies, Action<Exception?> durable);
}
