using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Warden.Storage.Tokens;

internal sealed class RevokedTokenEntityConfiguration : IEntityTypeConfiguration<RevokedTokenEntity>
{
    public void Configure(EntityTypeBuilder<RevokedTokenEntity> builder)
    {
        builder.ToTable("revoked_tokens");

        // SQLite: INTEGER PRIMARY KEY AUTOINCREMENT never reuses a value after a purge;
        // PostgreSQL: an identity column. Either way nodes can poll "after sequence N".
        builder.HasKey(r => r.Sequence);
        builder.Property(r => r.Sequence).ValueGeneratedOnAdd();
        builder.HasIndex(r => r.Jti).IsUnique();
        builder.HasIndex(r => r.ExpiresAt);
    }
}
