namespace Warden.Core.Approvals;

/// <summary>What happens to a permission in an access review.</summary>
public enum ReviewDecision
{
    /// <summary>Certified: the agent keeps the permission.</summary>
    Keep,

    /// <summary>Removed from the agent.</summary>
    Revoke,
}

/// <summary>An access-review campaign: one item per agent per permission.</summary>
public sealed record ReviewCampaign
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public bool Closed { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = "";

    /// <summary>Undecided items get <see cref="DefaultDecision"/> at this time (background sweep) or on close.</summary>
    public DateTimeOffset Deadline { get; init; }

    public ReviewDecision DefaultDecision { get; init; } = ReviewDecision.Revoke;

    public DateTimeOffset? ClosedAt { get; init; }
}

/// <summary>One permission of one agent to certify or revoke, with its usage evidence.</summary>
public sealed record ReviewItem
{
    public required string Id { get; init; }

    public required string CampaignId { get; init; }

    public required string Agent { get; init; }

    /// <summary>The scope under review.</summary>
    public required string Permission { get; init; }

    /// <summary>Who decides: the named reviewer, else the agent's owner (admins always may).</summary>
    public required string Reviewer { get; init; }

    /// <summary>Evidence: when the permission was last used (from the audit trail), null when never.</summary>
    public DateTimeOffset? LastUsedAt { get; init; }

    public ReviewDecision? Decision { get; init; }

    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string? Reason { get; init; }

    /// <summary>Whether a revoke decision was applied to the agent.</summary>
    public bool Applied { get; init; }

    public long Version { get; init; } = 1;
}

/// <summary>Persistence for access reviews.</summary>
public interface IReviewStore
{
    Task CreateAsync(ReviewCampaign campaign, IReadOnlyList<ReviewItem> items, CancellationToken cancellationToken);

    Task<ReviewCampaign?> FindAsync(string id, CancellationToken cancellationToken);

    Task<IReadOnlyList<ReviewCampaign>> ListAsync(int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<ReviewItem>> ItemsAsync(string campaignId, CancellationToken cancellationToken);

    /// <summary>Replaces the item if its stored version is <paramref name="expectedVersion"/>.</summary>
    Task<bool> TryUpdateItemAsync(ReviewItem item, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Closes an open campaign; false when it was already closed (only one closer wins).</summary>
    Task<bool> TryCloseAsync(string id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Open campaigns whose deadline has passed.</summary>
    Task<IReadOnlyList<ReviewCampaign>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
