namespace Warden.Core.Approvals;

/// <summary>
/// Tells approvers (and requesters) that something happened. Implementations must never block or fail the caller:
/// delivery happens in the background, with retries.
/// </summary>
public interface IApprovalNotifier
{
    /// <summary>Queues a notification; returns at once.</summary>
    void Notify(ApprovalNotification notification);
}

/// <summary>One notification: the event type (<c>approval.requested</c>, <c>approval.approved</c>, …) and its subject.</summary>
/// <param name="Type">Dotted event type, the same as the audit event type.</param>
/// <param name="Id">The request or grant id.</param>
/// <param name="Url">Where to see it (admin API path or absolute URL).</param>
/// <param name="Data">The facts to send (no secrets).</param>
public sealed record ApprovalNotification(string Type, string Id, string Url, IReadOnlyDictionary<string, object?> Data);

/// <summary>Sends nothing (no webhook configured).</summary>
public sealed class NullApprovalNotifier : IApprovalNotifier
{
    public void Notify(ApprovalNotification notification)
    {
    }
}
