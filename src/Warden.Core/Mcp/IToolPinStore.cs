namespace Warden.Core.Mcp;

/// <summary>
/// Pinned MCP tool definitions: the hash an admin approved (or trust-on-first-use pinned) per upstream tool, and the
/// definition last seen, so a changed tool can be refused and shown with a diff.
/// </summary>
public interface IToolPinStore
{
    /// <summary>The pin of one tool, or <see langword="null"/> when the tool was never seen.</summary>
    Task<ToolPin?> FindAsync(string upstream, string tool, CancellationToken cancellationToken);

    /// <summary>Every pin, ordered by upstream then tool.</summary>
    Task<IReadOnlyList<ToolPin>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the pin of <see cref="ToolPin.Upstream"/>.<see cref="ToolPin.Tool"/>.</summary>
    Task SaveAsync(ToolPin pin, CancellationToken cancellationToken);
}

/// <summary>The pin state of a tool.</summary>
public enum ToolPinState
{
    /// <summary>Seen but never approved: hidden and refused until an admin approves it.</summary>
    Pending,

    /// <summary>Approved: its definition hash is pinned.</summary>
    Approved,

    /// <summary>Approved once, but the upstream now serves a different definition: hidden and refused until re-approved.</summary>
    Changed,
}

/// <summary>One tool's pin.</summary>
public sealed record ToolPin
{
    /// <summary>The upstream MCP server name from the configuration.</summary>
    public required string Upstream { get; init; }

    /// <summary>The tool name as the upstream spells it (without the upstream prefix).</summary>
    public required string Tool { get; init; }

    public required ToolPinState State { get; init; }

    /// <summary>Hash of the approved definition; <see langword="null"/> while pending.</summary>
    public string? ApprovedHash { get; init; }

    /// <summary>The approved description and input schema (canonical JSON), kept to show a diff when the tool changes.</summary>
    public string? ApprovedDefinition { get; init; }

    /// <summary>Hash of the definition last seen from the upstream.</summary>
    public required string SeenHash { get; init; }

    /// <summary>The definition last seen (canonical JSON of name, description and input schema).</summary>
    public required string SeenDefinition { get; init; }

    public DateTimeOffset FirstSeenAt { get; init; }

    public DateTimeOffset LastSeenAt { get; init; }

    public DateTimeOffset? ApprovedAt { get; init; }

    /// <summary>Who approved: an admin token name, or <c>trust-on-first-use</c>.</summary>
    public string? ApprovedBy { get; init; }
}
