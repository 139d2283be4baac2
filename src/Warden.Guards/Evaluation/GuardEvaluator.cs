using System.Diagnostics;
using System.Text.Json.Nodes;
using Warden.Guards.Detectors;

namespace Warden.Guards.Evaluation;

/// <summary>
/// The evaluation contract of <c>warden guard eval</c>, callable as a library: classification detectors
/// (prompt-attack, harmful-request) read {"text","label"} lines; span detectors (pii, secrets) read {"text","spans"}.
/// </summary>
public static class GuardEvaluator
{
    /// <summary>Evaluates one detector of <paramref name="engine"/> on a JSONL file and returns the result object.</summary>
    /// <exception cref="GuardException">WRD5006 when the data is malformed or the detector unknown.</exception>
    public static JsonObject Evaluate(GuardEngine engine, string detector, string dataPath)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var d = engine.Find(detector) ?? throw new GuardException(GuardErrors.BadEvalData, $"unknown detector '{detector}'; known: {string.Join(", ", DetectorNames.All)}.");
        if (!File.Exists(dataPath))
        {
            throw new GuardException(GuardErrors.BadEvalData, $"data file '{dataPath}' not found.");
        }

        WarmUp(d, dataPath);
        return d is IScoringDetector scoring ? Classification(scoring, dataPath) : SpanEvaluator.Evaluate(d, dataPath);
    }

    /// <summary>Rows scanned untimed before the timed pass.</summary>
    internal const int WarmUpRows = 64;

    /// <summary>
    /// Warms up lazy gazetteers, regex compilation and JIT so latency figures describe steady state. A fixed sample
    /// (<see cref="GuardWarmUp"/>'s) only reaches the code paths it happens to contain, which left the first rows of a
    /// file paying for the rest and made p99 tens of milliseconds; so the first rows of the file itself are also
    /// scanned once, untimed. Invalid JSON there is reported as it would be by the timed pass; other problems are
    /// left to it.
    /// </summary>
    private static void WarmUp(IGuardDetector detector, string path)
    {
        GuardWarmUp.Run(detector);
        var rows = 0;
        foreach (var (_, row) in JsonlReader.Read(path))
        {
            if (rows++ == WarmUpRows)
            {
                break;
            }

            if (JsonlReader.String(row, "text") is { } text)
            {
                detector.Scan(text, GuardScanContext.For(GuardChannel.User), new List<GuardFinding>());
            }
        }
    }

    private static JsonObject Classification(IScoringDetector detector, string path)
    {
        var scores = new List<double>();
        var labels = new List<bool>();
        var kinds = new List<string?>();
        var latencies = new List<double>();
        foreach (var (line, row) in JsonlReader.Read(path))
        {
            var text = JsonlReader.String(row, "text") ?? throw new GuardException(GuardErrors.BadEvalData, $"{path}:{line}: missing \"text\".");
            var positive = IsPositive(row, path, line);
            var start = Stopwatch.GetTimestamp();
            var score = detector.Score(text);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            scores.Add(score);
            labels.Add(positive);
            kinds.Add(JsonlReader.String(row, "kind"));
        }

        int tp = 0, fp = 0, positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        var byKind = new SortedDictionary<string, (int Count, int Detected)>(StringComparer.Ordinal);
        for (var i = 0; i < scores.Count; i++)
        {
            var detected = scores[i] >= detector.Threshold;
            tp += detected && labels[i] ? 1 : 0;
            fp += detected && !labels[i] ? 1 : 0;
            if (kinds[i] is { } k)
            {
                byKind.TryGetValue(k, out var c);
                byKind[k] = (c.Count + 1, c.Detected + (detected ? 1 : 0));
            }
        }

        var precision = Metrics.Ratio(tp, tp + fp);
        var recall = Metrics.Ratio(tp, positives);
        var kindsJson = new JsonObject();
        foreach (var (k, (count, detected)) in byKind)
        {
            kindsJson[k] = new JsonObject { ["count"] = count, ["detected"] = detected };
        }

        return new JsonObject
        {
            ["detector"] = detector.Name,
            ["detector_version"] = detector.Version,
            ["threshold"] = Metrics.Round(detector.Threshold),
            ["count"] = scores.Count,
            ["positives"] = positives,
            ["negatives"] = negatives,
            ["precision"] = Metrics.Round(precision),
            ["recall"] = Metrics.Round(recall),
            ["f1"] = Metrics.Round(Metrics.FBeta(precision, recall, 1)),
            ["fpr"] = Metrics.Round(Metrics.Ratio(fp, negatives)),
            ["recall_at_1pct_fpr"] = JsonNumber(Metrics.RecallAtFpr(scores, labels, 0.01)),
            ["auc"] = JsonNumber(Metrics.Auc(scores, labels)),
            ["latency_ms_p50"] = Metrics.Round(Metrics.Percentile(latencies, 50)),
            ["latency_ms_p99"] = Metrics.Round(Metrics.Percentile(latencies, 99)),
            ["by_kind"] = kindsJson,
        };
    }

    private static readonly HashSet<string> PositiveLabels = new(["attack", "harmful", "injection", "prompt-injection", "jailbreak", "malicious", "unsafe", "positive"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> NegativeLabels = new(["benign", "safe", "harmless", "unharmful", "negative", "clean"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Reads a row's label: attack|harmful (and synonyms such as injection, jailbreak, unsafe) or benign (safe, harmless),
    /// also 1/0 and true/false. Anything else is refused, so a file with another labelling is never scored as all positives.
    /// </summary>
    private static bool IsPositive(System.Text.Json.JsonElement row, string path, int line)
    {
        if (row.ValueKind == System.Text.Json.JsonValueKind.Object && row.TryGetProperty("label", out var v))
        {
            switch (v.ValueKind)
            {
                case System.Text.Json.JsonValueKind.True: return true;
                case System.Text.Json.JsonValueKind.False: return false;
                case System.Text.Json.JsonValueKind.Number when v.TryGetInt32(out var n) && n is 0 or 1: return n == 1;
                case System.Text.Json.JsonValueKind.String:
                    var label = v.GetString()!.Trim();
                    if (PositiveLabels.Contains(label))
                    {
                        return true;
                    }

                    if (NegativeLabels.Contains(label) || label.StartsWith("benign", StringComparison.OrdinalIgnoreCase))
                    {
                        return false;
                    }

                    break;
            }

            throw new GuardException(GuardErrors.BadEvalData, $"{path}:{line}: label {v.GetRawText()} is not understood; use \"attack\" or \"harmful\" for positives and \"benign\" for negatives (1/0 and true/false also work).");
        }

        throw new GuardException(GuardErrors.BadEvalData, $"{path}:{line}: missing \"label\".");
    }

    internal static JsonNode? JsonNumber(double v) => double.IsNaN(v) ? null : JsonValue.Create(Metrics.Round(v));
}
