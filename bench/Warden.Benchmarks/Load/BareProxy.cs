using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Warden.Benchmarks.Load;

/// <summary>
/// The floor for any HTTP gateway in this harness: Kestrel receives the chat request, reads its body, sends it on with
/// one pooled <see cref="HttpClient"/> (swapping in the provider key) and copies the answer back. No authentication,
/// policy, audit or parsing. Whatever throughput it loses against the direct call is the cost of the extra hop itself
/// (a server and a client on the same two cores), which Warden pays too; the rest of Warden's gap is Warden's own work.
/// </summary>
internal sealed class BareProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _upstream;

    private BareProxy(WebApplication app, HttpClient upstream, string baseUrl)
    {
        _app = app;
        _upstream = upstream;
        BaseUrl = baseUrl;
    }

    /// <summary>Base URL including <c>/v1</c>.</summary>
    public string BaseUrl { get; }

    public static async Task<BareProxy> StartAsync(string upstreamBaseUrl, string providerKey)
    {
        var port = Warden.Server.Tests.Gateway.FakeUpstream.FreeLoopbackPort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var upstream = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(upstreamBaseUrl + "/") };
        upstream.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", providerKey);
        var proxy = new BareProxy(app, upstream, $"http://127.0.0.1:{port}/v1");
        app.MapPost("/v1/chat/completions", proxy.ForwardAsync);
        await app.StartAsync();
        return proxy;
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var length = (int)(context.Request.ContentLength ?? 0);
        var body = new byte[length];
        await context.Request.Body.ReadExactlyAsync(body, context.RequestAborted);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _upstream.PostAsync("chat/completions", content, context.RequestAborted);
        var answer = await response.Content.ReadAsByteArrayAsync(context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = answer.Length;
        await context.Response.Body.WriteAsync(answer, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _upstream.Dispose();
    }
}
