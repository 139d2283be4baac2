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

        // Warm up (lazy gazetteers, regex compilation, JIT) so latency figures describe steady state.
        d.Scan("warm-up text with an email a@b.test and key AKIAABCDEFGHIJKLMNOP", GuardScanContext.For(GuardChannel.User), new List<GuardFinding>());
        return d is IScoringDetector scoring ? Classification(scoring, dataPath) : SpanEvaluator.Evaluate(d, dataPath);
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
            var label = JsonlReader.String(row, "label") ?? throw new GuardException(GuardErrors.BadEvalData, $"{path}:{line}: missing \"label\".");
            var start = Stopwatch.GetTimestamp();
            var score = detector.Score(text);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            scores.Add(score);
            labels.Add(!label.Equals("benign", StringComparison.OrdinalIgnoreCase));
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

    internal static JsonNode? JsonNumber(double v) => double.IsNaN(v) ? null : JsonValue.Create(Metrics.Round(v));
}
