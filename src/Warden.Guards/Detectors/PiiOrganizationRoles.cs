using System.Buffers;

namespace Warden.Guards.Detectors;

/// <summary>
/// ORGANIZATION spans named by their place in the sentence rather than by a legal word: the capitalised words before a
/// senior title that is followed by a person's name ("Orvane President Lina Marsh", "Brightwell Vice Chairman Marc
/// Dorsey"); a name that ends in an institutional word and is followed by its own acronym in brackets ("the Coastal
/// Rescue Agency (CRA)"); and later mentions of an organisation name the text has already named with a strong cue
/// ("Orvane will own 75%").
/// </summary>
internal static class PiiOrganizationRoles
{
    // Above a capitalised run read as a person (0.55-0.85): "Brightwell Vice" is no person once "Vice Chairman" is a title.
    private const double RoleScore = 0.9;
    private const double AcronymScore = 0.89;

    // A repeat beats the weak guesses (an unknown capitalised word as a place, 0.52-0.55), not a person read from a name.
    private const double RepeatScore = 0.62;

    // Only names found this strongly are repeated: cues (0.86), legal words (0.88), the rules here.
    private const double RepeatSource = 0.86;
    private const int MaxOrgWords = 3;
    private const int MaxRepeatedNames = 16;

    private static readonly SearchValues<string> RoleAnchors = SearchValues.Create(
        [" President ", " Chairman ", " Chairwoman ", " Chief ", " CEO ", " CFO ", " CTO ", " COO ", " Managing ", " Director ", " Founder ",
         " Co-founder ", " Spokesman ", " Spokeswoman ", " Spokesperson ", " General Counsel "],
        StringComparison.Ordinal);

