using Warden.Core.Approvals;

namespace Warden.Storage.Approvals;

/// <summary>Row shape of <c>approval_requests</c>.</summary>
internal sealed class ApprovalRequestEntity
{
    public string Id { get; set; } = "";

    public ApprovalRequestState State { get; set; }

    public string SubjectKey { get; set; } = "";

    /// <summary>The subject key while the request is pending, null afterwards: a unique index keeps one pending request per subject.</summary>
    public string? OpenKey { get; set; }

    public string Agent { get; set; } = "";

    public string ChainJson { get; set; } = "[]";

    public string? Human { get; set; }

    public string? HumanIssuer { get; set; }

    public string? AgentOwner { get; set; }

    public string Action { get; set; } = "";

    public string Resource { get; set; } = "";

    public string ArgumentsHash { get; set; } = "";

    public string RuleId { get; set; } = "";

    public string? PolicyVersion { get; set; }

    public string ApproversJson { get; set; } = "[]";

    public string Reason { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    public string? DecisionReason { get; set; }

    public int UsesAllowed { get; set; }

    public int UsesLeft { get; set; }

    public DateTimeOffset? GrantExpiresAt { get; set; }

    public long Version { get; set; }
}

/// <summary>Row shape of <c>elevation_grants</c>.</summary>
internal sealed class ElevationGrantEntity
{
    public string Id { get; set; } = "";

    public string Agent { get; set; } = "";

    public string RequestedBy { get; set; } = "";

    public string ScopesJson { get; set; } = "[]";

    public string Justification { get; set; } = "";

    public long DurationSeconds { get; set; }

    public ElevationState State { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset RequestExpiresAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    public string? DecisionReason { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public long Version { get; set; }
}

/// <summary>Row shape of <c>review_campaigns</c>.</summary>
internal sealed class ReviewCampaignEntity
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public bool Closed { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset Deadline { get; set; }

    public ReviewDecision DefaultDecision { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}

/// <summary>Row shape of <c>review_items</c>.</summary>
internal sealed class ReviewItemEntity
{
    public string Id { get; set; } = "";

    public string CampaignId { get; set; } = "";

    public string Agent { get; set; } = "";

    public string Permission { get; set; } = "";

    public string Reviewer { get; set; } = "";

    public DateTimeOffset? LastUsedAt { get; set; }

    public ReviewDecision? Decision { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? Reason { get; set; }

    public bool Applied { get; set; }

    public long Version { get; set; }
}
