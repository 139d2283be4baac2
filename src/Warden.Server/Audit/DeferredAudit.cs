using Warden.Core.Audit;

namespace Warden.Server.Audit;

/// <summary>Hands an outcome event to the sink after the answer has gone, without anyone waiting for its commit.</summary>
internal static class DeferredAudit
{
    /// <summary>
    /// Records <paramref name="auditEvent"/> with <see cref="IAuditSink.RecordDeferredAsync"/> in the background; a
    /// failed write is reported to <paramref name="onFailure"/> with the event type (the sink has already marked the
    /// trail unwritable, so the next call is refused at its decision).
    /// </summary>
    public static void RecordInBackground(this IAuditSink sink, AuditEvent auditEvent, Action<Exception, string> onFailure) =>
        _ = ObserveAsync(sink.RecordDeferredAsync(auditEvent), auditEvent.Type, onFailure);

    private static async Task ObserveAsync(ValueTask write, string type, Action<Exception, string> onFailure)
    {
        try
        {
            await write;
        }
        catch (Exception ex)
        {
            onFailure(ex, type);
        }
    }
}
