namespace Warden.Guards.Detectors;

/// <summary>
/// "pl." is Polish "plac" (a square: "pl. Grunwaldzki 22", "pl. Wolności 3") but also English "plate" / "plural" ("see
/// pl. XII 4", "pl. Values 3", "in pl. Figure 5"). A "pl." street is dropped when the word after it is a Roman numeral, a
/// common capitalised English word or an English-looking plural ending in "s" (Polish square names are adjectives or
/// genitives: "-ski", "-ny", "-ości", "-ów"), or when the word before "pl." is an English function word and the word after
/// it does not look Polish (Polish letters, "-ski", "-cki", "-owy", "-ego", "-ych"). "ul." and "al." are left as they are.
/// </summary>
internal static class PolishSquare
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishBefore = new HashSet<string>(
        ["see", "in", "on", "at", "of", "and", "or", "the", "from", "to", "as", "cf", "with", "by", "under", "into", "also", "fig",
            "marked", "shown", "plate", "plates", "figure", "table", "page"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool NotASquare(string text, int s, int e)
    {
        if (e - s < 5 || text[s] is not ('p' or 'P') || text[s + 1] != 'l' || text[s + 2] != '.')
        {
            return false;
        }

        var ws = s + 3;
        while (ws < e && text[ws] is ' ' or '\t' or '\u00A0')
        {
            ws++;
        }

        var we = ws;
        while (we < e && char.IsLetter(text[we]))
        {
            we++;
        }

        var word = text.AsSpan(ws, we - ws);
        if (word.IsEmpty || Roman(word) || CommonWords.CapitalizedSpan.Contains(word)
            || (word[^1] == 's' && !word.ContainsAny(PolishLetters)))
        {
            return true;
        }

        // A Polish-looking name ("Kaszubski", "Wolności", "Zamkowy") stays a square even in English prose ("in pl. Kaszubski 7").
        if (PolishLooking(word))
        {
            return false;
        }

        // The word before "pl.": an English function word ("see pl.", "in pl.", "as pl.").
        var b = s;
        while (b > 0 && text[b - 1] is ' ' or '\t' or '\u00A0')
        {
            b--;
        }

        var bs = b;
        while (bs > 0 && char.IsLetter(text[bs - 1]))
        {
            bs--;
        }

        return b > bs && EnglishBefore.Contains(text.AsSpan(bs, b - bs));
    }

    private static readonly System.Buffers.SearchValues<char> PolishLetters = System.Buffers.SearchValues.Create("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ");

    private static bool PolishLooking(ReadOnlySpan<char> w) =>
        w.ContainsAny(PolishLetters) || w.EndsWith("ski", StringComparison.Ordinal) || w.EndsWith("cki", StringComparison.Ordinal)
        || w.EndsWith("owy", StringComparison.Ordinal) || w.EndsWith("ego", StringComparison.Ordinal) || w.EndsWith("ych", StringComparison.Ordinal);

    private static bool Roman(ReadOnlySpan<char> w) => !w.ContainsAnyExcept("IVXLCDM");
}
