namespace Warden.Policy;

/// <summary>
/// What the host must do when it lets an allowed request through. Merged across all matching allow rules,
/// always taking the strictest value.
/// </summary>
public sealed record PolicyObligations
{
    /// <summary>No obligations.</summary>
    public static PolicyObligations None { get; } = new();

    /// <summary>Guard types whose findings must be redacted (for example <c>pii</c>, <c>secrets</c>).</summary>
    public IReadOnlyList<string> Redact { get; init; } = [];

    /// <summary>Whether the full request and response must be written to the audit log.</summary>
    public bool LogFull { get; init; }

    /// <summary>Rate limits to enforce, at most one per key (the lowest wins).</summary>
    public IReadOnlyList<RateLimitObligation> RateLimits { get; init; } = [];

    /// <summary>The maximum number of tokens the model may produce, or <see langword="null"/> for no cap.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>Whether there is nothing to enforce.</summary>
    public bool IsEmpty => Redact.Count == 0 && !LogFull && RateLimits.Count == 0 && MaxTokens is null;
}

/// <summary>A rate limit obligation.</summary>
/// <param name="RequestsPerMinute">Requests allowed per minute.</param>
/// <param name="Key">What the limit is counted per: <c>agent</c>, <c>owner</c>, <c>initiator</c> or <c>global</c>.</param>
public sealed record RateLimitObligation(int RequestsPerMinute, string Key);

/// <summary>Who must approve a call before it proceeds, and why.</summary>
/// <param name="Approvers">Approvers (users or <c>group:</c> names), any one of whom may approve.</param>
/// <param name="Reason">Why approval is required, shown to the approver.</param>
public sealed record ApprovalRequirement(IReadOnlyList<string> Approvers, string Reason);
