namespace Warden.Policy;

/// <summary>The outcome of a decision. An allow may carry obligations (see <see cref="PolicyDecision.Obligations"/>).</summary>
public enum PolicyOutcome
{
    /// <summary>The request is refused.</summary>
    Deny,

    /// <summary>The request may proceed, subject to the decision's obligations.</summary>
    Allow,

    /// <summary>The request may proceed only once an approver has approved this exact call.</summary>
    RequireApproval,
}
