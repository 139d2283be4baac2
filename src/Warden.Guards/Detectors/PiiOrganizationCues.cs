using System.Buffers;

namespace Warden.Guards.Detectors;

/// <summary>
/// ORGANIZATION spans named by their context when the name has no legal or institutional word: after an employment
/// cue ("works for Verdafero", "employed by", "engineer at", "CEO of", "my employer, X", "spent a year at X"), before "office"/"headquarters"
/// ("the Avalara office"), and after a person's name and "from" ("Dana Reyes from Quorvia"). A cue name is one to five
/// capitalised words ("of", "and", "&amp;" inside when a capital follows); a person's name, a title, a known place,
/// common words alone and lower-case words ("works at home") are not organisations.
/// </summary>
internal static class PiiOrganizationCues
{
    // Above a capitalised run read as a person (0.55-0.85) when the cue's name does not start with a first name or a title.
    private const double CueScore = 0.86;

    // "from" is a weak cue: it only beats the guess that an unknown capitalised word after "from" is a place (0.52-0.55).
    private const double FromScore = 0.6;
    private const int MaxWords = 5;

    private static readonly string[] BeforeCues =
        ["work for ", "works for ", "worked for ", "working for ", "work at ", "works at ", "worked at ", "working at ", "employed by ", "employed at ",
         "employed with ", "employee of ", "employees of ", "employee at ", "hired by ", "joined ", "job at ", "job with ", "position at ",
         "intern at ", "internship at ", "career at ", "ceo of ", "cto of ", "cfo of ", "coo of ", "ceo at ", "founder of ", "co-founder of ",
         "founders of ", "president of ", "chairman of ", "engineer at ", "developer at ", "manager at ", "director at ", "analyst at ",
         "consultant at ", "researcher at ", "scientist at ", "professor at ", "lecturer at ", "designer at ", "accountant at ", "lawyer at ",
         "attorney at ", "company ", "company, ", "employer ", "employer, ", "employer is ", "address of ", "year at ", "years at ",
         "recorded for ", "signed to "];

    // A few anchors find every cue in one vectorised pass: a cue's own word ("works", "employed", "company"), or the
    // preposition after a role word ("engineer at", "CEO of"), whose word is then compared with the cues. A search for
    // every cue phrase at once would cost several times more on text without any.
    private static readonly SearchValues<string> Anchors = SearchValues.Create(
        ["work", "employ", "joined ", "hired by", "company", "recorded for ", "signed to ", " at ", " of ", " office", " headquarters", " from ", " is a"], StringComparison.Ordinal);

