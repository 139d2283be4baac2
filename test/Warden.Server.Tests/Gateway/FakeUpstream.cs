using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Warden.Server.Tests.Gateway;

/// <summary>
/// An OpenAI-compatible model server on 127.0.0.1 for tests and the load harness (linked into the bench project).
/// The model name selects the behaviour: <c>fake-hang</c> never answers, <c>fake-garbage</c> answers non-JSON,
/// <c>fake-500</c> fails with an error that echoes the provider key and internal addresses, <c>fake-close</c> closes the
/// stream midway, <c>fake-slow</c> streams slowly for a long time; any other model answers normally.
/// </summary>
public sealed class FakeUpstream : IAsyncDisposable
{
    public const string ApiKey = "sk-fake-provider-key-7f3a9c1e5b2d4a6f";
    public const string Answer = "Hello from the fake model.";
    private readonly WebApplication _app;

    private FakeUpstream(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>Base URL including <c>/v1</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>Request bodies received (bounded; the load harness sends many).</summary>
    public ConcurrentQueue<string> Bodies { get; } = new();

    public ConcurrentQueue<string> Authorizations { get; } = new();

    /// <summary>Completes when a slow stream's caller went away.</summary>
    public TaskCompletionSource SlowStreamAborted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When false, bodies are not kept (load runs).</summary>
    public bool Record { get; set; } = true;

    /// <summary>How long a non-streaming answer takes, to stand for a real model's latency (load runs).</summary>
    public TimeSpan AnswerDelay { get; set; }

    public static async Task<FakeUpstream> StartAsync()
    {
        var port = FreeLoopbackPort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeUpstream(app, $"http://127.0.0.1:{port}/v1");
        app.MapPost("/v1/chat/completions", fake.ChatAsync);
        app.MapPost("/v1/embeddings", fake.EmbeddingsAsync);
        await app.StartAsync();
        return fake;
    }

    /// <summary>A port on 127.0.0.1 that was free a moment ago (the OS picks it).</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<JsonDocument?> ReadAsync(HttpContext context)
    {
        var auth = context.Request.Headers.Authorization.ToString();
        if (Record)
        {
            Authorizations.Enqueue(auth);
        }

        if (auth != "Bearer " + ApiKey)
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync("{\"error\":{\"message\":\"Incorrect API key provided: " + auth + "\",\"type\":\"invalid_request_error\"}}");
            return null;
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        if (Record && Bodies.Count < 1000)
        {
            Bodies.Enqueue(body);
        }

        return JsonDocument.Parse(body);
    }

    private async Task ChatAsync(HttpContext context)
    {
        using var doc = await ReadAsync(context);
        if (doc is null)
        {
            return;
        }

        var root = doc.RootElement;
        var model = root.GetProperty("model").GetString()!;
        var stream = root.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
        var usage = root.TryGetProperty("stream_options", out var so) && so.TryGetProperty("include_usage", out var iu) && iu.ValueKind == JsonValueKind.True;
        switch (model)
        {
            case "fake-hang":
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                return;
            case "fake-garbage":
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("<html>this is not json", context.RequestAborted);
                return;
            case "fake-500":
                context.Response.StatusCode = 500;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(
                    "{\"error\":{\"message\":\"backend http://10.20.30.40:8443/infer failed for key " + ApiKey +
                    " at gpu-node-7.cluster.internal:9000 (10.1.2.3)\",\"type\":\"server_error\"}}", context.RequestAborted);
                return;
        }

        if (!stream)
        {
            if (AnswerDelay > TimeSpan.Zero)
            {
                await Task.Delay(AnswerDelay, context.RequestAborted);
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(
                "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1700000000,\"model\":\"" + model + "\"," +
                "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + Answer + "\"},\"finish_reason\":\"stop\"}]," +
                "\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":5,\"total_tokens\":12}}", context.RequestAborted);
            return;
        }

        context.Response.ContentType = "text/event-stream";
        var words = model == "fake-slow" ? Enumerable.Repeat("tick ", 600).ToArray() : Answer.Split(' ').Select((w, i) => i == 0 ? w : " " + w).ToArray();
        try
        {
            await Event(context, "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"" + model + "\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}");
            for (var i = 0; i < words.Length; i++)
            {
                if (model == "fake-close" && i == 2)
                {
                    // Give the flushed chunks time to reach Warden: an abort resets the socket and may discard unread data.
                    await Task.Delay(300, context.RequestAborted);
                    context.Abort();
                    return;
                }

                await Event(context, "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"" + model + "\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + words[i] + "\"},\"finish_reason\":null}]}");
                if (model == "fake-slow")
                {
                    await Task.Delay(50, context.RequestAborted);
                }
            }

            await Event(context, "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"" + model + "\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
            if (usage)
            {
                await Event(context, "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"" + model + "\",\"choices\":[],\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":5,\"total_tokens\":12}}");
            }

            await context.Response.WriteAsync("data: [DONE]\n\n", context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            SlowStreamAborted.TrySetResult();
        }
    }

    private static async Task Event(HttpContext context, string json)
    {
        await context.Response.WriteAsync("data: " + json + "\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private async Task EmbeddingsAsync(HttpContext context)
    {
        using var doc = await ReadAsync(context);
        if (doc is null)
        {
            return;
        }

        var model = doc.RootElement.GetProperty("model").GetString();
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(
            "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":[0.1,0.2,0.3]}],\"model\":\"" + model + "\"," +
            "\"usage\":{\"prompt_tokens\":3,\"total_tokens\":3}}", context.RequestAborted);
    }
}
