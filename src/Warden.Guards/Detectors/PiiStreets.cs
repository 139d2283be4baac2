namespace Warden.Guards.Detectors;

/// <summary>Street addresses whose suffix the street regex does not list, found by a hand scan from house numbers.</summary>
internal static class PiiStreets
{
    private const int MaxIntersection = 90;

    /// <summary>
    /// "the corner of Dalbraut 99 and Frederikke Coves": an intersection named by two streets is one address, from
    /// "(the) corner of" to the end of the clause, when it holds " and " and a house number. Outscores the street and
    /// name pieces inside it.
    /// </summary>
    public static void Intersections(PiiScan scan)
    {
        var text = scan.Text;
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOf("corner of ", StringComparison.OrdinalIgnoreCase);
            if (k < 0)
            {
                return;
            }

            var p = i + k;
            i = p + 10;
            if (p > 0 && char.IsLetter(text[p - 1]))
            {
                continue;
            }

            var start = p >= 4 && text.AsSpan(p - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase) && (p == 4 || !char.IsLetter(text[p - 5])) ? p - 4 : p;
            var e = p + 10;
            while (e < text.Length && e - p < MaxIntersection && text[e] is not (',' or '?' or '!' or ';' or '\n' or '(' or ')' or '"'))
            {
                // A full stop before a capital (or the end) ends the clause, unless it closes a short abbreviation ("ul.", "St.").
                if (text[e] == '.' && (e + 1 >= text.Length || text[e + 1] == ' ' && (e + 2 >= text.Length || char.IsUpper(text[e + 2]))) && WordBefore(text, e) > 3)
                {
                    break;
                }

                e++;
            }

            while (e > start && text[e - 1] is ' ' or '.')
            {
                e--;
            }

            var body = text.AsSpan(p + 10, Math.Max(0, e - p - 10));
            if (e - p < MaxIntersection && body.Contains(" and ", StringComparison.Ordinal) && body.ContainsAnyInRange('0', '9'))
            {
                scan.Emit("STREET_ADDRESS", start, e, 0.93);
                i = e;
            }
        }
    }

    private static int WordBefore(string text, int e)
    {
        var w = e;
        while (w > 0 && char.IsLetterOrDigit(text[w - 1]))
        {
            w--;
        }

        return char.IsAsciiDigit(text[e - 1]) ? int.MaxValue : e - w;
    }

    private static readonly System.Buffers.SearchValues<string> OnAt = System.Buffers.SearchValues.Create([" on ", " at "], StringComparison.Ordinal);

    // Suffixes that make a named street without a number: the common English ones, not "Drive" or "Way" ("on Google Drive").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NamedSuffixes = new HashSet<string>(
        ["Street", "Road", "Avenue", "Lane", "Boulevard"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "shows on Bezrukov Street", "a flat at Kingsley Road": after " on " or " at ", one or two capitalised words
    /// (not both common capitalised words) and a common street suffix name a street without a house number. The span
    /// stops at the first suffix. One vectorised search for the two prepositions.
    /// </summary>
    public static void NamedStreets(PiiScan scan)
    {
        var text = scan.Text;
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(OnAt);
            if (k < 0)
            {
                return;
            }

            var s = i + k + 4;
            i = s;
            var p = s;
            var uncommon = false;
            for (var w = 0; w < 3 && p < text.Length; w++)
            {
                var we = p;
                while (we < text.Length && (char.IsLetter(text[we]) || (text[we] is '\'' or '-' && we > p)))
                {
                    we++;
                }

                if (we - p < 2 || !char.IsUpper(text[p]))
                {
                    break;
                }

                var word = text.AsSpan(p, we - p);
                if (w > 0 && NamedSuffixes.Contains(word))
                {
                    if (uncommon)
                    {
                        scan.Emit("STREET_ADDRESS", s, we, 0.8);
                        i = we;
                    }

                    break;
                }

                uncommon |= !CommonWords.CapitalizedSpan.Contains(word) && !NamedSuffixes.Contains(word);
                if (we >= text.Length || text[we] != ' ')
                {
                    break;
                }

                p = we + 1;
            }
        }
    }

    /// <summary>
    /// "49298 Kimberly Shoals Apt. 123": a house number, one to three capitalised words and a street suffix from the
    /// gazetteer's English list, which is longer than the street regex's. Runs once over the text, only at digit runs.
    /// </summary>
    public static void GenericStreets(PiiScan scan)
    {
        var text = scan.Text;
        var suffixes = Gazetteer.Instance.StreetSuffix;
        var runs = new DigitRuns(text);
        while (runs.MoveNext())
        {
            int s = runs.Start, d = runs.End;
            if (d - s > 6 || (s > 0 && char.IsLetterOrDigit(text[s - 1])) || s > 0 && text[s - 1] is '.' or ',' or '-' or '/' or ':' || d + 1 >= text.Length || text[d] != ' ')
            {
                continue;
            }

            var p = d + 1;
            var end = -1;
            for (var w = 0; w < 4 && p < text.Length; w++)
            {
                var we = p;
                while (we < text.Length && (char.IsLetter(text[we]) || (text[we] is '\'' or '-' && we > p)))
                {
                    we++;
                }

                if (we - p < 2 || !char.IsUpper(text[p]) || text.AsSpan(p + 1, we - p - 1).ContainsAnyInRange('A', 'Z'))
                {
                    break;
                }

                if (w > 0 && suffixes.Contains(text.AsSpan(p, we - p)))
                {
                    end = we;
                }

                if (we >= text.Length || text[we] != ' ')
                {
                    break;
                }

                p = we + 1;
            }

            if (end > 0)
            {
                scan.Emit("STREET_ADDRESS", s, UnitAfter(text, end), 0.88); // a house number makes it an address, not a name
                runs.ResumeAt(end);
            }
        }
    }

    /// <summary>" Apt. 123", " Suite 100", ", Unit 5B" after a street.</summary>
    private static int UnitAfter(string text, int e)
    {
        var p = e;
        if (p < text.Length && text[p] == '.')
        {
            p++;
        }

        if (p + 1 < text.Length && text[p] == ',')
        {
            p++;
        }

        if (p >= text.Length || text[p] != ' ')
        {
            return e;
        }

        p++;
        var ws = p;
        while (p < text.Length && char.IsAsciiLetter(text[p]))
        {
            p++;
        }

        if (text.AsSpan(ws, p - ws) is not ("Apt" or "Suite" or "Unit" or "Ste" or "Apartment" or "Flat"))
        {
            return e;
        }

        if (p < text.Length && text[p] == '.')
        {
            p++;
        }

        if (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        var ds = p;
        while (p < text.Length && char.IsAsciiLetterOrDigit(text[p]) && p - ds < 6)
        {
            p++;
        }

        return p > ds && char.IsAsciiDigit(text[ds]) ? p : e;
    }
}
