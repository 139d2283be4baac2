namespace Warden.Guards.Detectors;

/// <summary>
/// Organisations named by an acronym the text defines: the acronym in brackets right after a name whose capitalised
/// words it spells ("the European Union (EU)", "Louis De Poortere (LDP)", "Partido Nacionalista Vasco (PNV)"), and every
/// later bare use of it ("the EU will …"); and a news agency credited in brackets after a dateline's date
/// ("Madrid, 23 may (EFE).", "Paris, 4 June (AFP) —").
/// </summary>
/// <remarks>
/// Reads only the few characters after each PERSON, ORGANIZATION, LOCATION or DATE_TIME candidate found so far, so an
/// acronym whose spelled-out words no other pass read ("Portable Document Format (PDF)", "Universal Serial Bus (USB)")
/// gives nothing, nor does a person guess without a known given or family name ("Frequently Asked Questions (FAQ)"). At most <see cref="MaxAcronyms"/> acronyms are searched again, each with one ordinal pass over the
/// text, and only when one was defined: the cost stays linear in the text length.
/// </remarks>
internal static class PiiAcronyms
{
    private const int MaxAcronyms = 8;

    // Above the person guesses (0.55-0.6) that a capitalised acronym could otherwise pick up.
    private const double Score = 0.8;

    public static void Find(PiiScan scan)
    {
        var text = scan.Text;
        var found = scan.Found;
        var candidates = found.Count;
        Span<(int Start, int End)> defined = stackalloc (int, int)[MaxAcronyms];
        var count = 0;
        Dictionary<int, int>? places = null;
        for (var k = 0; k < candidates && count < MaxAcronyms; k++)
        {
            var f = found[k];
            if (f.Type is not ("PERSON" or "ORGANIZATION" or "LOCATION" or "DATE_TIME"))
            {
                continue;
            }

            var (s, e) = Bracketed(text, f.End);
            if (s < 0 || Known(text, defined[..count], s, e))
            {
                continue;
            }

            var acronym = text.AsSpan(s, e - s);
            if (f.Type is "PERSON" or "DATE_TIME" && NameCues.Acronyms.Contains(acronym))
            {
                continue;
            }

            if (f.Type == "DATE_TIME" ? !Dateline(text, f.Start, e, places ??= PlaceStarts(found, candidates)) : !Spells(text.AsSpan(f.Start, f.End - f.Start), acronym))
            {
                continue;
            }

            // A person guess spells an organisation only when it holds a known given or family name and ends in no common
            // capitalised word ("Louis De Poortere"): a heading read as a name ("Frequently Asked Questions (FAQ)", "Mark Twain
            // Award (MTA)") does not. A common acronym that names no body ("FAQ", "PDF", "UTC", "CEO") counts only after an
            // organisation or a place ("the European Union (EU)").
            if (f.Type == "PERSON" && !PersonLike(text.AsSpan(f.Start, f.End - f.Start)))
            {
                continue;
            }

            scan.Emit("ORGANIZATION", s, e, Score);
            if (f.Type != "DATE_TIME")
            {
                defined[count++] = (s, e);
            }
        }

        for (var k = 0; k < count; k++)
        {
            Repeats(scan, defined[k].Start, defined[k].End);
        }
    }

    /// <summary>"␠(ABC)" right at <paramref name="p"/>: the acronym's bounds (two to six capital letters), or (-1, -1).</summary>
    private static (int Start, int End) Bracketed(string text, int p)
    {
        if (p + 5 > text.Length || text[p] != ' ' || text[p + 1] != '(')
        {
            return (-1, -1);
        }

        var s = p + 2;
        var e = s;
        while (e < text.Length && e - s <= 6 && char.IsUpper(text[e]))
        {
            e++;
        }

        return e - s is >= 2 and <= 6 && e < text.Length && text[e] == ')' ? (s, e) : (-1, -1);
    }

