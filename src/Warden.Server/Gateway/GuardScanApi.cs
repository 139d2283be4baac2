using System.Text.Json.Serialization;
using System.Text.Json;
using Warden.Core.Audit;
using Warden.Guards;
using Warden.Server.Audit;
using Warden.Server.Configuration;

namespace Warden.Server.Gateway;

/// <summary><c>POST /v1/guard/scan</c>: the guards as a service, for agents that check text before acting on it.</summary>
internal static class GuardScanApi
{
    public static async Task ScanAsync(HttpContext context, GatewayAuthenticator authenticator, GatewayGuards guards, WardenConfig config, IAuditSink audit)
    {
        try
        {
            var caller = await authenticator.AuthenticateAsync(context);
            using var request = await ReadAsync(context, config.Gateway.MaxRequestBytes);
            var root = request.RootElement;
            var engine = guards.Default;
            var vault = new GuardVault();
            ScanResult result;
            if (root.TryGetProperty("messages", out _))
            {
                var texts = GatewayGuards.ChatTexts(root, out _);
                var verdict = engine.ScanMessages(texts.ConvertAll(t => t.Item2), vault);
                result = new ScanResult(GuardFindingJson.ActionName(verdict.Action), verdict.Blocked, null,
                    [.. verdict.Messages.Select((m, i) => new MessageResult(i, texts[i].Item2.Role, GuardFindingJson.ActionName(m.Action), [.. m.Findings.Select(FindingResult.From)], m.Text))]);
            }
            else if (root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
            {
                var channel = root.TryGetProperty("channel", out var c) && c.ValueKind == JsonValueKind.String
                    ? Enum.TryParse<GuardChannel>(c.GetString()!.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var ch) && Enum.IsDefined(ch) ? ch
                        : throw new GatewayException(GatewayErrors.InvalidField("'channel' must be one of user, system, retrieved, tool_arguments, tool_output, model_output"))
                    : GuardChannel.User;
                var verdict = engine.Scan(t.GetString()!, new GuardScanContext { Channel = channel }, vault);
                result = new ScanResult(GuardFindingJson.ActionName(verdict.Action), verdict.Blocked, new MessageResult(null, null, GuardFindingJson.ActionName(verdict.Action), [.. verdict.Findings.Select(FindingResult.From)], verdict.Text), null);
            }
            else
            {
                throw new GatewayException(GatewayErrors.InvalidField("send 'text' (with an optional 'channel') or 'messages'"));
            }

            // A scan is a decision too: it is on record (verdict and findings, never the text) before the caller sees it.
            await RecordAsync(audit, context, caller, result);
            await context.Response.WriteAsJsonAsync(result, context.RequestAborted);
        }
        catch (GatewayException ex)
        {
            await OpenAiErrors.WriteAsync(context, ex.Error);
        }
        catch (GuardException ex)
        {
            await OpenAiErrors.WriteAsync(context, ex.ErrorId is "WRD5001" or "WRD5005"
                ? GatewayErrors.InvalidField(ex.Message) : GatewayErrors.GuardFailed(ex.ErrorId));
        }
    }

    private static async Task<JsonDocument> ReadAsync(HttpContext context, long limit)
    {
        // The same reading rules as the model endpoints (content type, size, JSON), without the 'model' field.
        var type = context.Request.ContentType;
        if (type is null || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new GatewayException(GatewayErrors.UnsupportedMediaType(type));
        }

        if (context.Request.ContentLength > limit)
        {
            throw new GatewayException(GatewayErrors.BodyTooLarge(limit));
        }

        try
        {
            var doc = await JsonDocument.ParseAsync(context.Request.Body, new JsonDocumentOptions { MaxDepth = 64 }, context.RequestAborted);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                doc.Dispose();
                throw new GatewayException(GatewayErrors.InvalidField("the body must be a JSON object"));
            }

            return doc;
        }
        catch (JsonException ex)
        {
            throw new GatewayException(GatewayErrors.MalformedJson($"line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}"));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new GatewayException(GatewayErrors.BodyTooLarge(limit));
        }
    }

    private static async Task RecordAsync(IAuditSink audit, HttpContext context, GatewayCaller caller, ScanResult result)
    {
        var results = result.Messages ?? [result.Result!];
        var findings = results.SelectMany(m => m.Findings).ToArray();
        var e = AuditRequest.Event(
            context,
            result.Blocked ? AuditEventIds.GuardBlocked : AuditEventIds.GuardFinding,
            result.Blocked ? "guard.scan.blocked" : "guard.scan",
            result.Verdict,
            AuditRequest.FromClaims(caller.Claims)) with
        {
            Action = "guard.scan",
            Details = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["texts"] = results.Count,
                ["guardFindings"] = JsonSerializer.SerializeToElement(findings, ScanJson.Default.FindingResultArray),
            },
        };
        try
        {
            await audit.RecordAsync(e, context.RequestAborted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new GatewayException(GatewayErrors.AuditUnavailable(), ex);
        }
    }
}

internal sealed record ScanResult(string Verdict, bool Blocked, MessageResult? Result, IReadOnlyList<MessageResult>? Messages);

internal sealed record MessageResult(int? Index, string? Role, string Verdict, IReadOnlyList<FindingResult> Findings, [property: JsonPropertyName("text")] string Text);

internal sealed record FindingResult(string Detector, string Type, int Start, int End, double Score, string Action, string Version)
{
    public static FindingResult From(GuardFinding f) =>
        new(f.Detector, f.Type, f.Start, f.End, Math.Round(f.Score, 4), GuardFindingJson.ActionName(f.Action), f.DetectorVersion);
}

/// <summary>Guard verdicts and findings in the JSON shape of <c>POST /v1/guard/scan</c>, also printed by <c>warden guard scan</c>.</summary>
public static class GuardFindingJson
{
    /// <summary>An action by its lower-case name ("flag", "block").</summary>
    public static string ActionName(GuardAction action) => action.ToString().ToLowerInvariant();

    /// <summary>Findings as <c>{detector, type, start, end, score, action, version}</c> objects, the score rounded to four places.</summary>
    public static JsonElement Serialize(IEnumerable<GuardFinding> findings) =>
        JsonSerializer.SerializeToElement([.. findings.Select(FindingResult.From)], ScanJson.Default.FindingResultArray);
}

[JsonSerializable(typeof(FindingResult[]))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class ScanJson : JsonSerializerContext;
