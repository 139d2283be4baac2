using System.Buffers;
using System.Globalization;

namespace Warden.Guards.Detectors;

/// <summary>
/// Whole addresses after an address cue ("my address is", "lives at", "please return to", "Address:"): house
/// numbers, street words in any script, unit/box parts, city, region and postcode, across single line breaks, in the
/// forms the street regex cannot enumerate ("Koskikatu 25 Apt. 864", "ul. Słowicza 10", "PSC 0413, Box 8144\nAPO AA
/// 42323"). The block must start with a number, an address starter (PSC, Unit, P.O. Box, ...) or street words followed by
/// a number on the same line, and must hold a digit; times, dates and amounts ("at 5 pm", "on 3 May") are not blocks.
/// </summary>
internal static class PiiAddressBlocks
{
    // Reported as a fill (PiiScan.EmitFill): the street regex, city and postcode findings inside keep their spans and types.
    private const double Score = 0.8;

    internal const double BlockScore = Score;
    private const int MaxTokens = 16;
    private const int MaxSkip = 6;

    private static readonly SearchValues<string> Cues = SearchValues.Create(
        ["address", "lives at ", "live at ", "living at ", "lives on ", "live on ", "living on ", "located at ", " is at ", " are at ", "meet you at ", "meet me at ", "meet us at ", "return to ", "sent to",
         "send it to ", "send them to ", "drops you off at ", "drop me off at ", "arrived at ", "taxi to ", "new one to ", "enter on ", " is on ",
         "ship to ", "ship it to ", "deliver to ", "deliver it to ", "delivered to ", "mail it to ", "moved to ", "corner of ", "based at ", "it's in ", "it is in "],
        StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters = new HashSet<string>(
        ["PSC", "Unit", "P.O.", "PO", "POB", "USS", "USNS", "USNV", "USCGC", "Box", "Apt.", "Apt", "Suite", "Flat", "ul.", "ul", "Postfach", "BP", "CP"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Lower-case words that sit inside street names and addresses ("ul. Słowicza", "Rua do Arenque", "Király u. 15.").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Inner = new HashSet<string>(
        ["apt", "apt.", "suite", "unit", "box", "ul.", "u.", "u", "st.", "str.", "no.", "nr.", "de", "del", "della", "da", "do", "dos", "das", "di", "du",
         "des", "la", "le", "van", "der", "den", "von", "y", "e", "and", "rue", "via", "calle", "avenida", "rua", "flat", "floor", "fl.", "bldg", "bldg.", "ul", "apo", "fpo", "dpo", "place", "boulevard", "avenue", "chemin", "allée", "impasse", "quai", "route", "viale",
         "piazza", "corso", "strada", "carrer", "travessa", "straat", "sur", "der",
         "gate", "gata", "gade", "vei", "vej", "veg", "utca", "út", "tér", "körút", "ulica"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words after a number that make it a time, an amount or a count rather than a house number.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotAddress = new HashSet<string>(
        ["am", "pm", "a.m.", "p.m.", "o'clock", "h", "hours", "hour", "hrs", "minutes", "min", "mins", "seconds", "percent", "%", "days", "weeks",
         "months", "years", "people", "times", "items", "units", "pages", "USD", "EUR", "GBP", "dollars", "euros", "CET", "UTC", "GMT", "PST", "EST"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = new HashSet<string>(
        ["Apt.", "St.", "Str.", "Ave.", "Rd.", "Blvd.", "Dr.", "No.", "Nr.", "u.", "ul.", "P.O.", "Fl.", "Bldg.", "Ln.", "Ct.", "Pl.", "Sq.", "apt.", "st."],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // US military mail: "Unit 8505 Box 9220\nDPO AE 90744", "USNS Bergman\nFPO AP 93757", "PSC 1437, Box 3833\nAPO AA 66791".
    private static readonly SearchValues<string> MilitaryPostOffices = SearchValues.Create(["APO ", "FPO ", "DPO "], StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MilitaryStarters = new HashSet<string>(
        ["PSC", "Unit", "CMR", "USS", "USNS", "USNV", "USCGC"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Find(PiiScan scan)
    {
        AfterCues(scan);
        AtNameThenAddress(scan);
        AtLineStarts(scan);
        AtSentenceStarts(scan);
        MilitaryMail(scan);
        CityLines(scan);
    }

    /// <summary>
    /// Inside a block, the line right below a unit line ("Apt. 523", "??? Suite 052") is the city when it holds one to
    /// three words of letters and nothing else ("Apt. 523\n urjala\n maldives 58673"): it is reported as a
    /// <c>LOCATION</c> within the block. At most 8 blocks are read.
    /// </summary>
    private static void CityLines(PiiScan scan)
    {
        var text = scan.Text;
        var fills = scan.Fills;
        for (var f = 0; f < fills.Count && f < 8; f++)
        {
            var (bs, be) = (fills[f].Start, fills[f].End);
            var nl = text.IndexOf('\n', bs, be - bs);
            while (nl >= 0 && nl < be)
            {
                var lineEnd = text.IndexOf('\n', nl + 1, be - nl - 1);
                if (lineEnd < 0)
                {
                    break;
                }

                // The line from nl+1 to lineEnd: (markers) unit word, number.
                var (us, ue) = NextToken(text, nl + 1, out _);
                for (var k = 0; k < 3 && us >= 0 && us < lineEnd && !char.IsLetterOrDigit(text[us]) && ue - us <= 4; k++)
                {
                    (us, ue) = NextToken(text, ue, out _);
                }

                var (ns, ne) = us >= 0 ? NextToken(text, ue, out _) : (-1, -1);
                if (us >= 0 && ne <= lineEnd && ns >= 0 && UnitWords.Contains(Core(text, us, ue)) && IsHouseNumber(Core(text, ns, ne))
                    && text.AsSpan(ne, lineEnd - ne).Trim(' ').IsEmpty)
                {
                    CityLine(scan, text, lineEnd + 1, be);
                }

                nl = lineEnd;
            }
        }
    }

    private static void CityLine(PiiScan scan, string text, int pos, int blockEnd)
    {
        var (s, e) = NextToken(text, pos, out _);
        for (var k = 0; k < 3 && s >= 0 && s < blockEnd && !char.IsLetterOrDigit(text[s]) && e - s <= 4; k++)
        {
            (s, e) = NextToken(text, e, out _);
        }

        if (s < 0 || s >= blockEnd || text.AsSpan(pos, s - pos).Contains('\n'))
        {
            return;
        }

        var start = s;
        var end = -1;
        for (var n = 0; n < 4; n++)
        {
            var w = Core(text, s, e);
            if (w.IsEmpty || w.Length != e - s || !(IsCapital(w) || IsLowerWord(w)) || w.ContainsAnyInRange('0', '9'))
            {
                return;
            }

            end = e;
            var (ns, ne) = NextToken(text, e, out _);
            if (ns < 0 || ns > blockEnd || text.AsSpan(e, ns - e).Contains('\n'))
            {
                scan.Emit("LOCATION", start, end, 0.7);
                return;
            }

            (s, e) = (ns, ne);
        }
    }

    /// <summary>
    /// US military mail without a cue: the post-office part ("APO", "FPO" or "DPO", a two-letter code and five digits) is
    /// found first; the block starts at the unit, PSC or ship word on the same line or the line before (at most 60
    /// characters back), so "Allan Björk\nScale Unlimited\nUnit 5022 Box 1225\nDPO AE 44085" gives the last two lines.
    /// </summary>
    private static void MilitaryMail(PiiScan scan)
    {
        var text = scan.Text;
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(MilitaryPostOffices);
            if (k < 0)
            {
                return;
            }

            var p = i + k;
            i = p + 4;
            var code = p + 4;
            if ((p > 0 && char.IsLetterOrDigit(text[p - 1])) || code + 8 > text.Length || !char.IsAsciiLetter(text[code]) || !char.IsAsciiLetter(text[code + 1])
                || text[code + 2] != ' ')
            {
                continue;
            }

            var zs = code + 3;
            var ze = zs;
            while (ze < text.Length && ze - zs <= 5 && char.IsAsciiDigit(text[ze]))
            {
                ze++;
            }

            if (ze - zs != 5 || (ze < text.Length && char.IsLetterOrDigit(text[ze])))
            {
                continue;
            }

            var start = MilitaryStart(text, p);
            if (start >= 0)
            {
                scan.EmitFill("STREET_ADDRESS", start, ze, Score);
                i = ze;
            }
        }
    }

    // The earliest unit, PSC or ship word before the post office, on its line or the line before.
    private static int MilitaryStart(string text, int postOffice)
    {
        var start = -1;
        var breaks = 0;
        for (var b = postOffice - 1; b >= Math.Max(0, postOffice - 60); b--)
        {
            if (text[b] == '\n' && ++breaks > 1)
            {
                break;
            }

            if (char.IsAsciiLetter(text[b]) && (b == 0 || !char.IsLetterOrDigit(text[b - 1])))
            {
                var we = b;
                while (we < postOffice && char.IsAsciiLetter(text[we]))
                {
                    we++;
                }

                if (we < postOffice && text[we] == ' ' && MilitaryStarters.Contains(text.AsSpan(b, we - b)))
                {
                    start = b;
                }
            }
        }

        return start;
    }

    /// <summary>
    /// "We'll meet Thursday at Recargo, 73111 31 Seneca Place, Marshland": after " at ", one capitalised word, a comma
    /// and an address block. The word is the ORGANIZATION at that address unless it is a known place, a given name, a
    /// common capitalised word (weekdays among them) or a month; the block is reported either way. One pass over the occurrences of " at ".
    /// </summary>
    private static void AtNameThenAddress(PiiScan scan)
    {
        var text = scan.Text;
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOf(" at ", StringComparison.Ordinal);
            if (k < 0)
            {
                return;
            }

            var ws = i + k + 4;
            i = ws;
            var we = ws;
            while (we < text.Length && (char.IsLetter(text[we]) || text[we] == '-'))
            {
                we++;
            }

            if (we == ws || we + 2 >= text.Length || text[we] != ',' || text[we + 1] != ' ' || !char.IsAsciiDigit(text[we + 2]) || !char.IsUpper(text[ws]))
            {
                continue;
            }

            var (ts, te) = NextToken(text, we + 1, out _);
            if (ts < 0 || !IsStart(text, ts, te))
            {
                continue;
            }

            var end = Extend(text, ts);
            if (end <= ts)
            {
                continue;
            }

            var word = text.AsSpan(ws, we - ws);
            var gaz = Gazetteer.Instance;
            if (word.Length > 2 && !gaz.Place.Contains(word) && !gaz.First.Contains(word) && !CommonWords.CapitalizedSpan.Contains(word)
                && !NameCues.Months.Contains(word))
            {
                scan.Emit("ORGANIZATION", ws, we, 0.6);
            }

            scan.EmitFill("STREET_ADDRESS", ts, end, Score);
            i = end;
        }
    }

    /// <summary>
    /// A numbered street line that opens a sentence ("Can you please validate the following? 2456 Rue de Virton 38\n
    /// Suite 510"): after ". ", "? ", "! " or ": ", a house number, street words and another number, with the rest of
    /// the block. One pass over the digit runs of the text.
    /// </summary>
    private static void AtSentenceStarts(PiiScan scan)
    {
        var text = scan.Text;
        var runs = new DigitRuns(text);
        while (runs.MoveNext())
        {
            var ts = runs.Start;
            if (ts < 2 || text[ts - 1] != ' ' || text[ts - 2] is not ('.' or '?' or '!' or ':'))
            {
                continue; // not after a sentence break
            }

            var te = ts;
            while (te < text.Length && !char.IsWhiteSpace(text[te]) && text[te] != ',')
            {
                te++;
            }

            runs.ResumeAt(te);
            if (IsNumberedStreetLine(text, ts, te, sentence: true))
            {
                var end = Extend(text, ts);
                if (end > ts)
                {
                    scan.EmitFill("STREET_ADDRESS", ts, end, Score);
                    runs.ResumeAt(end);
                }
            }
        }
    }

    /// <summary>
    /// Address lines without a cue, as in a signature or a label: a line that starts with a house number, street words
    /// and another number ("20789 Allika 46", "??? 83854 Strickstrasse 61"), with the lines of the block after it.
    /// </summary>
    private static void AtLineStarts(PiiScan scan)
    {
        var text = scan.Text;
        var p = 0;
        while (p < text.Length)
        {
            var (ts, te) = NextToken(text, p, out _);
            if (ts < 0)
            {
                return;
            }

            // Blank lines before the token: continue from the token's own line, so no stretch of white space is scanned twice.
            var lastBreak = text.AsSpan(p, ts - p).LastIndexOf('\n');
            if (lastBreak >= 0)
            {
                p += lastBreak + 1;
            }

            // Skip up to three short bullet tokens ("???", "-", "*") at the start of the line; a bounded number keeps the pass linear.
            for (var k = 0; k < 3 && ts >= 0 && !char.IsLetterOrDigit(text[ts]) && te - ts <= 4; k++)
            {
                (ts, te) = NextToken(text, te, out _);
            }

            if (ts >= 0 && !text.AsSpan(p, ts - p).Contains('\n') && IsNumberedStreetLine(text, ts, te))
            {
                var end = Extend(text, ts);
                if (end > ts)
                {
                    scan.EmitFill("STREET_ADDRESS", ts, end, Score);
                    p = end;
                }
            }

            var nl = text.IndexOf('\n', p);
            if (nl < 0)
            {
                return;
            }

            p = nl + 1;
        }
    }

    // "20789 Allika 46": a number of at most six digits, one to three capitalised words, and a number, all on one line.
    // In running text the street's number must end the line or come before a comma or a capitalised word ("38\n",
    // "74 Suite 967"), so "10 Reasons 2024 was a good year" is no address.
    private static bool IsNumberedStreetLine(string text, int ts, int te, bool sentence = false)
    {
        var w = Core(text, ts, te);
        if (w.Length > 6 || w.ContainsAnyExcept("0123456789"))
        {
            return false;
        }

        // The first word is capitalised; lower-case street particles may follow ("Rue de Virton 38").
        var (ns, ne) = NextToken(text, te, out _);
        if (!sentence && ns >= 0 && !text.AsSpan(te, ns - te).Contains('\n') && IsHouseNumber(Core(text, ns, ne)))
        {
            // "66029 138 Consul Place": a building number, then the street's own number and words that end in a street suffix.
            return SuffixEndsLine(text, ne);
        }

        return ns >= 0 && !text.AsSpan(te, ns - te).Contains('\n') && ((IsStreetLineWord(Core(text, ns, ne))
            && WordsThenNumber(text, te, 1, static w => IsStreetLineWord(w) || Inner.Contains(w), sentence ? EndsStreet : static (_, number, _) => number.Length <= 6 && !number.ContainsAnyExcept("0123456789-/")))
            || (!sentence && StreetLineAboveUnit(text, te)));
    }

    // Unit words that open the line below a street line ("Apt. 523", "Suite 824"); not "Box", which also opens other lines.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitWords = new HashSet<string>(
        ["Apt", "Suite", "Unit", "Flat"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // "01 Luite tee 71\n Suite 824", "46 via raffaele conforti 74\n??? apt. 239": after the house number, one to three
    // words in either case (no joining word such as "in" or "to"), the street's number at the end of the line, and a
    // unit word with its number opening the next line. The unit line makes lower-case street words safe to accept.
    private static bool StreetLineAboveUnit(string text, int pos)
    {
        for (var n = 0; n < 4; n++)
        {
            var (s, e) = NextToken(text, pos, out _);
            if (s < 0 || text.AsSpan(pos, s - pos).Contains('\n'))
            {
                return false;
            }

            var w = Core(text, s, e);
            if (w.IsEmpty)
            {
                return false;
            }

            if (char.IsAsciiDigit(w[0]))
            {
                // "76 Piroska u. 97.\n Apt. 032": a full stop may close the street's number.
                if (n == 0 || !IsHouseNumber(w) || e - s - w.Length > (text[e - 1] == '.' ? 1 : 0))
                {
                    return false;
                }

                var (us, ue) = NextToken(text, e, out var blank);
                if (us < 0 || blank || !text.AsSpan(e, us - e).Contains('\n'))
                {
                    return false;
                }

                // Up to three short bullet tokens ("???", ">") before the unit word.
                for (var k = 0; k < 3 && us >= 0 && !char.IsLetterOrDigit(text[us]) && ue - us <= 4; k++)
                {
                    (us, ue) = NextToken(text, ue, out _);
                }

                if (us < 0 || !UnitWords.Contains(Core(text, us, ue)))
                {
                    return false;
                }

                var (ns, ne) = NextToken(text, ue, out _);
                return ns >= 0 && !text.AsSpan(ue, ns - ue).Contains('\n') && IsHouseNumber(Core(text, ns, ne));
            }

            // A street word may also be a common one ("09 Avenue des Sartiaux 318\n Apt. 580"): the unit line vouches for it.
            if (!(IsLowerWord(w) || (IsCapital(w) && (!CommonWords.CapitalizedSpan.Contains(w) || Gazetteer.Instance.StreetSuffix.Contains(w)))) || NotAddress.Contains(w))
            {
                return false;
            }

            pos = e;
        }

        return false;
    }

    private static bool IsHouseNumber(ReadOnlySpan<char> w) => w.Length is > 0 and <= 5 && !w.ContainsAnyExcept("0123456789");

    // After "66029 138": one to three capitalised words, the last a street suffix, then the end of the line ("Consul
    // Place", "Maidstone Road"; the suffix may be a common word); or one to four street words, then a unit word and its
    // number on the same line ("124 N. Stadion Suite 056", "87 Rue Joseph Vernet Apt. 849").
    private static bool SuffixEndsLine(string text, int pos)
    {
        for (var n = 0; n < 5; n++)
        {
            var (s, e) = NextToken(text, pos, out _);
            if (s < 0 || text.AsSpan(pos, s - pos).Contains('\n'))
            {
                return false;
            }

            var w = Core(text, s, e);
            if (n > 0 && Starters.Contains(w) && !w.Equals("Box", StringComparison.OrdinalIgnoreCase))
            {
                var (us, ue) = NextToken(text, e, out _);
                return us >= 0 && !text.AsSpan(e, us - e).Contains('\n') && IsHouseNumber(Core(text, us, ue));
            }

            var suffix = n > 0 && Gazetteer.Instance.StreetSuffix.Contains(w);
            if (!IsStreetLineWord(w) && !suffix && !(n > 0 && Inner.Contains(w)))
            {
                return false;
            }

            var (ns, _) = NextToken(text, e, out _);
            if (ns < 0 || text.AsSpan(e, ns - e).Contains('\n'))
            {
                return suffix && n < 3;
            }

            pos = e;
        }

        return false;
    }

    private static bool EndsStreet(string text, ReadOnlySpan<char> number, int end)
    {
        if (number.Length > 6 || number.ContainsAnyExcept("0123456789-/"))
        {
            return false;
        }

        if (end >= text.Length || text[end] is '\n' or '\r' or ',')
        {
            return true;
        }

        var (ns, ne) = NextToken(text, end, out _);
        return ns < 0 || text.AsSpan(end, ns - end).Contains('\n') || IsCapital(Core(text, ns, ne));
    }

    private static bool IsStreetLineWord(ReadOnlySpan<char> w) =>
        IsCapital(w) && !CommonWords.CapitalizedSpan.Contains(w) && !NameCues.Months.Contains(w) && !NotAddress.Contains(w);

    private static bool IsStreetWord(ReadOnlySpan<char> w) => IsCapital(w) || Inner.Contains(w);

    // "Tungata 11" but not "Tungata 11 am": the word after the number must not make it a time, an amount or a count.
    private static bool IsNumberNotCount(string text, ReadOnlySpan<char> number, int end)
    {
        var (s, e) = NextToken(text, end, out _);
        return number.Length <= 6 && (s < 0 || !NotAddress.Contains(Core(text, s, e)));
    }

    private delegate bool WordTest(ReadOnlySpan<char> word);

    private delegate bool NumberTest(string text, ReadOnlySpan<char> number, int end);

    /// <summary>
    /// Walks up to four tokens after <paramref name="pos"/> on the same line: words while <paramref name="isWord"/>
    /// holds, then a number (after at least <paramref name="minWords"/> words) that <paramref name="isNumber"/> accepts.
    /// </summary>
    private static bool WordsThenNumber(string text, int pos, int minWords, WordTest isWord, NumberTest isNumber, bool lowerBeforeNumber = false)
    {
        for (var n = 0; n < 4; n++)
        {
            var (ns, ne) = NextToken(text, pos, out _);
            if (ns < 0 || text.AsSpan(pos, ns - pos).Contains('\n'))
            {
                return false;
            }

            var next = Core(text, ns, ne);
            if (next.IsEmpty)
            {
                return false;
            }

            if (char.IsAsciiDigit(next[0]))
            {
                return n >= minWords && isNumber(text, next, ne);
            }

            // With lowerBeforeNumber, a lower-case street word in any script may come last, right before the number
            // ("Českého odboje 1735"); not a joining word ("Park on 5").
            if (!isWord(next) && !(lowerBeforeNumber && !LowerStops.Contains(next) && IsInnerLower(text, next, ne)))
            {
                return false;
            }

            pos = ne;
        }

        return false;
    }

    /// <summary>
    /// The address block on the line that starts at <paramref name="lineStart"/>, when the line opens with a house number
    /// (after spaces or list markers) that <see cref="IsStart"/> accepts; (-1, -1) otherwise.
    /// </summary>
    internal static (int Start, int End) BlockAtLine(string text, int lineStart)
    {
        var (ts, te) = NextToken(text, lineStart, out _);
        if (ts < 0 || text.AsSpan(lineStart, ts - lineStart).Contains('\n') || !char.IsAsciiDigit(text[ts]) || !IsStart(text, ts, te))
        {
            return (-1, -1);
        }

        var end = Extend(text, ts);
        return end > ts ? (ts, end) : (-1, -1);
    }

    private static void AfterCues(PiiScan scan)
    {
        var text = scan.Text;
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(Cues);
            if (k < 0)
            {
                return;
            }

            var p = i + k;
            var end = Block(text, p, out var start);
            if (end > start && start >= 0)
            {
                scan.EmitFill("STREET_ADDRESS", start, end, Score);
                i = end;
            }
            else
            {
                i = p + 1;
            }
        }
    }

    /// <summary>The address block that starts within a few words after <paramref name="from"/>; returns its end (exclusive) or -1.</summary>
    private static int Block(string text, int from, out int start)
    {
        start = -1;
        var pos = from;
        for (var skipped = 0; skipped <= MaxSkip; skipped++)
        {
            var (ts, te) = NextToken(text, pos, out var blankLine);

            // A blank line ends the search, except right after the cue's own label ("address:\n\n19 Rue …").
            if (ts < 0 || blankLine && !(skipped == 1 && pos > 0 && text[pos - 1] == ':'))
            {
                return -1;
            }

            var w = Core(text, ts, te);
            if (w.IsEmpty)
            {
                pos = te;
                continue;
            }

            if (IsStart(text, ts, te))
            {
                start = ts;
                return Extend(text, ts);
            }

            // A skipped number or month means a date, an amount or a partial address follows, not a whole address.
            if (w.ContainsAnyInRange('0', '9') || NameCues.Months.Contains(w))
            {
                return -1;
            }

            // Only the cue's own words and short fillers ("is", "with", "the corner of", a name on the line before) come first.
            if (te - ts > 14 || w.Contains('@') || (text.AsSpan(ts, te - ts).ContainsAny('.', '!') && !Abbreviations.Contains(text.AsSpan(ts, te - ts))))
            {
                return -1;
            }

            pos = te;
        }

        return -1;
    }

    private static bool IsStart(string text, int ts, int te)
    {
        var w = Core(text, ts, te);
        if (Starters.Contains(w) || Starters.Contains(text.AsSpan(ts, te - ts)))
        {
            return HasDigitSoon(text, te, 4);
        }

        if (char.IsAsciiDigit(w[0]))
        {
            // A house or building number: not a time, a date or an amount, and something address-like follows.
            if (w.Length > 6 || w.ContainsAnyExcept("0123456789-/") || (te < text.Length && text[te] == ':'))
            {
                return false;
            }

            var (ns, ne) = NextToken(text, te, out var blank);
            if (ns < 0 || blank)
            {
                return false;
            }

            var next = Core(text, ns, ne);
            return !next.IsEmpty && !NotAddress.Contains(next) && !NameCues.Months.Contains(next) && (IsCapital(next) || char.IsAsciiDigit(next[0]) || Inner.Contains(text.AsSpan(ns, ne - ns)) || IsInnerLower(text, next, ne)
                || (LowerLine(text, ts) && WordsThenNumber(text, te, 1, IsLowerWord, IsNumberNotCount)));
        }

        // Street words in capitals (any script) followed by a number on the same line: "Tungata 11", "Rua Cyro Schmutzer Franco 1213".
        if (!IsCapital(w) || CommonWords.CapitalizedSpan.Contains(w) || NameCues.Months.Contains(w))
        {
            return false;
        }

        return WordsThenNumber(text, te, 0, IsStreetWord, IsNumberNotCount, lowerBeforeNumber: true);
    }

    private static int Extend(string text, int ts)
    {
        var end = -1;
        var pos = ts;
        var hasDigit = false;
        var tokens = 0;
        var prevAccepted = false;
        var markers = 0;
        var lower = LowerLine(text, ts);
        var crossedBlank = false;
        while (tokens < MaxTokens)
        {
            var (s, e) = NextToken(text, pos, out var blank);
            if (s < 0)
            {
                break;
            }

            // A label may put its last line, the country and the postcode, after a blank line ("ANGERED\n\n Paraguay 81365").
            if (blank && tokens > 0)
            {
                if (crossedBlank || !PlaceThenPostcode(text, s))
                {
                    break;
                }

                crossedBlank = true;
            }

            // A postcode that ends a question ("... Germany 21670? I am in ...") is the block's last token.
            var last = false;
            if (tokens > 0 && e - s > 1 && text[e - 1] is '?' or '!' && IsPostcode(text.AsSpan(s, e - s - 1)))
            {
                e--;
                last = true;
            }

            var raw = text.AsSpan(s, e - s);

            // A bullet or quote marker at the start of a block line ("??? Suite 292", "- Zuoz"); a bounded number keeps the pass linear.
            if (tokens > 0 && markers < MaxSkip && raw.Length <= 4 && !raw.ContainsAnyInRange('0', '9') && !ContainsLetter(raw) && text.AsSpan(pos, s - pos).Contains('\n'))
            {
                markers++;
                pos = e;
                continue;
            }

            var w = Core(text, s, e);
            if (w.IsEmpty || raw.ContainsAny("?!;@") || raw.Contains("://", StringComparison.Ordinal) || raw.EndsWith(':'))
            {
                break;
            }

            // A phone line below the address ("53144\n06-10446904-Office", "(84) 7564-8830 office") ends the block.
            if (tokens > 0 && text.AsSpan(pos, s - pos).Contains('\n') && IsPhoneLine(text, s))
            {
                break;
            }

            var digit = w.ContainsAnyInRange('0', '9');
            var accept = digit || IsCapital(w) || Inner.Contains(w) || (prevAccepted && IsInnerLower(text, w, e)) || (lower && IsLowerWord(w))
                || (!lower && tokens > 1 && IsPlaceParticle(text, w, s, e));
            if (!accept || w is "I" || (lower && LowerStops.Contains(w)))
            {
                break;
            }

            hasDigit |= digit;
            tokens++;
            prevAccepted = true;
            end = s + TrimmedLength(raw);
            pos = e;
            if (last)
            {
                break;
            }

            // A full stop ends the block unless it closes an abbreviation, an initial, or a number at the end of a line.
            if (raw.EndsWith('.') && !Abbreviations.Contains(raw) && !(raw.Length == 2 && char.IsLetter(raw[0])))
            {
                var lineBreak = e < text.Length && text.AsSpan(e).TrimStart(' ').StartsWith('\n');
                var (ns, ne) = NextToken(text, e, out _);
                var unitNext = ns >= 0 && Starters.Contains(Core(text, ns, ne));
                if (!(digit && (lineBreak || unitNext)))
                {
                    break;
                }
            }
        }

        return hasDigit && tokens >= 2 ? end : -1;
    }

    // Words that label a phone number ("-Office", " fax", " mobile").
    private static readonly SearchValues<string> PhoneLabels = SearchValues.Create(
        ["office", "fax", "mobile", "cell", "phone", "tel"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A line that holds at least seven digits and a phone label right after a digit, "-" or a space and before the
    /// line's end, a space, "," or "\\" ("06-10446904-Office\\,001-748-088-2851x818-Fax", "97 111421 office").
    /// At most 80 characters of the line are read.
    /// </summary>
    private static bool IsPhoneLine(string text, int s)
    {
        var line = text.AsSpan(s, Math.Min(text.Length - s, 80));
        var end = line.IndexOf('\n');
        line = end < 0 ? line : line[..end];
        var digits = 0;
        foreach (var c in line)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        if (digits < 7)
        {
            return false;
        }

        var k = 0;
        while (k < line.Length)
        {
            var i = line[k..].IndexOfAny(PhoneLabels);
            if (i < 0)
            {
                return false;
            }

            var a = k + i;
            var b = a;
            while (b < line.Length && char.IsLetter(line[b]))
            {
                b++;
            }

            if (a >= 2 && line[a - 1] is '-' or ' ' && (char.IsAsciiDigit(line[a - 2]) || line[a - 2] is ')')
                && IsLabel(line[a..b]) && (b == line.Length || line[b] is ' ' or ',' or '\\' or '\r'))
            {
                return true;
            }

            k = b > a ? b : a + 1;
        }

        return false;
    }

    private const double LabelledPhoneScore = 0.8;

    /// <summary>
    /// A number of six or more digits right before a phone label ("06-10446904-Office", "97 111421 office",
    /// "(84) 7564-8830 office") is a phone number, whether or not it ends an address block. One vectorised search for
    /// the labels; each hit reads back at most 30 characters on its line.
    /// </summary>
    public static void LabelledPhones(PiiScan scan)
    {
        var text = scan.Text;
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(PhoneLabels);
            if (k < 0)
            {
                return;
            }

            var a = i + k;
            var b = a;
            while (b < text.Length && char.IsLetter(text[b]))
            {
                b++;
            }

            i = b > a ? b : a + 1;
            if (a < 2 || text[a - 1] is not ('-' or ' ') || !(char.IsAsciiDigit(text[a - 2]) || text[a - 2] == ')') || !IsLabel(text.AsSpan(a, b - a))
                || (b < text.Length && text[b] is not (' ' or ',' or '\\' or '\r' or '\n' or '.')))
            {
                continue;
            }

            var end = a - 1;
            var start = end;
            var digits = 0;
            while (start > 0 && end - start < 30 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] is ' ' or '-' or '.' or '(' or ')' or '+' or 'x'))
            {
                start--;
                digits += char.IsAsciiDigit(text[start]) ? 1 : 0;
            }

            while (start < end && !(char.IsAsciiDigit(text[start]) || text[start] is '(' or '+'))
            {
                start++;
            }

            if (digits >= 6 && (start == 0 || !char.IsLetterOrDigit(text[start - 1])))
            {
                scan.Emit("PHONE_NUMBER", start, end, LabelledPhoneScore);
            }
        }
    }

    private static bool IsLabel(ReadOnlySpan<char> w) => w.Equals("office", StringComparison.OrdinalIgnoreCase) || w.Equals("fax", StringComparison.OrdinalIgnoreCase)
        || w.Equals("mobile", StringComparison.OrdinalIgnoreCase) || w.Equals("cell", StringComparison.OrdinalIgnoreCase) || w.Equals("phone", StringComparison.OrdinalIgnoreCase)
        || w.Equals("tel", StringComparison.OrdinalIgnoreCase);

    // "nad" in "Ústí nad Labem", "upon" in "Stratford upon Avon": a short lower-case word after a capitalised word and
    // before another on the same line, on a later line of the block (the place line); not a joining word ("to", "in").
    private static bool IsPlaceParticle(string text, ReadOnlySpan<char> w, int s, int e)
    {
        if (w.Length is < 2 or > 4 || !char.IsLower(w[0]) || LowerStops.Contains(w) || NotAddress.Contains(w) || s < 2 || text[s - 1] != ' ' || !char.IsLetter(text[s - 2]))
        {
            return false;
        }

        var (ns, ne) = NextToken(text, e, out var blank);
        return ns >= 0 && !blank && !text.AsSpan(e, ns - e).Contains('\n') && IsCapital(Core(text, ns, ne)) && !CommonWords.CapitalizedSpan.Contains(Core(text, ns, ne));
    }

    private static bool IsPostcode(ReadOnlySpan<char> w) => w.Length is >= 4 and <= 6 && !w.ContainsAnyExcept("0123456789");

    // One to four words that name a known place ("Paraguay", "United States"), then a postcode that ends the line or the text.
    private static bool PlaceThenPostcode(string text, int s)
    {
        var pos = s;
        for (var n = 0; n < 5; n++)
        {
            var (ws, we) = NextToken(text, pos, out _);
            if (ws < 0 || text.AsSpan(pos, ws - pos).Contains('\n'))
            {
                return false;
            }

            var raw = text.AsSpan(ws, we - ws);
            if (n > 0 && IsPostcode(raw.TrimEnd("?!."))
                && Gazetteer.Instance.Place.Contains(text.AsSpan(s, pos - s).TrimEnd(' ')))
            {
                var (ns, _) = NextToken(text, we, out _);
                return ns < 0 || text.AsSpan(we, ns - we).Contains('\n') || raw.Length > raw.TrimEnd("?!.").Length;
            }

            if (!IsCapital(raw) && !Inner.Contains(raw))
            {
                return false;
            }

            pos = we;
        }

        return false;
    }

    // Words that end a block written all in lower case ("... 6, sé, portugal and i ..."): the text goes on there.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerStops = new HashSet<string>(
        ["i", "in", "and", "or", "the", "to", "for", "is", "was", "are", "at", "on", "of", "by", "with", "from", "as", "please", "but", "so", "if",
         "my", "it", "we", "you", "me", "that", "this", "then", "when", "until", "since", "after", "before", "thanks", "can", "will"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // The line from the block's start is written all in lower case ("947 trg revolucije 17 apt. 858 begunje na
    // gorenjskem slovenia"): its lower-case words are street, place and country names. At most 120 characters are read.
    private static bool LowerLine(string text, int ts)
    {
        var letters = false;
        for (var p = ts; p < text.Length && p < ts + 120 && text[p] != '\n'; p++)
        {
            if (char.IsUpper(text[p]))
            {
                return false;
            }

            letters |= char.IsLetter(text[p]);
        }

        return letters;
    }

    private static bool IsLowerWord(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty || !char.IsLower(w[0]) || LowerStops.Contains(w))
        {
            return false;
        }

        foreach (var c in w)
        {
            if (!char.IsLetter(c) && c is not ('-' or '.' or '\''))
            {
                return false;
            }
        }

        return true;
    }

    // A lower-case street word in any script ("tér", "út", "πεντέλης", "midtvollen") is accepted only before a number.
    private static bool IsInnerLower(string text, ReadOnlySpan<char> w, int end)
    {
        if (w.Length < 2 || !char.IsLower(w[0]))
        {
            return false;
        }

        var (ns, ne) = NextToken(text, end, out var blank);
        return ns >= 0 && !blank && char.IsAsciiDigit(text[ns]) && ne - ns <= 6;
    }

    private static bool ContainsLetter(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDigitSoon(string text, int pos, int words)
    {
        for (var n = 0; n < words; n++)
        {
            var (s, e) = NextToken(text, pos, out _);
            if (s < 0)
            {
                return false;
            }

            if (text.AsSpan(s, e - s).ContainsAnyInRange('0', '9'))
            {
                return true;
            }

            pos = e;
        }

        return false;
    }

    // "d'Ouchy", "l'Église" count as capitalised.
    private static bool IsCapital(ReadOnlySpan<char> w) =>
        w.Length > 0 && (char.IsUpper(w[0]) || char.GetUnicodeCategory(w[0]) == UnicodeCategory.OtherLetter
            || (w.Length > 2 && w[1] == '\'' && char.IsLower(w[0]) && char.IsUpper(w[2])));

    /// <summary>The next whitespace- or comma-separated token after <paramref name="pos"/>; <paramref name="blankLine"/> when an empty line comes first.</summary>
    private static (int Start, int End) NextToken(string text, int pos, out bool blankLine)
    {
        blankLine = false;
        var newlines = 0;
        while (pos < text.Length && (char.IsWhiteSpace(text[pos]) || text[pos] == ','))
        {
            if (text[pos] == '\n')
            {
                newlines++;
            }

            pos++;
        }

        blankLine = newlines > 1;
        if (pos >= text.Length)
        {
            return (-1, -1);
        }

        var e = pos;
        while (e < text.Length && !char.IsWhiteSpace(text[e]) && text[e] != ',')
        {
            e++;
        }

        return (pos, e);
    }

    /// <summary>The token without surrounding quotes, brackets and trailing punctuation.</summary>
    private static ReadOnlySpan<char> Core(string text, int s, int e)
    {
        var w = text.AsSpan(s, e - s).Trim("\"'()[]>");
        return w.Length > 1 ? w.TrimEnd(".:") : w;
    }

    private static int TrimmedLength(ReadOnlySpan<char> raw)
    {
        var n = raw.Length;
        while (n > 0 && raw[n - 1] is '.' or ':' or ')' or '"' or '\'')
        {
            n--;
        }

        // Keep the full stop of an abbreviation or a number ("Apt.", "19."): the token is the same either way.
        return n == 0 ? raw.Length : n;
    }
}
