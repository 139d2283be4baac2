using Warden.Guards.Text;

namespace Warden.Guards.Detectors;

/// <summary>
/// Finds characters that hide or reorder text: Unicode tag characters (which can carry a whole hidden ASCII
/// message), zero-width characters, bidi overrides, and lone surrogates. Each run becomes one finding.
/// A single zero-width joiner between emoji or inside Indic/Arabic script is legitimate, so isolated joiners are ignored.
/// </summary>
internal sealed class InvisibleTextDetector : IGuardDetector
{
    public string Name => DetectorNames.InvisibleText;

    public string Version => "1.0";

    public void Scan(string text, GuardScanContext context, ICollection<GuardFinding> findings)
    {
        var i = 0;
        while (i < text.Length)
        {
            var kind = Classify(text, i, out var width);
            if (kind is null)
            {
                i += width;
                continue;
            }

            var start = i;
            var count = 0;
            var type = kind;
            while (i < text.Length)
            {
                var k = Classify(text, i, out width);
                if (k is null)
                {
                    break;
                }

                if (string.Equals(k, "TAG_CHARACTERS", StringComparison.Ordinal))
                {
                    type = k;
                }

                count++;
                i += width;
            }

            var isolatedJoiner = count == 1 && text[start] is '\u200C' or '\u200D' or '\uFE0F' or '\uFE0E';
            if (!isolatedJoiner)
            {
                var score = string.Equals(type, "TAG_CHARACTERS", StringComparison.Ordinal) || count >= 3 ? 0.99 : 0.8;
                findings.Add(new GuardFinding(Name, type, start, i, score, Version));
            }
        }
    }

    private static string? Classify(string text, int i, out int width)
    {
        width = 1;
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            var cp = char.ConvertToUtf32(c, text[i + 1]);
            return InvisibleChars.IsTag(cp) ? "TAG_CHARACTERS" : InvisibleChars.IsInvisibleCodePoint(cp) ? "ZERO_WIDTH" : null;
        }

        if (char.IsSurrogate(c))
        {
            return "LONE_SURROGATE";
        }

        if (InvisibleChars.IsBidiControl(c))
        {
            return "BIDI_CONTROL";
        }

        return InvisibleChars.IsInvisible(c) ? "ZERO_WIDTH" : null;
    }
}
