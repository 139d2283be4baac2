using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Warden.Storage.Mcp;

/// <summary>Row shape of <c>mcp_tool_pins</c>.</summary>
internal sealed class ToolPinEntity
{
    public string Upstream { get; set; } = "";

    public string Tool { get; set; } = "";

    public string State { get; set; } = "";

    public string? ApprovedHash { get; set; }

    public string? ApprovedDefinition { get; set; }

    public string SeenHash { get; set; } = "";

    public string SeenDefinition { get; set; } = "";

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public string? ApprovedBy { get; set; }
}

internal sealed class ToolPinEntityConfiguration : IEntityTypeConfiguration<ToolPinEntity>
{
    public static readonly string[] Tables = ["mcp_tool_pins"];

    public void Configure(EntityTypeBuilder<ToolPinEntity> builder)
    {
        builder.ToTable("mcp_tool_pins");
        builder.HasKey(p => new { p.Upstream, p.Tool });
        builder.Property(p => p.Upstream).HasMaxLength(64);
        builder.Property(p => p.Tool).HasMaxLength(256);
        builder.Property(p => p.State).HasMaxLength(16);
        builder.Property(p => p.ApprovedHash).HasMaxLength(64);
        builder.Property(p => p.SeenHash).HasMaxLength(64);
        builder.Property(p => p.ApprovedBy).HasMaxLength(200);
    }
}
