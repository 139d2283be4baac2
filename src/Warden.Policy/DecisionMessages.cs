using System.Globalization;
using Warden.Policy.Conditions;

namespace Warden.Policy;

/// <summary>Short human-readable texts for decisions.</summary>
internal static class DecisionMessages
{
    public static string Summary(PolicyDecision d, PolicyRequest request)
    {
        var target = $"{request.Action} on {KindNames.ToName(request.Resource.Kind)} '{request.Resource.Name}' by agent '{request.Principal.AgentId}'";
        return d.Outcome switch
        {
            PolicyOutcome.Deny when d.IsDefaultDeny =>
                $"Denied by default: no rule in policy {d.Version} matched {target} ({d.CandidateCount} candidate rules evaluated).",
            PolicyOutcome.Deny => $"Denied by rule '{d.DecidingRuleId}' (policy {d.Version}): {d.Reason ?? "no reason given"}.",
            PolicyOutcome.RequireApproval =>
                $"Approval required by rule '{d.DecidingRuleId}' (policy {d.Version}) from {string.Join(", ", d.Approval?.Approvers ?? [])}: {d.Approval?.Reason}.",
            _ => $"Allowed by rule '{d.DecidingRuleId}' (policy {d.Version})" + (d.Obligations.IsEmpty ? "." : $" with obligations: {Describe(d.Obligations)}."),
        };
    }

    public static string Describe(PolicyObligations o)
    {
        var parts = new List<string>();
        if (o.Redact.Count > 0)
        {
            parts.Add($"redact {string.Join(", ", o.Redact)}");
        }

        if (o.LogFull)
        {
            parts.Add("log in full");
        }

        foreach (var limit in o.RateLimits)
        {
            parts.Add($"rate limit {limit.RequestsPerMinute.ToString(CultureInfo.InvariantCulture)}/min per {limit.Key}");
        }

        if (o.MaxTokens is { } max)
        {
            parts.Add($"max {max.ToString(CultureInfo.InvariantCulture)} tokens");
        }

        return string.Join("; ", parts);
    }
}
