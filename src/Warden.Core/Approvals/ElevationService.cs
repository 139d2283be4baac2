using System.Collections.Concurrent;
using Warden.Core.Agents;
using Warden.Core.Audit;
using Warden.Core.Errors;
using Warden.Core.Security;
using Warden.Core.Tokens;

namespace Warden.Core.Approvals;

/// <summary>What the token service asks about elevation.</summary>
public interface IElevationGrants
{
    /// <summary>An active grant of the agent that covers every scope in <paramref name="extraScopes"/>, or null.</summary>
    ValueTask<ElevationGrant?> CoveringGrantAsync(string agentId, IReadOnlyList<string> extraScopes, CancellationToken cancellationToken);

    /// <summary>Whether the grant is active for the agent now (not revoked, not expired). Seen within 500 ms across nodes.</summary>
    ValueTask<bool> IsActiveAsync(string grantId, string agentId, CancellationToken cancellationToken);
}

/// <summary>Elevation bounds and limits, from <c>approvals.elevation</c>.</summary>
public sealed record ElevationOptions
{
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromHours(8);

    public TimeSpan RequestTtl { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Subjects, <c>group:NAME</c> or <c>admin</c>; empty means admins only.</summary>
    public IReadOnlyList<string> Approvers { get; init; } = [];

    public IReadOnlyList<ElevationBoundOptions> Bounds { get; init; } = [];
}

/// <summary>Agents (selectors) that may be elevated to <see cref="Scopes"/>, at most for <see cref="MaxDuration"/>.</summary>
public sealed record ElevationBoundOptions(IReadOnlyList<string> Agents, IReadOnlyList<string> Scopes, TimeSpan? MaxDuration);

/// <summary>Who asks for, decides or revokes an elevation.</summary>
/// <param name="Subject">Agent id, human subject or admin token name.</param>
/// <param name="Groups">Human groups.</param>
/// <param name="Kind">admin, human or agent.</param>
public sealed record ElevationActor(string Subject, IReadOnlyList<string> Groups, string Kind)
{
    public bool IsAdmin => Kind == "admin";

    public bool IsAgent => Kind == "agent";

