using System.Net;
using Warden.Server.Configuration;

namespace Warden.Server.Gateway;

/// <summary>A configured upstream with its loaded key and a pooled HTTP client. The key never leaves this object except in the upstream Authorization header.</summary>
internal sealed class Provider(ProviderConfig config, string? apiKey, HttpClient http)
{
    public string Name => config.Name;

    public ProviderConfig Config => config;

    public TimeSpan Timeout => config.Timeout;

    public HttpClient Http => http;

    /// <summary>The provider key, for the upstream request header and for scrubbing upstream errors only.</summary>
    public string? ApiKey => apiKey;

    public Uri Endpoint(string relative) => new(config.BaseUrl, relative);

    public override string ToString() => Name;
}

/// <summary>A model a caller named, resolved to its provider and upstream id.</summary>
internal sealed record ResolvedModel(string Requested, string Model, Provider Provider);

/// <summary>Providers by name and models by id or alias; built once from the configuration.</summary>
internal sealed class ProviderRegistry : IDisposable
{
    private readonly Dictionary<string, ResolvedModel> _models = new(StringComparer.Ordinal);
    private readonly SocketsHttpHandler _handler;

    public ProviderRegistry(WardenConfig config)
    {
        // One handler for every provider: connections are pooled per origin, recycled so DNS changes are seen.
        _handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            MaxConnectionsPerServer = 1024,
        };
        foreach (var p in config.Gateway.Providers)
        {
            var http = new HttpClient(_handler, disposeHandler: false) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
            var provider = new Provider(p, LoadKey(p), http);
            Providers.Add(provider);
            foreach (var m in p.Models)
            {
                _models[m] = new ResolvedModel(m, m, provider);
            }

            foreach (var (alias, target) in p.Aliases)
            {
                _models[alias] = new ResolvedModel(alias, target, provider);
            }
        }
    }

    public List<Provider> Providers { get; } = [];

    /// <summary>Every name a caller may use (model ids and aliases), in configuration order.</summary>
    public IEnumerable<ResolvedModel> All => _models.Values;

    public ResolvedModel? Resolve(string name) => _models.GetValueOrDefault(name);

    public void Dispose() => _handler.Dispose();

    private static string? LoadKey(ProviderConfig p)
    {
        if (p.ApiKeyEnv is { } env)
        {
            return Environment.GetEnvironmentVariable(env) is { Length: > 0 } v ? v.Trim() : null;
        }

        return p.ApiKeyFile is { } file && File.Exists(file) ? File.ReadAllText(file).Trim() : null;
    }
}
