using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Warden.Storage.Security;

internal sealed class AdminTokenEntityConfiguration : IEntityTypeConfiguration<AdminTokenEntity>
{
    public void Configure(EntityTypeBuilder<AdminTokenEntity> builder)
    {
        builder.ToTable("admin_tokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.TokenHash).IsRequired();
        builder.HasIndex(t => t.TokenHash).IsUnique();
    }
}
