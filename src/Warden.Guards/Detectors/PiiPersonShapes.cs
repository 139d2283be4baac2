namespace Warden.Guards.Detectors;

/// <summary>
/// Capitalised runs that <see cref="NameFinder"/> would report as a <c>PERSON</c> but whose shape says otherwise
/// (round 14b). Each test reads only the span's first and last word and the few characters after it:
/// <list type="bullet">
/// <item>a street: the first word starts street names in another language ("Rue Dielhère"), the last word is a street
/// suffix ("Zezig Streets", "Filadelfeos Str."), or a house number follows
/// ("on Pod Floriánem 1677", "Hoge Wei 32 St.") → <c>STREET_ADDRESS</c>;</item>
/// <item>a holiday: the last word is "Day" or "Eve" ("Labor Day") → dropped;</item>
/// <item>a job word before the name ("Producer Ilse Brandt") → a <c>TITLE</c>, and the name after it; a job word after a
/// single unknown word ("Awarded Salesperson") → dropped;</item>
/// <item>a number word first ("The Big Three Killed My Baby") → cut off, as above.</item>
/// </list>
/// Words the gazetteer knows as given or family names ("Anna Brooks", "Dale Carter", "Karen Carpenter") keep the name.
/// </summary>
internal static class PiiPersonShapes
{
    private const double StreetScore = 0.89; // below the street regex (0.9) and intersections (0.93), above the generic street scan (0.88)
    private const double TitleScore = 0.6;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWords = new HashSet<string>(
        ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen",
         "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety",
         "Hundred", "Thousand", "Million", "Billion", "Dozen"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Street abbreviations that end a street name before a full stop ("Filadelfeos Str.", "Hoge Wei St.").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StreetAbbreviations = new HashSet<string>(
        ["St", "Str", "Rd", "Ave", "Av", "Blvd", "Ln", "Sq", "Pl", "Ul", "Hwy", "Pkwy"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that start a street name in French, Italian, Spanish, Portuguese, Catalan and Polish ("Rue", "Via", "Ulica").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StreetPrefixes = new HashSet<string>(
        ["Rue", "Avenue", "Boulevard", "Chemin", "Impasse", "Quai", "Via", "Viale", "Piazza", "Corso", "Vicolo", "Calle", "Avenida", "Paseo", "Plaza",
         "Carrer", "Avinguda", "Rua", "Travessa", "Largo", "Praça", "Ulica", "Aleja"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // One lookup for the first and one for the last word of every candidate name; the finer tests run only on a hit.
    private static readonly Dictionary<string, Shape>.AlternateLookup<ReadOnlySpan<char>> Shapes = BuildShapes();

    [Flags]
    private enum Shape : byte
    {
        None = 0,
        StreetSuffix = 1,
        StreetPrefix = 2,
        Number = 4,
        Job = 8,
    }

    private static Dictionary<string, Shape>.AlternateLookup<ReadOnlySpan<char>> BuildShapes()
    {
        var shapes = new Dictionary<string, Shape>(StringComparer.Ordinal);
        void Add(string w, Shape s) => shapes[w] = shapes.GetValueOrDefault(w) | s;
        foreach (var w in Gazetteer.Instance.StreetSuffixes)
        {
            Add(w, Shape.StreetSuffix);
        }

        foreach (var w in StreetPrefixes.Set)
        {
            Add(w, Shape.StreetPrefix);
        }

        foreach (var w in NumberWords.Set)
        {
            Add(w, Shape.Number);
        }

        // Job words are stored in lower case; a name candidate's words are capitalised.
        foreach (var w in PiiTitles.JobWords.Set)
        {
            Add(char.ToUpperInvariant(w[0]) + w[1..], Shape.Job);
        }

        return shapes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Emits <paramref name="start"/>..<paramref name="end"/> as a PERSON, or in the form its shape calls for (a street,
    /// a shorter name with a TITLE before it), or not at all.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void EmitPerson(Action<string, int, int, double> emit, string text, int start, int end, double score)
    {
        var gaz = Gazetteer.Instance;
        var firstEnd = text.AsSpan(start, end - start).IndexOf(' ');
        if (firstEnd < 0)
        {
            emit("PERSON", start, end, score);
            return;
        }

        firstEnd += start;
        var lastStart = text.AsSpan(start, end - start).LastIndexOf(' ') + start + 1;
        var last = text.AsSpan(lastStart, end - lastStart);
        var first = text.AsSpan(start, firstEnd - start);
        Shapes.TryGetValue(first, out var firstShape);
        Shapes.TryGetValue(last, out var lastShape);

        // "Labor Day", "Christmas Eve": a holiday, no person.
        if (last is "Day" or "Eve")
        {
            return;
        }

        // "Zezig Streets", "Kishiev Squares", "Filadelfeos Str.": the last word names a kind of street.
        var abbreviation = end < text.Length && text[end] == '.' && StreetAbbreviations.Contains(last);
        if (abbreviation || ((lastShape & Shape.StreetSuffix) != Shape.None && !IsKnownName(last, gaz)))
        {
            emit("STREET_ADDRESS", start, abbreviation ? end + 1 : end, score);
            return;
        }

        // "Rue Dielhère", "Rua Vinte e Cinco": a word that starts street names in other languages.
        if ((firstShape & Shape.StreetPrefix) != Shape.None)
        {
            var n = HouseNumberEnd(text, start, end);
            emit("STREET_ADDRESS", start, n > 0 ? n : end, score);
            return;
        }

        // "on Pod Floriánem 1677", "Hoge Wei 32 St.": a house number right after the words, then the end of the clause or
        // a street word. The whole street loses to a street-regex match around it ("Avenida Pedro Ulisses 888"); the words alone stay a street.
        var number = HouseNumberEnd(text, start, end);
        if (number > 0)
        {
            emit("STREET_ADDRESS", start, number, StreetScore);
            emit("STREET_ADDRESS", start, end, score);
            return;
        }

        // "The Big Three Killed My Baby": a number word starts no name.
        if ((firstShape & Shape.Number) != Shape.None)
        {
            start = NextWord(text, firstEnd, end);
            if (start < 0 || IsLoneUnknown(text, start, end, gaz))
            {
                return;
            }

            emit("PERSON", start, end, score);
            return;
        }

        // "Producer Ilse Brandt", "Executive Producer Ilse Brandt": job words before the name are a TITLE.
        var cut = start;
        for (var k = 0; k < 2 && (firstShape & Shape.Job) != Shape.None; k++)
        {
            var we = text.AsSpan(cut, end - cut).IndexOf(' ');
            if (we < 0)
            {
                break;
            }

            var w = text.AsSpan(cut, we);
            if (!PiiTitles.JobWords.Contains(w) || IsKnownName(w, gaz))
            {
                break;
            }

            var next = NextWord(text, cut + we, end);
            if (next < 0)
            {
                break;
            }

            cut = next;
        }

        if (cut > start)
        {
            var titleEnd = cut - 1;
            while (titleEnd > start && text[titleEnd - 1] == ' ')
            {
                titleEnd--;
            }

            emit("TITLE", start, titleEnd, TitleScore);
            start = cut;
            if (text.AsSpan(start, end - start).IndexOf(' ') < 0)
            {
                emit("PERSON", start, end, score);
                return;
            }
        }

        // "Awarded Salesperson of the Month": a job word after one word that is no known name. Many job words are also
        // family names ("Karen Carpenter"), so a known name before it keeps the span.
        if (lastStart > start && (lastShape & Shape.Job) != Shape.None && !IsKnownName(last, gaz))
        {
            var e = lastStart - 1;
            while (e > start && text[e - 1] == ' ')
            {
                e--;
            }

            if (e <= start || IsLoneUnknown(text, start, e, gaz))
            {
                return;
            }
        }

        emit("PERSON", start, end, score);
    }

    /// <summary>True when the word before <paramref name="start"/> (one space between) is a place preposition or "ul.".</summary>
    private static bool PlaceWordBefore(string text, int start)
    {
        var e = start - 1;
        if (e < 1 || text[e] != ' ')
        {
            return false;
        }

        var s = e;
        while (s > 0 && (char.IsAsciiLetter(text[s - 1]) || text[s - 1] == '.') && e - s < 6)
        {
            s--;
        }

        return (s == 0 || !char.IsLetterOrDigit(text[s - 1])) && text.AsSpan(s, e - s) is "on" or "at" or "in" or "near" or "from" or "to" or "into" or "along" or "off" or "ul." or "via";
    }

    private static bool IsKnownName(ReadOnlySpan<char> w, Gazetteer gaz) => gaz.First.Contains(w) || gaz.Last.Contains(w) || gaz.WordSurname.Contains(w);

    /// <summary>True when start..end is one word that the gazetteer does not know as a name.</summary>
    private static bool IsLoneUnknown(string text, int start, int end, Gazetteer gaz)
    {
        var w = text.AsSpan(start, end - start);
        return w.IndexOf(' ') < 0 && !gaz.First.Contains(w) && !gaz.Last.Contains(w);
    }

    /// <summary>Start of the next word after the spaces at <paramref name="p"/>, or -1 when none starts before <paramref name="end"/>.</summary>
    private static int NextWord(string text, int p, int end)
    {
        while (p < end && text[p] == ' ')
        {
            p++;
        }

        return p < end ? p : -1;
    }

    /// <summary>
    /// The end of " 1677" right after a name when the number (one to five digits, not a year 1900–2099) is followed by a
    /// street word ("32 St." with the abbreviation, "130 street" without the word), or closes the clause (end of text, ",", ".", ";", ")", a line break) after a
    /// place word before the name ("on Pod Floriánem 1677", "ul. Biskupa Bogedaina 118"); else 0. "OWASP Agentic Top 10"
    /// has neither.
    /// </summary>
    private static int HouseNumberEnd(string text, int start, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsAsciiDigit(text[end + 1]))
        {
            return 0;
        }

        var p = end + 1;
        while (p < text.Length && p - end <= 6 && char.IsAsciiDigit(text[p]))
        {
            p++;
        }

        var digits = p - end - 1;
        if (digits > 5 || (digits == 4 && text.AsSpan(end + 1, 2) is "19" or "20"))
        {
            return 0;
        }

        if (p == text.Length || text[p] is ',' or ';' or ')' or '\n' or '\r' || (text[p] == '.' && (p + 1 == text.Length || !char.IsAsciiDigit(text[p + 1]))))
        {
            return PlaceWordBefore(text, start) ? p : 0;
        }

        if (text[p] != ' ')
        {
            return 0;
        }

        var w = p + 1;
        var we = w;
        while (we < text.Length && char.IsAsciiLetter(text[we]) && we - w < 8)
        {
            we++;
        }

        // An abbreviation joins the span, so the street regex does not leave it over as a piece of its own ("32 St").
        var word = text.AsSpan(w, we - w);
        return word is "St" or "Str" or "Rd" or "Ave" ? we : word is "street" or "Street" or "road" ? p : 0;
    }
}
