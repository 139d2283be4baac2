using System.Buffers;

namespace Warden.Guards.Detectors;

/// <summary>
/// ORGANIZATION spans without an employment cue or a legal word: capitalised words before "Government" or "Party"
/// ("the Rudd Government", "Palmer United Party"), and an acronym of two to five capitals that speaks as an
/// organisation ("ASIC says", "according to NATO", "(Source: ANI)"). Technical and role acronyms ("IT said", "the
/// API says", "HR confirmed"), known places ("US said") and names made only of common words ("Local Government",
/// "Birthday Party") are not organisations. Round 21: one to three capitalised words or an acronym directly before a
/// noun that only a body has ("a Homestake spokesman", "the WTO secretariat", "BOJ governor"); places, nationalities and
/// names made only of common words ("State Department", "Texas governor", "Japanese officials") are left to other rules.
/// </summary>
internal static class PiiOrganizationHeads
{
    // As the employment cues: above a capitalised run read as a person (0.55-0.85), so "Rudd" joins its government.
    private const double HeadScore = 0.88;
    private const double AcronymScore = 0.86;
    private const int MaxHeadWords = 3;

    private static readonly SearchValues<string> Anchors = SearchValues.Create(
        [" Government", " Party", " says", " said", " announced", " confirmed", " reported", " warned", " urged", " denied", " claimed",
         " revealed", " launched", " is hiring", "according to ", "Source: "],
        StringComparison.Ordinal);

