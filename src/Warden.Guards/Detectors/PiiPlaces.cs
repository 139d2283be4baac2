namespace Warden.Guards.Detectors;

/// <summary>Postcodes, state + ZIP and street addresses (with the city after them).</summary>
internal static class PiiPlaces
{
    public static void Postal(PiiScan scan, int s, int length)
    {
        var text = scan.Text;
        var v = s;
        var e = s + length;
        if (char.IsAsciiLetterLower(text[s]) || KeywordAt(text, s))
        {
            // "zip: 12345", "postal code SW1A 1AA": the value follows the keyword.
            while (v < e && char.IsLetter(text[v]))
            {
                v++;
            }

            if (text.AsSpan(v, e - v).StartsWith(" code", StringComparison.OrdinalIgnoreCase))
            {
                v += 5;
            }

            while (v < e && text[v] is ' ' or ':')
            {
                v++;
            }

            // "zip code is 2200"
            if (text.AsSpan(v, e - v).StartsWith("is ", StringComparison.OrdinalIgnoreCase))
            {
                v += 3;
            }
        }

        if (v < e)
        {
            scan.Emit("LOCATION", v, e, 0.55);
        }
    }

    public static void StateZip(PiiScan scan, int s, int length)
    {
        scan.Emit("LOCATION", s, s + length, 0.6);
        var text = scan.Text;
        var p = s;
        while (p > 0 && text[p - 1] is ' ' or ',')
        {
            p--;
        }

        var (cs, _) = CapitalizedWordsBefore(text, p, 3);
        if (cs < p)
        {
            scan.Emit("LOCATION", cs, p, 0.6);
        }
    }

    public static void Street(PiiScan scan, int s, int length)
    {
        var e = s + length;
        var text = scan.Text;
        if (PolishSquare.NotASquare(text, s, e))
        {
            return;
        }

        scan.Emit("STREET_ADDRESS", UnitBefore(text, s), e, 0.9);

        // "742 Evergreen Terrace, Springfield": the capitalised words after the comma are the city.
        if (e + 2 < text.Length && text[e] == ',' && text[e + 1] == ' ')
        {
            // "Hauptstraße 12, 10115 Berlin", "Keizersgracht 12, 1015 CJ Amsterdam": a postcode, then the city.
            var p = e + 2;
            var d = p;
            while (d < text.Length && char.IsAsciiDigit(text[d]) && d - p < 6)
            {
                d++;
            }

            if (d - p is 4 or 5 && d + 1 < text.Length && text[d] == ' ')
            {
                var q = d + 1;
                if (q + 3 < text.Length && char.IsAsciiLetterUpper(text[q]) && char.IsAsciiLetterUpper(text[q + 1]) && text[q + 2] == ' ')
                {
                    q += 3; // Dutch postcode letters
                }

                var pe = CapitalizedWordsAfter(text, q, 3);
                if (pe > q)
                {
                    scan.Emit("LOCATION", p, pe, 0.75); // above the gazetteer's city alone
                }

                return;
            }

            var ce = CapitalizedWordsAfter(text, e + 2, 3);
            if (ce > e + 2)
            {
                scan.Emit("LOCATION", e + 2, ce, 0.6);
                StateAfterCity(scan, ce);
            }

            return;
        }

        PostcodeLineBelow(scan, e);
    }

