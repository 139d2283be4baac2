using System.Diagnostics;
using System.Text.Json.Serialization;
using System.Text.Json;
using Warden.Core.Audit;
using Warden.Guards;
using Warden.Policy;
using Warden.Server.Audit;

namespace Warden.Server.Gateway;

/// <summary>
/// Stage 6: records the policy decision and the call's outcome. Both are awaited before the caller sees a response;
/// when the audit trail cannot record, the call is refused (WRD4060).
/// </summary>
internal sealed partial class GatewayAuditor(IAuditSink sink, ILogger<GatewayAuditor> logger)
{
    public async ValueTask DecisionAsync(GatewayCall call)
    {
        var d = call.Decision!;
        await RecordAsync(Event(call, AuditEventIds.PolicyDecision, "policy.decision", d.Outcome.Name()) with
        {
            Reason = d.IsAllowed ? null : d.Message,
            ErrorId = d.IsAllowed ? null : "WRD4020",
            RuleIds = d.MatchedRuleIds,
            Details = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["decidingRule"] = d.DecidingRuleId,
                ["obligations"] = d.Obligations.IsEmpty ? null : d.Obligations,
            },
        }, call.Context.RequestAborted);
    }

    /// <summary>Records the call's outcome and waits until it is durable (error paths: the answer depends on it).</summary>
    public ValueTask FinishAsync(GatewayCall call) => RecordAsync(Outcome(call), CancellationToken.None);

    /// <summary>
    /// Records the outcome of a call whose answer has been delivered, without holding the request (or its HTTP
    /// connection) until the commit: the event is built now, while the request's data is valid, and committed with
    /// the next prompt event (<see cref="IAuditSink.RecordDeferredAsync"/>). A failure is logged (4060) and leaves the
    /// trail unwritable, so the next call is refused at its decision.
    /// </summary>
    public void FinishAfterAnswer(GatewayCall call) => sink.RecordInBackground(Outcome(call), LogAuditFailed);

    private static AuditEvent Outcome(GatewayCall call)
    {
        var (id, type, outcome) = call.Error switch
        {
            null => (AuditEventIds.LlmCall, "gateway.llm.call", "success"),
            { Id: "WRD4020" or "WRD4021" } => (AuditEventIds.LlmCallDenied, "gateway.llm.denied", "deny"),
            { Status: 429 } => (AuditEventIds.RateLimited, "gateway.llm.rate_limited", "rate_limited"),
            { Id: "WRD4030" or "WRD4031" } => (AuditEventIds.GuardBlocked, "gateway.llm.blocked", "block"),
            _ => (AuditEventIds.LlmCallFailed, "gateway.llm.failed", "failure"),
        };
        var details = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["provider"] = call.Model?.Provider.Name,
            ["upstreamModel"] = call.Model?.Model,
            ["stream"] = call.Stream,
            ["requestBytes"] = call.RequestBytes,
            ["upstreamStatus"] = call.UpstreamStatus == 0 ? null : call.UpstreamStatus,
            ["latencyMs"] = Math.Round(Stopwatch.GetElapsedTime(call.StartedAt).TotalMilliseconds, 3),
            ["promptTokens"] = call.Usage.PromptTokens,
            ["completionTokens"] = call.Usage.CompletionTokens,
            ["totalTokens"] = call.Usage.TotalTokens,
            ["clientDisconnected"] = call.ClientDisconnected ? true : null,
        };
        if (call.Findings.Count > 0)
        {
            // Type, span, score, action and detector version: the finding text itself stays out of the trail unless log_full applies.
            details["guardFindings"] = Findings(call.Findings);
        }

        if (call.LogFull)
        {
            // log_full keeps content, but never the secrets or personal data in it (the audit trail is long-lived and exported).
            details["fullRequest"] = ContentRedaction.Redact(call.FullRequest);
            details["fullResponse"] = ContentRedaction.Redact(call.FullResponse?.ToString());
        }

        // A client that went away must still leave its trace; the record does not depend on its connection.
        return Event(call, id, type, outcome) with
        {
            ErrorId = call.Error?.Id,
            Reason = call.Error?.Message,
            RuleIds = call.Decision?.MatchedRuleIds ?? [],
            Details = details,
        };
    }

    /// <summary>Guard findings as audit detail: detector, type, span, score, action and detector version (never the text).</summary>
    public static JsonElement Findings(IEnumerable<GuardFinding> findings) =>
        JsonSerializer.SerializeToElement(
            findings.Select(f => new AuditFinding(f.Detector, f.Type, f.Start, f.End, Math.Round(f.Score, 4), f.Action.ToString().ToLowerInvariant(), f.DetectorVersion)).ToArray(),
            AuditFindingJson.Default.AuditFindingArray);

    private static AuditEvent Event(GatewayCall call, int id, string type, string outcome)
    {
        var claims = call.Caller?.Claims;
        var actor = claims is null ? new AuditActor() : AuditRequest.FromClaims(claims);
        return AuditRequest.Event(call.Context, id, type, outcome, actor) with
        {
            Resource = call.Model?.Model ?? call.RequestedModel,
            Action = call.Action,
            PolicyVersion = call.Decision?.Version.ToString(),
        };
    }

    private async ValueTask RecordAsync(AuditEvent e, CancellationToken ct)
    {
        try
        {
            await sink.RecordAsync(e, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogAuditFailed(ex, e.Type);
            throw new GatewayException(GatewayErrors.AuditUnavailable(), ex);
        }
    }

    [LoggerMessage(EventId = 4060, Level = LogLevel.Error, Message = "The audit sink failed to record {Type}; the gateway call is refused")]
    private partial void LogAuditFailed(Exception exception, string type);
}

/// <summary>One guard finding as recorded in the audit trail.</summary>
internal sealed record AuditFinding(
    [property: JsonPropertyName("detector")] string Detector,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("action")] string Action,
    [property: JsonPropertyName("version")] string Version);

[JsonSerializable(typeof(AuditFinding[]))]
internal sealed partial class AuditFindingJson : JsonSerializerContext;
