namespace Warden.Storage.Audit;

/// <summary>Row shape of <c>audit_events</c>: the hashed payload plus searchable copies of some of its fields.</summary>
internal sealed class AuditEventEntity
{
    public long Seq { get; set; }

    public DateTimeOffset Time { get; set; }

    public int EventId { get; set; }

    public string Type { get; set; } = "";

    public string Outcome { get; set; } = "";

    public string? Agent { get; set; }

    public string? Human { get; set; }

    public string? Reason { get; set; }

    public string Payload { get; set; } = "";

    public string PrevHash { get; set; } = "";

    public string Hash { get; set; } = "";
}

/// <summary>Row shape of <c>audit_checkpoints</c>.</summary>
internal sealed class AuditCheckpointEntity
{
    public long Seq { get; set; }

    public string Hash { get; set; } = "";

    public DateTimeOffset SignedAt { get; set; }

    public string Kid { get; set; } = "";

    public string Signature { get; set; } = "";

    public string? PublicJwk { get; set; }
}

/// <summary>
/// The single row of <c>audit_chain</c>: the committed head and the anchor (the last pruned event). Writers read
/// and update it under the chain lock, which is what keeps one chain across processes.
/// </summary>
internal sealed class AuditChainEntity
{
    public int Id { get; set; }

    public long HeadSeq { get; set; }

    public string HeadHash { get; set; } = "";

    public long AnchorSeq { get; set; }

    public string AnchorHash { get; set; } = "";
}

/// <summary>Row shape of <c>audit_export_cursors</c>: how far each exporter has delivered.</summary>
internal sealed class AuditCursorEntity
{
    public string Name { get; set; } = "";

    public long Seq { get; set; }
}
