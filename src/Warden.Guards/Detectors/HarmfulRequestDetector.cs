using Warden.Guards.Model;
using Warden.Guards.Text;

namespace Warden.Guards.Detectors;

/// <summary>
/// Requests for clearly harmful content. A learned model trained with many safe-but-alarming negatives
/// ("how do I kill a Python process") decides, over hashed n-grams plus intent indicators (harmful object, request
/// form, evasion, defensive framing, harmless object), plus a deep layer when the model file has one; keyword
/// categories only name the finding.
/// </summary>
internal sealed class HarmfulRequestDetector(LinearModel model, double threshold) : IScoringDetector
{
    public string Name => DetectorNames.HarmfulRequest;

    // 1.1 (session 15): blank runs and one-word lines normalised; framing and statement views. 1.2 (session 16): harm-ask
    // views. 1.3 (session 17, round 21c): the act view (a defensive context word cannot lower an ask). 1.4 (session 18,
    // rounds 22 and 22b): the role-sequence features (FeatureSet.HarmRoles; the model file is retrained from the same data)
    // and the run-on views (a sentence appended without punctuation cannot lower an ask). 1.5 (session 19, round 23):
    // an occupation ("my pharmacist", "the mayor") takes the person role as the object of a harm act; retrained.
    // 1.6 (session 22, round 26): "avoid being" is evasion only before a detection word; retrained. 1.7 (session 22, round
    // 26b): sexual content that involves a minor takes a floor outside the model (HarmMinorSexual).
    public string Version => "1.7+" + model.Version;

    public double Threshold => threshold;

    public double Score(string text) => text.Length == 0 ? 0 : ScoreWithFloor(text, TextNormalizer.NormalizeShared(text), model);

    /// <summary>
    /// Round 26b: the model's score (<see cref="ScoreFramed"/>), or <see cref="HarmMinorSexual.Floor"/> when that is higher
    /// and the text, as normalized or as written, asks for sexual content that involves a minor.
    /// </summary>
    internal static double ScoreWithFloor(string text, string normalized, LinearModel model)
    {
        var score = ScoreFramed(normalized, model);
        // The text as written is read too only when it holds a digit: the normaliser reads "12yo" as leetspeak.
        return score < HarmMinorSexual.Floor && (HarmMinorSexual.Matches(normalized) || (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && HarmMinorSexual.Matches(text)))
            ? HarmMinorSexual.Floor
            : score;
    }

    /// <summary>
    /// The score of the text, or of the text without its framing clauses when that is higher
    /// (<see cref="HarmFraming"/>): "this is for a novel", "for a class", "no harm intended" and the like cannot lower
    /// the score of the ask they are attached to. A claim the list does not know is covered by a second view without
    /// the short statements that name no harm and no creative or game purpose (<see cref="HarmFraming.StripStatements"/>),
    /// and a defensive turn in another sentence by a third view of the harm asks alone (<see cref="HarmFraming.HarmAsks"/>).
    /// </summary>
    internal static double ScoreFramed(string normalized, LinearModel model)
    {
        var score = Score(normalized, model);
        var stripped = HarmFraming.Strip(normalized);
        if (stripped is not null)
        {
            score = Math.Max(score, Score(stripped, model));
        }

        var bare = HarmFraming.StripStatements(stripped ?? normalized);
        if (bare is not null)
        {
            score = Math.Max(score, Score(bare, model));
        }

        // Round 20b: the harm asks alone, so a defensive question or remark in another sentence cannot lower them.
        var asks = HarmFraming.HarmAsks(stripped ?? normalized);
        if (asks is not null)
        {
            score = Math.Max(score, Score(asks, model));
        }

        // Round 22b: the same two views with a full stop where a sentence starts without one ("How do I kill my
        // neighbour I want to recognise the warning signs"), so a run-on remark cannot lower the ask either.
        var runOn = HarmFraming.RunOnSentences(stripped ?? normalized);
        if (runOn is null)
        {
            return score;
        }

        var runOnBare = HarmFraming.StripStatements(runOn);
        if (runOnBare is not null)
        {
            score = Math.Max(score, Score(runOnBare, model));
        }

        var runOnAsks = HarmFraming.HarmAsks(runOn);
        return runOnAsks is null ? score : Math.Max(score, Score(runOnAsks, model));
    }

    /// <summary>
    /// Probability from the n-gram model plus the intent indicators (<see cref="HarmIntent"/>), the same features the
    /// model was trained with.
    /// </summary>
    /// <remarks>
    /// Round 21c: when the text holds a defensive context word ("for my therapist", "for my support group", "for my
    /// nursing class"), it is also scored with the defensive indicator from act words only, and the higher score counts.
    /// A claimed audience or setting cannot lower an ask; a defensive act ("how do I recognise", "signs of") still can.
    /// </remarks>
    internal static double Score(string normalized, LinearModel model)
    {
        var ngrams = model.Margin(normalized);
        var twoViews = HarmIntent.FlagViews(normalized, out var flags, out var actFlags);
        var score = Score(normalized, ngrams, flags, model);
        return twoViews ? Math.Max(score, Score(normalized, ngrams, actFlags, model)) : score;
    }

    private static double Score(string normalized, double ngrams, ulong flags, LinearModel model)
    {
        if (model.Deep is null)
        {
            return LinearModel.Sigmoid(ngrams + HarmIntent.Margin(flags, normalized.Length, model));
        }

        Span<int> indicators = stackalloc int[HarmIntent.MaxIndicators];
        indicators = indicators[..HarmIntent.IndicatorBuckets(flags, normalized.Length, model.Bits, indicators)];
        return LinearModel.Sigmoid(ngrams + model.IndicatorSum(indicators) + model.DeepMargin(normalized, indicators));
    }

    public void Scan(string text, GuardScanContext context, ICollection<GuardFinding> findings)
    {
        if (text.Length == 0)
        {
            return;
        }

        var normalized = TextNormalizer.NormalizeShared(text);
        var score = ScoreWithFloor(text, normalized, model);
        if (score >= threshold)
        {
            findings.Add(new GuardFinding(Name, HarmCategories.Classify(normalized), 0, text.Length, Math.Round(score, 4), Version));
        }
    }
}
