namespace Warden.Guards.Detectors;

/// <summary>Street addresses whose suffix the street regex does not list, found by a hand scan from house numbers.</summary>
internal static class PiiStreets
{
    /// <summary>
    /// "49298 Kimberly Shoals Apt. 123": a house number, one to three capitalised words and a street suffix from the
    /// gazetteer's English list, which is longer than the street regex's. Runs once over the text, only at digit runs.
    /// </summary>
    public static void GenericStreets(PiiScan scan)
    {
        var text = scan.Text;
        var suffixes = Gazetteer.Instance.StreetSuffix;
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (k < 0)
            {
                return;
            }

            var s = i + k;
            var d = s;
            while (d < text.Length && char.IsAsciiDigit(text[d]))
            {
                d++;
            }

            i = d;
            if (d - s > 6 || (s > 0 && char.IsLetterOrDigit(text[s - 1])) || s > 0 && text[s - 1] is '.' or ',' or '-' or '/' or ':' || d + 1 >= text.Length || text[d] != ' ')
            {
                continue;
            }

            var p = d + 1;
            var end = -1;
            for (var w = 0; w < 4 && p < text.Length; w++)
            {
                var we = p;
                while (we < text.Length && (char.IsLetter(text[we]) || (text[we] is '\'' or '-' && we > p)))
                {
                    we++;
                }

                if (we - p < 2 || !char.IsUpper(text[p]) || text.AsSpan(p + 1, we - p - 1).ContainsAnyInRange('A', 'Z'))
                {
                    break;
                }

                if (w > 0 && suffixes.Contains(text.AsSpan(p, we - p)))
                {
                    end = we;
                }

                if (we >= text.Length || text[we] != ' ')
                {
                    break;
                }

                p = we + 1;
            }

            if (end > 0)
            {
                scan.Emit("STREET_ADDRESS", s, UnitAfter(text, end), 0.88); // a house number makes it an address, not a name
                i = end;
            }
        }
    }

    /// <summary>" Apt. 123", " Suite 100", ", Unit 5B" after a street.</summary>
    private static int UnitAfter(string text, int e)
    {
        var p = e;
        if (p < text.Length && text[p] == '.')
        {
            p++;
        }

        if (p + 1 < text.Length && text[p] == ',')
        {
            p++;
        }

        if (p >= text.Length || text[p] != ' ')
        {
            return e;
        }

        p++;
        var ws = p;
        while (p < text.Length && char.IsAsciiLetter(text[p]))
        {
            p++;
        }

        if (text.AsSpan(ws, p - ws) is not ("Apt" or "Suite" or "Unit" or "Ste" or "Apartment" or "Flat"))
        {
            return e;
        }

        if (p < text.Length && text[p] == '.')
        {
            p++;
        }

        if (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        var ds = p;
        while (p < text.Length && char.IsAsciiLetterOrDigit(text[p]) && p - ds < 6)
        {
            p++;
        }

        return p > ds && char.IsAsciiDigit(text[ds]) ? p : e;
    }
}
