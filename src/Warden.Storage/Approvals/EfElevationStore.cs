using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warden.Core.Approvals;
using Warden.Storage.Data;
using Warden.Storage.Infrastructure;

namespace Warden.Storage.Approvals;

internal sealed class EfElevationStore(IDbContextFactory<WardenDbContext> factory) : StoreBase(factory), IElevationStore
{
    public Task CreateAsync(ElevationGrant grant, CancellationToken cancellationToken) =>
        RunAsync(
            async db =>
            {
                db.Add(ToEntity(grant));
                await db.SaveChangesAsync(cancellationToken);
            },
            cancellationToken);

    public Task<ElevationGrant?> FindAsync(string id, CancellationToken cancellationToken) =>
        RunAsync(async db => await db.Set<ElevationGrantEntity>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is { } row ? ToRecord(row) : null, cancellationToken);

    public Task<IReadOnlyList<ElevationGrant>> ListAsync(string? agent, int limit, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<ElevationGrant>>(
            async db =>
            {
                var q = db.Set<ElevationGrantEntity>().AsNoTracking();
                if (agent is not null)
                {
                    q = q.Where(e => e.Agent == agent);
                }

                return (await q.OrderByDescending(e => e.CreatedAt).ThenBy(e => e.Id).Take(limit).ToListAsync(cancellationToken)).ConvertAll(ToRecord);
            },
            cancellationToken);

    public Task<IReadOnlyList<ElevationGrant>> ActiveAsync(string agent, DateTimeOffset now, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<ElevationGrant>>(
            async db => (await db.Set<ElevationGrantEntity>().AsNoTracking()
                .Where(e => e.Agent == agent && e.State == ElevationState.Active && e.ExpiresAt > now)
                .OrderBy(e => e.ExpiresAt).ToListAsync(cancellationToken)).ConvertAll(ToRecord),
            cancellationToken);

    public Task<IReadOnlyList<ElevationGrant>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<ElevationGrant>>(
            async db => (await db.Set<ElevationGrantEntity>().AsNoTracking()
                .Where(e => (e.State == ElevationState.Active && e.ExpiresAt <= now) || (e.State == ElevationState.Pending && e.RequestExpiresAt <= now))
                .Take(500).ToListAsync(cancellationToken)).ConvertAll(ToRecord),
            cancellationToken);

    public Task<bool> TryUpdateAsync(ElevationGrant grant, long expectedVersion, CancellationToken cancellationToken) =>
        RunAsync(
            async db => await db.Set<ElevationGrantEntity>()
                .Where(e => e.Id == grant.Id && e.Version == expectedVersion)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(e => e.State, grant.State)
                        .SetProperty(e => e.DecidedAt, grant.DecidedAt)
                        .SetProperty(e => e.DecidedBy, grant.DecidedBy)
                        .SetProperty(e => e.DecisionReason, grant.DecisionReason)
                        .SetProperty(e => e.ExpiresAt, grant.ExpiresAt)
                        .SetProperty(e => e.RevokedAt, grant.RevokedAt)
                        .SetProperty(e => e.RevokedBy, grant.RevokedBy)
                        .SetProperty(e => e.Version, grant.Version),
                    cancellationToken) == 1,
            cancellationToken);

    private static ElevationGrantEntity ToEntity(ElevationGrant g) => new()
    {
        Id = g.Id,
        Agent = g.Agent,
        RequestedBy = g.RequestedBy,
        ScopesJson = JsonSerializer.Serialize(g.Scopes, StorageJsonContext.Default.IReadOnlyListString),
        Justification = g.Justification,
        DurationSeconds = (long)g.Duration.TotalSeconds,
        State = g.State,
        CreatedAt = g.CreatedAt,
        RequestExpiresAt = g.RequestExpiresAt,
        DecidedAt = g.DecidedAt,
        DecidedBy = g.DecidedBy,
        DecisionReason = g.DecisionReason,
        ExpiresAt = g.ExpiresAt,
        RevokedAt = g.RevokedAt,
        RevokedBy = g.RevokedBy,
        Version = g.Version,
    };

    private static ElevationGrant ToRecord(ElevationGrantEntity e) => new()
    {
        Id = e.Id,
        Agent = e.Agent,
        RequestedBy = e.RequestedBy,
        Scopes = JsonSerializer.Deserialize(e.ScopesJson, StorageJsonContext.Default.ListString) ?? [],
        Justification = e.Justification,
        Duration = TimeSpan.FromSeconds(e.DurationSeconds),
        State = e.State,
        CreatedAt = e.CreatedAt,
        RequestExpiresAt = e.RequestExpiresAt,
        DecidedAt = e.DecidedAt,
        DecidedBy = e.DecidedBy,
        DecisionReason = e.DecisionReason,
        ExpiresAt = e.ExpiresAt,
        RevokedAt = e.RevokedAt,
        RevokedBy = e.RevokedBy,
        Version = e.Version,
    };
}
