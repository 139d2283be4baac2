using System.Text;
using System.Text.Json;

namespace Warden.Policy;

/// <summary>Why a decision was taken: every candidate rule and which of its conditions held.</summary>
public sealed record PolicyExplanation
{
    /// <summary>The outcome.</summary>
    public required PolicyOutcome Outcome { get; init; }

    /// <summary>The deciding rule, or null for default deny.</summary>
    public string? DecidingRuleId { get; init; }

    /// <summary>Every rule that matched.</summary>
    public required IReadOnlyList<string> MatchedRuleIds { get; init; }

    /// <summary>The policy version.</summary>
    public required PolicyVersion Version { get; init; }

    /// <summary>A one-line human message.</summary>
    public required string Message { get; init; }

    /// <summary>The merged obligations of an allow.</summary>
    public required PolicyObligations Obligations { get; init; }

    /// <summary>The candidate rules the index selected, in policy order, with their condition results.</summary>
    public required IReadOnlyList<RuleEvaluation> Candidates { get; init; }

    /// <summary>How many rules the whole policy holds.</summary>
    public required int TotalRules { get; init; }

    /// <summary>A multi-line human-readable rendering.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        sb.Append("outcome:  ").AppendLine(Outcome.Name());
        sb.Append("rule:     ").AppendLine(DecidingRuleId ?? "(none: default deny)");
        sb.Append("matched:  ").AppendLine(MatchedRuleIds.Count == 0 ? "(none)" : string.Join(", ", MatchedRuleIds));
        sb.Append("policy:   ").AppendLine(Version.ToString());
        sb.Append("message:  ").AppendLine(Message);
        sb.AppendLine(FormattableString.Invariant($"candidates ({Candidates.Count} of {TotalRules} rules):"));
        foreach (var rule in Candidates)
        {
            sb.Append("  ").Append(rule.Matched ? "[match] " : "[miss]  ").Append(rule.RuleId).Append(" (").Append(rule.Effect.Name()).AppendLine(")");
            foreach (var c in rule.Conditions)
            {
                sb.Append("      ").Append(c.Held ? "held:   " : "failed: ").Append(c.Description);
                if (c.Actual is not null)
                {
                    sb.Append("  [actual: ").Append(c.Actual).Append(']');
                }

                sb.AppendLine();
            }
        }

        return sb.ToString();
    }

    /// <summary>Writes the explanation as a JSON object.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("outcome", Outcome.Name());
        writer.WriteString("rule", DecidingRuleId);
        writer.WriteStartArray("matched");
        foreach (var id in MatchedRuleIds)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteString("policyVersion", Version.ToString());
        writer.WriteString("policyHash", Version.Hash);
        writer.WriteString("message", Message);
        WriteObligations(writer, Obligations);
        writer.WriteStartArray("candidates");
        foreach (var rule in Candidates)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", rule.RuleId);
            writer.WriteString("effect", rule.Effect.Name());
            writer.WriteBoolean("matched", rule.Matched);
            writer.WriteStartArray("conditions");
            foreach (var c in rule.Conditions)
            {
                writer.WriteStartObject();
                writer.WriteString("condition", c.Description);
                writer.WriteBoolean("held", c.Held);
                writer.WriteString("actual", c.Actual);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteObligations(Utf8JsonWriter writer, PolicyObligations o)
    {
        writer.WriteStartObject("obligations");
        writer.WriteStartArray("redact");
        foreach (var r in o.Redact)
        {
            writer.WriteStringValue(r);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("logFull", o.LogFull);
        writer.WriteStartArray("rateLimits");
        foreach (var l in o.RateLimits)
        {
            writer.WriteStartObject();
            writer.WriteNumber("requestsPerMinute", l.RequestsPerMinute);
            writer.WriteString("key", l.Key);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (o.MaxTokens is { } max)
        {
            writer.WriteNumber("maxTokens", max);
        }
        else
        {
            writer.WriteNull("maxTokens");
        }

        writer.WriteEndObject();
    }
}

/// <summary>One candidate rule in an explanation.</summary>
/// <param name="RuleId">The rule id.</param>
/// <param name="Effect">The rule's effect.</param>
/// <param name="Matched">Whether every condition held.</param>
/// <param name="Conditions">Each condition and whether it held.</param>
public sealed record RuleEvaluation(string RuleId, PolicyOutcome Effect, bool Matched, IReadOnlyList<ConditionResult> Conditions);

/// <summary>One condition's result.</summary>
/// <param name="Description">What the condition requires.</param>
/// <param name="Held">Whether it held for this request.</param>
/// <param name="Actual">The request's value, when meaningful.</param>
public sealed record ConditionResult(string Description, bool Held, string? Actual);