    // Nouns that make "X is a(n) ... <noun>" a statement about an organisation ("Telenav is a design agency").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganizationNouns = new HashSet<string>(
        ["company", "agency", "firm", "bank", "startup", "start-up", "organization", "organisation", "non-profit", "nonprofit", "charity",
         "corporation", "manufacturer", "retailer", "consultancy", "publisher", "insurer", "lender", "conglomerate", "brokerage", "multinational"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Capitalised words that form ordinary compounds with "office" ("Post office", "Head office", "Box office").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OfficeCompounds = new HashSet<string>(
        ["Post", "Box", "Head", "Main", "Front", "Back", "Field", "Branch", "Regional", "Corporate", "Registered", "Tax", "Land", "Foreign",
         "Press", "Ticket", "Sales", "Oval", "Patent", "Passport", "Records", "Admissions", "Lost", "Doctor's", "Dentist's", "Prime", "Home", "Cabinet"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // "Tom from Accounting", "Priya from Customer Support": a team inside the reader's own organisation, not a company.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Departments = new HashSet<string>(
        ["Accounting", "Accounts", "Finance", "HR", "Human", "People", "Sales", "Marketing", "Legal", "IT", "Support", "Customer", "Engineering",
         "Operations", "Ops", "DevOps", "Procurement", "Purchasing", "Payroll", "Security", "Facilities", "Compliance", "Research", "Product",
         "Design", "Admissions", "Billing", "Shipping", "Logistics", "Quality", "QA", "Management", "Admin", "Administration", "Reception",
         "Recruiting", "Recruitment", "Talent", "Communications", "Comms", "PR", "Treasury", "Audit", "Risk", "Strategy", "Infrastructure",
         "Platform", "Data", "Analytics", "Development", "Dev", "Maintenance", "Housekeeping", "Dispatch", "Warehouse", "Pharmacy", "Radiology",
         "Cardiology", "Oncology", "Pediatrics", "Paediatrics", "Emergency", "Surgery", "Nursing", "Claims", "Underwriting", "Team", "Tech",
         "Helpdesk", "Service", "Services", "Accounts Payable", "Editorial", "Production", "Training", "Head"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Organisation names named by their context (employment cues, "the X office", "Dana Reyes from X").</summary>
    public static void ByCue(PiiScan scan)
    {
        var text = scan.Text;
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(Anchors);
            if (k < 0)
            {
                return;
            }

            var p = i + k;
            i = p + 1;
            if (text[p] != ' ')
            {
                if (p == 0 || !char.IsLetter(text[p - 1]))
                {
                    i = BeforeCue(scan, p);
                }
            }
            else if (text.AsSpan(p).StartsWith(" at ", StringComparison.Ordinal) || text.AsSpan(p).StartsWith(" of ", StringComparison.Ordinal))
            {
                // "engineer at", "CEO of": the role word before the preposition starts the cue.
                var ws = p;
                while (ws > 0 && (char.IsLetter(text[ws - 1]) || text[ws - 1] == '-'))
                {
                    ws--;
                }

                i = ws < p ? Math.Max(BeforeCue(scan, ws), p + 1) : p + 1;
            }
            else if (text.AsSpan(p).StartsWith(" from ", StringComparison.Ordinal))
            {
                i = AfterPersonFrom(scan, p);
            }
            else if (text.AsSpan(p).StartsWith(" is a", StringComparison.Ordinal))
            {
                i = BeforeIsA(scan, p);
            }
            else
            {
                i = AfterCue(scan, p);
            }
        }
    }

    private static int BeforeCue(PiiScan scan, int p)
    {
        var text = scan.Text;
        var cue = 0;
        var c0 = char.ToLowerInvariant(text[p]);
        foreach (var c in BeforeCues)
        {
            if (c[0] == c0 && c.Length > cue && text.AsSpan(p).StartsWith(c, StringComparison.OrdinalIgnoreCase))
            {
                cue = c.Length;
            }
        }

        // The cue's last word in lower case: "WORKS AT HOME" is shouting, not a cue before a name.
        var s = p + cue;
        var last = s - 1;
        while (last > p && !char.IsLetter(text[last]))
        {
            last--;
        }

        if (cue == 0 || s >= text.Length || !char.IsLower(text[last]))
        {
            return p + 1;
        }

        // "works at the Acme Group" reads the same as "works at Acme Group".
        var article = text.AsSpan(s).StartsWith("the ", StringComparison.OrdinalIgnoreCase);
        if (article)
        {
            s += 4;
        }

        var e = NameEnd(text, s);
        if (e > s && PiiOrganizations.IsOrganizationName(text, s, e))
        {
            scan.Emit("ORGANIZATION", s, e, CueScore);
            return e;
        }

        // In lower case, "the" opens a description ("works for the phone company"), not a name.
        e = article ? s : LowerCaseNameEnd(text, s);
        if (e > s)
        {
            scan.Emit("ORGANIZATION", s, e, CueScore);
            return e;
        }

        return s;
    }

    // Legal words that end a firm's name written in lower case ("recorded for hollis sound corporation").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerCaseSuffixes = new HashSet<string>(
        ["corporation", "corp", "company", "inc", "llc", "ltd", "limited", "plc", "gmbh", "consulting", "insurance", "holdings", "industries",
         "technologies", "partners", "associates"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that open a description, not a name ("works at a software company").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerCaseOpeners = new HashSet<string>(
        ["a", "an", "the", "my", "our", "your", "his", "her", "their", "its", "this", "that", "some", "any", "another", "one", "each", "every", "no",
         "local", "small", "big", "large", "new", "same", "other", "family", "insurance", "consulting"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that join a phrase, which a name in lower case does not hold ("works at home with insurance papers").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerCaseJoiners = new HashSet<string>(
        ["with", "and", "or", "for", "in", "on", "at", "to", "of", "from", "by", "as", "is", "was", "are", "were", "be", "been", "has", "have",
         "had", "will", "would", "not", "but", "so", "than", "then", "who", "which", "that", "via", "about"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// After a cue, one to three lower-case words and a legal word ("works for morrow field insurance", "recorded for
    /// hollis sound corporation", "joined tessel labs inc."): the end of the name, or <paramref name="s"/> when there is none.
    /// </summary>
    private static int LowerCaseNameEnd(string text, int s)
    {
        var p = s;
        for (var words = 0; words < 4 && p < text.Length; words++)
        {
            var we = p;
            while (we < text.Length && char.IsAsciiLetterLower(text[we]))
            {
                we++;
            }

            if (we == p)
            {
                return s;
            }

            var w = text.AsSpan(p, we - p);
            if ((words == 0 && LowerCaseOpeners.Contains(w)) || LowerCaseJoiners.Contains(w))
            {
                return s;
            }

            if (words > 0 && LowerCaseSuffixes.Contains(w))
            {
                return we < text.Length && text[we] == '.' && PiiOrganizations.TakesPeriod(w is "inc" ? "Inc" : w is "corp" ? "Corp" : w is "ltd" ? "Ltd" : "") ? we + 1 : we;
            }

            if (we >= text.Length || text[we] != ' ')
            {
                return s;
            }

            p = we + 1;
        }

        return s;
    }

    /// <summary>
    /// "Hanne Kreutzmann from Quorvia is the speaker", "this is Dana from Velmora Labs": after a person's name, "from" and
    /// a name that is no known place introduce the person's organisation. A weak cue: it only beats the place guess.
    /// </summary>
    private static int AfterPersonFrom(PiiScan scan, int p)
    {
        var text = scan.Text;
        var s = p + 6;
        var ws = p;
        while (ws > 0 && char.IsLetter(text[ws - 1]))
        {
            ws--;
        }

        var before = text.AsSpan(ws, p - ws);
        if (!PiiOrganizations.IsCapitalWord(before) || PiiOrganizations.Leading.Contains(before) || CommonWords.CapitalizedSpan.Contains(before) || CommonWords.HeadingSpan.Contains(before)
            || Gazetteer.Instance.Place.Contains(before) || !(Gazetteer.Instance.First.Contains(before) || Gazetteer.Instance.Last.Contains(before) || CapitalWordBefore(text, ws)))
        {
            return s;
        }

        var e = NameEnd(text, s);
        var sp = text.AsSpan(s, e - s).IndexOf(' ');
        var first = text.AsSpan(s, sp >= 0 ? sp : e - s);
        if (e > s && !Gazetteer.Instance.Place.Contains(first) && !Departments.Contains(first) && PiiOrganizations.IsOrganizationName(text, s, e))
        {
            scan.Emit("ORGANIZATION", s, e, FromScore);
            return e;
        }

        return s;
    }

    /// <summary>
    /// "Telenav is a design agency based in Kulusuk", "Ramsey-Johnson is an investment bank": the capitalised words that
    /// open a sentence or a line before "is a(n)", when one of the next six words names a kind of organisation.
    /// </summary>
    private static int BeforeIsA(PiiScan scan, int p)
    {
        var text = scan.Text;
        var q = p + 5;
        if (q < text.Length && text[q] == 'n')
        {
            q++;
        }

        if (q >= text.Length || text[q] != ' ')
        {
            return p + 1;
        }

        var found = false;
        var pos = q + 1;
        for (var n = 0; n < 6 && pos < text.Length && !found; n++)
        {
            // "is a 501(c)3": the US tax status of a non-profit organisation.
            if (text.AsSpan(pos).StartsWith("501(c)", StringComparison.Ordinal))
            {
                found = true;
                break;
            }

            var we = pos;
            while (we < text.Length && (char.IsLetter(text[we]) || text[we] == '-'))
            {
                we++;
            }

            found = we > pos && OrganizationNouns.Contains(text.AsSpan(pos, we - pos));
            if (we == pos || we >= text.Length || text[we] != ' ')
            {
                break;
            }

            pos = we + 1;
        }

        if (!found)
        {
            return q;
        }

        // Up to four capitalised words back from "is", which must open the sentence or the line.
        var start = p;
        var cursor = p;
        for (var words = 0; words < 4; words++)
        {
            var ws = cursor;
            while (ws > 0 && (char.IsLetterOrDigit(text[ws - 1]) || text[ws - 1] is '\'' or '-' or '&' or '.'))
            {
                ws--;
            }

            if (!PiiOrganizations.IsCapitalWord(text.AsSpan(ws, cursor - ws).TrimEnd('.')))
            {
                break;
            }

            start = ws;
            if (ws < 2 || text[ws - 1] != ' ')
            {
                break;
            }

            cursor = ws - 1;
        }

        if (start < p && text.AsSpan(start).StartsWith("The ", StringComparison.Ordinal))
        {
            start += 4;
        }

        // A clause opens after a comma too: "Celebrating its 10th year in Hamilton East, Wolf-Carpenter is a 501(c)3".
        var opens = start == 0 || text[start - 1] is '\n' || (start >= 2 && text[start - 1] == ' ' && text[start - 2] is '.' or '!' or '?' or ':' or ',' or '\n')
            || (start >= 4 && text.AsSpan(start - 4, 4) is "The ");
        if (start < p && opens && PiiOrganizations.IsOrganizationName(text, start, p))
        {
            scan.Emit("ORGANIZATION", start, p, CueScore);
        }

        return q;
    }

    // "Hanne I. Kreutzmann": a capitalised word (or an initial) ends right before the word at ws.
    private static bool CapitalWordBefore(string text, int ws)
    {
        var q = ws;
        while (q > 0 && text[q - 1] is ' ' or '.')
        {
            q--;
        }

        if (q == ws || q == 0 || !char.IsLetter(text[q - 1]))
        {
            return false;
        }

        var w = q;
        while (w > 0 && char.IsLetter(text[w - 1]))
        {
            w--;
        }

        return char.IsUpper(text[w]) && (q - w == 1 ? text[q] == '.' : !PiiOrganizations.Leading.Contains(text.AsSpan(w, q - w)));
    }

    private static int AfterCue(PiiScan scan, int p)
    {
        var text = scan.Text;
        var after = p + 1;
        while (after < text.Length && char.IsLetter(text[after]))
        {
            after++;
        }

        // A lower-case word of its own: "officer" is no cue, and "Head Office" is a name in itself.
        if (text.AsSpan(p + 1, after - p - 1) is not ("office" or "offices" or "headquarters"))
        {
            return p + 1;
        }

        // Up to three capitalised words right before the cue ("the Avalara office", "Blue Harbor Freight offices").
        var start = p;
        var cursor = p;
        for (var words = 0; words < 3; words++)
        {
            var ws = cursor;
            while (ws > 0 && (char.IsLetterOrDigit(text[ws - 1]) || text[ws - 1] is '\'' or '-' or '&'))
            {
                ws--;
            }

            var w = text.AsSpan(ws, cursor - ws);
            if (!PiiOrganizations.IsCapitalWord(w) || OfficeCompounds.Contains(w) || PiiOrganizations.Leading.Contains(w) || w.EndsWith("'s", StringComparison.Ordinal))
            {
                break;
            }

            start = ws;
            if (ws < 2 || text[ws - 1] != ' ')
            {
                break;
            }

            cursor = ws - 1;
        }

        if (start < p && StartsName(text, start) && PiiOrganizations.IsOrganizationName(text, start, p))
        {
            scan.Emit("ORGANIZATION", start, p, CueScore);
        }

        return after;
    }

    // The word before a name read back from a cue: a determiner or preposition ("the", "our", "at"), or none (a sentence or line start).
    private static bool StartsName(string text, int start)
    {
        var q = start;
        while (q > 0 && text[q - 1] == ' ')
        {
            q--;
        }

        if (q == 0 || text[q - 1] is '\n' or '.' or '!' or '?' or ':' or '"' or '(')
        {
            return true;
        }

        var ws = q;
        while (ws > 0 && char.IsLetter(text[ws - 1]))
        {
            ws--;
        }

        return text.AsSpan(ws, q - ws) is "the" or "our" or "their" or "your" or "its" or "his" or "her" or "my" or "at" or "to" or "from" or "in" or "near"
            or "into" or "of" or "The" or "Our" or "Their" or "Your" or "Its" or "His" or "Her" or "My" or "At";
    }

    /// <summary>End of a run of capitalised words from <paramref name="s"/>, with "of"/"and"/"&amp;"/"for" inside before a capital.</summary>
    private static int NameEnd(string text, int s)
    {
        var end = s;
        var p = s;
        for (var words = 0; words < MaxWords && p < text.Length; words++)
        {
            var we = p;
            while (we < text.Length && (char.IsLetterOrDigit(text[we]) || text[we] is '\'' or '-' or '&' or '.'))
            {
                we++;
            }

            var w = text.AsSpan(p, we - p).TrimEnd('.');
            if (w.EndsWith("'s", StringComparison.Ordinal))
            {
                // A possessive ends the name: "works for Acme's legal team".
                return PiiOrganizations.IsCapitalWord(w[..^2]) ? p + w.Length - 2 : end;
            }

            var connector = PiiOrganizations.IsConnector(w);
            if (!connector && !PiiOrganizations.IsCapitalWord(w))
            {
                break;
            }

            if (!connector)
            {
                end = p + w.Length;
                if (we > end && w is "St")
                {
                    end = we; // "St. Mary's", "St. Olav Hospital": the abbreviation starts the name
                }
                else if (we > end)
                {
                    // A full stop after the word ends the sentence; abbreviations keep theirs ("Acme Inc.").
                    end = PiiOrganizations.TakesPeriod(w) ? p + w.Length + 1 : end;
                    break;
                }
            }

            if (we >= text.Length - 1 || text[we] != ' ')
            {
                break;
            }

            p = we + 1;
        }

        return end;
    }
}
