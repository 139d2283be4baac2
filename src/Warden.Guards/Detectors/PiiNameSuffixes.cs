using System.Buffers;

namespace Warden.Guards.Detectors;

/// <summary>
/// A degree or generation after a person's name ("Amanda Sultygov MD", "Margaret Ćosić PhD", "John Smith Jr."): a
/// person found by the other rules that ends right before a space and one of these words is widened to take it in.
/// The word alone ("MD" after a common word, "an IV line") is never a name. One vectorised search for the words;
/// the persons are indexed by their end once, so the pass stays linear.
/// </summary>
internal static class PiiNameSuffixes
{
    private static readonly SearchValues<string> Anchors = SearchValues.Create(
        [" MD", " PhD", " Ph.D.", " DDS", " DVM", " Esq", " Jr", " Sr", " II", " IV"], StringComparison.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Suffixes = new HashSet<string>(
        ["MD", "PhD", "Ph.D.", "DDS", "DVM", "Esq", "Esq.", "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Find(PiiScan scan)
    {
        var text = scan.Text;
        Dictionary<int, GuardFinding>? byEnd = null;
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(Anchors);
            if (k < 0)
            {
                return;
            }

            var p = i + k; // the space before the word
            var e = SuffixEnd(text, p + 1);
            if (e > 0)
            {
                byEnd ??= scan.PersonsByEnd();
                if (byEnd.TryGetValue(p, out var f))
                {
                    scan.Emit("PERSON", f.Start, e, Math.Min(0.99, f.Score + 0.01));
                }
            }

            i = p + 1;
        }
    }

    // The end of a suffix word that starts at s and is followed by the text's end or a character that is no letter or digit; -1 otherwise.
    private static int SuffixEnd(string text, int s)
    {
        var e = s;
        while (e < text.Length && (char.IsLetter(text[e]) || text[e] == '.') && e - s < 6)
        {
            e++;
        }

        if (e < text.Length && char.IsLetterOrDigit(text[e]))
        {
            return -1;
        }

        // "… Sultygov MD." at a sentence's end: the full stop is not part of the word.
        if (!Suffixes.Contains(text.AsSpan(s, e - s)) && e > s && text[e - 1] == '.')
        {
            e--;
        }

        return e > s && Suffixes.Contains(text.AsSpan(s, e - s)) ? e : -1;
    }

}
