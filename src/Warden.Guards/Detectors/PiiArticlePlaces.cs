namespace Warden.Guards.Detectors;

/// <summary>
/// Dutch place names that open with the article "Den" ("Den Haag", "Den Helder", "Den Bosch"): two capitalised words
/// that the name rules read as a person. "Den" and a capitalised word make a LOCATION when the word (or the pair) is a
/// known place, or when a place preposition comes before ("in", "naar", "uit", "te", "bij", "to", "from", ...); a
/// family name with "Den" after a given name ("Joop Den Uyl") has neither. One ordinal search for "Den ".
/// </summary>
internal static class PiiArticlePlaces
{
    // Above the person guess on two capitalised words (0.55-0.85).
    private const double Score = 0.9;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrepositions = new HashSet<string>(
        ["in", "naar", "uit", "te", "bij", "nabij", "rond", "richting", "vanuit", "via", "to", "from", "near", "at"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Find(PiiScan scan)
    {
        var text = scan.Text;
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOf("Den ", StringComparison.Ordinal);
            if (k < 0)
            {
                return;
            }

            var h = i + k;
            i = h + 4;
            if (h > 0 && char.IsLetterOrDigit(text[h - 1]))
            {
                continue;
            }

            var ws = h + 4;
            var we = ws;
            while (we < text.Length && (char.IsLetter(text[we]) || (text[we] == '-' && we > ws && we + 1 < text.Length && char.IsLetter(text[we + 1]))))
            {
                we++;
            }

            if (we - ws < 3 || !char.IsUpper(text[ws]) || (we < text.Length && char.IsDigit(text[we])))
            {
                continue;
            }

            var known = Gazetteer.Instance.Place.Contains(text.AsSpan(ws, we - ws)) || Gazetteer.Instance.Place.Contains(text.AsSpan(h, we - h));
            if (known || PrepositionBefore(text, h))
            {
                scan.Emit("LOCATION", h, we, Score);
                i = we;
            }
        }
    }

    private static bool PrepositionBefore(string text, int h)
    {
        if (h < 2 || text[h - 1] != ' ')
        {
            return false;
        }

        var e = h - 1;
        var s = e;
        while (s > 0 && char.IsLetter(text[s - 1]))
        {
            s--;
        }

        return e > s && PlacePrepositions.Contains(text.AsSpan(s, e - s));
    }
}
