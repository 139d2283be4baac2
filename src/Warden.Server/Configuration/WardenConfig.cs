using Warden.Core.Tokens;
using Warden.Storage;

namespace Warden.Server.Configuration;

/// <summary>Everything a user configures, as one immutable, validated snapshot.</summary>
public sealed record WardenConfig
{
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:8080"];

    /// <summary>Public issuer URL; defaults to the first listen URL.</summary>
    public string? Issuer { get; init; }

    public string DataDirectory { get; init; } = "./warden-data";

    public string Database { get; init; } = "sqlite";

    /// <summary>SQLite commit durability: full (sync every commit, the default) or normal (sync at checkpoints).</summary>
    public SqliteSynchronous SqliteSynchronous { get; init; } = SqliteSynchronous.Full;

    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromMinutes(5);

    public int MaxDelegationDepth { get; init; } = 3;

    public TimeSpan SecretRotationOverlap { get; init; } = TimeSpan.FromHours(24);

    public IReadOnlyList<TrustedIdentityProvider> IdentityProviders { get; init; } = [];

    public IReadOnlyList<DelegationRule> Delegation { get; init; } = [];

    public LimitsConfig Limits { get; init; } = new();

    /// <summary>Policy files, model providers, gateway settings and guards (see GatewayConfig).</summary>
    public GatewayConfig Gateway { get; init; } = new();

    /// <summary>The audit trail and its exports (see AuditConfig).</summary>
    public AuditConfig Audit { get; init; } = new();

    /// <summary>Approvals, just-in-time elevation and access governance (see ApprovalsConfig).</summary>
    public ApprovalsConfig Approvals { get; init; } = new();
    /// <summary>The MCP gateway and its upstream MCP servers (see McpConfig).</summary>
    public McpConfig Mcp { get; init; } = new();

    public string EffectiveIssuer => (Issuer ?? Urls[0]).TrimEnd('/');
}

/// <summary>Input limits with safe defaults.</summary>
public sealed record LimitsConfig
{
    /// <summary>Largest request body on any endpoint.</summary>
    public long MaxRequestBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>Largest form body on the OAuth endpoints.</summary>
    public int MaxFormBytes { get; init; } = 64 * 1024;

    public int MaxTokenLength { get; init; } = 8192;
}
