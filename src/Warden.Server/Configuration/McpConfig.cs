namespace Warden.Server.Configuration;

/// <summary>The MCP gateway: its endpoint settings and the upstream MCP servers it aggregates.</summary>
public sealed record McpConfig
{
    /// <summary>Default for <see cref="MaxRequestBytes"/>: 1 MiB.</summary>
    public const long DefaultMaxRequestBytes = 1024 * 1024;

    /// <summary>The token audience <c>/mcp</c> accepts; <see langword="null"/> means <c>{issuer}/mcp</c>.</summary>
    public string? Audience { get; init; }

    /// <summary>Largest JSON-RPC body accepted on <c>/mcp</c>; larger bodies get 413.</summary>
    public long MaxRequestBytes { get; init; } = DefaultMaxRequestBytes;

    /// <summary>Most messages in one JSON-RPC batch.</summary>
    public int MaxBatchSize { get; init; } = 32;

    /// <summary>How long an MCP session stays valid after <c>initialize</c>.</summary>
    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromHours(8);

    /// <summary>How long an upstream's tool list is reused before <c>tools/call</c> fetches it again (<c>tools/list</c> always refetches).</summary>
    public TimeSpan ToolCacheTtl { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether tool descriptions and schemas are scanned for embedded instructions (tool poisoning).</summary>
    public bool ScanToolDefinitions { get; init; } = true;

    /// <summary>The upstream MCP servers, by name.</summary>
    public IReadOnlyList<McpUpstreamConfig> Upstreams { get; init; } = [];

    /// <summary>The audience in force.</summary>
    public string EffectiveAudience(string issuer) => Audience ?? issuer.TrimEnd('/') + "/mcp";
}

/// <summary>How Warden reaches an upstream MCP server.</summary>
public enum McpTransportType
{
    /// <summary>Streamable HTTP at <see cref="McpUpstreamConfig.Url"/>.</summary>
    Http,

    /// <summary>A local child process speaking MCP on stdin/stdout.</summary>
    Stdio,
}

/// <summary>One upstream MCP server. Everything here is fixed by the admin; nothing comes from the caller.</summary>
public sealed record McpUpstreamConfig
{
    /// <summary>The namespace of its tools (<c>name.tool</c>): lowercase letters, digits and '-'.</summary>
    public required string Name { get; init; }

    public McpTransportType Type { get; init; } = McpTransportType.Http;

    /// <summary>Streamable HTTP endpoint (http only).</summary>
    public Uri? Url { get; init; }

    /// <summary>Header that carries the upstream credential (http only); default <c>Authorization</c>.</summary>
    public string SecretHeader { get; init; } = "Authorization";

    /// <summary>Text put before the secret in the header; default <c>Bearer </c>.</summary>
    public string SecretPrefix { get; init; } = "Bearer ";

    /// <summary>Environment variable holding the upstream credential.</summary>
    public string? SecretEnv { get; init; }

    /// <summary>File holding the upstream credential (absolute path).</summary>
    public string? SecretFile { get; init; }

    /// <summary>
    /// Instead of a static secret: Warden sends a short-lived Warden access token it issues to itself (client
    /// <c>warden-mcp</c>) for this audience (http only). The upstream verifies it with Warden's JWKS.
    /// </summary>
    public string? TokenAudience { get; init; }

    /// <summary>Executable to start (stdio only).</summary>
    public string? Command { get; init; }

    /// <summary>Its arguments (stdio only).</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>Environment variables set for the child (stdio only); Warden's own environment is not inherited beyond a safe minimum.</summary>
    public IReadOnlyDictionary<string, string> Env { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Working directory of the child (stdio only, absolute path).</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Time allowed for each upstream request.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Pin each tool's definition automatically the first time it is seen (otherwise an admin approves it).</summary>
    public bool TrustOnFirstUse { get; init; }
}
