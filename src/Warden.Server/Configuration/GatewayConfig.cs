using Warden.Guards;

namespace Warden.Server.Configuration;

/// <summary>Policy, upstream model providers, budgets and guards for the LLM gateway.</summary>
public sealed record GatewayConfig
{
    /// <summary>Default for <see cref="MaxRequestBytes"/>: 1 MiB.</summary>
    public const long DefaultMaxRequestBytes = 1024 * 1024;

    /// <summary>Policy files, as absolute paths (the loader resolves them against the config file's directory).</summary>
    public IReadOnlyList<string> PolicyFiles { get; init; } = [];

    /// <summary>Upstream OpenAI-compatible providers.</summary>
    public IReadOnlyList<ProviderConfig> Providers { get; init; } = [];

    /// <summary>The token audience the gateway accepts; <see langword="null"/> means <c>{issuer}/v1</c>.</summary>
    public string? Audience { get; init; }

    /// <summary>Largest request body accepted on the <c>/v1</c> endpoints.</summary>
    public long MaxRequestBytes { get; init; } = DefaultMaxRequestBytes;

    /// <summary>Per-agent request rates and token budgets.</summary>
    public IReadOnlyList<BudgetConfig> Budgets { get; init; } = [];

    /// <summary>Whether input and output guards run on gateway traffic.</summary>
    public bool GuardsEnabled { get; init; } = true;

    /// <summary>Guard engine options (detectors and actions per channel, limits, redaction mode).</summary>
    public GuardOptions Guards { get; init; } = new();

    /// <summary>The audience in force.</summary>
    public string EffectiveAudience(string issuer) => Audience ?? issuer.TrimEnd('/') + "/v1";
}

/// <summary>One upstream OpenAI-compatible server.</summary>
public sealed record ProviderConfig
{
    public required string Name { get; init; }

    /// <summary>Base URL including the version path, for example <c>https://api.openai.com/v1</c>.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>Environment variable holding the provider API key.</summary>
    public string? ApiKeyEnv { get; init; }

    /// <summary>File holding the provider API key (absolute path).</summary>
    public string? ApiKeyFile { get; init; }

    /// <summary>Time allowed for the upstream to answer (for streams: to send headers, then between chunks).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Model ids served by this provider.</summary>
    public IReadOnlyList<string> Models { get; init; } = [];

    /// <summary>Names callers may use instead of a model id: alias to model id.</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

/// <summary>Limits for the agents a selector matches; each agent gets its own counters.</summary>
public sealed record BudgetConfig
{
    /// <summary>Agent ids, <c>label:key=value</c> selectors, or <c>*</c>.</summary>
    public IReadOnlyList<string> Agents { get; init; } = [];

    public int? RequestsPerMinute { get; init; }

    public long? TokensPerMinute { get; init; }

    public long? TokensPerDay { get; init; }
}