    // Acronyms of roles, departments, formats, technology and countries: they "say" things in ordinary text without naming a body.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotBodies = new HashSet<string>(
        ["IT", "HR", "PR", "QA", "PM", "GM", "VP", "MD", "DJ", "TV", "AI", "ML", "ER", "OP", "MP", "DA", "DM", "OK", "ID", "UI", "UX", "OS", "PC",
         "CEO", "CFO", "CTO", "COO", "CIO", "CISO", "CSO", "SVP", "EVP", "LOL", "OMG", "FYI", "BTW", "IMO", "TBH", "API", "CLI", "SDK", "URL", "URI",
         "PDF", "CSV", "JSON", "XML", "YAML", "HTML", "CSS", "SQL", "GPU", "CPU", "RAM", "SSD", "LLM", "GPT", "BOT", "APP", "DNS", "TLS", "SSL",
         "HTTP", "HTTPS", "SSH", "VPN", "LAN", "WAN", "IP", "OCR", "NLP", "PII", "SSN", "PIN", "OTP", "MFA", "SSO", "GDPR", "HIPAA", "README",
         "TODO", "FAQ", "DOB", "ETA", "RSVP", "ASAP", "NB", "PS", "AM", "GMT", "UTC", "EST", "PST", "CET", "BST", "AEST", "USD", "EUR", "GBP",
         "AUD", "CAD", "JPY", "US", "USA", "UK", "UAE", "NZ", "THE", "AND", "NOT", "ALL", "YOU", "WE", "HE", "SHE", "I", "A"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words before "Party" / "Government" that make an ordinary compound or a level of government, not a name
    // ("Third Party", "Birthday Party", "Federal Government", "Local Government").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrdinaryModifiers = new HashSet<string>(
        ["Third", "Second", "First", "Other", "Each", "Either", "Neither", "Relying", "Requesting", "Responsible", "Interested", "Injured", "Guilty",
         "Affected", "Working", "Birthday", "Dinner", "Garden", "Tea", "Pool", "Launch", "Release", "Block", "House", "Office", "Wedding", "Hen",
         "Stag", "Pyjama", "Pajama", "Costume", "Bachelor", "Bachelorette", "Surprise", "Farewell", "Welcome", "Retirement", "Holiday", "Team",
         "Rescue", "Search", "Landing", "Boarding", "War", "Shore", "Hunting", "Raiding", "Slumber", "Watch", "Viewing", "Cocktail",
         "Federal", "Local", "State", "National", "Regional", "Provincial", "Municipal", "County", "City", "Central", "Open", "Digital", "Big",
         "Small", "Good", "Smart", "World", "Student", "Self", "Shadow", "Caretaker", "Interim", "Transitional", "Minority", "Majority", "Coalition",
         "Opposition", "Ruling", "Governing", "Current", "Previous", "Former", "Next", "New", "Future", "Incoming", "Outgoing", "Your", "Any", "Foreign"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Nouns that name a part, an officer or an event of a body. Words that are also verbs ("delegates", "heads") or
    // technical ("head" of a model, "agenda" of a movement) are left out.
    private static readonly string[] BodyNounList =
        ["spokesman", "spokeswoman", "spokesperson", "officials", "shareholders", "secretariat", "headquarters", "chairman", "chairwoman",
         "governor", "delegation", "envoy", "summit", "conference", "executives", "chief"];

    private static readonly SearchValues<string> BodyNounAnchors = SearchValues.Create(BodyNounList, StringComparison.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BodyNouns =
        new HashSet<string>(BodyNounList, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Counts that open a sentence before a name ("Two Trelmark officials").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWords = new HashSet<string>(
        ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Twenty", "Dozens", "Hundreds",
         "Thousands", "Few", "Half"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Verbs = new HashSet<string>(
        ["says", "said", "announced", "confirmed", "reported", "warned", "urged", "denied", "claimed", "revealed", "launched", "is"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Organisations before "Government"/"Party", acronyms that speak as one, and names before a body noun.</summary>
    public static void Find(PiiScan scan)
    {
        Anchored(scan);
        BeforeBodyNouns(scan);
    }

    private static void Anchored(PiiScan scan)
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
            if (text[p] == ' ' && char.IsUpper(text[p + 1]))
            {
                Head(scan, p);
            }
            else if (text[p] == ' ')
            {
                SpeakingAcronym(scan, p);
            }
            else
            {
                AcronymAfter(scan, p);
            }
        }
    }

    // " Government" / " Party" at p: one to three capitalised words before it, the head a whole word.
    private static void Head(PiiScan scan, int p)
    {
        var text = scan.Text;
        var he = p + 2;
        while (he < text.Length && char.IsAsciiLetterLower(text[he]))
        {
            he++;
        }

        if (he < text.Length && char.IsLetterOrDigit(text[he]))
        {
            return;
        }

        var start = NameRunStart(text, p, out var words, out var named);
        if (words > 0 && named)
        {
            scan.Emit("ORGANIZATION", start, he, HeadScore);
        }
    }

    // The start of one to three capitalised words that end at p (each after a single space), stopping at sentence words,
    // months and ordinary modifiers; named is set when one of them is not a common or heading word. With lineStart, the
    // first word may also follow a tab or a line break (one word per line).
    private static int NameRunStart(string text, int p, out int words, out bool named, bool lineStart = false)
    {
        var s = p;
        words = 0;
        named = false;
        while (words < MaxHeadWords && s > 0 && text[s - 1] != '\n')
        {
            var we = s;
            var ws = we - 1;
            if (ws < 0 || !char.IsLetter(text[ws]))
            {
                break;
            }

            while (ws > 0 && (char.IsLetter(text[ws - 1]) || text[ws - 1] == '-'))
            {
                ws--;
            }

            var word = text.AsSpan(ws, we - ws);
            var opener = ws == 0 ? ' ' : text[ws - 1];
            if (!char.IsUpper(word[0]) || !(opener is ' ' or '(' or '"' || (lineStart && opener is '\t' or '\n' or '\r')) || PiiOrganizations.Leading.Contains(word)
                || NameCues.Months.Contains(word) || OrdinaryModifiers.Contains(word))
            {
                break;
            }

            named |= !CommonWords.CapitalizedSpan.Contains(word) && !CommonWords.HeadingSpan.Contains(word);
            words++;
            s = ws;
            if (s == 0 || text[s - 1] != ' ')
            {
                break;
            }

            s--;
        }

        // s sits on the space before the first word (or on the first word at the start of the text).
        return s < text.Length && text[s] == ' ' ? s + 1 : s;
    }

    // Body nouns ("spokesman", "secretariat", "governor") as whole lower-case words after any run of blanks: the acronym or
    // the one to three capitalised words before them name the body. A place ("Texas governor"), a nationality ("Japanese
    // officials") or a possessive ("Smith's spokesman") is not read.
    private static void BeforeBodyNouns(PiiScan scan)
    {
        var text = scan.Text;
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(BodyNounAnchors);
            if (k < 0)
            {
                return;
            }

            var q = i + k;
            var ne = q;
            while (ne < text.Length && char.IsAsciiLetterLower(text[ne]))
            {
                ne++;
            }

            i = ne;
            if (!BodyNouns.Contains(text.AsSpan(q, ne - q)) || (ne < text.Length && char.IsLetterOrDigit(text[ne])))
            {
                continue;
            }

            var p = q;
            while (p > 0 && text[p - 1] is ' ' or '\t' or '\n' or '\r')
            {
                p--;
            }

            if (p == q || p == 0)
            {
                continue;
            }

            // An acronym: a whole word of two to five capitals (at most six are read back, so the walk stays bounded).
            var ws = p;
            while (ws > 0 && p - ws < 6 && char.IsAsciiLetterUpper(text[ws - 1]))
            {
                ws--;
            }

            if (ws < p && (ws == 0 || IsOpening(text[ws - 1])))
            {
                Acronym(scan, ws, p);
                continue;
            }

            // A longer run of capitals, or one glued to other letters ("ABCDEFGH", "MyWTO"), is neither.
            if (char.IsUpper(text[p - 1]))
            {
                continue;
            }

            var start = NameRunStart(text, p, out var words, out var named, lineStart: true);
            if (words > 1 && SentenceStart(text, start))
            {
                // "Two Trelmark executives": a common word that opens the sentence is not part of the name.
                var first = start;
                while (first < p && text[first] != ' ')
                {
                    first++;
                }

                var opener = text.AsSpan(start, first - start);
                if (CommonWords.CapitalizedSpan.Contains(opener) || CommonWords.HeadingSpan.Contains(opener) || NumberWords.Contains(opener))
                {
                    start = first + 1;
                }
            }

            if (words > 0 && named && !HasPlaceOrGroup(text.AsSpan(start, p - start)))
            {
                scan.Emit("ORGANIZATION", start, p, HeadScore);
            }
        }
    }

    // s opens the text, a line, or a sentence (after ".", "!" or "?" and blanks).
    private static bool SentenceStart(string text, int s)
    {
        var b = s;
        while (b > 0 && text[b - 1] is ' ' or '\t' or '\n' or '\r')
        {
            if (text[b - 1] == '\n')
            {
                return true;
            }

            b--;
        }

        return b == 0 || text[b - 1] is '.' or '!' or '?';
    }

    private static bool HasPlaceOrGroup(ReadOnlySpan<char> run)
    {
        var gaz = Gazetteer.Instance;
        if (gaz.Place.Contains(run))
        {
            return true;
        }

        foreach (var r in run.Split(' '))
        {
            var w = run[r];
            if (gaz.Place.Contains(w) || PiiGroups.IsGroupWord(w))
            {
                return true;
            }
        }

        return false;
    }

    // " says" and the other reporting verbs at p: the word before is an acronym of two to five capitals.
    private static void SpeakingAcronym(PiiScan scan, int p)
    {
        var text = scan.Text;
        var ve = p + 1;
        while (ve < text.Length && char.IsLetter(text[ve]))
        {
            ve++;
        }

        // A whole verb ("reportedly" is none); "is" only in "is hiring".
        var verb = text.AsSpan(p + 1, ve - p - 1);
        if (!Verbs.Contains(verb) || (ve < text.Length && char.IsDigit(text[ve])) || (verb is "is" && !text.AsSpan(ve).StartsWith(" hiring", StringComparison.Ordinal)))
        {
            return;
        }

        // At most six capitals are read back: a longer run is no acronym, and the walk stays bounded.
        var ws = p;
        while (ws > 0 && p - ws < 6 && char.IsAsciiLetterUpper(text[ws - 1]))
        {
            ws--;
        }

        if (ws > 0 && !IsOpening(text[ws - 1]))
        {
            return;
        }

        Acronym(scan, ws, p);
    }

    // "according to " / "Source: " at p: the word after is an acronym of two to five capitals.
    private static void AcronymAfter(PiiScan scan, int p)
    {
        var text = scan.Text;
        if (p > 0 && char.IsLetter(text[p - 1]))
        {
            return;
        }

        var ws = p + (text[p] == 'a' ? "according to ".Length : "Source: ".Length);
        var we = ws;
        while (we < text.Length && char.IsAsciiLetterUpper(text[we]))
        {
            we++;
        }

        // The acronym ends the word: "Source: ABC@example.com" or "according to ABC.example" name an address, not a body.
        if (we < text.Length && !char.IsWhiteSpace(text[we]) && text[we] is not (',' or ';' or ':' or ')' or '!' or '?' or '"' or '\'' or '”' or '’')
            && (text[we] != '.' || (we + 1 < text.Length && !char.IsWhiteSpace(text[we + 1]))))
        {
            return;
        }

        Acronym(scan, ws, we);
    }

    private static void Acronym(PiiScan scan, int s, int e)
    {
        var text = scan.Text;
        var word = text.AsSpan(s, e - s);
        if (word.Length < 2 || word.Length > 5 || NotBodies.Contains(word) || Gazetteer.Instance.Place.Contains(word) || !HasLowerCase(text))
        {
            return;
        }

        scan.Emit("ORGANIZATION", s, e, AcronymScore);
    }

    private static bool IsOpening(char c) => c is ' ' or '\n' or '\t' or '(' or '"' or '\'' or '“' or '‘';

    // An acronym only stands out in mixed-case text: "THE IT TEAM SAID" has no lower-case verb to anchor, but a shouted
    // line with one lower-case word should not turn every capital run into a body either.
    private static bool HasLowerCase(string text) => text.AsSpan().IndexOfAnyInRange('a', 'z') >= 0;
}
