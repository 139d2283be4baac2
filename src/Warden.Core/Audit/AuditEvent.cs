namespace Warden.Core.Audit;

/// <summary>
/// One security-relevant fact, as recorded in the audit trail. Typed by <see cref="EventId"/> (see <see cref="AuditEventIds"/>)
/// and <see cref="Type"/>; everything else is optional context.
/// </summary>
public sealed record AuditEvent
{
    /// <summary>Stable numeric id from the ranges in <see cref="AuditEventIds"/>.</summary>
    public required int EventId { get; init; }

    /// <summary>Dotted name, e.g. <c>token.issued</c>, <c>gateway.llm.call</c>.</summary>
    public required string Type { get; init; }

    /// <summary>When it happened; the sink stamps the current time when left default.</summary>
    public DateTimeOffset Time { get; init; }

    /// <summary><c>success</c>, <c>failure</c>, <c>allow</c>, <c>deny</c>, <c>require_approval</c>, <c>block</c>, …</summary>
    public required string Outcome { get; init; }

    public AuditActor Actor { get; init; } = new();

    /// <summary>What was acted on: a model, tool, agent id, key id…</summary>
    public string? Resource { get; init; }

    /// <summary>The action, e.g. <c>llm.chat</c>, <c>agent.suspend</c>.</summary>
    public string? Action { get; init; }

    public string? RequestId { get; init; }

    /// <summary>W3C trace id of the request, when there is one.</summary>
    public string? TraceId { get; init; }

    public string? ClientAddress { get; init; }

    /// <summary>The WRD error id for failures and denials.</summary>
    public string? ErrorId { get; init; }

    /// <summary>Human-readable reason or explanation.</summary>
    public string? Reason { get; init; }

    public string? PolicyVersion { get; init; }

    public IReadOnlyList<string> RuleIds { get; init; } = [];

    /// <summary>Extra typed facts (latency, token usage, before/after of admin changes with secrets masked…), JSON-serialisable.</summary>
    public IReadOnlyDictionary<string, object?> Details { get; init; } = new Dictionary<string, object?>(StringComparer.Ordinal);
}

/// <summary>Who acted: the human initiator, the agent chain, or an admin.</summary>
public sealed record AuditActor
{
    /// <summary>The human on whose behalf the call was made, if any.</summary>
    public string? Human { get; init; }

    /// <summary>The identity provider that vouched for <see cref="Human"/>.</summary>
    public string? HumanIssuer { get; init; }

    /// <summary>The agent holding the token (the current actor).</summary>
    public string? Agent { get; init; }

    /// <summary>The full delegation chain, current actor first.</summary>
    public IReadOnlyList<string> Chain { get; init; } = [];

    /// <summary>The admin token name, for admin actions.</summary>
    public string? Admin { get; init; }
}
