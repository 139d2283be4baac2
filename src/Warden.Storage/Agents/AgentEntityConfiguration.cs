using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Warden.Storage.Agents;

internal sealed class AgentEntityConfiguration : IEntityTypeConfiguration<AgentEntity>
{
    public void Configure(EntityTypeBuilder<AgentEntity> builder)
    {
        builder.ToTable("agents");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Name).IsRequired();
        builder.Property(a => a.Owner).IsRequired();
        builder.Property(a => a.LabelsJson).HasColumnName("labels");
        builder.Property(a => a.ScopesJson).HasColumnName("scopes");
        builder.Property(a => a.AudiencesJson).HasColumnName("audiences");

        // Listing filters by owner or status and pages by id: these indexes serve both without a sort.
        builder.HasIndex(a => new { a.Owner, a.Id });
        builder.HasIndex(a => new { a.Status, a.Id });
    }
}
