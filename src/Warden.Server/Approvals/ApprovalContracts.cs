using Warden.Core.Approvals;

namespace Warden.Server.Approvals;

/// <summary>The body of approve, deny, revoke and review decisions.</summary>
public sealed record DecisionCommand
{
    public string? Reason { get; init; }
}

/// <summary>An approval request as the admin API shows it.</summary>
public sealed record ApprovalView(
    string Id, string State, string Agent, IReadOnlyList<string> Chain, string? Human, string Action, string Resource, string ArgumentsHash,
    string Rule, string? PolicyVersion, IReadOnlyList<string> Approvers, string Reason, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? DecidedAt, string? DecidedBy, string? DecisionReason, int UsesAllowed, int UsesLeft, DateTimeOffset? GrantExpiresAt, string Url)
{
    public static ApprovalView From(ApprovalRequest r, DateTimeOffset now, string url) => new(
        r.Id, r.EffectiveState(now).ToString().ToLowerInvariant(), r.Agent, r.Chain, r.Human, r.Action, r.Resource, r.ArgumentsHash, r.RuleId,
        r.PolicyVersion, r.Approvers, r.Reason, r.CreatedAt, r.ExpiresAt, r.DecidedAt, r.DecidedBy, r.DecisionReason, r.UsesAllowed, r.UsesLeft,
        r.GrantExpiresAt, url);
}

/// <summary>A page of approval requests.</summary>
public sealed record ApprovalPage(IReadOnlyList<ApprovalView> Items);
