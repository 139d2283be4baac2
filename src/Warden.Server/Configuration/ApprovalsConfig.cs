using Warden.Core.Approvals;

namespace Warden.Server.Configuration;

/// <summary>The <c>approvals</c> section: approval requests, just-in-time elevation and access governance.</summary>
public sealed record ApprovalsConfig
{
    /// <summary>How long a pending approval request can be decided.</summary>
    public TimeSpan RequestTtl { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long an approval can be used once granted.</summary>
    public TimeSpan GrantTtl { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How many identical calls one approval lets through.</summary>
    public int Uses { get; init; } = 1;

    /// <summary>Whether the calling agent's owner may approve (segregation of duties: no by default).</summary>
    public bool OwnerMayApprove { get; init; }

    /// <summary>Base URL given to callers for a request; default the issuer.</summary>
    public string? PublicUrl { get; init; }

    /// <summary>Per policy rule id overrides of uses and grant TTL.</summary>
    public IReadOnlyDictionary<string, ApprovalRuleOptions> Rules { get; init; } = new Dictionary<string, ApprovalRuleOptions>(StringComparer.Ordinal);

    /// <summary>Signed notifications when a request or grant is created and decided.</summary>
    public IReadOnlyList<WebhookConfig> Webhooks { get; init; } = [];

    public ElevationConfig Elevation { get; init; } = new();

    public GovernanceConfig Governance { get; init; } = new();
}

/// <summary>Just-in-time elevation: who may be elevated to what, for how long, approved by whom.</summary>
public sealed record ElevationConfig
{
    /// <summary>The longest elevation anyone can get.</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromHours(8);

    /// <summary>How long a pending elevation can be approved.</summary>
    public TimeSpan RequestTtl { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Who approves elevation: subjects, <c>group:NAME</c>, or <c>admin</c> (empty: admins only).</summary>
    public IReadOnlyList<string> Approvers { get; init; } = [];

    /// <summary>The bounds: which agents may be elevated to which scopes. No matching bound: no elevation.</summary>
    public IReadOnlyList<ElevationBound> Allowed { get; init; } = [];
}

/// <summary>One elevation bound.</summary>
public sealed record ElevationBound
{
    /// <summary>Agent selectors: an id, <c>label:key=value</c>, or <c>*</c>.</summary>
    public IReadOnlyList<string> Agents { get; init; } = [];

    /// <summary>Scopes the selected agents may be elevated to.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>A shorter maximum for these agents.</summary>
    public TimeSpan? MaxDuration { get; init; }
}

/// <summary>Findings and access reviews.</summary>
public sealed record GovernanceConfig
{
    /// <summary>A permission unused for this many days is a finding.</summary>
    public int UnusedDays { get; init; } = 30;

    /// <summary>An agent unused for this many days is inactive.</summary>
    public int InactiveDays { get; init; } = 30;

    /// <summary>Suspend inactive agents when findings are computed.</summary>
    public bool AutoSuspend { get; init; }

    /// <summary>Credentials older than this are a finding.</summary>
    public TimeSpan CredentialMaxAge { get; init; } = TimeSpan.FromDays(90);

    /// <summary>The directory of people who may own agents; null when none is configured (no orphan check).</summary>
    public IReadOnlyList<string>? Owners { get; init; }

    /// <summary>How long a review campaign runs by default.</summary>
    public TimeSpan ReviewDuration { get; init; } = TimeSpan.FromDays(14);

    /// <summary>What happens to items nobody decided by the deadline.</summary>
    public ReviewDecision ReviewDefault { get; init; } = ReviewDecision.Revoke;
}
