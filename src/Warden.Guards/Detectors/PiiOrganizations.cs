namespace Warden.Guards.Detectors;

/// <summary>
/// ORGANIZATION spans from the name itself: capitalised words that end in a legal or institutional word ("Acme Corp",
/// "Nordavia Airlines", "Bank of Montreal"), and "X and Y" pairs ("Hartley and Sons"). Names found by their context are in
/// <see cref="PiiOrganizationCues"/>; both share the test of what can be an organisation's name.
/// </summary>
internal static class PiiOrganizations
{
    // Above a capitalised run read as a person (0.55-0.85): a run ending in a legal word ("Anna Berg Ltd") is an
    // organisation even when it starts with a first name. Street addresses (0.9) still win.
    private const double SuffixScore = 0.88;

    // Words that start a sentence or a clause rather than a name: "Yesterday Acme Corp said", "The Jones Foundation".
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Leading = new HashSet<string>(
        ["The", "A", "An", "This", "That", "These", "Those", "Our", "Your", "Their", "My", "His", "Her", "Its", "We", "I", "You", "He", "She", "They",
         "It", "In", "On", "At", "To", "For", "From", "With", "By", "Of", "And", "Or", "But", "So", "As", "If", "When", "While", "After", "Before",
         "Since", "Until", "Yesterday", "Today", "Tomorrow", "Also", "Then", "Now", "Many", "Several", "Some", "Most", "All", "Each", "Every", "Any",
         "Both", "Other", "Such", "What", "Which", "Who", "Where", "Why", "How", "No", "Not", "Dear", "Hi", "Hello", "Thanks", "Please", "Is", "Are",
         "Was", "Were", "Call", "Contact", "Ask", "Email", "Visit", "Join", "Joined", "About", "Via", "Per", "Like", "Unlike", "Only", "Even"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // "De Nederlandsche Bank", "De Javasche Bank": an adjective in the old Dutch spelling ("-sche") survives only in
    // official names, and the article before it is part of the name (round 26b).
    private static bool OldDutchAdjective(string text, int ws, int e)
    {
        var we = ws;
        while (we < e && char.IsLetter(text[we]))
        {
            we++;
        }

        return we - ws > 5 && char.IsUpper(text[ws]) && text.AsSpan(ws, we - ws).EndsWith("sche", StringComparison.Ordinal);
    }

    // Articles of other languages that open a sentence before a name ending in a suffix word ("De Europese Centrale Bank"):
    // left out of the organisation, except before an old Dutch adjective.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ForeignArticles = new HashSet<string>(
        ["De", "Het", "El", "La", "Los", "Las", "Il", "Le", "Les", "Der", "Die", "Das"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonTitles = new HashSet<string>(
        ["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Madam", "Mx", "Aunt", "Uncle", "Grandma", "Grandpa", "Mom", "Dad", "Mum"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A match of <see cref="PiiPatterns.Organization"/>: leading sentence words and earlier lines are not part of the name.</summary>
    public static void BySuffix(PiiScan scan, int s, int length)
    {
        var text = scan.Text;
        var e = s + length;
        if (text[e - 1] == '.')
        {
            // Keep the period only on abbreviations that take one ("Acme Inc.", "Smith & Co.").
            var w = e - 1;
            while (w > s && char.IsLetter(text[w - 1]))
            {
                w--;
            }

            if (!TakesPeriod(text.AsSpan(w, e - 1 - w)) && (w == s || text[w - 1] != '.'))
            {
                e--;
            }
        }

        // "TREAT IT AS": the Norwegian "AS" only after a name in mixed case.
        if (text.AsSpan(s, e - s).EndsWith(" AS", StringComparison.Ordinal) && !text.AsSpan(s, e - s - 3).ContainsAnyInRange('a', 'z'))
        {
            return;
        }

        var nl = text.AsSpan(s, e - s).LastIndexOf('\n');
        if (nl >= 0)
        {
            s += nl + 1;
        }

        var isAnd = text.AsSpan(s, e - s).Contains(" and ", StringComparison.Ordinal) || text.AsSpan(s, e - s).Contains(" & ", StringComparison.Ordinal);
        if (!isAnd)
        {
            // "The Bank", "Yesterday Acme Corp": drop sentence words before the name; a lone suffix word is no name.
            while (true)
            {
                var we = s;
                while (we < e && text[we] != ' ')
                {
                    we++;
                }

                if (we >= e || !(Leading.Contains(text.AsSpan(s, we - s)) || (ForeignArticles.Contains(text.AsSpan(s, we - s)) && !OldDutchAdjective(text, we + 1, e))))
                {
                    break;
                }

                s = we + 1;
            }

            if (!text.AsSpan(s, e - s).Contains(' '))
            {
                return;
            }
        }

        // "Smith & Co", "Dunn and Sons" name a firm; "Smith and Wesson" may be two people.
        var firm = !isAnd || text.AsSpan(s, e - s).TrimEnd('.') is var n && (n.EndsWith(" Co", StringComparison.Ordinal) || n.EndsWith(" Sons", StringComparison.Ordinal)
            || n.EndsWith(" Company", StringComparison.Ordinal) || n.EndsWith(" Partners", StringComparison.Ordinal) || n.EndsWith(" Associates", StringComparison.Ordinal));
        if (firm)
        {
            scan.Emit("ORGANIZATION", s, e, SuffixScore);
        }
        else
        {
            TwoNames(scan, s, e);
        }
    }

    // "X and Y" without a firm word: UI and heading words ("Restart Service and Clear Cache") are nothing, two names
    // of people ("Becker and Vasquez") are two persons, anything else stays a weak organisation ("Bang & Olufsen").
    private static void TwoNames(PiiScan scan, int s, int e)
    {
        var text = scan.Text;
        var le = s;
        while (le < e && char.IsLetter(text[le]))
        {
            le++;
        }

        var re = e;
        while (re > s && !char.IsLetter(text[re - 1]))
        {
            re--;
        }

        var rs = re;
        while (rs > le && char.IsLetter(text[rs - 1]))
        {
            rs--;
        }

        ReadOnlySpan<char> left = text.AsSpan(s, le - s), right = text.AsSpan(rs, re - rs);
        if (IsCommon(left) || IsCommon(right))
        {
            return;
        }

        if (text.AsSpan(le, rs - le).Contains("and", StringComparison.Ordinal) && (IsKnownName(left) || IsKnownName(right)))
        {
            scan.Emit("PERSON", s, le, 0.55);
            scan.Emit("PERSON", rs, re, 0.55);
            return;
        }

        // "Action & Adventure, Animation, Comedy, Kids & Family": a pair that is one item of a comma list of capitalised
        // items (a genre or category list) names no firm.
        if (ListItem(text, s, e))
        {
            return;
        }

        scan.Emit("ORGANIZATION", s, e, 0.55);
    }

    // The pair at [s, e) is one item of a comma list: ", Next," follows it (a list goes on after the next item; "hired
    // Birch & Quarry, Tom said" is no list), or it follows a word and ", " ("EF Core, SQLite and PostgreSQL"). The second
    // half also takes an introductory phrase ("Yesterday, Birch & Quarry filed"): a known miss, kept for the prose it clears.
    private static bool ListItem(string text, int s, int e)
    {
        if (e + 2 < text.Length && text[e] == ',' && text[e + 1] == ' ' && char.IsUpper(text[e + 2]))
        {
            var w = e + 2;
            while (w < text.Length && char.IsLetter(text[w]))
            {
                w++;
            }

            if (w < text.Length && text[w] == ',')
            {
                return true;
            }
        }

        return s >= 3 && text[s - 1] == ' ' && text[s - 2] == ',' && char.IsLetter(text[s - 3]);
    }

    // Heading words, and common words that are no one's name ("Jackson" is both).
    private static bool IsCommon(ReadOnlySpan<char> w) => CommonWords.HeadingSpan.Contains(w) || (CommonWords.CapitalizedSpan.Contains(w) && !IsKnownName(w));

    private static bool IsKnownName(ReadOnlySpan<char> w) => Gazetteer.Instance.Last.Contains(w) || Gazetteer.Instance.First.Contains(w);

    /// <summary>Abbreviations whose full stop belongs to the name ("Acme Inc.", "Smith &amp; Co.").</summary>
    internal static bool TakesPeriod(ReadOnlySpan<char> w) => w is "Inc" or "Corp" or "Co" or "Ltd" or "Bros";

    /// <summary>Lower-case words inside an organisation's name ("Bank of Montreal", "Smith and Sons").</summary>
    internal static bool IsConnector(ReadOnlySpan<char> w) => w is "of" or "and" or "&" or "for" or "de";

    internal static bool IsCapitalWord(ReadOnlySpan<char> w) => w.Length >= 2 && char.IsUpper(w[0]) && w.ContainsAnyExcept('\'', '-', '&');

    internal static bool IsOrganizationName(string text, int s, int e)
    {
        var name = text.AsSpan(s, e - s);
        var sp = name.IndexOf(' ');
        var first = sp >= 0 ? name[..sp] : name;
        if (PersonTitles.Contains(first) || NameCues.Months.Contains(first) || Gazetteer.Instance.Place.Contains(name))
        {
            return false;
        }

        // "works for John", "joined Maria Lopez": a person; "works at Home Depot" is kept because "Depot" is not common.
        var gaz = Gazetteer.Instance;
        var rest = sp >= 0 ? name[(sp + 1)..] : ReadOnlySpan<char>.Empty;
        var sp2 = rest.IndexOf(' ');
        var second = sp2 >= 0 ? rest[..sp2] : rest;
        if (gaz.First.Contains(first) && (second.IsEmpty || gaz.Last.Contains(second) || gaz.First.Contains(second) || (second.Length == 1 && char.IsUpper(second[0]))))
        {
            return false;
        }

        foreach (var word in name.Split(' '))
        {
            var w = name[word];
            if (!CommonWords.CapitalizedSpan.Contains(w) && !CommonWords.HeadingSpan.Contains(w) && !IsConnector(w))
            {
                return true;
            }
        }

        return false;
    }
}