    public string Display => IsAdmin ? "admin:" + Subject : Subject;
}

/// <summary>
/// Just-in-time elevation: request (bounded by policy), approve or deny (segregation of duties), revoke, expire.
/// Audited with ids 6010–6015.
/// </summary>
public sealed class ElevationService(
    IElevationStore store, IAgentStore agents, IAuditSink audit, IApprovalNotifier notifier, ElevationOptions options, ApprovalOptions approvals, TimeProvider time)
    : IElevationGrants
{
    private static readonly TimeSpan CacheAge = TimeSpan.FromMilliseconds(500);
    private readonly ConcurrentDictionary<string, (ElevationGrant? Grant, long At)> _cache = new(StringComparer.Ordinal);

    public async Task<ElevationGrant> RequestAsync(ElevationActor requester, string agentId, IReadOnlyList<string>? scopes, string? justification, TimeSpan? duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var agent = await agents.FindAsync(agentId, cancellationToken) ?? throw new WardenException(Errors.Errors.AgentNotFound(agentId));
        var now = time.GetUtcNow();
        var error = Validate(requester, agent, scopes, justification, duration, out var wanted);
        if (error is not null)
        {
            await audit.RecordAsync(new AuditEvent
            {
                EventId = AuditEventIds.ElevationRejected,
                Type = "elevation.rejected",
                Outcome = "deny",
                Actor = Actor(requester, agent.Id),
                Resource = agent.Id,
                Action = "elevation.request",
                ErrorId = error.Id,
                Reason = error.Message,
                Details = new Dictionary<string, object?>(StringComparer.Ordinal) { ["scopes"] = scopes, ["durationSeconds"] = duration?.TotalSeconds },
            }, cancellationToken);
            throw new WardenException(error);
        }

        var grant = new ElevationGrant
        {
            Id = RandomIds.New("elv_", 12),
            Agent = agent.Id,
            RequestedBy = requester.Display,
            Scopes = wanted,
            Justification = justification!.Trim(),
            Duration = duration!.Value,
            State = ElevationState.Pending,
            CreatedAt = now,
            RequestExpiresAt = now + options.RequestTtl,
            Version = 1,
        };
        await store.CreateAsync(grant, cancellationToken);
        await RecordAsync(grant, AuditEventIds.ElevationRequested, "elevation.requested", "pending", requester, grant.Justification, cancellationToken);
        Notify("elevation.requested", grant);
        return grant;
    }

    public async Task<ElevationGrant> GetAsync(string id, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) ?? throw new WardenException(ApprovalErrors.ElevationNotFound(id));

    public Task<IReadOnlyList<ElevationGrant>> ListAsync(string? agent, int limit, CancellationToken cancellationToken) =>
        store.ListAsync(agent, Math.Clamp(limit, 1, 1000), cancellationToken);

    /// <summary>Approves or denies a pending grant; only one concurrent decider wins (WRD7013 for the others).</summary>
    public async Task<ElevationGrant> DecideAsync(string id, bool approve, ElevationActor approver, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approver);
        var grant = await GetAsync(id, cancellationToken);
        var now = time.GetUtcNow();
        var state = grant.EffectiveState(now);
        if (state != ElevationState.Pending)
        {
            throw new WardenException(ApprovalErrors.ElevationNotPending(id, state.ToString().ToLowerInvariant()));
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > ApprovalService.MaxReasonLength)
        {
            throw new WardenException(ApprovalErrors.ElevationInvalid($"a 'reason' of 1–{ApprovalService.MaxReasonLength} characters is required"));
        }

        var agent = await agents.FindAsync(grant.Agent, cancellationToken);
        if (approver.IsAgent)
        {
            throw new WardenException(ApprovalErrors.NotAnApprover(approver.Display, id));
        }

        if (!approver.IsAdmin && string.Equals(approver.Subject, grant.RequestedBy, StringComparison.OrdinalIgnoreCase))
        {
            throw new WardenException(ApprovalErrors.OwnRequest(approver.Subject, id));
        }

        if (!approver.IsAdmin && !approvals.OwnerMayApprove && string.Equals(approver.Subject, agent?.Owner, StringComparison.OrdinalIgnoreCase))
        {
            throw new WardenException(ApprovalErrors.OwnerMayNotApprove(approver.Subject, id));
        }

        if (!new Approver(approver.Subject, approver.Groups, approver.IsAdmin).Matches(options.Approvers))
        {
            throw new WardenException(ApprovalErrors.NotAnApprover(approver.Display, id));
        }

        var decided = grant with
        {
            State = approve ? ElevationState.Active : ElevationState.Denied,
            DecidedAt = now,
            DecidedBy = approver.Display,
            DecisionReason = reason.Trim(),
            ExpiresAt = approve ? now + grant.Duration : null,
            Version = grant.Version + 1,
        };
        if (!await store.TryUpdateAsync(decided, grant.Version, cancellationToken))
        {
            var current = await GetAsync(id, cancellationToken);
            throw new WardenException(ApprovalErrors.ElevationNotPending(id, current.EffectiveState(now).ToString().ToLowerInvariant()));
        }

        _cache.TryRemove(id, out _);
        var type = approve ? "elevation.approved" : "elevation.denied";
        await RecordAsync(decided, approve ? AuditEventIds.ElevationApproved : AuditEventIds.ElevationDenied, type, approve ? "success" : "deny", approver, decided.DecisionReason, cancellationToken);
        Notify(type, decided);
        return decided;
    }

