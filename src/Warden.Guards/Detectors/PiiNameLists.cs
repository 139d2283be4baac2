namespace Warden.Guards.Detectors;

/// <summary>
/// Lists of given names written in lower case ("natalina, thomas, crystal, omar and brandy"): four to ten single
/// lower-case words joined by ", " with " and " before the last. Every item but one is a known given name, at least two
/// and at least half are no common word ("crystal", "brandy" are; so are given names that are also nouns: virtues,
/// herbs, flowers, gems), and none is a month; then every item is a <c>PERSON</c>. Capitalised
/// lists are left to the name finder. Each " and " reads at most ten words back, so the pass stays linear.
/// </summary>
internal static class PiiNameLists
{
    private const int MaxItems = 10;
    private const int MaxWord = 24;
    private const double Score = 0.7;

    /// <summary>Given names that are also ordinary nouns and not already in <see cref="CommonWords"/>, so a list of them is more likely herbs, virtues or flowers than people.</summary>
    private static readonly HashSet<string> NounNames = new(
        ["Charity", "Grace", "Patience", "Prudence", "Honor", "Mercy", "Constance", "Felicity", "Ginger", "Basil", "Rosemary", "Thyme",
         "Saffron", "Cinnamon", "Clove", "Pepper", "Juniper", "Laurel", "Iris", "Jasmine", "Poppy", "Heather", "Hazel", "Willow",
         "Magnolia", "Dahlia", "Camellia", "Petunia", "Primrose", "Marigold", "Lavender", "Fern", "Flora", "Blossom", "Myrtle", "Azalea",
         "Aster", "Zinnia", "Opal", "Coral", "Garnet", "Beryl", "Jewel", "Diamond", "Emerald", "Sapphire", "Topaz", "Sandy", "Misty",
         "Robin", "Wren", "Raven", "Brandy", "Sherry", "Berry", "Peach", "Clementine", "Melody", "Chance", "Hunter", "Pat", "Sue", "Rob",
         "Frank", "Nick", "Drew", "Miles", "Gene"],
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NounNamesSpan = NounNames.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Find(PiiScan scan)
    {
        var text = scan.Text;
        Span<int> starts = stackalloc int[MaxItems];
        Span<int> ends = stackalloc int[MaxItems];
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOf(" and ", StringComparison.Ordinal);
            if (k < 0)
            {
                return;
            }

            var and = i + k;
            i = and + 5;

            // The last item, right after " and ", ends at punctuation, a space or the text's end.
            var ls = and + 5;
            var le = LowerWordEnd(text, ls);
            if (le - ls < 2 || (le < text.Length && char.IsLetterOrDigit(text[le])))
            {
                continue;
            }

            // The items before " and ", each after ", ".
            var n = 0;
            var e = and;
            while (n < MaxItems - 1)
            {
                var s = LowerWordStart(text, e);
                if (e - s < 2 || (s > 0 && char.IsLetterOrDigit(text[s - 1])))
                {
                    break;
                }

                starts[n] = s;
                ends[n] = e;
                n++;
                if (s < 2 || text[s - 1] != ' ' || text[s - 2] != ',')
                {
                    break;
                }

                e = s - 2;
            }

            if (n < 3)
            {
                continue;
            }

            starts[n] = ls;
            ends[n] = le;
            n++;
            if (IsNameList(text, starts[..n], ends[..n]))
            {
                for (var j = 0; j < n; j++)
                {
                    scan.Emit("PERSON", starts[j], ends[j], Score);
                }

                i = le;
            }
        }
    }

    private static bool IsNameList(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        var gaz = Gazetteer.Instance;
        Span<char> buf = stackalloc char[MaxWord];
        int known = 0, uncommon = 0;
        for (var j = 0; j < starts.Length; j++)
        {
            var w = text.AsSpan(starts[j], ends[j] - starts[j]);
            if (w.Length > MaxWord)
            {
                return false;
            }

            w.CopyTo(buf);
            buf[0] = char.ToUpperInvariant(buf[0]);
            var cap = buf[..w.Length];
            if (NameCues.Months.Contains(cap))
            {
                return false;
            }

            known += gaz.First.Contains(cap) ? 1 : 0;
            uncommon += CommonWords.CapitalizedSpan.Contains(cap) || CommonWords.HeadingSpan.Contains(cap) || NounNamesSpan.Contains(cap) ? 0 : 1;
        }

        return known >= starts.Length - 1 && uncommon >= 2 && 2 * uncommon >= starts.Length;
    }

    // End of a word of lower-case letters from s (a hyphen inside).
    private static int LowerWordEnd(string text, int s)
    {
        var e = s;
        while (e < text.Length && (char.IsLower(text[e]) || (text[e] == '-' && e > s && e + 1 < text.Length && char.IsLower(text[e + 1]))))
        {
            e++;
        }

        return e;
    }

    private static int LowerWordStart(string text, int e)
    {
        var s = e;
        while (s > 0 && (char.IsLower(text[s - 1]) || (text[s - 1] == '-' && s < e && s > 1 && char.IsLower(text[s - 2]))))
        {
            s--;
        }

        return s;
    }
}
