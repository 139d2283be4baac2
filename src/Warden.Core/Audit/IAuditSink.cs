namespace Warden.Core.Audit;

/// <summary>
/// Where audit events go. <see cref="RecordAsync"/> returns only when the event is durable; when the trail cannot be
/// written it throws a <see cref="Errors.WardenException"/> so the caller refuses the request (fail closed).
/// </summary>
public interface IAuditSink
{
    ValueTask RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken);
}

/// <summary>A sink that keeps nothing; the default until the audit trail is configured.</summary>
public sealed class NullAuditSink : IAuditSink
{
    public ValueTask RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
