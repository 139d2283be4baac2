namespace Warden.Core.Approvals;

/// <summary>
/// Where a <c>require_approval</c> policy outcome goes. The LLM gateway and the MCP gateway call
/// <see cref="CheckAsync"/> with the exact action; the answer says whether an approved grant let the call through
/// (one use consumed) or which pending request the caller must get approved.
/// </summary>
public interface IApprovalGate
{
    /// <summary>
    /// If an approved request bound to exactly this subject (same chain, human, action, resource and argument hash)
    /// has uses left within its TTL, consumes one use atomically and returns <see cref="ApprovalState.Approved"/>.
    /// Otherwise returns the open request for the subject, creating it when there is none
    /// (<see cref="ApprovalState.Pending"/>). Throws <see cref="Errors.WardenException"/> when the store cannot be
    /// reached, so the caller fails closed.
    /// </summary>
    ValueTask<ApprovalCheck> CheckAsync(ApprovalSubject subject, CancellationToken cancellationToken);
}

/// <summary>The exact action an approval request is bound to.</summary>
public sealed record ApprovalSubject
{
    /// <summary>The acting agent (the token's client id).</summary>
    public required string Agent { get; init; }

    /// <summary>The agents the call was delegated through before <see cref="Agent"/>, outermost first.</summary>
    public IReadOnlyList<string> Chain { get; init; } = [];

    /// <summary>The human who initiated the call, if any.</summary>
    public string? Human { get; init; }

    /// <summary>The identity provider that vouched for <see cref="Human"/>.</summary>
    public string? HumanIssuer { get; init; }

    /// <summary>The policy action, e.g. <c>llm.chat</c> or <c>mcp.tools.call</c>.</summary>
    public required string Action { get; init; }

    /// <summary>The resource: a model id or a namespaced tool name such as <c>payments.transfer</c>.</summary>
    public required string Resource { get; init; }

    /// <summary>Hash of the canonicalised arguments (<see cref="ApprovalArguments.Hash(System.Text.Json.JsonElement)"/>).</summary>
    public required string ArgumentsHash { get; init; }

    /// <summary>The rule that required approval.</summary>
    public required string RuleId { get; init; }

    /// <summary>The policy version that decided.</summary>
    public string? PolicyVersion { get; init; }

    /// <summary>Who may approve: user subjects, <c>group:NAME</c> entries, or <c>admin</c>.</summary>
    public IReadOnlyList<string> Approvers { get; init; } = [];

    /// <summary>The risk reason from the rule, shown to approvers.</summary>
    public required string Reason { get; init; }
}

/// <summary>The state of an approval request as seen by the gate.</summary>
public enum ApprovalState
{
    /// <summary>Waiting for an approver; the call must not proceed.</summary>
    Pending,

    /// <summary>An approved grant covered the call and one use was consumed; the call may proceed.</summary>
    Approved,
}

/// <summary>The gate's answer.</summary>
/// <param name="State">Whether the call may proceed.</param>
/// <param name="RequestId">The approval request id (always set).</param>
/// <param name="ExpiresAt">When the pending request (or the approved grant) expires.</param>
/// <param name="Url">Where an approver can see the request (the admin API path).</param>
public sealed record ApprovalCheck(ApprovalState State, string RequestId, DateTimeOffset ExpiresAt, string Url);
