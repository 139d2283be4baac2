using Warden.Core.Errors;

namespace Warden.Audit;

/// <summary>Audit trail errors, WRD6100-6199.</summary>
public static class AuditErrors
{
    public static WardenError WriteFailed(string reason) =>
        new("WRD6101", $"The audit trail cannot be written ({reason}); the request was refused because every decision must be recorded. Check /readyz and the database (disk space, permissions, read-only).", "temporarily_unavailable", 503);

    public static WardenError Overloaded() =>
        new("WRD6102", "The audit trail is overloaded (its write queue is full); the request was refused. Retry shortly.", "temporarily_unavailable", 503);

    public static WardenError ShuttingDown() =>
        new("WRD6103", "Warden is shutting down and no longer records audit events; the request was refused.", "temporarily_unavailable", 503);

    public static WardenError InvalidQuery(string detail) =>
        new("WRD6110", $"The audit query is invalid: {detail}.", "invalid_request", 400);
}
