using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Warden.Storage.Approvals;

internal sealed class ApprovalRequestEntityConfiguration : IEntityTypeConfiguration<ApprovalRequestEntity>
{
    public void Configure(EntityTypeBuilder<ApprovalRequestEntity> builder)
    {
        builder.ToTable("approval_requests");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ChainJson).HasColumnName("chain");
        builder.Property(a => a.ApproversJson).HasColumnName("approvers");

        // NULLs never collide in a unique index (both providers), so only pending requests are deduplicated.
        builder.HasIndex(a => a.OpenKey).IsUnique();
        builder.HasIndex(a => new { a.SubjectKey, a.State });
        builder.HasIndex(a => new { a.State, a.CreatedAt });
    }
}

internal sealed class ElevationGrantEntityConfiguration : IEntityTypeConfiguration<ElevationGrantEntity>
{
    public void Configure(EntityTypeBuilder<ElevationGrantEntity> builder)
    {
        builder.ToTable("elevation_grants");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ScopesJson).HasColumnName("scopes");
        builder.HasIndex(e => new { e.Agent, e.State });
        builder.HasIndex(e => e.CreatedAt);
    }
}

internal sealed class ReviewCampaignEntityConfiguration : IEntityTypeConfiguration<ReviewCampaignEntity>
{
    public void Configure(EntityTypeBuilder<ReviewCampaignEntity> builder)
    {
        builder.ToTable("review_campaigns");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.Closed, c.Deadline });
    }
}

internal sealed class ReviewItemEntityConfiguration : IEntityTypeConfiguration<ReviewItemEntity>
{
    public void Configure(EntityTypeBuilder<ReviewItemEntity> builder)
    {
        builder.ToTable("review_items");
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => i.CampaignId);
    }
}

/// <summary>The approval, elevation and review tables, for schema step 3.</summary>
internal static class ApprovalSchema
{
    public static readonly string[] Tables = ["approval_requests", "elevation_grants", "review_campaigns", "review_items"];
}
