using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Warden.Storage.Agents;

internal sealed class AgentCredentialEntityConfiguration : IEntityTypeConfiguration<AgentCredentialEntity>
{
    public void Configure(EntityTypeBuilder<AgentCredentialEntity> builder)
    {
        builder.ToTable("agent_credentials");
        builder.HasKey(c => c.Id);

        // Credentials cannot outlive their agent; the index also serves "credentials of agent X".
        builder.HasOne<AgentEntity>().WithMany().HasForeignKey(c => c.AgentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.AgentId);
    }
}
