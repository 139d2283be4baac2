namespace Warden.Guards.Detectors;

/// <summary>
/// The organisation line of a signature or address block: a person's name alone on its line, optionally a job-title
/// line, then a short line of capitalised words that nothing else names ("Liisa Lepistö\nInnography\n…"). That line is
/// an ORGANIZATION when the block goes on below it.
/// </summary>
/// <remarks>
/// The organisation line is one to three capitalised words of letters (and "&amp;", "-"), none of them a common
/// capitalised word, a known place or a first name. A line that another candidate already touches (a place, a title, a
/// street) is left to it. Quote or list markers before the lines ("&gt;", "*") are skipped. At most
/// <see cref="MaxBlocks"/> name lines are followed, so the cost stays linear.
/// </remarks>
internal static class PiiSignatureBlocks
{
    private const int MaxBlocks = 4;
    private const int MaxWords = 3;
    private const int MaxLine = 40;

    // Above a guess from context-free capitalised words (0.52-0.55), below cue and suffix readings.
    private const double Score = 0.56;

    public static void OrganizationLines(PiiScan scan)
    {
        var text = scan.Text;
        if (!text.Contains('\n'))
        {
            return;
        }

        var found = scan.Found;
        var candidates = found.Count;
        var blocks = 0;
        for (var k = 0; k < candidates && blocks < MaxBlocks; k++)
        {
            var f = found[k];
            if (f.Type != "PERSON" || !WholeLine(text, f.Start, f.End, out var lineEnd) || lineEnd >= text.Length)
            {
                continue;
            }

            blocks++;
            var (s, e) = Content(text, lineEnd + 1);

            // A job-title line between the name and the organisation.
            if (Covered(found, candidates, "TITLE", s, e) && e < text.Length)
            {
                (s, e) = Content(text, LineEnd(text, e) + 1);
            }

            var next = LineEnd(text, e);
            if (e > s && e - s <= MaxLine && next < text.Length && text.AsSpan(next + 1).ContainsAnyExcept(" \t\r\n") && IsOrganizationLine(text.AsSpan(s, e - s))
                && !Touched(found, candidates, s, e))
            {
                scan.Emit("ORGANIZATION", s, e, Score);
            }

            // The line below the organisation line, when it starts with a house number ("52 58 Machiton Scholis\nSchuders",
            // "1317 Kimberly Way Laidlaw Green\n Apt. 962"), opens the address block of the signature.
            if (e > s && e - s <= MaxLine && next < text.Length && !text.AsSpan(s, e - s).ContainsAnyInRange('0', '9'))
            {
                var (bs, be) = PiiAddressBlocks.BlockAtLine(text, next + 1);
                if (be > bs)
                {
                    scan.EmitFill("STREET_ADDRESS", bs, be, PiiAddressBlocks.BlockScore);
                }
            }
        }
    }

    // Words that name the kind of a label rather than a firm ("Shipping Address", "Head Office", "Home").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelWords = new HashSet<string>(
        ["Address", "Addresses", "Office", "Offices", "Location", "Locations", "Contact", "Contacts", "Headquarters", "Mailing", "Shipping",
         "Billing", "Delivery", "Home", "Work", "Postal", "Return", "From", "To", "Sender", "Recipient", "Branch", "Store", "Directions",
         "Invoice", "Receipt", "Warehouse", "Venue", "Residence", "Correspondence", "Registered", "Main", "Head", "New", "Old", "Current", "Previous",
         "Regards", "Sincerely", "Cheers", "Greetings", "Best", "Welcome"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Lower-case and capitalised joining words inside a firm's name ("Business And Legal Resources", "Bank of Melbourne").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Joiners = new HashSet<string>(
        ["and", "&", "of", "for", "the", "de", "und", "et"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The top line of a label: a line of its own (at the text's start or after a blank line), a blank line, then an
    /// address block that starts the next paragraph ("Quandl\n\n80 87 Rue Joseph Vernet Apt. 849 …"). The line is an
    /// ORGANIZATION when nothing else names it (a person's name there is already a PERSON candidate) and it is not a
    /// label word ("Shipping Address", "Head Office"). At most <see cref="MaxBlocks"/> addresses are looked at.
    /// </summary>
    public static void LabelOrganizations(PiiScan scan)
    {
        var text = scan.Text;
        if (!text.Contains("\n\n", StringComparison.Ordinal))
        {
            return;
        }

        var found = scan.Found;
        var candidates = found.Count;
        var looked = 0;
        foreach (var list in new[] { scan.Fills, found })
        {
            var count = list == found ? candidates : list.Count;
            for (var k = 0; k < count && looked < MaxBlocks; k++)
            {
                var f = list[k];
                if (f.Type != "STREET_ADDRESS")
                {
                    continue;
                }

                var lineStart = f.Start;
                while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t')
                {
                    lineStart--;
                }

                // The address starts a paragraph: a blank line (only spaces on it) right before its line.
                if (lineStart < 2 || text[lineStart - 1] != '\n')
                {
                    continue;
                }

                var blank = lineStart - 2;
                while (blank >= 0 && text[blank] is ' ' or '\t' or '\r')
                {
                    blank--;
                }

                if (blank < 0 || text[blank] != '\n')
                {
                    continue;
                }

                looked++;
                var prevEnd = blank;
                var prevStart = text.AsSpan(0, prevEnd).LastIndexOf('\n') + 1;
                var above = prevStart > 0 ? text.AsSpan(0, prevStart - 1).TrimEnd(" \t\r") : [];
                if (above.Length > 0 && !above.EndsWith('\n'))
                {
                    continue; // the line above is part of a paragraph, not a label line of its own
                }

                var (s, e) = (prevStart, prevEnd);
                while (s < e && char.IsWhiteSpace(text[s]))
                {
                    s++;
                }

                while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == '.'))
                {
                    e--;
                }

                if (e > s && e - s <= MaxLine && IsLabelOrganization(text.AsSpan(s, e - s)) && !Touched(found, candidates, s, e))
                {
                    scan.Emit("ORGANIZATION", s, e, Score);
                }
            }
        }
    }

    // One to five words of letters ("-", "'", "." inside), the first and last capitalised, joining words between; not
    // a known place, not a label word, and not a first name alone.
    private static bool IsLabelOrganization(ReadOnlySpan<char> line)
    {
        var gaz = Gazetteer.Instance;
        var words = 0;
        var i = 0;
        var lastCapital = false;
        var uncommon = false; // one word at least is no common capitalised word or heading ("Thanks", "Notes" alone are not firms)
        while (i < line.Length)
        {
            var ws = i;
            while (i < line.Length && line[i] != ' ')
            {
                i++;
            }

            var w = line[ws..i];
            words++;
            var joiner = Joiners.Contains(w);
            if (words > 5 || (words == 1 && joiner) || LabelWords.Contains(w) || gaz.Place.Contains(w) || !IsLabelWord(w))
            {
                return false;
            }

            lastCapital = !joiner && char.IsUpper(w[0]);
            if (!joiner && !lastCapital)
            {
                return false;
            }

            uncommon |= !joiner && !CommonWords.CapitalizedSpan.Contains(w) && !CommonWords.HeadingSpan.Contains(w);

            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }
        }

        return words > 0 && lastCapital && uncommon && !gaz.Place.Contains(line) && !(words == 1 && gaz.First.Contains(line));
    }

