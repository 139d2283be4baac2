namespace Warden.Guards.Detectors;

/// <summary>
/// A family name used on its own after the full name appears elsewhere in the same text ("directed by Joakim Westgård
/// and starring Westgård", "that Kaczmarek was influenced … sung by Bonifacy Kaczmarek"): the lone mention is a PERSON.
/// </summary>
/// <remarks>
/// Only the last word of a PERSON candidate of two or more words counts, and only when it is capitalised, three or
/// more letters long and not a common capitalised word. A mention next to another capitalised word ("Central Park",
/// "Park Lane") is part of some other name and is skipped. At most <see cref="MaxNames"/> family names are searched,
/// each with one ordinal pass over the text, so the cost stays linear in the text length.
/// </remarks>
internal static class PiiSurnames
{
    private const int MaxNames = 8;

    // Below every other PERSON reading (0.55-0.85): a mention inside any other candidate keeps that candidate.
    private const double Score = 0.5;

    public static void Repeats(PiiScan scan)
    {
        var text = scan.Text;
        var found = scan.Found;
        Span<(int Start, int End)> names = stackalloc (int, int)[MaxNames];
        var count = 0;
        var candidates = found.Count;
        for (var k = 0; k < candidates && count < MaxNames; k++)
        {
            var f = found[k];
            if (f.Type != "PERSON")
            {
                continue;
            }

            var space = text.AsSpan(f.Start, f.End - f.Start).LastIndexOf(' ');
            if (space < 0)
            {
                continue;
            }

            var s = f.Start + space + 1;
            var w = text.AsSpan(s, f.End - s);
            if (w.Length < 3 || !char.IsUpper(w[0]) || !IsLetters(w) || CommonWords.CapitalizedSpan.Contains(w) || Known(text, names[..count], w))
            {
                continue;
            }

            names[count++] = (s, f.End);
        }

        FullNames(scan);
        for (var k = 0; k < count; k++)
        {
            var (ns, ne) = names[k];
            OtherOccurrences(scan, ns, ne, lone: true);
        }
    }

    /// <summary>
    /// A full name of two or more words that recurs word for word ("&gt; Mijail C Adomo\n&gt; Asc Partners\n&gt; Mijail C
    /// Adomo"): every other occurrence is the same PERSON. At most <see cref="MaxNames"/> names, one ordinal pass each.
    /// </summary>
    private static void FullNames(PiiScan scan)
    {
        var text = scan.Text;
        var found = scan.Found;
        var candidates = found.Count;
        Span<(int Start, int End)> searched = stackalloc (int, int)[MaxNames];
        var names = 0;
        for (var k = 0; k < candidates && names < MaxNames; k++)
        {
            var f = found[k];
            if (f.Type != "PERSON" || f.Score < 0.55 || f.End - f.Start < 5 || !char.IsUpper(text[f.Start]) || !text.AsSpan(f.Start, f.End - f.Start).Contains(' ')
                || Known(text, searched[..names], text.AsSpan(f.Start, f.End - f.Start)))
            {
                continue;
            }

            searched[names++] = (f.Start, f.End);
            OtherOccurrences(scan, f.Start, f.End, lone: false);
        }
    }

    /// <summary>
    /// Emits every other whole-word occurrence of <c>text[nameStart..nameEnd]</c> as a PERSON, in one ordinal pass. With
    /// <paramref name="lone"/>, an occurrence next to another capitalised word ("Central Park", "Park Lane") is skipped.
    /// </summary>
    private static void OtherOccurrences(PiiScan scan, int nameStart, int nameEnd, bool lone)
    {
        var text = scan.Text;
        var name = text.AsSpan(nameStart, nameEnd - nameStart);
        var from = 0;
        while (from < text.Length)
        {
            var hit = text.AsSpan(from).IndexOf(name, StringComparison.Ordinal);
            if (hit < 0)
            {
                break;
            }

            var start = from + hit;
            var end = start + name.Length;
            from = end;
            if (start != nameStart && (start == 0 || !char.IsLetter(text[start - 1])) && (end == text.Length || !char.IsLetter(text[end]))
                && (!lone || (!CapitalisedBefore(text, start) && !CapitalisedAfter(text, end))))
            {
                scan.Emit("PERSON", start, end, Score);
            }
        }
    }

    private static bool Known(string text, ReadOnlySpan<(int Start, int End)> names, ReadOnlySpan<char> w)
    {
        foreach (var (s, e) in names)
        {
            if (text.AsSpan(s, e - s).SequenceEqual(w))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLetters(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    // "Central Park": a capitalised word, one space before the mention.
    private static bool CapitalisedBefore(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ' || !char.IsLetter(text[start - 2]))
        {
            return false;
        }

        var p = start - 2;
        while (p > 0 && char.IsLetter(text[p - 1]))
        {
            p--;
        }

        return char.IsUpper(text[p]);
    }

    // "Park Lane": a capitalised word, one space after the mention.
    private static bool CapitalisedAfter(string text, int end) => end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);
}
