using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Warden.Guards;

namespace Warden.Server.Gateway;

/// <summary>
/// Relays an upstream server-sent-event stream to the caller event by event, flushing whenever the upstream pauses,
/// so the answer is never buffered whole. Takes the final usage chunk for budgets (dropping it when the caller did not
/// ask for it), runs output guards per choice when configured, and holds back <c>[DONE]</c> until the call is audited.
/// </summary>
internal sealed class StreamRelay(
    GatewayCall call, HttpResponseMessage upstream, CancellationTokenSource timeout, GuardEngine? engine, GuardVault? vault,
    string? systemPrompt, bool callerWantsUsage, Func<GatewayCall, ValueTask> complete)
{
    private static readonly byte[] DataPrefix = "data: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    private readonly Dictionary<int, GuardStreamScanner> _scanners = [];

    public async Task RunAsync()
    {
        var provider = call.Model!.Provider;
        var media = upstream.Content.Headers.ContentType?.MediaType;
        if (!string.Equals(media, "text/event-stream", StringComparison.OrdinalIgnoreCase))
        {
            throw new GatewayException(GatewayErrors.UpstreamGarbage(provider.Name));
        }

        var context = call.Context;
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(context.RequestAborted);

        var output = response.BodyWriter;
        var reader = PipeReader.Create(await upstream.Content.ReadAsStreamAsync(timeout.Token), new StreamPipeReaderOptions(leaveOpen: false));
        var done = false;
        try
        {
            while (!done)
            {
                // The provider timeout applies between chunks: a stalled stream fails instead of hanging the caller.
                timeout.CancelAfter(provider.Timeout);
                ReadResult result;
                try
                {
                    result = await reader.ReadAsync(timeout.Token);
                }
                catch (OperationCanceledException ex) when (!context.RequestAborted.IsCancellationRequested)
                {
                    throw new GatewayException(GatewayErrors.UpstreamTimeout(provider.Name), ex);
                }
                catch (Exception ex) when (ex is IOException or HttpRequestException)
                {
                    throw new GatewayException(GatewayErrors.UpstreamClosed(provider.Name), ex);
                }

                var buffer = result.Buffer;
                while (!done && TryReadLine(ref buffer, out var line))
                {
                    done = Handle(line, output);
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                await output.FlushAsync(context.RequestAborted);
                if (result.IsCompleted && !done)
                {
                    throw new GatewayException(GatewayErrors.UpstreamClosed(provider.Name));
                }
            }
        }
        finally
        {
            await reader.CompleteAsync();
        }

        // Audit before [DONE]: if the trail refuses, the caller gets an error event instead of a clean end.
        await complete(call);
        output.Write("data: [DONE]\n\n"u8);
        await output.FlushAsync(context.RequestAborted);
    }

    /// <summary>Ends a started stream with an OpenAI-style error event (no <c>[DONE]</c>, so clients see a failed stream).</summary>
    public static async Task WriteErrorEventAsync(HttpContext context, GatewayError error)
    {
        try
        {
            var w = context.Response.BodyWriter;
            w.Write(DataPrefix);
            using (var json = new Utf8JsonWriter(w))
            {
                JsonSerializer.Serialize(json, OpenAiErrors.Body(error), GatewayJsonContext.Default.OpenAiErrorBody);
            }

            w.Write(EventEnd);
            await w.FlushAsync(context.RequestAborted);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or InvalidOperationException)
        {
            // The client is gone; the audit event already records the failure.
        }
    }

    /// <summary>Handles one SSE line; returns true at <c>[DONE]</c>.</summary>
    private bool Handle(ReadOnlySequence<byte> line, PipeWriter output)
    {
        ReadOnlySpan<byte> span = line.IsSingleSegment ? line.FirstSpan : line.ToArray();
        if (span.Length > 0 && span[^1] == '\r')
        {
            span = span[..^1];
        }

        if (!span.StartsWith("data:"u8))
        {
            // Blank separators, comments and event names carry nothing an OpenAI client needs; events are re-framed.
            return false;
        }

        var payload = span[5..].TrimStart((byte)' ');
        if (payload.SequenceEqual("[DONE]"u8))
        {
            FinishScanners(output);
            return true;
        }

        var hasUsage = payload.IndexOf("\"usage\""u8) >= 0;
        if (engine is null && !call.LogFull && !hasUsage)
        {
            Write(output, payload);
            return false;
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(payload.ToArray());
        }
        catch (JsonException ex)
        {
            throw new GatewayException(GatewayErrors.UpstreamGarbage(call.Model!.Provider.Name), ex);
        }

        using (doc)
        {
            var root = doc.RootElement;
            var noChoices = !root.TryGetProperty("choices", out var choices) || choices.ValueKind != JsonValueKind.Array || choices.GetArrayLength() == 0;
            if (hasUsage && GatewayPipeline.ReadUsage(root) is { TotalTokens: > 0 } usage)
            {
                call.Usage = usage;
                if (noChoices && !callerWantsUsage)
                {
                    return false;
                }
            }

            if (noChoices || (engine is null && !call.LogFull))
            {
                Write(output, payload);
                return false;
            }

            var replaced = GuardChoices(choices);
            Write(output, replaced is null ? payload : ChunkRewriter.Rewrite(root, "delta", replaced));
        }

        return false;
    }

    private Dictionary<int, string>? GuardChoices(JsonElement choices)
    {
        Dictionary<int, string>? replaced = null;
        var i = 0;
        foreach (var choice in choices.EnumerateArray())
        {
            var index = ChunkRewriter.IndexOf(choice, i++);
            var text = choice.TryGetProperty("delta", out var d) && d.ValueKind == JsonValueKind.Object && d.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String
                ? c.GetString()!
                : null;
            var finished = choice.TryGetProperty("finish_reason", out var f) && f.ValueKind == JsonValueKind.String;
            if (text is null && !finished)
            {
                continue;
            }

            if (text is not null && call.LogFull)
            {
                (call.FullResponse ??= new StringBuilder()).Append(text);
            }

            if (engine is null)
            {
                continue;
            }

            var scanner = Scanner(index);
            string released;
            try
            {
                released = scanner.Append(text ?? "") + (finished ? scanner.Complete() : "");
            }
            catch (GuardException ex)
            {
                throw new GatewayException(GatewayErrors.GuardFailed(ex.ErrorId), ex);
            }

            call.Findings.Clear();
            foreach (var s in _scanners.Values)
            {
                call.Findings.AddRange(s.Findings);
            }

            if (scanner.Blocked)
            {
                throw new GatewayException(GatewayErrors.OutputBlocked(string.Join(", ", scanner.Findings.Where(x => x.Action == GuardAction.Block).Select(x => x.Detector).Distinct(StringComparer.Ordinal))));
            }

            (replaced ??= [])[index] = vault!.Restore(released);
        }

        return replaced;
    }

    private void FinishScanners(PipeWriter output)
    {
        // Text still held back when an upstream ends without a finish_reason is released (guarded) before [DONE].
        foreach (var (index, scanner) in _scanners)
        {
            var rest = scanner.Complete();
            if (scanner.Blocked)
            {
                throw new GatewayException(GatewayErrors.OutputBlocked("stream end"));
            }

            if (rest.Length > 0)
            {
                var json = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
                {
                    ["object"] = "chat.completion.chunk",
                    ["choices"] = new[] { new Dictionary<string, object> { ["index"] = index, ["delta"] = new Dictionary<string, string> { ["content"] = vault!.Restore(rest) } } },
                });
                Write(output, json);
            }
        }
    }

    private GuardStreamScanner Scanner(int index)
    {
        if (!_scanners.TryGetValue(index, out var s))
        {
            s = engine!.CreateStreamScanner(new GuardScanContext { Channel = GuardChannel.ModelOutput, SystemPrompt = systemPrompt }, vault);
            _scanners[index] = s;
        }

        return s;
    }

    private static void Write(PipeWriter output, ReadOnlySpan<byte> payload)
    {
        output.Write(DataPrefix);
        output.Write(payload);
        output.Write(EventEnd);
    }

    private static bool TryReadLine(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> line)
    {
        var position = buffer.PositionOf((byte)'\n');
        if (position is null)
        {
            line = default;
            return false;
        }

        line = buffer.Slice(0, position.Value);
        buffer = buffer.Slice(buffer.GetPosition(1, position.Value));
        return true;
    }
}