    /// <summary>Ends a pending or active grant now; tokens carrying it are refused from then on.</summary>
    public async Task<ElevationGrant> RevokeAsync(string id, ElevationActor actor, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var grant = await GetAsync(id, cancellationToken);
        var now = time.GetUtcNow();
        var state = grant.EffectiveState(now);
        if (state is not (ElevationState.Pending or ElevationState.Active))
        {
            throw new WardenException(ApprovalErrors.ElevationNotPending(id, state.ToString().ToLowerInvariant()));
        }

        var agent = await agents.FindAsync(grant.Agent, cancellationToken);
        var allowed = actor.IsAdmin
            || (actor.IsAgent && string.Equals(actor.Subject, grant.Agent, StringComparison.Ordinal))
            || string.Equals(actor.Subject, agent?.Owner, StringComparison.OrdinalIgnoreCase)
            || new Approver(actor.Subject, actor.Groups, false).Matches(options.Approvers);
        if (!allowed)
        {
            throw new WardenException(ApprovalErrors.NotAnApprover(actor.Display, id));
        }

        var revoked = grant with { State = ElevationState.Revoked, RevokedAt = now, RevokedBy = actor.Display, Version = grant.Version + 1 };
        if (!await store.TryUpdateAsync(revoked, grant.Version, cancellationToken))
        {
            var current = await GetAsync(id, cancellationToken);
            throw new WardenException(ApprovalErrors.ElevationNotPending(id, current.EffectiveState(now).ToString().ToLowerInvariant()));
        }

        _cache.TryRemove(id, out _);
        await RecordAsync(revoked, AuditEventIds.ElevationRevoked, "elevation.revoked", "success", actor, string.IsNullOrWhiteSpace(reason) ? "revoked early" : reason.Trim(), cancellationToken);
        Notify("elevation.revoked", revoked);
        return revoked;
    }

    /// <summary>Marks grants whose window ended (or that nobody approved in time) as expired, audited as 6014.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var count = 0;
        foreach (var grant in await store.DueAsync(now, cancellationToken))
        {
            var expired = grant with { State = ElevationState.Expired, Version = grant.Version + 1 };
            if (await store.TryUpdateAsync(expired, grant.Version, cancellationToken))
            {
                count++;
                _cache.TryRemove(grant.Id, out _);
                await RecordAsync(expired, AuditEventIds.ElevationExpired, "elevation.expired", "expired", new ElevationActor("warden", [], "admin"), "the elevation window ended", cancellationToken);
                Notify("elevation.expired", expired);
            }
        }

