using System.Diagnostics;
using Warden.Core.Audit;
using Warden.Guards;
using Warden.Policy;
using Warden.Server.Audit;
using Warden.Server.Gateway;

namespace Warden.Server.Mcp;

/// <summary>The facts of one authorized MCP call, filled in by the pipeline stages and recorded at the end.</summary>
internal sealed class McpCall(HttpContext context, GatewayCaller caller, string action, McpTarget target, string argumentsHash, string? sessionId)
{
    public HttpContext Context { get; } = context;

    public GatewayCaller Caller { get; } = caller;

    public string Action { get; } = action;

    public McpTarget Target { get; } = target;

    public string ArgumentsHash { get; } = argumentsHash;

    public string? SessionId { get; } = sessionId;

    public long StartedAt { get; } = Stopwatch.GetTimestamp();

    public PolicyDecision? Decision { get; set; }

    public McpError? Error { get; set; }

    public string? ApprovalRequestId { get; set; }

    public List<GuardFinding> Findings { get; } = [];
}

/// <summary>
/// Records MCP decisions, calls and tool-integrity events. A call's decision is durable before the caller gets an
/// answer; when the audit trail cannot record, the call is refused (WRD4150). The outcome of a successful call is
/// committed with the next prompt event (deferred), without holding the answer.
/// </summary>
internal sealed partial class McpAuditor(IAuditSink sink, ILogger<McpAuditor> logger)
{
    public const string Seen = "discovered";
    public const string Pinned = "pinned";
    public const string Changed = "changed";
    public const string Approved = "approved";
    public const string Poisoned = "poisoned";

    public async ValueTask DecisionAsync(McpCall call)
    {
        var d = call.Decision!;
        await RecordAsync(Event(call, AuditEventIds.PolicyDecision, "policy.decision", d.Outcome.Name()) with
        {
            Reason = d.IsAllowed ? null : d.Message,
            ErrorId = d.IsAllowed ? null : d.Outcome == PolicyOutcome.RequireApproval ? "WRD4121" : "WRD4120",
            RuleIds = d.MatchedRuleIds,
            Details = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["decidingRule"] = d.DecidingRuleId,
                ["argumentsHash"] = call.ArgumentsHash,
                ["obligations"] = d.Obligations.IsEmpty ? null : d.Obligations,
            },
        }, call.Context.RequestAborted);
    }

    /// <summary>Records the call's outcome and waits until it is durable (failed calls: the error answer depends on it).</summary>
    public ValueTask FinishAsync(McpCall call) => RecordAsync(Outcome(call), CancellationToken.None);

    /// <summary>
    /// Records a successful call's outcome without waiting for its commit (it rides with the next prompt event, see
    /// <see cref="IAuditSink.RecordDeferredAsync"/>). A failure is logged (4150) and leaves the trail unwritable, so
    /// the next call is refused at its decision.
    /// </summary>
    public void FinishWithoutWaiting(McpCall call) => sink.RecordInBackground(Outcome(call), LogAuditFailed);

    private static AuditEvent Outcome(McpCall call)
    {
        var (id, type, outcome) = call.Error switch
        {
            null => (AuditEventIds.McpToolCall, "mcp.call", "success"),
            { Id: "WRD4130" or "WRD4131" } => (AuditEventIds.McpToolBlocked, "mcp.call.blocked", "block"),
            { Id: "WRD4121" } => (AuditEventIds.McpToolDenied, "mcp.call.denied", "require_approval"),
            { Id: "WRD4120" or "WRD4122" or "WRD4123" or "WRD4124" or "WRD4125" or "WRD4126" or "WRD4127" } => (AuditEventIds.McpToolDenied, "mcp.call.denied", "deny"),
            _ => (AuditEventIds.McpToolFailed, "mcp.call.failed", "failure"),
        };
        var details = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["mcpServer"] = call.Target.Upstream,
            ["method"] = call.Action,
            ["argumentsHash"] = call.ArgumentsHash,
            ["latencyMs"] = Math.Round(Stopwatch.GetElapsedTime(call.StartedAt).TotalMilliseconds, 3),
            ["session"] = call.SessionId,
            ["approvalRequestId"] = call.ApprovalRequestId,
        };
        if (call.Findings.Count > 0)
        {
            // Types and actions only: the matched text stays out of the long-lived trail.
            details["guardFindings"] = call.Findings.Select(f => $"{f.Detector}:{f.Type}:{f.Action}").ToArray();
        }

        return Event(call, id, type, outcome) with
        {
            ErrorId = call.Error?.Id,
            Reason = call.Error?.Message,
            RuleIds = call.Decision?.MatchedRuleIds ?? [],
            Details = details,
        };
    }

    public ValueTask ToolEventAsync(string tool, string kind, string hash, IReadOnlyDictionary<string, object?>? details, CancellationToken cancellationToken, string? admin = null)
    {
        var (id, type, outcome) = kind switch
        {
            Seen => (AuditEventIds.McpToolPinned, "mcp.tool.discovered", "pending"),
            Pinned => (AuditEventIds.McpToolPinned, "mcp.tool.pinned", "success"),
            Changed => (AuditEventIds.McpToolChanged, "mcp.tool.changed", "block"),
            Approved => (AuditEventIds.McpToolApproved, "mcp.tool.approved", "success"),
            _ => (AuditEventIds.McpToolPoisoned, "mcp.tool.poisoned", "block"),
        };
        var all = new Dictionary<string, object?>(StringComparer.Ordinal) { ["definitionHash"] = hash };
        foreach (var (k, v) in details ?? new Dictionary<string, object?>())
        {
            all[k] = v;
        }

        return RecordAsync(new AuditEvent
        {
            EventId = id,
            Type = type,
            Outcome = outcome,
            Actor = new AuditActor { Admin = admin },
            Resource = tool,
            Action = "mcp.tool." + kind,
            ErrorId = kind switch { Changed => "WRD4125", Poisoned => "WRD4126", _ => null },
            Details = all,
        }, cancellationToken);
    }

    private static AuditEvent Event(McpCall call, int id, string type, string outcome)
    {
        return AuditRequest.Event(call.Context, id, type, outcome, AuditRequest.FromClaims(call.Caller.Claims)) with
        {
            Resource = call.Target.NamespacedName,
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
            throw new McpException(McpErrors.AuditUnavailable(), ex);
        }
    }

    [LoggerMessage(EventId = 4150, Level = LogLevel.Error, Message = "The audit sink failed to record {Type}; the MCP call is refused")]
    private partial void LogAuditFailed(Exception exception, string type);
}