    /// <summary>
    /// The acronym's letters are the initials of the name's capitalised words, in order ("Louis De Poortere" → LDP); the
    /// initials of lower-case linking words may be in it or not ("Bank of England" → BOE or BE). Words before the first
    /// spelled one are left out.
    /// </summary>
    private static bool Spells(ReadOnlySpan<char> name, ReadOnlySpan<char> acronym)
    {
        // From the first word, or from a later capitalised word when a word the acronym leaves out opens the run
        // ("Weaver Hendrik Van Acker (HVA)").
        for (var p = 0; p < name.Length; p++)
        {
            if ((p == 0 || name[p - 1] == ' ') && char.IsUpper(name[p]) && name[p] == acronym[0] && SpellsFrom(name[p..], acronym))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SpellsFrom(ReadOnlySpan<char> name, ReadOnlySpan<char> acronym)
    {
        var a = 0;
        var p = 0;
        while (p < name.Length)
        {
            while (p < name.Length && !char.IsLetter(name[p]))
            {
                p++;
            }

            if (p == name.Length)
            {
                break;
            }

            var c = name[p];
            if (char.IsUpper(c))
            {
                if (a == acronym.Length || char.ToUpperInvariant(c) != acronym[a])
                {
                    return false;
                }

                a++;
            }
            else if (a < acronym.Length && char.ToUpperInvariant(c) == acronym[a] && !(a + 1 < acronym.Length && NextCapitalIs(name, p, acronym[a])))
            {
                a++;
            }

            while (p < name.Length && (char.IsLetter(name[p]) || name[p] == '\''))
            {
                p++;
            }
        }

        return a == acronym.Length && acronym.Length >= 2;
    }

    // Whether the next capitalised word after the word at p starts with c (then the linking word is not spelled).
    private static bool NextCapitalIs(ReadOnlySpan<char> name, int p, char c)
    {
        while (p < name.Length && !char.IsWhiteSpace(name[p]))
        {
            p++;
        }

        while (p < name.Length && !char.IsUpper(name[p]))
        {
            p++;
        }

        return p < name.Length && name[p] == c;
    }

    /// <summary>
    /// A dateline: its line opens with a place found by another pass and reaches the date within 60 characters
    /// ("Melbourne (Australia), 25 may", "Santiago de Chile, 23 may"), and the bracket closes the line's lead (a full stop,
    /// a dash, a colon or the line's end after it). "Updated 12 May 2024 (UTC)." opens with no place.
    /// </summary>
    private static bool Dateline(string text, int dateStart, int acronymEnd, Dictionary<int, int> places)
    {
        var lineStart = dateStart;
        while (lineStart > 0 && text[lineStart - 1] != '\n' && dateStart - lineStart <= 60)
        {
            lineStart--;
        }

        if (dateStart - lineStart > 60 || lineStart == dateStart || !places.TryGetValue(lineStart, out var placeEnd) || placeEnd > dateStart)
        {
            return false;
        }

        var after = acronymEnd + 1;
        return after >= text.Length || text[after] is '.' or '\n' or ':' or '\r' || text.AsSpan(after).StartsWith(" -", StringComparison.Ordinal)
            || text.AsSpan(after).StartsWith(" \u2014", StringComparison.Ordinal) || text.AsSpan(after).StartsWith(" \u2013", StringComparison.Ordinal);
    }

    // Where each LOCATION candidate starts, with the shortest end there; built once, at the first bracket after a date.
    private static Dictionary<int, int> PlaceStarts(IReadOnlyList<GuardFinding> found, int candidates)
    {
        var places = new Dictionary<int, int>();
        for (var k = 0; k < candidates; k++)
        {
            var f = found[k];
            if (f.Type == "LOCATION" && (!places.TryGetValue(f.Start, out var end) || f.End < end))
            {
                places[f.Start] = f.End;
            }
        }

        return places;
    }

    private static bool PersonLike(ReadOnlySpan<char> name)
    {
        var last = name[(name.LastIndexOf(' ') + 1)..];
        if (CommonWords.CapitalizedSpan.Contains(last))
        {
            return false;
        }

        var gaz = Gazetteer.Instance;
        foreach (var r in name.Split(' '))
        {
            var w = name[r];
            if (w.Length >= 2 && char.IsUpper(w[0]) && !CommonWords.CapitalizedSpan.Contains(w) && (gaz.First.Contains(w) || gaz.Last.Contains(w)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Known(string text, ReadOnlySpan<(int Start, int End)> defined, int s, int e)
    {
        foreach (var (ds, de) in defined)
        {
            if (text.AsSpan(ds, de - ds).SequenceEqual(text.AsSpan(s, e - s)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every other whole-word use of the acronym (not inside a longer run of letters or digits) is the same ORGANIZATION.</summary>
    private static void Repeats(PiiScan scan, int s, int e)
    {
        var text = scan.Text;
        var acronym = text.AsSpan(s, e - s);
        var from = 0;
        while (from < text.Length)
        {
            var hit = text.AsSpan(from).IndexOf(acronym, StringComparison.Ordinal);
            if (hit < 0)
            {
                break;
            }

            var start = from + hit;
            var end = start + acronym.Length;
            from = end;
            if (start != s && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                scan.Emit("ORGANIZATION", start, end, Score);
            }
        }
    }
}
