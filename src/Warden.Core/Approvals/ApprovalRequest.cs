namespace Warden.Core.Approvals;

/// <summary>Lifecycle of an approval request.</summary>
public enum ApprovalRequestState
{
    /// <summary>Waiting for an approver.</summary>
    Pending,

    /// <summary>Approved: the bound call may run <see cref="ApprovalRequest.UsesLeft"/> more times until <see cref="ApprovalRequest.GrantExpiresAt"/>.</summary>
    Approved,

    /// <summary>Denied by an approver; final.</summary>
    Denied,

    /// <summary>Nobody decided before <see cref="ApprovalRequest.ExpiresAt"/>; final.</summary>
    Expired,
}

/// <summary>
/// A request to run one exact action, bound to the principal chain, human, action, resource and argument hash
/// (<see cref="SubjectKey"/>). Immutable; the store changes state only by conditional updates on <see cref="Version"/>.
/// </summary>
public sealed record ApprovalRequest
{
    public required string Id { get; init; }

    public ApprovalRequestState State { get; init; }

    /// <summary>Hash of everything the request is bound to; equal keys mean the same action.</summary>
    public required string SubjectKey { get; init; }

    public required string Agent { get; init; }

    /// <summary>Agents before <see cref="Agent"/>, outermost first.</summary>
    public IReadOnlyList<string> Chain { get; init; } = [];

    public string? Human { get; init; }

    public string? HumanIssuer { get; init; }

    /// <summary>The owner of <see cref="Agent"/> when the request was made (for segregation of duties).</summary>
    public string? AgentOwner { get; init; }

    public required string Action { get; init; }

    public required string Resource { get; init; }

    public required string ArgumentsHash { get; init; }

    public required string RuleId { get; init; }

    public string? PolicyVersion { get; init; }

    /// <summary>User subjects, <c>group:NAME</c>, or <c>admin</c>; empty means Warden admins only.</summary>
    public IReadOnlyList<string> Approvers { get; init; } = [];

    /// <summary>The risk reason from the rule.</summary>
    public required string Reason { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>A pending request can be decided until then.</summary>
    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary><c>admin:NAME</c> or the approver's subject.</summary>
    public string? DecidedBy { get; init; }

    public string? DecisionReason { get; init; }

    /// <summary>How many calls one approval lets through.</summary>
    public int UsesAllowed { get; init; } = 1;

    public int UsesLeft { get; init; }

    /// <summary>An approval can be used until then.</summary>
    public DateTimeOffset? GrantExpiresAt { get; init; }

    public long Version { get; init; } = 1;

    /// <summary>Whether the request can still be decided at <paramref name="now"/>.</summary>
    public bool IsDecidable(DateTimeOffset now) => State == ApprovalRequestState.Pending && ExpiresAt > now;

    /// <summary>Whether an approval can let a call through at <paramref name="now"/>.</summary>
    public bool IsUsable(DateTimeOffset now) => State == ApprovalRequestState.Approved && UsesLeft > 0 && GrantExpiresAt > now;

    /// <summary>The state as seen at <paramref name="now"/>: a pending request past its expiry reads as expired.</summary>
    public ApprovalRequestState EffectiveState(DateTimeOffset now) =>
        State == ApprovalRequestState.Pending && ExpiresAt <= now ? ApprovalRequestState.Expired : State;
}

/// <summary>Who is deciding: a Warden admin (by admin token name) or a human from a trusted identity provider.</summary>
/// <param name="Subject">The admin token name, or the human's subject.</param>
/// <param name="Groups">The human's groups (empty for an admin).</param>
/// <param name="IsAdmin">Whether the caller authenticated with the Warden admin token.</param>
/// <param name="Issuer">The identity provider's name, for a human.</param>
public sealed record Approver(string Subject, IReadOnlyList<string> Groups, bool IsAdmin, string? Issuer = null)
{
    /// <summary>How the approver is recorded: <c>admin:NAME</c> or the subject.</summary>
    public string Display => IsAdmin ? "admin:" + Subject : Subject;

    /// <summary>Whether this approver matches one of <paramref name="approvers"/> (an empty list means admins only).</summary>
    public bool Matches(IReadOnlyList<string> approvers)
    {
        if (IsAdmin)
        {
            return approvers.Count == 0 || approvers.Contains("admin", StringComparer.Ordinal);
        }

        foreach (var entry in approvers)
        {
            if (entry.StartsWith("group:", StringComparison.Ordinal))
            {
                if (Groups.Contains(entry["group:".Length..], StringComparer.Ordinal))
                {
                    return true;
                }
            }
            else if (!string.Equals(entry, "admin", StringComparison.Ordinal) && string.Equals(entry, Subject, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