    /// <summary>
    /// "12 Birch Road, Greenfield MA", "9 Pine St, Austin, TX 7301": after a street and its city, a US state code ends the
    /// address, with or without a ZIP code. The ZIP may have lost its leading zero (four digits: New England and New Jersey
    /// codes start with 0, and spreadsheets drop it). Only where the line, the text or the sentence ends after the code or
    /// the ZIP, so "Boston MA is" or "Austin TX 2019 report" give nothing here.
    /// </summary>
    private static void StateAfterCity(PiiScan scan, int ce)
    {
        var text = scan.Text;
        var p = ce;
        if (p < text.Length && text[p] == ',')
        {
            p++;
        }

        if (p + 3 > text.Length || text[p] != ' ' || !UsStates.Contains(text.AsSpan(p + 1, 2)))
        {
            return;
        }

        var s = p + 1;
        var end = s + 2;
        var q = end;
        if (q < text.Length && text[q] == ',')
        {
            q++;
        }

        if (q + 1 < text.Length && text[q] == ' ' && char.IsAsciiDigit(text[q + 1]))
        {
            var d = q + 1;
            while (d < text.Length && char.IsAsciiDigit(text[d]) && d - q <= 6)
            {
                d++;
            }

            if (d - q - 1 is not (4 or 5))
            {
                return;
            }

            if (d + 4 < text.Length && text[d] == '-' && IsDigits(text.AsSpan(d + 1, 4)))
            {
                d += 5;
            }

            end = d;
        }

        if (end < text.Length && !(text[end] is '\r' or '\n' || (text[end] is '.' or ';' or ')' or ',' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1])))))
        {
            return;
        }

        scan.Emit("LOCATION", s, end, 0.6);
    }

    private static bool IsDigits(ReadOnlySpan<char> v) => !v.ContainsAnyExceptInRange('0', '9');

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UsStates = new HashSet<string>(
        ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS",
         "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
         "WI", "WY", "DC"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Bahnhofstrasse 42⏎8001 Zürich", "Rue du Rhône 14⏎1204 Genève": in an address block the line under a street that
    /// ends its line is a four- or five-digit postcode and one to three capitalised words that end that line. A postcode
    /// that reads as a year (1900–2099) needs a known place after it, and a common or heading word makes the line no city
    /// ("2024 Annual Report").
    /// </summary>
    private static void PostcodeLineBelow(PiiScan scan, int e)
    {
        var text = scan.Text;
        var p = e;
        if (p < text.Length && text[p] == '\r')
        {
            p++;
        }

        if (p >= text.Length || text[p] != '\n')
        {
            return;
        }

        p++;
        var d = p;
        while (d < text.Length && char.IsAsciiDigit(text[d]) && d - p < 6)
        {
            d++;
        }

        if (d - p is not (4 or 5) || d + 1 >= text.Length || text[d] != ' ')
        {
            return;
        }

        var q = d + 1;
        var pe = CapitalizedWordsAfter(text, q, 3);
        if (pe == q || pe < text.Length && text[pe] is not ('\r' or '\n' or ','))
        {
            return;
        }

        var city = text.AsSpan(q, pe - q);
        var known = Gazetteer.Instance.Place.Contains(city);
        var year = d - p == 4 && text.AsSpan(p, 2) is "19" or "20";
        if (year && !known)
        {
            return;
        }

        if (!known)
        {
            foreach (var r in city.Split(' '))
            {
                if (CommonWords.CapitalizedSpan.Contains(city[r]) || CommonWords.HeadingSpan.Contains(city[r]))
                {
                    return;
                }
            }
        }

        scan.Emit("LOCATION", p, pe, 0.75);
    }

    /// <summary>"Flat 2, 150 Wellington Street": a flat/apartment/unit number before the street belongs to the address.</summary>
    private static int UnitBefore(string text, int s)
    {
        var p = s - 2;
        if (p < 3 || text[p] != ',' || text[p + 1] != ' ')
        {
            return s;
        }

        var n = p;
        while (n > 0 && char.IsAsciiLetterOrDigit(text[n - 1]) && p - n < 5)
        {
            n--;
        }

        if (n == p || n < 2 || text[n - 1] != ' ' || !char.IsAsciiDigit(text[n]))
        {
            return s;
        }

        var w = n - 1;
        while (w > 0 && char.IsLetter(text[w - 1]))
        {
            w--;
        }

        return text.AsSpan(w, n - 1 - w) is "Flat" or "Apt" or "Apartment" or "Unit" or "Suite" or "Wohnung" or "Appartement" or "Piso" ? w : s;
    }

    private static bool KeywordAt(string text, int s) =>
        text.AsSpan(s).StartsWith("zip", StringComparison.OrdinalIgnoreCase) || text.AsSpan(s).StartsWith("postal", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(s).StartsWith("postcode", StringComparison.OrdinalIgnoreCase) || text.AsSpan(s).StartsWith("plz", StringComparison.OrdinalIgnoreCase);

    private static (int Start, int Count) CapitalizedWordsBefore(string text, int end, int max)
    {
        var start = end;
        var count = 0;
        var p = end;
        while (count < max)
        {
            var ws = p;
            while (ws > 0 && char.IsLetter(text[ws - 1]))
            {
                ws--;
            }

            if (ws == p || !IsCapitalizedWord(text.AsSpan(ws, p - ws)))
            {
                break;
            }

            start = ws;
            count++;
            if (ws == 0 || text[ws - 1] != ' ')
            {
                break;
            }

            p = ws - 1;
        }

        return (start, count);
    }

    private static int CapitalizedWordsAfter(string text, int start, int max)
    {
        var end = start;
        var p = start;
        for (var count = 0; count < max; count++)
        {
            var we = p;
            while (we < text.Length && char.IsLetter(text[we]))
            {
                we++;
            }

            if (we == p || !IsCapitalizedWord(text.AsSpan(p, we - p)))
            {
                break;
            }

            end = we;
            if (we + 1 >= text.Length || text[we] != ' ')
            {
                break;
            }

            p = we + 1;
        }

        return end;
    }

    private static bool IsCapitalizedWord(ReadOnlySpan<char> w) =>
        w.Length >= 2 && char.IsUpper(w[0]) && AllLower(w[1..]) && w is not ("Apt" or "Apartment" or "Suite" or "Unit" or "Floor" or "The");

    // Lower-case letters, with accents ("Zürich", "Genève", "Málaga").
    private static bool AllLower(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