    private static bool IsLabelWord(ReadOnlySpan<char> w)
    {
        if (w is "&")
        {
            return true;
        }

        foreach (var c in w)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '.'))
            {
                return false;
            }
        }

        return w.Length > 1 && char.IsLetter(w[0]);
    }

    // The name is the only content of its line, apart from leading markers and spaces.
    private static bool WholeLine(string text, int start, int end, out int lineEnd)
    {
        lineEnd = LineEnd(text, end);
        if (text.AsSpan(end, lineEnd - end).ContainsAnyExcept(" \t\r"))
        {
            return false;
        }

        var p = start;
        while (p > 0 && text[p - 1] != '\n')
        {
            if (char.IsLetterOrDigit(text[p - 1]))
            {
                return IsTitleBefore(text, start);
            }

            p--;
        }

        return true;
    }

    // "Mr. Brian Berločnik": before the name on its line, only one short capitalised word that ends in a full stop.
    private static bool IsTitleBefore(string text, int end)
    {
        var e = end;
        while (e > 0 && text[e - 1] == ' ')
        {
            e--;
        }

        if (e < 2 || text[e - 1] != '.')
        {
            return false;
        }

        var s = e - 1;
        while (s > 0 && char.IsLetter(text[s - 1]))
        {
            s--;
        }

        var letters = e - 1 - s;
        if (letters is < 2 or > 4 || !char.IsUpper(text[s]))
        {
            return false;
        }

        while (s > 0 && text[s - 1] != '\n')
        {
            if (char.IsLetterOrDigit(text[s - 1]))
            {
                return false;
            }

            s--;
        }

        return true;
    }

    private static int LineEnd(string text, int from)
    {
        var n = text.AsSpan(from).IndexOf('\n');
        return n < 0 ? text.Length : from + n;
    }

    // The line's content from the first letter or digit to the last one (markers and spaces trimmed).
    private static (int Start, int End) Content(string text, int lineStart)
    {
        var end = LineEnd(text, lineStart);
        var s = lineStart;
        while (s < end && !char.IsLetterOrDigit(text[s]))
        {
            s++;
        }

        var e = end;
        while (e > s && !char.IsLetterOrDigit(text[e - 1]))
        {
            e--;
        }

        return (s, e);
    }

    private static bool IsOrganizationLine(ReadOnlySpan<char> line)
    {
        var gaz = Gazetteer.Instance;
        var words = 0;
        var i = 0;
        while (i < line.Length)
        {
            var ws = i;
            while (i < line.Length && line[i] != ' ')
            {
                i++;
            }

            var w = line[ws..i];
            if (w is not "&")
            {
                if (++words > MaxWords || w.Length < 2 || !char.IsUpper(w[0]) || !IsWord(w) || CommonWords.CapitalizedSpan.Contains(w)
                    || gaz.Place.Contains(w) || gaz.First.Contains(w))
                {
                    return false;
                }
            }

            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }
        }

        return words > 0 && !gaz.Place.Contains(line);
    }

    // Letters and hyphens only.
    private static bool IsWord(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool Covered(IReadOnlyList<GuardFinding> found, int count, string type, int s, int e)
    {
        for (var k = 0; k < count; k++)
        {
            if (found[k].Type == type && found[k].Start <= s && found[k].End >= e && e > s)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Touched(IReadOnlyList<GuardFinding> found, int count, int s, int e)
    {
        for (var k = 0; k < count; k++)
        {
            if (found[k].Start < e && found[k].End > s)
            {
                return true;
            }
        }

        return false;
    }
}
