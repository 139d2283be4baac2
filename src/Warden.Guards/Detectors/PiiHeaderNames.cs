using System.Buffers;

namespace Warden.Guards.Detectors;

/// <summary>
/// The people on an e-mail header line ("To: Harris, Steven; Watson, Kimberly", "X-cc: Dietz, Rick, Corman, Shelley",
/// "cc: Evan Hughes/HOU/EES@EES, Peggy Mahoney/HOU/EES@EES", "From: \"Davis, Dana\" &lt;dana@…&gt;"): mail programs write
/// display names as "Family, Given" or "Given Family", separated by ";" or ",". Each display name is one PERSON.
/// </summary>
/// <remarks>
/// Only lines that open with a header label (From, To, Cc, Bcc, optionally after "X-" or "Reply-", quote markers or
/// spaces) are read, each once. Items are split at ";" when the line has one; otherwise at "," and, when every part is a
/// single word (or a family name and a generation suffix) followed by one to three given names, the parts are paired
/// as "Family, Given". An item is cut at "&lt;", "[", "(" or "/" (the address, a Notes path). It is a name when it has
/// two to four words, each capitalised (inner capitals and apostrophes allowed: "McConnell", "Y'Barbo") or an initial,
/// at least one of them a known given or family name, none a common capitalised word or heading that is no known name,
/// and not all of them places. "To: Sales Team" and "From: Customer Service" stay unnamed.
/// </remarks>
internal static class PiiHeaderNames
{
    private const double Score = 0.9;
    private const int MaxLine = 2000;
    private const int MaxItems = 64;

