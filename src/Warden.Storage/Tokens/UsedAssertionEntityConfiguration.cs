using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Warden.Storage.Tokens;

internal sealed class UsedAssertionEntityConfiguration : IEntityTypeConfiguration<UsedAssertionEntity>
{
    public void Configure(EntityTypeBuilder<UsedAssertionEntity> builder)
    {
        builder.ToTable("used_assertions");

        // The primary key is the replay guard: a second insert of (client, jti) fails on every node at once.
        builder.HasKey(u => new { u.ClientId, u.Jti });
        builder.HasIndex(u => u.ExpiresAt);
    }
}