    // Capitalised words of a senior title ("Executive Vice President", "Chief Financial Officer").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleWords = new HashSet<string>(
        ["President", "Vice", "Chairman", "Chairwoman", "Chief", "Executive", "Financial", "Operating", "Technology", "Technical", "Officer",
         "CEO", "CFO", "CTO", "COO", "Managing", "Director", "Founder", "Co-founder", "Spokesman", "Spokeswoman", "Spokesperson", "General",
         "Counsel", "Senior", "Deputy", "Economist", "Partner"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words before a title that qualify the title or the time, not an organisation ("Former President", "Acting CEO").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleQualifiers = new HashSet<string>(
        ["Former", "Acting", "Interim", "Incoming", "Outgoing", "Late", "Then", "Current", "Company", "Board", "Club", "Party", "Union", "Group",
         "Assistant", "Associate", "Regional", "National", "Global", "Our", "Their", "Its", "Past"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Last words of a name that introduce its acronym: an institution, not a technical term ("Key Management Service (KMS)").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InstitutionHeads = new HashSet<string>(
        ["Organisation", "Organization", "Agency", "Association", "Authority", "Bureau", "Board", "Commission", "Committee", "Council",
         "Corporation", "Company", "Department", "Ministry", "Institute", "Foundation", "Federation", "Union", "League", "Party", "Team", "Teams",
         "Bank", "Fund", "Office", "Administration", "Force", "Forces", "Army", "Navy", "Police", "University", "College", "Centre", "Center",
         "Society", "Alliance", "Trust", "Laboratory", "Laboratories", "Labs", "Court", "Tribunal", "Assembly", "Parliament", "Congress"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Organisation names before a senior title and a person, names with their acronym in brackets.</summary>
    public static void Find(PiiScan scan)
    {
        // Nationality words ("French President …") are no organisations; their spans are marked once, so each test costs
        // the candidate's length, not the number of findings.
        bool[]? nrp = null;
        foreach (var f in scan.Found)
        {
            if (f.Type == "NRP")
            {
                nrp ??= new bool[scan.Text.Length];
                nrp.AsSpan(f.Start, f.End - f.Start).Fill(true);
            }
        }

        BeforeRoles(scan, nrp);
        Acronyms(scan, nrp);
    }

    private static void BeforeRoles(PiiScan scan, bool[]? nrp)
    {
        var text = scan.Text;
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(RoleAnchors);
            if (k < 0)
            {
                return;
            }

            var p = i + k;
            i = p + 1;
            Role(scan, text, p + 1, nrp);
        }
    }

    // roleStart: the first letter of the anchor word.
    private static void Role(PiiScan scan, string text, int roleStart, bool[]? nrp)
    {
        // The title runs on over title words; a known given name and a capitalised word follow it.
        var q = roleStart;
        var words = 0;
        while (q < text.Length && words < 5)
        {
            var we = WordEnd(text, q);
            if (we == q || !RoleWords.Contains(text.AsSpan(q, we - q)) || we >= text.Length || text[we] != ' ')
            {
                break;
            }

            q = we + 1;
            words++;
        }

        if (words == 0 || q >= text.Length)
        {
            return;
        }

        var ge = WordEnd(text, q);
        if (ge == q || !char.IsUpper(text[q]) || !Gazetteer.Instance.First.Contains(text.AsSpan(q, ge - q)) || ge + 1 >= text.Length || text[ge] != ' '
            || !char.IsUpper(text[ge + 1]))
        {
            return;
        }

        // Title words before the anchor ("Vice" in "Vice Chairman") belong to the title.
        var s = roleStart - 1; // the space before the title
        while (s > 0)
        {
            var ws = WordStart(text, s);
            if (ws == s || !RoleWords.Contains(text.AsSpan(ws, s - ws)) || ws == 0 || text[ws - 1] != ' ')
            {
                break;
            }

            s = ws - 1;
        }

        // One to three capitalised words (or an acronym) before the title, on the same line.
        var end = s;
        var start = s;
        var cur = s;
        var n = 0;
        while (n < MaxOrgWords)
        {
            var ws = WordStart(text, cur);
            if (ws == cur)
            {
                break;
            }

            var w = text.AsSpan(ws, cur - ws);
            if (!PiiOrganizations.IsCapitalWord(w) || PiiOrganizations.Leading.Contains(w) || RoleQualifiers.Contains(w) || RoleWords.Contains(w)
                || NameCues.Months.Contains(w) || CommonWords.HeadingSpan.Contains(w) || (CommonWords.CapitalizedSpan.Contains(w) && !IsKnown(w)))
            {
                break;
            }

            start = ws;
            n++;
            if (ws == 0 || text[ws - 1] != ' ')
            {
                break;
            }

            cur = ws - 1;
        }

        if (n == 0)
        {
            return;
        }

        if (Gazetteer.Instance.Place.Contains(text.AsSpan(start, end - start)) || Overlaps(nrp, start, end))
        {
            return;
        }

        scan.Emit("ORGANIZATION", start, end, RoleScore);
    }

    // "the Coastal Rescue Agency (CRA)": capitalised words whose initials spell the bracketed capitals, the last an institution.
    private static void Acronyms(PiiScan scan, bool[]? nrp)
    {
        var text = scan.Text;
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOf(" (", StringComparison.Ordinal);
            if (k < 0)
            {
                return;
            }

            var p = i + k;
            i = p + 2;
            var a = p + 2;
            var ae = a;
            while (ae < text.Length && ae - a <= 8 && char.IsAsciiLetterUpper(text[ae]))
            {
                ae++;
            }

            if (ae - a < 2 || ae - a > 8 || ae >= text.Length || text[ae] != ')')
            {
                continue;
            }

            var lastStart = WordStart(text, p);
            if (lastStart == p || !InstitutionHeads.Contains(text.AsSpan(lastStart, p - lastStart)))
            {
                continue;
            }

            // Walk back over the name: each capital word gives the next initial from the end; "of", "and", "for", "the" are skipped.
            var need = ae - a - 1;
            var start = lastStart;
            var ok = char.ToUpperInvariant(text[lastStart]) == text[ae - 1];
            var e = lastStart;
            var steps = 0;
            while (ok && need > 0 && steps++ < 12)
            {
                if (e < 2 || text[e - 1] != ' ')
                {
                    ok = false;
                    break;
                }

                var ws = WordStart(text, e - 1);
                var w = text.AsSpan(ws, e - 1 - ws);
                if (w.IsEmpty)
                {
                    ok = false;
                }
                else if (PiiOrganizations.IsConnector(w) || w is "the")
                {
                    e = ws;
                }
                else if (char.IsUpper(w[0]) && w[0] == text[a + need - 1])
                {
                    e = ws;
                    start = ws;
                    need--;
                }
                else
                {
                    ok = false;
                }
            }

            if (ok && need == 0 && start < lastStart && !Overlaps(nrp, start, p))
            {
                scan.Emit("ORGANIZATION", start, p, AcronymScore);
                scan.Emit("ORGANIZATION", a, ae, AcronymScore);
            }
        }
    }

    /// <summary>
    /// Other mentions of an organisation name found with a strong cue: the same capitalised text as a whole word
    /// (a possessive "'s" may follow). Runs after every organisation pass.
    /// </summary>
    public static void Repeats(PiiScan scan)
    {
        var text = scan.Text;
        List<GuardFinding>? names = null;
        foreach (var f in scan.Found)
        {
            if (f.Type == "ORGANIZATION" && f.Score >= RepeatSource && f.End - f.Start >= 2 && char.IsUpper(text[f.Start]))
            {
                names ??= [];
                if (names.Count < MaxRepeatedNames && !names.Exists(g => text.AsSpan(g.Start, g.End - g.Start).SequenceEqual(text.AsSpan(f.Start, f.End - f.Start))))
                {
                    names.Add(f);
                }
            }
        }

        if (names is null)
        {
            return;
        }

        foreach (var f in names)
        {
            var name = text.AsSpan(f.Start, f.End - f.Start);
            var from = 0;
            while (from < text.Length)
            {
                var k = text.AsSpan(from).IndexOf(name, StringComparison.Ordinal);
                if (k < 0)
                {
                    break;
                }

                var s = from + k;
                var e = s + name.Length;
                from = e;
                if (s == f.Start || (s > 0 && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] == '@')) || (e < text.Length && char.IsLetterOrDigit(text[e])))
                {
                    continue;
                }

                scan.Emit("ORGANIZATION", s, e, RepeatScore);
            }
        }
    }

    private static bool IsKnown(ReadOnlySpan<char> w) => Gazetteer.Instance.First.Contains(w) || Gazetteer.Instance.Last.Contains(w);

    private static bool Overlaps(bool[]? mask, int s, int e) => mask is not null && mask.AsSpan(s, e - s).Contains(true);

    // The end of the word at q (letters, digits, '-', '&', '\'').
    private static int WordEnd(string text, int q)
    {
        var e = q;
        while (e < text.Length && (char.IsLetterOrDigit(text[e]) || text[e] is '-' or '&' or '\''))
        {
            e++;
        }

        return e;
    }

    // The start of the word that ends at e (exclusive).
    private static int WordStart(string text, int e)
    {
        var s = e;
        while (s > 0 && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] is '-' or '&' or '\''))
        {
            s--;
        }

        return s;
    }
}