    private static readonly SearchValues<string> Labels = SearchValues.Create(
        ["From:", "To:", "Cc:", "CC:", "cc:", "Bcc:", "BCC:", "bcc:", "FROM:", "TO:"], StringComparison.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Generations = new HashSet<string>(
        ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = new HashSet<string>(
        ["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Mx"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Find(PiiScan scan)
    {
        var text = scan.Text;
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(Labels);
            if (k < 0)
            {
                return;
            }

            var p = i + k;
            var colon = text.IndexOf(':', p);
            var lineEnd = text.IndexOf('\n', colon);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (AtLineStart(text, p) && lineEnd - colon <= MaxLine)
            {
                Line(scan, colon + 1, lineEnd);
            }

            // Labels later on the same line are no header labels: go on after the line.
            i = AtLineStart(text, p) ? lineEnd : colon + 1;
        }
    }

    // The label opens its line, after spaces, quote markers ('>') and an "X-" or "Reply-" prefix.
    private static bool AtLineStart(string text, int p)
    {
        var q = p;
        if (q >= 2 && text.AsSpan(q - 2, 2) is "X-")
        {
            q -= 2;
        }
        else if (q >= 6 && text.AsSpan(q - 6, 6) is "Reply-")
        {
            q -= 6;
        }

        while (q > 0 && text[q - 1] is ' ' or '\t' or '>')
        {
            q--;
        }

        return q == 0 || text[q - 1] == '\n';
    }

    private static void Line(PiiScan scan, int s, int e)
    {
        var text = scan.Text;
        Span<(int Start, int End)> parts = stackalloc (int, int)[MaxItems];
        var sep = text.AsSpan(s, e - s).Contains(';') ? ';' : ',';
        var n = 0;
        var a = s;
        var quoted = false;
        for (var c = s; c <= e && n < MaxItems; c++)
        {
            // A quoted display name keeps its comma: "\"Davis, Dana\" <dana.davis@…>".
            if (c < e && text[c] == '"')
            {
                quoted = !quoted;
            }
            else if (c == e || (text[c] == sep && !quoted))
            {
                parts[n++] = (a, c);
                a = c + 1;
            }
        }

        Span<(int Start, int End, int Kind)> items = stackalloc (int, int, int)[MaxItems];
        var m = 0;
        if (sep == ',' && n >= 2 && n % 2 == 0 && Pairable(text, parts[..n]))
        {
            for (var q = 0; q + 1 < n; q += 2)
            {
                items[m++] = Item(text, parts[q].Start, parts[q + 1].End);
            }
        }
        else
        {
            foreach (var (ps, pe) in parts[..n])
            {
                items[m++] = Item(text, ps, pe);
            }
        }

        // A name no list knows ("Ogunbunmi, Hakeem", "Lohman, TK") counts in a list of two or more names, one of them known.
        var shaped = 0;
        var known = 0;
        foreach (var it in items[..m])
        {
            shaped += it.Kind > 0 ? 1 : 0;
            known += it.Kind > 1 ? 1 : 0;
        }

        foreach (var it in items[..m])
        {
            if (it.Kind > 1 || (it.Kind == 1 && shaped >= 2 && known >= 1))
            {
                scan.Emit("PERSON", it.Start, it.End, Score);
            }
        }
    }

    // "Dietz, Rick, Miller, Mary Kay, Kilmer III, Robert": family parts of one word (or a word and a generation) and
    // given parts of one to three words, nothing else on the line.
    private static bool Pairable(string text, ReadOnlySpan<(int Start, int End)> parts)
    {
        for (var m = 0; m < parts.Length; m++)
        {
            var part = text.AsSpan(parts[m].Start, parts[m].End - parts[m].Start).Trim(" \t\"'");
            if (part.IsEmpty || part.ContainsAny("<[(/@"))
            {
                return false;
            }

            var words = 0;
            var generation = false;
            foreach (var range in part.Split(' '))
            {
                var w = part[range];
                if (w.IsEmpty)
                {
                    continue;
                }

                words++;
                generation |= words > 1 && Generations.Contains(w);
            }

            if (m % 2 == 0 ? words != 1 && !(words == 2 && generation) : words > 3)
            {
                return false;
            }
        }

        return true;
    }

    // The bounds of a display name and its kind: 0 no name, 1 the shape of a name, 2 a name with a known given or family name.
    private static (int Start, int End, int Kind) Item(string text, int s, int e)
    {
        var cut = text.AsSpan(s, e - s).IndexOfAny("<[(/");
        if (cut >= 0)
        {
            e = s + cut;
        }

        while (s < e && text[s] is ' ' or '\t' or '"' or '\'')
        {
            s++;
        }

        while (e > s && text[e - 1] is ' ' or '\t' or '"' or '\'' or '\r')
        {
            e--;
        }

        if (e - s < 3 || text.AsSpan(s, e - s).ContainsAny("@:0123456789"))
        {
            return (s, e, 0);
        }

        var gaz = Gazetteer.Instance;
        var words = 0;
        var commas = 0;
        var known = false;
        var allPlaces = true;
        var w0 = s;
        for (var c = s; c <= e; c++)
        {
            if (c < e && text[c] is not ' ' and not ',')
            {
                continue;
            }

            if (c > w0)
            {
                var w = text.AsSpan(w0, c - w0);
                var bare = w.TrimEnd('.');
                if (++words > 4 || !IsNameWord(w) || Titles.Contains(bare))
                {
                    return (s, e, 0);
                }

                var isName = gaz.First.Contains(bare) || gaz.Last.Contains(bare);
                if (!isName && bare.Length > 1 && (CommonWords.CapitalizedSpan.Contains(bare) || CommonWords.HeadingSpan.Contains(bare)))
                {
                    return (s, e, 0);
                }

                known |= isName;
                allPlaces &= gaz.Place.Contains(bare) && bare.Length > 1;
            }

            if (c < e && text[c] == ',' && ++commas > 1)
            {
                return (s, e, 0);
            }

            w0 = c + 1;
        }

        return words < 2 || allPlaces ? (s, e, 0) : (s, e, known ? 2 : 1);
    }

    // A capitalised word of letters (inner capitals, apostrophes and hyphens allowed: "McConnell", "Y'Barbo") or an
    // initial ("W", "A.", "TK").
    private static bool IsNameWord(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty || !char.IsUpper(w[0]))
        {
            return false;
        }

        var body = w.EndsWith('.') ? w[..^1] : w;
        if (body.IsEmpty || body.Length > 30)
        {
            return false;
        }

        foreach (var ch in body)
        {
            if (!char.IsLetter(ch) && ch is not '\'' and not '-' and not '\u2019')
            {
                return false;
            }
        }

        // All capitals: an initial or initials ("TK"), not a shouted word or an acronym of four or more letters.
        var lower = false;
        foreach (var ch in body)
        {
            lower |= char.IsLower(ch);
        }

        return (lower || body.Length <= 3) && char.IsLetter(body[^1]);
    }
}
