namespace Warden.Core.Audit;

/// <summary>
/// Where audit events go. <see cref="RecordAsync"/> returns only when the event is durable; when the trail cannot be
/// written it throws a <see cref="Errors.WardenException"/> so the caller refuses the request (fail closed).
/// </summary>
public interface IAuditSink
{
    ValueTask RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken);

    /// <summary>
    /// Records an event that no response waits for (e.g. a call's outcome, written after the caller has its answer).
    /// Completes when the event is durable, but the sink may hold it briefly so that it shares the next prompt
    /// commit instead of costing a commit (one fsync) of its own. Throws like <see cref="RecordAsync"/>.
    /// </summary>
    ValueTask RecordDeferredAsync(AuditEvent auditEvent) => RecordAsync(auditEvent, CancellationToken.None);
}

/// <summary>A sink that keeps nothing; the default until the audit trail is configured.</summary>
public sealed class NullAuditSink : IAuditSink
{
    public ValueTask RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
