namespace Warden.Core.Approvals;

/// <summary>Lifecycle of an elevation grant.</summary>
public enum ElevationState
{
    /// <summary>Requested, waiting for an approver.</summary>
    Pending,

    /// <summary>Approved: tokens issued until <see cref="ElevationGrant.ExpiresAt"/> may carry the scopes.</summary>
    Active,

    /// <summary>Denied by an approver.</summary>
    Denied,

    /// <summary>Ended early by an admin, an approver or the owner; tokens carrying it are rejected.</summary>
    Revoked,

    /// <summary>Past its window (computed: an active grant whose time is up, or a pending one nobody decided).</summary>
    Expired,
}

/// <summary>A time-boxed grant of extra scopes to one agent, approved by a human.</summary>
public sealed record ElevationGrant
{
    public required string Id { get; init; }

    public required string Agent { get; init; }

    /// <summary>The agent id (when the agent asked with its token) or the owner's subject or <c>admin:NAME</c>.</summary>
    public required string RequestedBy { get; init; }

    /// <summary>The extra scopes (models and tools are granted as scopes too, e.g. <c>model:gpt-4o</c>, <c>tool:payments.transfer</c>).</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    public required string Justification { get; init; }

    /// <summary>How long the grant lasts once approved.</summary>
    public TimeSpan Duration { get; init; }

    public ElevationState State { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>A pending grant can be approved until then.</summary>
    public DateTimeOffset RequestExpiresAt { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string? DecidedBy { get; init; }

    public string? DecisionReason { get; init; }

    /// <summary>End of the window (approval time + duration).</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public string? RevokedBy { get; init; }

    public long Version { get; init; } = 1;

    /// <summary>Whether the grant's scopes may be used at <paramref name="now"/>.</summary>
    public bool IsActive(DateTimeOffset now) => State == ElevationState.Active && ExpiresAt > now;

    /// <summary>The state as seen at <paramref name="now"/>.</summary>
    public ElevationState EffectiveState(DateTimeOffset now) => State switch
    {
        ElevationState.Active when ExpiresAt <= now => ElevationState.Expired,
        ElevationState.Pending when RequestExpiresAt <= now => ElevationState.Expired,
        _ => State,
    };
}

/// <summary>Persistence for elevation grants; updates are conditional on <see cref="ElevationGrant.Version"/>.</summary>
public interface IElevationStore
{
    Task CreateAsync(ElevationGrant grant, CancellationToken cancellationToken);

    Task<ElevationGrant?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Newest first; all agents when <paramref name="agent"/> is null.</summary>
    Task<IReadOnlyList<ElevationGrant>> ListAsync(string? agent, int limit, CancellationToken cancellationToken);

    /// <summary>Active grants of the agent whose window includes <paramref name="now"/>.</summary>
    Task<IReadOnlyList<ElevationGrant>> ActiveAsync(string agent, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Active grants whose window ended, and pending ones nobody decided in time.</summary>
    Task<IReadOnlyList<ElevationGrant>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Replaces the grant if its stored version is <paramref name="expectedVersion"/>; exactly one concurrent caller wins.</summary>
    Task<bool> TryUpdateAsync(ElevationGrant grant, long expectedVersion, CancellationToken cancellationToken);
}
