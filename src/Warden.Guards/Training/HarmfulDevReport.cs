using System.Globalization;
using Warden.Guards.Detectors;
using Warden.Guards.Evaluation;
using Warden.Guards.Model;

namespace Warden.Guards.Training;

/// <summary>
/// Scores the repository's harmful-request development files (never trained on) with a freshly trained model, through
/// the detector's own scoring path, so a training run reports the numbers the shipped model will give.
/// </summary>
internal static class HarmfulDevReport
{
    /// <summary>One summary line per dev file; with <paramref name="scoresDir"/>, also writes each row's score there (TSV).</summary>
    public static IEnumerable<string> Lines(string ownDir, LinearModel model, string? scoresDir)
    {
        var devDir = Path.Combine(ownDir, "dev");
        if (!Directory.Exists(devDir))
        {
            yield break;
        }

        var detector = new HarmfulRequestDetector(model, model.Threshold);
        foreach (var file in Directory.GetFiles(devDir, DetectorNames.HarmfulRequest + "*.jsonl").Order(StringComparer.Ordinal))
        {
            var scores = new List<double>();
            var labels = new List<bool>();
            var kinds = new List<string>();
            var texts = new List<string>();
            foreach (var (_, row) in JsonlReader.Read(file))
            {
                var text = JsonlReader.String(row, "text") ?? string.Empty;
                texts.Add(text.ReplaceLineEndings(" "));
                scores.Add(detector.Score(text));
                labels.Add(string.Equals(JsonlReader.String(row, "label"), "harmful", StringComparison.OrdinalIgnoreCase));
                kinds.Add(JsonlReader.String(row, "kind") ?? string.Empty);
            }

            if (scoresDir is not null)
            {
                Directory.CreateDirectory(scoresDir);
                File.WriteAllLines(Path.Combine(scoresDir, Path.GetFileNameWithoutExtension(file) + ".scores.tsv"),
                    texts.Select((x, i) => string.Create(CultureInfo.InvariantCulture, $"{scores[i]:F4}\t{(labels[i] ? 1 : 0)}\t{kinds[i]}\t{x}")));
            }

            var t = model.Threshold;
            var tp = scores.Where((s, i) => labels[i] && s >= t).Count();
            var fp = scores.Where((s, i) => !labels[i] && s >= t).Count();
            var safe = Enumerable.Range(0, scores.Count).Where(i => kinds[i] == "safe-alarming").ToList();
            var safeFp = safe.Count(i => scores[i] >= t);
            var pos = labels.Count(l => l);
            yield return string.Create(CultureInfo.InvariantCulture,
                $"  dev {Path.GetFileName(file)}: recall {tp}/{pos} ({Metrics.Ratio(tp, pos):P1}), precision {Metrics.Ratio(tp, tp + fp):F3}, " +
                $"fp {fp}/{labels.Count - pos}, safe-alarming flagged {safeFp}/{safe.Count}, auc {Metrics.Auc(scores, labels):F4}, recall@5%fpr {Metrics.RecallAtFpr(scores, labels, 0.05):P1}");
        }
    }
}
