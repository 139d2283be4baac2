using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Warden.Core.Tokens;
using Warden.Server.Configuration;

namespace Warden.Server.Mcp;

/// <summary>
/// One long-lived MCP client per upstream, created on first use with Warden's own credential for that upstream (never
/// the caller's). A client whose transport failed (an HTTP server gone, a stdio child that crashed) is dropped and
/// recreated on the next call, which restarts a stdio child.
/// </summary>
internal sealed partial class McpUpstreamPool(WardenConfig config, AccessTokenService tokens, ILoggerFactory loggerFactory, ILogger<McpUpstreamPool> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Upstream> _upstreams = new(
        config.Mcp.Upstreams.Select(u => KeyValuePair.Create(u.Name, new Upstream(u))), StringComparer.Ordinal);

    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public IEnumerable<McpUpstreamConfig> All => config.Mcp.Upstreams;

    public McpUpstreamConfig? Find(string name) => _upstreams.TryGetValue(name, out var u) ? u.Config : null;

    /// <summary>The upstream's capabilities (connecting if needed); <see langword="null"/> when it cannot be reached.</summary>
    public async Task<ServerCapabilities?> CapabilitiesAsync(string upstream, CancellationToken cancellationToken)
    {
        try
        {
            var u = _upstreams[upstream];
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cts.CancelAfter(u.Config.Timeout);
            return (await ClientAsync(u, cts.Token)).ServerCapabilities;
        }
        catch (Exception ex) when (ex is McpException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>
    /// How long the SDK's <c>server/discover</c> probe (protocol 2026-07-28) waits before it falls back to the
    /// <c>initialize</c> handshake: the upstream's timeout less 5 s for that fallback, and never under the SDK's 5 s.
    /// With the SDK's fixed 5 s, a stdio server that took longer to start (a cold <c>dotnet</c> or <c>npx</c> process on
    /// a busy machine) read the late probe first, settled on the new protocol and refused the fallback
    /// <c>initialize</c>, so the upstream failed to connect (WRD4141).
    /// </summary>
    internal static TimeSpan DiscoverProbeTimeout(TimeSpan upstreamTimeout)
    {
        var probe = upstreamTimeout - TimeSpan.FromSeconds(5);
        return probe > TimeSpan.FromSeconds(5) ? probe : TimeSpan.FromSeconds(5);
    }

    /// <summary>Sends one request upstream and returns its result; failures become WRD414x errors.</summary>
    public async Task<JsonNode?> SendAsync(string upstream, string method, JsonNode? parameters, CancellationToken cancellationToken)
    {
        var u = _upstreams[upstream];
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(u.Config.Timeout);
        McpClient? client = null;
        try
        {
            client = await ClientAsync(u, cts.Token);
            var response = await client.SendRequestAsync(new JsonRpcRequest { Method = method, Params = parameters }, cts.Token);
            return response.Result;
        }
        catch (McpProtocolException ex)
        {
            // The upstream answered with a JSON-RPC error: pass its code and message on, marked as the upstream's.
            throw new McpException(McpErrors.UpstreamError(upstream, (int)ex.ErrorCode, Trim(ex.Message)), ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimeout(upstream, method);
            throw new McpException(McpErrors.UpstreamTimeout(upstream, u.Config.Timeout), ex);
        }
        catch (Exception ex) when (ex is not McpException && ex is not OperationCanceledException)
        {
            LogUpstreamFailed(ex, upstream, method);
            await u.ResetAsync(client);
            throw new McpException(McpErrors.UpstreamUnreachable(upstream), ex);
        }
    }

    private async Task<McpClient> ClientAsync(Upstream u, CancellationToken cancellationToken)
    {
        if (u.Client is { } existing && !existing.Completion.IsCompleted)
        {
            return existing;
        }

        await u.Gate.WaitAsync(cancellationToken);
        try
        {
            if (u.Client is { } again && !again.Completion.IsCompleted)
            {
                return again;
            }

            if (u.Client is { } dead)
            {
                u.Client = null;
                await DisposeQuietlyAsync(dead);
            }

            IClientTransport transport = u.Config.Type == McpTransportType.Stdio ? Stdio(u.Config) : Http(u);
            try
            {
                u.Client = await McpClient.CreateAsync(
                    transport,
                    new McpClientOptions
                    {
                        ClientInfo = new Implementation { Name = "warden", Version = typeof(McpUpstreamPool).Assembly.GetName().Version?.ToString() ?? "1.0" },
                        DiscoverProbeTimeout = DiscoverProbeTimeout(u.Config.Timeout),
                        InitializationTimeout = u.Config.Timeout,
                    },
                    loggerFactory,
                    cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && ex is not McpException)
            {
                LogUpstreamFailed(ex, u.Config.Name, "initialize");
                throw new McpException(McpErrors.UpstreamUnreachable(u.Config.Name), ex);
            }

            return u.Client;
        }
        finally
        {
            u.Gate.Release();
        }
    }

    private HttpClientTransport Http(Upstream u)
    {
        var c = u.Config;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (c.SecretEnv is not null || c.SecretFile is not null)
        {
            var secret = c.SecretEnv is not null ? Environment.GetEnvironmentVariable(c.SecretEnv) : File.Exists(c.SecretFile) ? File.ReadAllText(c.SecretFile!).Trim() : null;
            if (string.IsNullOrEmpty(secret))
            {
                throw new McpException(McpErrors.UpstreamSecretMissing(c.Name));
            }

            headers[c.SecretHeader] = c.SecretPrefix + secret;
        }

        return new HttpClientTransport(
            new HttpClientTransportOptions
            {
                Endpoint = c.Url!,
                Name = c.Name,
                TransportMode = HttpTransportMode.StreamableHttp,
                AdditionalHeaders = headers,
                ConnectionTimeout = c.Timeout,
            },
            c.TokenAudience is null ? _http : u.TokenClient ??= new HttpClient(new WardenTokenHandler(tokens, c.TokenAudience, new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false }))
            {
                Timeout = Timeout.InfiniteTimeSpan,
            },
            loggerFactory,
            ownsHttpClient: false);
    }

    private StdioClientTransport Stdio(McpUpstreamConfig c)
    {
        // A curated minimum of Warden's environment (PATH, HOME, …) plus the configured variables; nothing from callers.
        var env = new Dictionary<string, string?>(StdioClientTransportOptions.GetDefaultEnvironmentVariables(), StringComparer.Ordinal);
        foreach (var (k, v) in c.Env)
        {
            env[k] = v;
        }

        return new StdioClientTransport(
            new StdioClientTransportOptions
            {
                Command = c.Command!,
                Arguments = [.. c.Args],
                Name = c.Name,
                WorkingDirectory = c.WorkingDirectory,
                InheritEnvironmentVariables = false,
                EnvironmentVariables = env,
                ShutdownTimeout = TimeSpan.FromSeconds(2),
            },
            loggerFactory);
    }

    private static string Trim(string message) => message.Length > 500 ? message[..500] + "…" : message;

    private static async Task DisposeQuietlyAsync(McpClient client)
    {
        try
        {
            await client.DisposeAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The transport is already broken; disposing it is best effort.
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var u in _upstreams.Values)
        {
            if (u.Client is { } c)
            {
                u.Client = null;
                await DisposeQuietlyAsync(c);
            }

            u.TokenClient?.Dispose();
        }

        _http.Dispose();
    }

    [LoggerMessage(EventId = 4141, Level = LogLevel.Warning, Message = "MCP upstream {Upstream} failed on {Method}; it is reconnected on the next call")]
    private partial void LogUpstreamFailed(Exception exception, string upstream, string method);

    [LoggerMessage(EventId = 4142, Level = LogLevel.Warning, Message = "MCP upstream {Upstream} timed out on {Method}")]
    private partial void LogTimeout(string upstream, string method);

    private sealed class Upstream(McpUpstreamConfig config)
    {
        public McpUpstreamConfig Config { get; } = config;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public volatile McpClient? Client;

        /// <summary>The HTTP client that adds Warden-issued tokens, for upstreams with a token audience.</summary>
        public HttpClient? TokenClient { get; set; }

        public async Task ResetAsync(McpClient? failed)
        {
            if (failed is not null && Interlocked.CompareExchange(ref Client, null, failed) == failed)
            {
                await DisposeQuietlyAsync(failed);
            }
        }
    }

    /// <summary>
    /// Puts a Warden access token for the upstream's audience on every request, issued to Warden itself and renewed a
    /// minute before it expires. It is Warden's identity, never the caller's token.
    /// </summary>
    private sealed class WardenTokenHandler(AccessTokenService tokens, string audience, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private IssuedToken? _current;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var token = _current;
            if (token is null || token.Claims.ExpiresAt - DateTimeOffset.UtcNow < TimeSpan.FromMinutes(1))
            {
                token = tokens.Issue("warden-mcp", "warden-mcp", audience, ["mcp"]);
                _current = token;
            }

            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.AccessToken);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
