namespace Warden.Policy.Compilation;

/// <summary>
/// Finds rules that can never decide: a rule is unreachable when a rule with a stronger effect (deny over
/// require_approval over allow) matches every request it matches. The check is conservative: it reports only
/// what it can prove.
/// </summary>
internal static class ShadowAnalyzer
{
    public static void Report(IReadOnlyList<CompiledRule> rules, DiagnosticBag diagnostics)
    {
        var strong = rules.Where(r => r.Effect != PolicyOutcome.Allow).ToArray();
        if (strong.Length == 0)
        {
            return;
        }

        foreach (var rule in rules)
        {
            foreach (var shadow in strong)
            {
                if (shadow.Rank > rule.Rank && Subsumes(shadow, rule))
                {
                    diagnostics.Add(PolicyErrorIds.UnreachableRule, rule.Position,
                        $"rule '{rule.Id}' ({rule.Effect.Name()}) is unreachable: rule '{shadow.Id}' at {shadow.Position.File}:{shadow.Position.Line} "
                        + $"({shadow.Effect.Name()}) matches every request it matches and takes precedence; narrow '{shadow.Id}' or remove '{rule.Id}'");
                    break;
                }
            }
        }
    }

    /// <summary>Every condition of <paramref name="general"/> is implied by some condition of <paramref name="specific"/>.</summary>
    private static bool Subsumes(CompiledRule general, CompiledRule specific)
    {
        foreach (var condition in general.Conditions)
        {
            var covered = false;
            foreach (var other in specific.Conditions)
            {
                if (string.Equals(condition.Dimension, other.Dimension, StringComparison.Ordinal) && condition.Covers(other))
                {
                    covered = true;
                    break;
                }
            }

            if (!covered)
            {
                return false;
            }
        }

        return true;
    }
}
