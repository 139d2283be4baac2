namespace Warden.Core.Approvals;

/// <summary>
/// Persistence for approval requests. Every state change is a conditional update (on state and version, or on uses
/// left), so two nodes deciding or consuming at once cannot both win.
/// </summary>
public interface IApprovalStore
{
    /// <summary>
    /// Stores a new pending request unless a pending, unexpired request with the same subject key exists; returns
    /// whichever is open afterwards (deduplication per subject, safe across nodes).
    /// </summary>
    Task<ApprovalRequest> CreateOrGetPendingAsync(ApprovalRequest request, DateTimeOffset now, CancellationToken cancellationToken);

    Task<ApprovalRequest?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Approved requests for the subject that still have uses left at <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<ApprovalRequest>> FindUsableAsync(string subjectKey, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The pending, unexpired request for the subject, if any.</summary>
    Task<ApprovalRequest?> FindPendingAsync(string subjectKey, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Atomically takes one use of an approved request; false when none was left (or it expired).</summary>
    Task<bool> TryConsumeAsync(string id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a pending request at <paramref name="expectedVersion"/> that has not expired to <paramref name="decided"/>'s
    /// state and decision fields. Exactly one of several concurrent callers gets true.
    /// </summary>
    Task<bool> TryDecideAsync(ApprovalRequest decided, long expectedVersion, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks pending requests past their expiry as expired and returns them.</summary>
    Task<IReadOnlyList<ApprovalRequest>> ExpireAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<ApprovalRequest>> ListAsync(ApprovalRequestState? state, int limit, CancellationToken cancellationToken);
}
