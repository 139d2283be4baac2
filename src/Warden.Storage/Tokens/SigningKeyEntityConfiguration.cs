using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Warden.Storage.Tokens;

internal sealed class SigningKeyEntityConfiguration : IEntityTypeConfiguration<SigningKeyEntity>
{
    public void Configure(EntityTypeBuilder<SigningKeyEntity> builder)
    {
        builder.ToTable("signing_keys");
        builder.HasKey(k => k.Kid);
        builder.Property(k => k.Algorithm).IsRequired();
        builder.Property(k => k.PublicJwk).IsRequired();
        builder.Property(k => k.EncryptedPrivateKey).IsRequired();
    }
}
