using Microsoft.EntityFrameworkCore;
using Warden.Core.Approvals;
using Warden.Storage.Data;
using Warden.Storage.Infrastructure;

namespace Warden.Storage.Approvals;

internal sealed class EfReviewStore(IDbContextFactory<WardenDbContext> factory) : StoreBase(factory), IReviewStore
{
    public Task CreateAsync(ReviewCampaign campaign, IReadOnlyList<ReviewItem> items, CancellationToken cancellationToken) =>
        RunAsync(
            async db =>
            {
                db.Add(new ReviewCampaignEntity
                {
                    Id = campaign.Id,
                    Name = campaign.Name,
                    Closed = campaign.Closed,
                    CreatedAt = campaign.CreatedAt,
                    CreatedBy = campaign.CreatedBy,
                    Deadline = campaign.Deadline,
                    DefaultDecision = campaign.DefaultDecision,
                    ClosedAt = campaign.ClosedAt,
                });
                db.AddRange(items.Select(ToEntity));
                await db.SaveChangesAsync(cancellationToken);
            },
            cancellationToken);

    public Task<ReviewCampaign?> FindAsync(string id, CancellationToken cancellationToken) =>
        RunAsync(async db => await db.Set<ReviewCampaignEntity>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is { } row ? ToRecord(row) : null, cancellationToken);

    public Task<IReadOnlyList<ReviewCampaign>> ListAsync(int limit, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<ReviewCampaign>>(
            async db => (await db.Set<ReviewCampaignEntity>().AsNoTracking().OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id).Take(limit).ToListAsync(cancellationToken)).ConvertAll(ToRecord),
            cancellationToken);

    public Task<IReadOnlyList<ReviewItem>> ItemsAsync(string campaignId, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<ReviewItem>>(
            async db => (await db.Set<ReviewItemEntity>().AsNoTracking().Where(i => i.CampaignId == campaignId).OrderBy(i => i.Agent).ThenBy(i => i.Permission).ToListAsync(cancellationToken)).ConvertAll(ToRecord),
            cancellationToken);

    public Task<bool> TryUpdateItemAsync(ReviewItem item, long expectedVersion, CancellationToken cancellationToken) =>
        RunAsync(
            async db => await db.Set<ReviewItemEntity>()
                .Where(i => i.Id == item.Id && i.Version == expectedVersion)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(i => i.Decision, item.Decision)
                        .SetProperty(i => i.DecidedBy, item.DecidedBy)
                        .SetProperty(i => i.DecidedAt, item.DecidedAt)
                        .SetProperty(i => i.Reason, item.Reason)
                        .SetProperty(i => i.Applied, item.Applied)
                        .SetProperty(i => i.Version, item.Version),
                    cancellationToken) == 1,
            cancellationToken);

    public Task<bool> TryCloseAsync(string id, DateTimeOffset now, CancellationToken cancellationToken) =>
        RunAsync(
            async db => await db.Set<ReviewCampaignEntity>().Where(c => c.Id == id && !c.Closed)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Closed, true).SetProperty(c => c.ClosedAt, now), cancellationToken) == 1,
            cancellationToken);

    public Task<IReadOnlyList<ReviewCampaign>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<ReviewCampaign>>(
            async db => (await db.Set<ReviewCampaignEntity>().AsNoTracking().Where(c => !c.Closed && c.Deadline <= now).ToListAsync(cancellationToken)).ConvertAll(ToRecord),
            cancellationToken);

    private static ReviewCampaign ToRecord(ReviewCampaignEntity e) => new()
    {
        Id = e.Id,
        Name = e.Name,
        Closed = e.Closed,
        CreatedAt = e.CreatedAt,
        CreatedBy = e.CreatedBy,
        Deadline = e.Deadline,
        DefaultDecision = e.DefaultDecision,
        ClosedAt = e.ClosedAt,
    };

    private static ReviewItemEntity ToEntity(ReviewItem i) => new()
    {
        Id = i.Id,
        CampaignId = i.CampaignId,
        Agent = i.Agent,
        Permission = i.Permission,
        Reviewer = i.Reviewer,
        LastUsedAt = i.LastUsedAt,
        Decision = i.Decision,
        DecidedBy = i.DecidedBy,
        DecidedAt = i.DecidedAt,
        Reason = i.Reason,
        Applied = i.Applied,
        Version = i.Version,
    };

    private static ReviewItem ToRecord(ReviewItemEntity e) => new()
    {
        Id = e.Id,
        CampaignId = e.CampaignId,
        Agent = e.Agent,
        Permission = e.Permission,
        Reviewer = e.Reviewer,
        LastUsedAt = e.LastUsedAt,
        Decision = e.Decision,
        DecidedBy = e.DecidedBy,
        DecidedAt = e.DecidedAt,
        Reason = e.Reason,
        Applied = e.Applied,
        Version = e.Version,
    };
}
