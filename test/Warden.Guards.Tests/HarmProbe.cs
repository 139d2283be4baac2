using Warden.Guards.Detectors;
using Warden.Guards.Model;
using Warden.Guards.Text;

namespace Warden.Guards.Tests;

/// <summary>The shipped harmful-request model and the questions the round tests ask of it.</summary>
internal static class HarmProbe
{
    public static readonly LinearModel Model = LinearModel.LoadEmbedded(ModelFiles.HarmfulRequest);

    /// <summary>Whether the detector reports the text at the shipped threshold.</summary>
    public static bool Flagged(string text)
    {
        var findings = new List<GuardFinding>();
        new HarmfulRequestDetector(Model, Model.Threshold).Scan(text, GuardScanContext.For(GuardChannel.User), findings);
        return findings.Count > 0;
    }

    /// <summary>Whether the named intent indicator fires on the normalised text.</summary>
    public static bool Fires(string text, string indicator) =>
        HarmIntent.Indicators(TextNormalizer.Normalize(text), Model.Bits).Contains(FeatureHasher.NamedBucket("harm-intent:" + indicator, Model.Bits));
}
