using Warden.Guards.Model;
using Warden.Guards.Text;

namespace Warden.Guards.Detectors;

/// <summary>
/// Requests for clearly harmful content. A learned model trained with many safe-but-alarming negatives
/// ("how do I kill a Python process") decides; keyword categories only name the finding.
/// </summary>
internal sealed class HarmfulRequestDetector(LinearModel model, double threshold) : IScoringDetector
{
    public string Name => DetectorNames.HarmfulRequest;

    public string Version => "1.0+" + model.Version;

    public double Threshold => threshold;

    public double Score(string text) => text.Length == 0 ? 0 : model.Predict(TextNormalizer.NormalizeShared(text));

    public void Scan(string text, GuardScanContext context, ICollection<GuardFinding> findings)
    {
        if (text.Length == 0)
        {
            return;
        }

        var normalized = TextNormalizer.NormalizeShared(text);
        var score = model.Predict(normalized);
        if (score >= threshold)
        {
            findings.Add(new GuardFinding(Name, HarmCategories.Classify(normalized), 0, text.Length, Math.Round(score, 4), Version));
        }
    }
}
