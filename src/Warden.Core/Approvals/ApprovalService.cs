using System.Security.Cryptography;
using System.Text;
using Warden.Core.Agents;
using Warden.Core.Audit;
using Warden.Core.Errors;
using Warden.Core.Security;

namespace Warden.Core.Approvals;

/// <summary>
/// The store-backed <see cref="IApprovalGate"/> and the approver side: deciding, listing and expiring requests.
/// Every step is audited (ids 6001–6006) and every rejection is a <see cref="WardenException"/> with a WRD70xx id.
/// </summary>
public sealed class ApprovalService(
    IApprovalStore store, IAuditSink audit, IApprovalNotifier notifier, ApprovalOptions options, AgentStatusCache agents, TimeProvider time) : IApprovalGate
{
    public const int MaxReasonLength = 1000;

    public ApprovalOptions Options => options;

    /// <inheritdoc />
    public async ValueTask<ApprovalCheck> CheckAsync(ApprovalSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var now = time.GetUtcNow();
        var key = SubjectKey(subject);

        // Several approved requests can cover one subject (approved twice by different people); any use left will do.
        foreach (var usable in await store.FindUsableAsync(key, now, cancellationToken))
        {
            if (await store.TryConsumeAsync(usable.Id, now, cancellationToken))
            {
                await audit.RecordAsync(Event(usable, AuditEventIds.ApprovalConsumed, "approval.consumed", "success", ActorOf(usable)) with
                {
                    Reason = $"call allowed by approval {usable.Id}",
                    Details = Details(usable, ("usesLeft", usable.UsesLeft - 1)),
                }, cancellationToken);
                return new ApprovalCheck(ApprovalState.Approved, usable.Id, usable.GrantExpiresAt ?? now, options.UrlOf(usable.Id));
            }
        }

        var pending = await store.FindPendingAsync(key, now, cancellationToken);
        if (pending is not null)
        {
            return new ApprovalCheck(ApprovalState.Pending, pending.Id, pending.ExpiresAt, options.UrlOf(pending.Id));
        }

        // A stale pending request for this subject is expired (and audited) before a new one is opened.
        await SweepAsync(cancellationToken);
        var owner = (await agents.GetAsync(subject.Agent, cancellationToken))?.Owner;
        var candidate = new ApprovalRequest
        {
            Id = RandomIds.New("apr_", 12),
            State = ApprovalRequestState.Pending,
            SubjectKey = key,
            Agent = subject.Agent,
            Chain = subject.Chain,
            Human = subject.Human,
            HumanIssuer = subject.HumanIssuer,
            AgentOwner = owner,
            Action = subject.Action,
            Resource = subject.Resource,
            ArgumentsHash = subject.ArgumentsHash,
            RuleId = subject.RuleId,
            PolicyVersion = subject.PolicyVersion,
            Approvers = subject.Approvers,
            Reason = subject.Reason,
            CreatedAt = now,
            ExpiresAt = now + options.RequestTtl,
            UsesAllowed = options.UsesFor(subject.RuleId),
            UsesLeft = 0,
            Version = 1,
        };
        var open = await store.CreateOrGetPendingAsync(candidate, now, cancellationToken);
        if (string.Equals(open.Id, candidate.Id, StringComparison.Ordinal))
        {
            await audit.RecordAsync(Event(open, AuditEventIds.ApprovalRequested, "approval.requested", "pending", ActorOf(open)) with
            {
                Reason = open.Reason,
                PolicyVersion = open.PolicyVersion,
                RuleIds = [open.RuleId],
                Details = Details(open, ("expiresAt", open.ExpiresAt), ("approvers", open.Approvers)),
            }, cancellationToken);
            Notify("approval.requested", open);
        }

        return new ApprovalCheck(ApprovalState.Pending, open.Id, open.ExpiresAt, options.UrlOf(open.Id));
    }

    public async Task<ApprovalRequest> GetAsync(string id, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) ?? throw new WardenException(ApprovalErrors.NotFound(id));

    public Task<IReadOnlyList<ApprovalRequest>> ListAsync(ApprovalRequestState? state, int limit, CancellationToken cancellationToken) =>
        store.ListAsync(state, Math.Clamp(limit, 1, 1000), cancellationToken);

    /// <summary>Approves or denies a pending request. Exactly one of several concurrent deciders wins; the others get WRD7002.</summary>
    public async Task<ApprovalRequest> DecideAsync(string id, bool approve, Approver approver, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approver);
        var now = time.GetUtcNow();
        var request = await GetAsync(id, cancellationToken);
        var rejection = Check(request, approver, reason, now);
        if (rejection is not null)
        {
            await audit.RecordAsync(Event(request, AuditEventIds.ApprovalDecisionRejected, "approval.decision_rejected", "deny", ApproverActor(approver)) with
            {
                ErrorId = rejection.Id,
                Reason = rejection.Message,
                Details = Details(request, ("decision", approve ? "approve" : "deny")),
            }, cancellationToken);
            throw new WardenException(rejection);
        }

        var decided = request with
        {
            State = approve ? ApprovalRequestState.Approved : ApprovalRequestState.Denied,
            DecidedAt = now,
            DecidedBy = approver.Display,
            DecisionReason = reason!.Trim(),
            UsesLeft = approve ? request.UsesAllowed : 0,
            GrantExpiresAt = approve ? now + options.GrantTtlFor(request.RuleId) : null,
            Version = request.Version + 1,
        };
        if (!await store.TryDecideAsync(decided, request.Version, now, cancellationToken))
        {
            var current = await GetAsync(id, cancellationToken);
            throw new WardenException(current.EffectiveState(time.GetUtcNow()) == ApprovalRequestState.Expired
                ? ApprovalErrors.Expired(id)
                : ApprovalErrors.AlreadyDecided(id, current.State.ToString().ToLowerInvariant()));
        }

        var type = approve ? "approval.approved" : "approval.denied";
        await audit.RecordAsync(Event(decided, approve ? AuditEventIds.ApprovalApproved : AuditEventIds.ApprovalDenied, type, approve ? "success" : "deny", ApproverActor(approver)) with
        {
            Reason = decided.DecisionReason,
            Details = Details(decided, ("requestedBy", decided.Human ?? decided.Agent), ("uses", decided.UsesLeft), ("grantExpiresAt", decided.GrantExpiresAt)),
        }, cancellationToken);
        Notify(type, decided);
        return decided;
    }

    /// <summary>Expires pending requests whose time is up (audited, notified); run periodically.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var expired = await store.ExpireAsync(time.GetUtcNow(), cancellationToken);
        foreach (var request in expired)
        {
            await audit.RecordAsync(Event(request, AuditEventIds.ApprovalExpired, "approval.expired", "expired", ActorOf(request)) with
            {
                Reason = "nobody decided before the request expired",
                Details = Details(request),
            }, cancellationToken);
            Notify("approval.expired", request);
        }

        return expired.Count;
    }

    /// <summary>The key an approval is bound to: chain, human, action, resource and argument hash.</summary>
    public static string SubjectKey(ApprovalSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var text = new StringBuilder();
        void Add(string? part) => text.Append(part?.Length ?? -1).Append(':').Append(part).Append('|');
        Add(subject.Agent);
        Add(subject.Chain.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var a in subject.Chain)
        {
            Add(a);
        }

        Add(subject.HumanIssuer);
        Add(subject.Human);
        Add(subject.Action);
        Add(subject.Resource);
        Add(subject.ArgumentsHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private WardenError? Check(ApprovalRequest request, Approver approver, string? reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > MaxReasonLength)
        {
            return ApprovalErrors.Invalid($"a 'reason' of 1–{MaxReasonLength} characters is required");
        }

        if (request.State != ApprovalRequestState.Pending)
        {
            return ApprovalErrors.AlreadyDecided(request.Id, request.State.ToString().ToLowerInvariant());
        }

        if (!request.IsDecidable(now))
        {
            return ApprovalErrors.Expired(request.Id);
        }

        if (!approver.IsAdmin && request.Human is not null && string.Equals(approver.Subject, request.Human, StringComparison.OrdinalIgnoreCase))
        {
            return ApprovalErrors.OwnRequest(approver.Subject, request.Id);
        }

        if (!approver.IsAdmin && !options.OwnerMayApprove && request.AgentOwner is not null &&
            string.Equals(approver.Subject, request.AgentOwner, StringComparison.OrdinalIgnoreCase))
        {
            return ApprovalErrors.OwnerMayNotApprove(approver.Subject, request.Id);
        }

        return approver.Matches(request.Approvers) ? null : ApprovalErrors.NotAnApprover(approver.Display, request.Id);
    }

    private void Notify(string type, ApprovalRequest r) => notifier.Notify(new ApprovalNotification(type, r.Id, options.UrlOf(r.Id), new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["id"] = r.Id,
        ["state"] = r.State.ToString().ToLowerInvariant(),
        ["agent"] = r.Agent,
        ["human"] = r.Human,
        ["action"] = r.Action,
        ["resource"] = r.Resource,
        ["argumentsHash"] = r.ArgumentsHash,
        ["rule"] = r.RuleId,
        ["reason"] = r.Reason,
        ["approvers"] = r.Approvers,
        ["expiresAt"] = r.ExpiresAt,
        ["decidedBy"] = r.DecidedBy,
        ["decisionReason"] = r.DecisionReason,
    }));

    private static AuditEvent Event(ApprovalRequest r, int id, string type, string outcome, AuditActor actor) => new()
    {
        EventId = id,
        Type = type,
        Outcome = outcome,
        Actor = actor,
        Resource = r.Resource,
        Action = r.Action,
        PolicyVersion = r.PolicyVersion,
        RuleIds = [r.RuleId],
    };

    private static AuditActor ActorOf(ApprovalRequest r) => new()
    {
        Agent = r.Agent,
        Human = r.Human,
        HumanIssuer = r.HumanIssuer,
        Chain = [r.Agent, .. r.Chain.Reverse()],
    };

    private static AuditActor ApproverActor(Approver approver) =>
        approver.IsAdmin ? new AuditActor { Admin = approver.Subject } : new AuditActor { Human = approver.Subject, HumanIssuer = approver.Issuer };

    private static Dictionary<string, object?> Details(ApprovalRequest r, params (string Key, object? Value)[] extra)
    {
        var details = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["approvalId"] = r.Id,
            ["agent"] = r.Agent,
            ["argumentsHash"] = r.ArgumentsHash,
            ["state"] = r.State.ToString().ToLowerInvariant(),
        };
        foreach (var (key, value) in extra)
        {
            details[key] = value;
        }

        return details;
    }
}
