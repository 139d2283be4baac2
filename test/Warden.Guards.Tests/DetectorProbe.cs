using Warden.Guards.Detectors;

namespace Warden.Guards.Tests;

/// <summary>Runs one detector on a user-channel text, as the round tests do.</summary>
internal static class DetectorProbe
{
    public static List<GuardFinding> Pii(string text) => Run(new PiiDetector(0.5), text);

    public static List<GuardFinding> Secrets(string text) => Run(new SecretsDetector(0.5), text);

    /// <summary>Asserts that the secrets detector reports exactly one finding, and that it covers <paramref name="value"/>.</summary>
    public static void SecretsFindExactly(string text, string value)
    {
        var f = Assert.Single(Secrets(text));
        Assert.Equal(value, text[f.Start..f.End]);
    }

    /// <summary>Asserts that the secrets detector reports nothing.</summary>
    public static void SecretsFindNothing(string text) => Assert.Empty(Secrets(text));

    /// <summary>True when every letter or digit of the first occurrence of <paramref name="word"/> lies inside a PII finding
    /// of any type (an address fill leaves the street or city findings inside it their own types).</summary>
    public static bool PiiCovers(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        var found = Pii(text);
        for (var p = at; p < at + word.Length; p++)
        {
            if (char.IsLetterOrDigit(text[p]) && !found.Any(f => f.Start <= p && f.End > p))
            {
                return false;
            }
        }

        return true;
    }

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
