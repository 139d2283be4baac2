using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Warden.TestMcpServer;

/// <summary>
/// A minimal Streamable HTTP host for SDK-built MCP servers (the SDK's ASP.NET Core package is not used): each POST to
/// <c>/{profile}/mcp</c> gets a stateless <see cref="StreamableHttpServerTransport"/> and a fresh <see cref="McpServer"/>
/// built from the current <see cref="TestServerState"/>, and the answer streams back as server-sent events.
/// </summary>
public sealed class TestMcpHttpHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestMcpHttpHost(WebApplication app, string baseUrl, TestServerState state)
    {
        _app = app;
        BaseUrl = baseUrl;
        State = state;
    }

    public string BaseUrl { get; }

    public TestServerState State { get; }

    /// <summary>Requests seen, by profile (to prove Warden did or did not forward a call).</summary>
    public int Requests => _requests;

    private int _requests;

    /// <summary>Every distinct <c>Authorization</c> header value received (to prove which credential reached the upstream).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, bool> AuthorizationHeaders { get; } = new(StringComparer.Ordinal);

    public string Url(string profile) => $"{BaseUrl}/{profile}/mcp";

    public static async Task<TestMcpHttpHost> StartAsync(string url, TestServerState? state = null)
    {
        state ??= new TestServerState();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var host = new TestMcpHttpHost(app, url.TrimEnd('/'), state);
        app.MapPost("/{profile}/mcp", (string profile, HttpContext context) => host.PostAsync(profile, context));
        app.MapGet("/{profile}/mcp", (HttpContext context) => Results.StatusCode(405));
        app.MapDelete("/{profile}/mcp", (HttpContext context) => Results.StatusCode(405));
        await app.StartAsync();
        return host;
    }

    private async Task PostAsync(string profile, HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        AuthorizationHeaders.TryAdd(context.Request.Headers.Authorization.ToString(), true);
        var message = await JsonSerializer.DeserializeAsync(context.Request.Body, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(JsonRpcMessage)), context.RequestAborted) as JsonRpcMessage;
        if (message is null)
        {
            context.Response.StatusCode = 400;
            return;
        }

        await using var transport = new StreamableHttpServerTransport(_app.Services.GetService(typeof(ILoggerFactory)) as ILoggerFactory) { Stateless = true };
        await using var server = McpServer.Create(transport, TestTools.Options(profile, State));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var run = server.RunAsync(stop.Token);
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var wrote = await transport.HandlePostRequestAsync(message, context.Response.Body, context.RequestAborted);
        if (!wrote && !context.Response.HasStarted)
        {
            context.Response.StatusCode = StatusCodes.Status202Accepted;
            context.Response.Headers.ContentType = default;
        }

        await stop.CancelAsync();
        try
        {
            await run;
        }
        catch (OperationCanceledException)
        {
            // The per-request server ends with the request.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
