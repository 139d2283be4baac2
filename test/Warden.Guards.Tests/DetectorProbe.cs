using Warden.Guards.Detectors;

namespace Warden.Guards.Tests;

/// <summary>Runs one detector on a user-channel text, as the round tests do.</summary>
internal static class DetectorProbe
{
    public static List<GuardFinding> Pii(string text) => Run(new PiiDetector(0.5), text);

    public static List<GuardFinding> Secrets(string text) => Run(new SecretsDetector(0.5), text);

    /// <summary>The covered text of every PII finding of <paramref name="type"/>.</summary>
    public static IEnumerable<string> PiiOfType(string text, string type) =>
        Pii(text).Where(f => f.Type == type).Select(f => text[f.Start..f.End]);

    private static List<GuardFinding> Run(IGuardDetector detector, string text)
    {
        var list = new List<GuardFinding>();
        detector.Scan(text, GuardScanContext.For(GuardChannel.User), list);
        return list;
    }
}
