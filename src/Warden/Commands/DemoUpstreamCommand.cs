using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Warden.Cli.Commands;

/// <summary>
/// <c>warden demo-upstream</c>: a small OpenAI-compatible model server that echoes prompts, so the gateway can be tried
/// on a machine without a model or internet access. It is a demo, not a model: answers are deterministic echoes.
/// </summary>
internal static class DemoUpstreamCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Listen URL (default http://127.0.0.1:8000)", DefaultValueFactory = _ => "http://127.0.0.1:8000" };
        var command = new Command("demo-upstream", "Run a demo OpenAI-compatible model server that echoes prompts (for trying the gateway offline)") { urls };
        command.SetAction(async (parse, ct) =>
        {
            await using var app = Build(parse.GetValue(urls)!);
            await app.StartAsync(ct);
            await Console.Out.WriteLineAsync($"Demo upstream listening on {parse.GetValue(urls)}/v1 (any model name; answers echo the last user message).");
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }

    internal static WebApplication Build(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/v1/models", () => Results.Json(new { @object = "list", data = new[] { new { id = "demo", @object = "model", owned_by = "warden-demo" } } }));
        app.MapPost("/v1/chat/completions", ChatAsync);
        app.MapPost("/v1/embeddings", EmbeddingsAsync);
        return app;
    }

    private static async Task ChatAsync(HttpContext context)
    {
        using var doc = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var root = doc.RootElement;
        var model = root.TryGetProperty("model", out var m) ? m.GetString() ?? "demo" : "demo";
        var prompt = "";
        if (root.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array)
        {
            foreach (var message in messages.EnumerateArray())
            {
                if (message.TryGetProperty("role", out var role) && role.GetString() == "user" && message.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String)
                {
                    prompt = content.GetString()!;
                }
            }
        }

        var answer = $"You said: {prompt}";
        var usage = new { prompt_tokens = Tokens(prompt), completion_tokens = Tokens(answer), total_tokens = Tokens(prompt) + Tokens(answer) };
        var id = "chatcmpl-demo-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        if (!(root.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True))
        {
            await context.Response.WriteAsJsonAsync(new
            {
                id,
                @object = "chat.completion",
                created,
                model,
                choices = new[] { new { index = 0, message = new { role = "assistant", content = answer }, finish_reason = "stop" } },
                usage,
            }, context.RequestAborted);
            return;
        }

        context.Response.ContentType = "text/event-stream";
        foreach (var word in answer.Split(' '))
        {
            await Send(context, new { id, @object = "chat.completion.chunk", created, model, choices = new[] { new { index = 0, delta = new { content = word + " " }, finish_reason = (string?)null } } });
        }

        await Send(context, new { id, @object = "chat.completion.chunk", created, model, choices = new[] { new { index = 0, delta = new { content = "" }, finish_reason = (string?)"stop" } } });
        var includeUsage = root.TryGetProperty("stream_options", out var options) && options.TryGetProperty("include_usage", out var iu) && iu.ValueKind == JsonValueKind.True;
        if (includeUsage)
        {
            await Send(context, new { id, @object = "chat.completion.chunk", created, model, choices = Array.Empty<object>(), usage });
        }

        await context.Response.WriteAsync("data: [DONE]\n\n", context.RequestAborted);
    }

    private static async Task EmbeddingsAsync(HttpContext context)
    {
        using var doc = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var input = doc.RootElement.TryGetProperty("input", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()! : i.ToString();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(input));
        var vector = hash.Take(8).Select(b => (b - 128) / 128f).ToArray();
        await context.Response.WriteAsJsonAsync(new
        {
            @object = "list",
            data = new[] { new { @object = "embedding", index = 0, embedding = vector } },
            model = doc.RootElement.TryGetProperty("model", out var m) ? m.GetString() : "demo",
            usage = new { prompt_tokens = Tokens(input), total_tokens = Tokens(input) },
        }, context.RequestAborted);
    }

    private static async Task Send(HttpContext context, object chunk)
    {
        await context.Response.WriteAsync("data: " + JsonSerializer.Serialize(chunk) + "\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private static int Tokens(string text) => Math.Max(1, text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}
