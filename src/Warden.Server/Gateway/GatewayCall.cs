using System.Diagnostics;
using Warden.Guards;
using Warden.Policy;

namespace Warden.Server.Gateway;

/// <summary>Everything one gateway call learned, stage by stage, for the audit event at its end.</summary>
internal sealed class GatewayCall(HttpContext context, string action)
{
    public HttpContext Context { get; } = context;

    public string Action { get; } = action;

    public long StartedAt { get; } = Stopwatch.GetTimestamp();

    public GatewayCaller? Caller { get; set; }

    public string? RequestedModel { get; set; }

    public ResolvedModel? Model { get; set; }

    public PolicyDecision? Decision { get; set; }

    public bool Stream { get; set; }

    public long RequestBytes { get; set; }

    public int UpstreamStatus { get; set; }

    public TokenUsage Usage { get; set; }

    public GatewayError? Error { get; set; }

    public bool ClientDisconnected { get; set; }

    /// <summary>Whether usage was already charged to budgets and the ledger (charged once, success or failure).</summary>
    public bool Charged { get; set; }

    public List<GuardFinding> Findings { get; } = [];

    /// <summary>Full request and answer text, kept only when the policy's <c>log_full</c> obligation applies.</summary>
    public string? FullRequest { get; set; }

    public System.Text.StringBuilder? FullResponse { get; set; }

    public bool LogFull => Decision?.Obligations.LogFull == true;

    private ValueTask _decisionAudit;
    private bool _decisionAuditPending;

    /// <summary>Starts recording the decision; the write overlaps with the upstream call and is awaited before any answer.</summary>
    public void StartDecisionAudit(ValueTask write)
    {
        _decisionAudit = write;
        _decisionAuditPending = true;
    }

    /// <summary>Whether the decision record already finished (a sink that failed at once stops the call before forwarding).</summary>
    public bool DecisionAuditCompleted => _decisionAudit.IsCompleted;

    /// <summary>Awaits the decision record once; throws (WRD4060) when the audit trail refused it.</summary>
    public async ValueTask DecisionAuditedAsync()
    {
        if (_decisionAuditPending)
        {
            _decisionAuditPending = false;
            await _decisionAudit;
        }
    }
}
