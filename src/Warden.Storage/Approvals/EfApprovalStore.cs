using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warden.Core.Approvals;
using Warden.Storage.Data;
using Warden.Storage.Infrastructure;

namespace Warden.Storage.Approvals;

internal sealed class EfApprovalStore(IDbContextFactory<WardenDbContext> factory) : StoreBase(factory), IApprovalStore
{
    public Task<ApprovalRequest> CreateOrGetPendingAsync(ApprovalRequest request, DateTimeOffset now, CancellationToken cancellationToken) =>
        RunAsync(
            async db =>
            {
                var set = db.Set<ApprovalRequestEntity>();

                // A stale pending request would hold the subject's unique open key forever.
                await set.Where(a => a.OpenKey == request.SubjectKey && a.ExpiresAt <= now).ExecuteUpdateAsync(
                    s => s.SetProperty(a => a.OpenKey, (string?)null).SetProperty(a => a.State, ApprovalRequestState.Expired).SetProperty(a => a.Version, a => a.Version + 1),
                    cancellationToken);
                var row = ToEntity(request);
                row.OpenKey = request.SubjectKey;
                set.Add(row);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return request;
                }
                catch (DbUpdateException ex) when (StoreFailures.IsUniqueViolation(ex))
                {
                    // Another node opened the request for this subject first: that one is the request.
                    db.ChangeTracker.Clear();
                    var existing = await set.AsNoTracking().SingleOrDefaultAsync(a => a.OpenKey == request.SubjectKey, cancellationToken);
                    return existing is null ? throw new DbUpdateConcurrencyException("the open approval request vanished; retry", ex) : ToRecord(existing);
                }
            },
            cancellationToken);

    public Task<ApprovalRequest?> FindAsync(string id, CancellationToken cancellationToken) =>
        RunAsync(async db => await db.Set<ApprovalRequestEntity>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is { } row ? ToRecord(row) : null, cancellationToken);

    public Task<IReadOnlyList<ApprovalRequest>> FindUsableAsync(string subjectKey, DateTimeOffset now, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<ApprovalRequest>>(
            async db => (await db.Set<ApprovalRequestEntity>().AsNoTracking()
                .Where(a => a.SubjectKey == subjectKey && a.State == ApprovalRequestState.Approved && a.UsesLeft > 0 && a.GrantExpiresAt > now)
                .OrderBy(a => a.DecidedAt).Take(10).ToListAsync(cancellationToken)).ConvertAll(ToRecord),
            cancellationToken);

    public Task<ApprovalRequest?> FindPendingAsync(string subjectKey, DateTimeOffset now, CancellationToken cancellationToken) =>
        RunAsync(
            async db => await db.Set<ApprovalRequestEntity>().AsNoTracking()
                .SingleOrDefaultAsync(a => a.OpenKey == subjectKey && a.ExpiresAt > now, cancellationToken) is { } row ? ToRecord(row) : null,
            cancellationToken);

    public Task<bool> TryConsumeAsync(string id, DateTimeOffset now, CancellationToken cancellationToken) =>
        RunAsync(
            async db => await db.Set<ApprovalRequestEntity>()
                .Where(a => a.Id == id && a.State == ApprovalRequestState.Approved && a.UsesLeft > 0 && a.GrantExpiresAt > now)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.UsesLeft, a => a.UsesLeft - 1).SetProperty(a => a.Version, a => a.Version + 1), cancellationToken) == 1,
            cancellationToken);

    public Task<bool> TryDecideAsync(ApprovalRequest decided, long expectedVersion, DateTimeOffset now, CancellationToken cancellationToken) =>
        RunAsync(
            async db => await db.Set<ApprovalRequestEntity>()
                .Where(a => a.Id == decided.Id && a.State == ApprovalRequestState.Pending && a.Version == expectedVersion && a.ExpiresAt > now)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(a => a.State, decided.State)
                        .SetProperty(a => a.OpenKey, (string?)null)
                        .SetProperty(a => a.DecidedAt, decided.DecidedAt)
                        .SetProperty(a => a.DecidedBy, decided.DecidedBy)
                        .SetProperty(a => a.DecisionReason, decided.DecisionReason)
                        .SetProperty(a => a.UsesLeft, decided.UsesLeft)
                        .SetProperty(a => a.GrantExpiresAt, decided.GrantExpiresAt)
                        .SetProperty(a => a.Version, expectedVersion + 1),
                    cancellationToken) == 1,
            cancellationToken);

    public Task<IReadOnlyList<ApprovalRequest>> ExpireAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<ApprovalRequest>>(
            async db =>
            {
                var set = db.Set<ApprovalRequestEntity>();
                var due = await set.AsNoTracking().Where(a => a.State == ApprovalRequestState.Pending && a.ExpiresAt <= now).Take(500).ToListAsync(cancellationToken);
                var expired = new List<ApprovalRequest>();
                foreach (var row in due)
                {
                    // Conditional on the version, so a node that decided (or expired) it meanwhile keeps its result.
                    var changed = await set.Where(a => a.Id == row.Id && a.Version == row.Version && a.State == ApprovalRequestState.Pending).ExecuteUpdateAsync(
                        s => s.SetProperty(a => a.State, ApprovalRequestState.Expired).SetProperty(a => a.OpenKey, (string?)null).SetProperty(a => a.Version, row.Version + 1),
                        cancellationToken);
                    if (changed == 1)
                    {
                        expired.Add(ToRecord(row) with { State = ApprovalRequestState.Expired, Version = row.Version + 1 });
                    }
                }

                return expired;
            },
            cancellationToken);

    public Task<IReadOnlyList<ApprovalRequest>> ListAsync(ApprovalRequestState? state, int limit, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<ApprovalRequest>>(
            async db =>
            {
                var q = db.Set<ApprovalRequestEntity>().AsNoTracking();
                if (state is { } s)
                {
                    q = q.Where(a => a.State == s);
                }

                return (await q.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id).Take(limit).ToListAsync(cancellationToken)).ConvertAll(ToRecord);
            },
            cancellationToken);

    private static ApprovalRequestEntity ToEntity(ApprovalRequest r) => new()
    {
        Id = r.Id,
        State = r.State,
        SubjectKey = r.SubjectKey,
        Agent = r.Agent,
        ChainJson = JsonSerializer.Serialize(r.Chain, StorageJsonContext.Default.IReadOnlyListString),
        Human = r.Human,
        HumanIssuer = r.HumanIssuer,
        AgentOwner = r.AgentOwner,
        Action = r.Action,
        Resource = r.Resource,
        ArgumentsHash = r.ArgumentsHash,
        RuleId = r.RuleId,
        PolicyVersion = r.PolicyVersion,
        ApproversJson = JsonSerializer.Serialize(r.Approvers, StorageJsonContext.Default.IReadOnlyListString),
        Reason = r.Reason,
        CreatedAt = r.CreatedAt,
        ExpiresAt = r.ExpiresAt,
        DecidedAt = r.DecidedAt,
        DecidedBy = r.DecidedBy,
        DecisionReason = r.DecisionReason,
        UsesAllowed = r.UsesAllowed,
        UsesLeft = r.UsesLeft,
        GrantExpiresAt = r.GrantExpiresAt,
        Version = r.Version,
    };

    private static ApprovalRequest ToRecord(ApprovalRequestEntity e) => new()
    {
        Id = e.Id,
        State = e.State,
        SubjectKey = e.SubjectKey,
        Agent = e.Agent,
        Chain = JsonSerializer.Deserialize(e.ChainJson, StorageJsonContext.Default.ListString) ?? [],
        Human = e.Human,
        HumanIssuer = e.HumanIssuer,
        AgentOwner = e.AgentOwner,
        Action = e.Action,
        Resource = e.Resource,
        ArgumentsHash = e.ArgumentsHash,
        RuleId = e.RuleId,
        PolicyVersion = e.PolicyVersion,
        Approvers = JsonSerializer.Deserialize(e.ApproversJson, StorageJsonContext.Default.ListString) ?? [],
        Reason = e.Reason,
        CreatedAt = e.CreatedAt,
        ExpiresAt = e.ExpiresAt,
        DecidedAt = e.DecidedAt,
        DecidedBy = e.DecidedBy,
        DecisionReason = e.DecisionReason,
        UsesAllowed = e.UsesAllowed,
        UsesLeft = e.UsesLeft,
        GrantExpiresAt = e.GrantExpiresAt,
        Version = e.Version,
    };
}
