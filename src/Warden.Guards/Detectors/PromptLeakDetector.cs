namespace Warden.Guards.Detectors;

/// <summary>
/// Flags output that contains the canary token Warden put into the system prompt, or that reproduces a
/// substantial part of the system prompt (shared runs of eight or more words, compared case- and spacing-insensitively).
/// </summary>
internal sealed class PromptLeakDetector : IGuardDetector
{
    private const int Shingle = 8;

    public string Name => DetectorNames.PromptLeak;

    public string Version => "1.0";

    public void Scan(string text, GuardScanContext context, ICollection<GuardFinding> findings)
    {
        if (context.Canary is { Length: > 0 } canary)
        {
            var at = text.IndexOf(canary, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                findings.Add(new GuardFinding(Name, "CANARY", at, at + canary.Length, 1.0, Version));
            }
        }

        if (context.SystemPrompt is not { Length: >= 40 } system || text.Length < 40)
        {
            return;
        }

        var promptWords = Words(system);
        if (promptWords.Count < Shingle)
        {
            return;
        }

        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + Shingle <= promptWords.Count; i++)
        {
            shingles.Add(Key(promptWords, i));
        }

        var outWords = Words(text);
        int matched = 0, first = -1, last = -1;
        for (var i = 0; i + Shingle <= outWords.Count; i++)
        {
            if (shingles.Contains(Key(outWords, i)))
            {
                matched++;
                first = first < 0 ? outWords[i].Start : first;
                last = outWords[i + Shingle - 1].End;
            }
        }

        if (matched == 0)
        {
            return;
        }

        // Coverage of the system prompt; a couple of shared shingles is normal (quoting one rule), a quarter is a leak.
        var coverage = (double)matched / shingles.Count;
        var score = Math.Min(1.0, Math.Max(coverage * 2, matched >= 12 ? 0.9 : matched / 15.0));
        if (score >= 0.5)
        {
            findings.Add(new GuardFinding(Name, "SYSTEM_PROMPT", first, last, Math.Round(score, 4), Version));
        }
    }

    private static string Key(List<(string Word, int Start, int End)> words, int i) =>
        string.Join(' ', words.Skip(i).Take(Shingle).Select(w => w.Word));

    private static List<(string Word, int Start, int End)> Words(string text)
    {
        var list = new List<(string, int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var s = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            list.Add((text[s..i].ToLowerInvariant(), s, i));
        }

        return list;
    }
}
