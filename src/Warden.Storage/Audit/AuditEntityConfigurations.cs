using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Warden.Storage.Audit;

internal sealed class AuditEventEntityConfiguration : IEntityTypeConfiguration<AuditEventEntity>
{
    public void Configure(EntityTypeBuilder<AuditEventEntity> builder)
    {
        builder.ToTable("audit_events");

        // The sequence is assigned by the writer under the chain lock, never by the database: it is part of the hash.
        builder.HasKey(e => e.Seq);
        builder.Property(e => e.Seq).ValueGeneratedNever();
        builder.HasIndex(e => e.Time);
        builder.HasIndex(e => e.Agent);
        builder.HasIndex(e => e.Human);
        builder.HasIndex(e => e.EventId);
    }
}

internal sealed class AuditCheckpointEntityConfiguration : IEntityTypeConfiguration<AuditCheckpointEntity>
{
    public void Configure(EntityTypeBuilder<AuditCheckpointEntity> builder)
    {
        builder.ToTable("audit_checkpoints");
        builder.HasKey(c => c.Seq);
        builder.Property(c => c.Seq).ValueGeneratedNever();
    }
}

internal sealed class AuditChainEntityConfiguration : IEntityTypeConfiguration<AuditChainEntity>
{
    public void Configure(EntityTypeBuilder<AuditChainEntity> builder)
    {
        builder.ToTable("audit_chain");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
    }
}

internal sealed class AuditCursorEntityConfiguration : IEntityTypeConfiguration<AuditCursorEntity>
{
    public void Configure(EntityTypeBuilder<AuditCursorEntity> builder)
    {
        builder.ToTable("audit_export_cursors");
        builder.HasKey(c => c.Name);
    }
}

/// <summary>The audit tables, for schema step 2 (an existing version-1 database gets exactly what the model creates).</summary>
internal static class AuditSchema
{
    public static readonly string[] Tables = ["audit_events", "audit_checkpoints", "audit_chain", "audit_export_cursors"];
}
