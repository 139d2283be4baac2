using Warden.Policy.Compilation;

namespace Warden.Policy;

/// <summary>
/// The answer to a <see cref="PolicyRequest"/>. Always carries the outcome, the deciding and matched rule ids and
/// the policy version; the human message and the full explanation are built only when asked for, so the hot path
/// stays cheap.
/// </summary>
public sealed class PolicyDecision
{
    private readonly PolicySet _policy;
    private readonly PolicyRequest _request;
    private string? _message;

    internal PolicyDecision(PolicySet policy, PolicyRequest request, CompiledRule? deciding, string[] matchedRuleIds, PolicyObligations obligations, int candidates)
    {
        _policy = policy;
        _request = request;
        Outcome = deciding?.Effect ?? PolicyOutcome.Deny;
        DecidingRuleId = deciding?.Id;
        MatchedRuleIds = matchedRuleIds;
        Obligations = obligations;
        Approval = deciding?.Effect == PolicyOutcome.RequireApproval ? deciding.Approval : null;
        Reason = deciding?.Reason;
        CandidateCount = candidates;
    }

    /// <summary>Allow, deny or require approval.</summary>
    public PolicyOutcome Outcome { get; }

    /// <summary>Whether the request may proceed now (an allow, possibly with obligations).</summary>
    public bool IsAllowed => Outcome == PolicyOutcome.Allow;

    /// <summary>The rule that decided, or <see langword="null"/> when no rule matched (default deny).</summary>
    public string? DecidingRuleId { get; }

    /// <summary>Whether the request was denied because no rule matched.</summary>
    public bool IsDefaultDeny => DecidingRuleId is null;

    /// <summary>Every rule that matched, in policy order.</summary>
    public IReadOnlyList<string> MatchedRuleIds { get; }

    /// <summary>The version of the policy that decided; record it in the audit event.</summary>
    public PolicyVersion Version => _policy.Version;

    /// <summary>Obligations merged from all matching allow rules; empty unless the outcome is allow.</summary>
    public PolicyObligations Obligations { get; }

    /// <summary>Who must approve, when the outcome is require approval.</summary>
    public ApprovalRequirement? Approval { get; }

    /// <summary>The deciding rule's <c>reason</c> text, if it has one.</summary>
    public string? Reason { get; }

    /// <summary>How many rules the index selected as candidates for this request.</summary>
    public int CandidateCount { get; }

    /// <summary>A one-line human message, for example for a 403 response body.</summary>
    public string Message => _message ??= DecisionMessages.Summary(this, _request);

    /// <summary>
    /// Re-evaluates the candidate rules recording every condition's result. Costs more than the decision itself;
    /// call it for denials, <c>explain</c> and debugging, not for every allowed request.
    /// </summary>
    public PolicyExplanation Explain() => _policy.Explain(_request, this);

    /// <summary>Returns <see cref="Message"/>.</summary>
    public override string ToString() => Message;
}