        return count;
    }

    /// <inheritdoc />
    public async ValueTask<ElevationGrant?> CoveringGrantAsync(string agentId, IReadOnlyList<string> extraScopes, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var grant in await store.ActiveAsync(agentId, now, cancellationToken))
        {
            if (extraScopes.All(s => grant.Scopes.Contains(s, StringComparer.Ordinal)))
            {
                return grant;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public async ValueTask<bool> IsActiveAsync(string grantId, string agentId, CancellationToken cancellationToken)
    {
        var stamp = time.GetTimestamp();
        ElevationGrant? grant;
        if (_cache.TryGetValue(grantId, out var cached) && time.GetElapsedTime(cached.At, stamp) < CacheAge)
        {
            grant = cached.Grant;
        }
        else
        {
            grant = await store.FindAsync(grantId, cancellationToken);
            if (_cache.Count > 100_000)
            {
                _cache.Clear();
            }

            _cache[grantId] = (grant, stamp);
        }

        return grant is not null && string.Equals(grant.Agent, agentId, StringComparison.Ordinal) && grant.IsActive(time.GetUtcNow());
    }

    /// <summary>The scopes the agent may be elevated to, and the longest elevation it may get.</summary>
    public (IReadOnlyList<string> Scopes, TimeSpan Max) BoundFor(Agent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var matching = options.Bounds.Where(b => b.Agents.Any(s => DelegationPolicy.Selects(s, agent))).ToList();
        var scopes = matching.SelectMany(b => b.Scopes).Distinct(StringComparer.Ordinal).ToList();
        var max = matching.Count == 0 ? TimeSpan.Zero : matching.Max(b => b.MaxDuration ?? options.MaxDuration);
        return (scopes, max > options.MaxDuration ? options.MaxDuration : max);
    }

    private WardenError? Validate(ElevationActor requester, Agent agent, IReadOnlyList<string>? scopes, string? justification, TimeSpan? duration, out List<string> wanted)
    {
        wanted = scopes?.Distinct(StringComparer.Ordinal).ToList() ?? [];
        var mayAsk = requester.IsAdmin
            || (requester.IsAgent && string.Equals(requester.Subject, agent.Id, StringComparison.Ordinal))
            || (!requester.IsAgent && string.Equals(requester.Subject, agent.Owner, StringComparison.OrdinalIgnoreCase));
        if (!mayAsk)
        {
            return ApprovalErrors.ElevationNotRequester(requester.Display, agent.Id);
        }

        if (agent.Status != AgentStatus.Active || agent.IsExpired(time.GetUtcNow()))
        {
            return ApprovalErrors.ElevationInvalid($"agent '{agent.Id}' is not active");
        }

        if (wanted.Count == 0 || wanted.Count > ScopeSet.MaxScopes || wanted.Any(s => !ScopeSet.IsValidToken(s)))
        {
            return ApprovalErrors.ElevationInvalid("'scopes' must list 1–100 valid OAuth scope tokens");
        }

        if (string.IsNullOrWhiteSpace(justification) || justification.Length > ApprovalService.MaxReasonLength)
        {
            return ApprovalErrors.ElevationInvalid($"a 'justification' of 1–{ApprovalService.MaxReasonLength} characters is required");
        }

        if (duration is not { } d || d <= TimeSpan.Zero)
        {
            return ApprovalErrors.ElevationInvalid("a positive 'duration' is required (e.g. \"30m\" or \"2h\")");
        }

        var (allowed, max) = BoundFor(agent);
        var forbidden = wanted.Where(s => !allowed.Contains(s, StringComparer.Ordinal) && !agent.Scopes.Contains(s, StringComparer.Ordinal)).ToList();
        if (forbidden.Count > 0 || wanted.All(s => agent.Scopes.Contains(s, StringComparer.Ordinal)))
        {
            return ApprovalErrors.ElevationForbiddenScopes(string.Join(' ', forbidden.Count > 0 ? forbidden : wanted));
        }

        return d > max ? ApprovalErrors.ElevationTooLong(d, max) : null;
    }

    private ValueTask RecordAsync(ElevationGrant g, int id, string type, string outcome, ElevationActor actor, string? reason, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEvent
        {
            EventId = id,
            Type = type,
            Outcome = outcome,
            Actor = Actor(actor, g.Agent),
            Resource = g.Agent,
            Action = "elevation",
            Reason = reason,
            Details = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["grantId"] = g.Id,
                ["agent"] = g.Agent,
                ["scope"] = string.Join(' ', g.Scopes),
                ["durationSeconds"] = (long)g.Duration.TotalSeconds,
                ["expiresAt"] = g.ExpiresAt,
                ["requestedBy"] = g.RequestedBy,
                ["justification"] = g.Justification,
            },
        }, cancellationToken);

    private static AuditActor Actor(ElevationActor a, string agent) => a.Kind switch
    {
        "admin" => new AuditActor { Admin = a.Subject, Agent = agent },
        "agent" => new AuditActor { Agent = a.Subject, Chain = [a.Subject] },
        _ => new AuditActor { Human = a.Subject, Agent = agent },
    };

    private void Notify(string type, ElevationGrant g) => notifier.Notify(new ApprovalNotification(type, g.Id, approvals.PublicUrl.TrimEnd('/') + "/admin/v1/elevations/" + g.Id, new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["id"] = g.Id,
        ["agent"] = g.Agent,
        ["scopes"] = g.Scopes,
        ["state"] = g.State.ToString().ToLowerInvariant(),
        ["requestedBy"] = g.RequestedBy,
        ["justification"] = g.Justification,
        ["durationSeconds"] = (long)g.Duration.TotalSeconds,
        ["expiresAt"] = g.ExpiresAt,
        ["decidedBy"] = g.DecidedBy ?? g.RevokedBy,
    }));
}
