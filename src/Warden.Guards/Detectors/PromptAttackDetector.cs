using Warden.Guards.Model;
using Warden.Guards.Text;

namespace Warden.Guards.Detectors;

/// <summary>
/// Prompt injection, jailbreaks and prompt extraction: normalise away obfuscation, then take the stronger of
/// high-precision multilingual rules and the learned model (linear, or wide and deep when the model file has a deep layer).
/// </summary>
internal sealed class PromptAttackDetector(LinearModel model, double threshold) : IScoringDetector
{
    public string Name => DetectorNames.PromptAttack;

    // 1.1 (session 15): blank runs and one-word lines normalised, round-19 cues. 1.2 (session 16): round-20 cues.
    // 1.3 (session 17, round 21c): meta talk lowers a score only around quoted attacks. 1.4 (session 19, round 23b):
    // words glued by '_' or '-' also scored as words.
    public string Version => "1.4+" + model.Version;

    public double Threshold => threshold;

    private readonly int metaTalk = FeatureHasher.NamedBucket("rule:meta-talk", model.Bits);

    private readonly int metaWithAttack = FeatureHasher.NamedBucket("rule:meta-with-attack", model.Bits);

    public double Score(string text) => ScoreWithKind(text).Score;

    public void Scan(string text, GuardScanContext context, ICollection<GuardFinding> findings)
    {
        var (score, kind) = ScoreWithKind(text);
        if (score >= threshold)
        {
            var type = kind ?? (context.Channel is GuardChannel.Retrieved or GuardChannel.ToolOutput ? "indirect-injection" : "prompt-attack");
            findings.Add(new GuardFinding(Name, type, 0, text.Length, Math.Round(score, 4), Version));
        }
    }

    private (double Score, string? Kind) ScoreWithKind(string text)
    {
        if (text.Length == 0)
        {
            return (0, null);
        }

        var normalized = TextNormalizer.NormalizeShared(text);
        var (kind, indicators) = AttackRules.Evaluate(normalized, model.Bits);
        var z = ViewMargin(normalized, indicators);

        // Round 23b: words glued by '_' or '-' ("ignore_all_previous_instructions") are also scored as words; the higher
        // score counts. Chains that are paths, URLs, file names, calls or numbered identifiers stay as written (GluedWords).
        // The word n-grams already end at '_' and '-', so the split copy differs only in its rule hits and in the character
        // n-grams at the separators: it is scored in full only when the rules read its changed stretches differently.
        // Hyphenated prose ("up-to-date") and code identifiers ("max_retry_count") fire no rule there and cost a rule pass
        // over those stretches, not a second scoring.
        if (GluedWords.Split(normalized) is { } split && RulesDiffer(normalized, split))
        {
            var (splitKind, splitIndicators) = AttackRules.Evaluate(split, model.Bits);
            z = Math.Max(z, ViewMargin(split, splitIndicators));
            kind ??= splitKind;
        }

        return (LinearModel.Sigmoid(z), kind);
    }

    // Context kept on each side of a changed character when the two copies' rule hits are compared.
    private const int GateContext = 160;

    // Whether the rules fire differently on the stretches (with GateContext characters either side) where the split copy
    // differs from the text. Both strings have the same length; only '_', '-' and stops were turned into spaces.
    private bool RulesDiffer(string normalized, string split)
    {
        var original = new System.Text.StringBuilder();
        var changed = new System.Text.StringBuilder();
        var i = 0;
        while (i < normalized.Length)
        {
            if (normalized[i] == split[i])
            {
                i++;
                continue;
            }

            var start = Math.Max(0, i - GateContext);
            var end = Math.Min(normalized.Length, i + GateContext);
            for (var k = i + 1; k < end; k++)
            {
                if (normalized[k] != split[k])
                {
                    end = Math.Min(normalized.Length, k + GateContext);
                }
            }

            original.Append(normalized, start, end - start).Append('\n');
            changed.Append(split, start, end - start).Append('\n');
            i = end;
        }

        var a = AttackRules.Evaluate(original.ToString(), model.Bits).Buckets;
        var b = AttackRules.Evaluate(changed.ToString(), model.Bits).Buckets;
        if (a.Length != b.Length)
        {
            return true;
        }

        foreach (var x in b)
        {
            if (Array.IndexOf(a, x) < 0)
            {
                return true;
            }
        }

        return false;
    }

    private double ViewMargin(string normalized, int[] indicators)
    {
        // Rule hits are features of the model (learned weights), so one calibrated score combines both.
        var z = Margin(normalized, indicators);

        // Round 21c: talk about attacks ("is this safe?", "test case", "classify") lowers the score only when the attack
        // is presented as an object. The text with its quoted spans blanked is scored again with the meta-talk indicators
        // switched off; a claim appended to a bare attack no longer takes it under, a quoted attack keeps its lower score.
        if (indicators.AsSpan().Contains(metaTalk))
        {
            var blanked = QuotedSpans.Blank(normalized);
            var view = blanked ?? normalized;
            var viewBuckets = blanked is null ? indicators : AttackRules.Evaluate(blanked, model.Bits).Buckets;
            z = Math.Max(z, Margin(view, [.. viewBuckets.Where(b => b != metaTalk && b != metaWithAttack)]));
        }

        return z;
    }

    // The whole text's margin, or its strongest window's when that is higher.
    private double Margin(string normalized, int[] indicators)
    {
        var ruleSum = model.IndicatorSum(indicators);
        var deepWhole = model.DeepMargin(normalized, indicators);
        var z = model.Margin(normalized) + ruleSum + deepWhole;

        // A long text also scores as its strongest window, so one injected sentence in a long document is not diluted.
        // Windows carry the whole text's rule hits (the sentence that fired a rule is usually in the strongest window).
        foreach (var (start, length) in TextWindows.Split(normalized))
        {
            var window = normalized.AsSpan(start, length);
            var deep = model.Deep is { WholeTextInWindows: true } ? deepWhole : model.DeepMargin(window, indicators);
            z = Math.Max(z, model.Margin(window) + ruleSum + deep - LinearTrainer.WindowOffset);
        }

        return z;
    }
}
