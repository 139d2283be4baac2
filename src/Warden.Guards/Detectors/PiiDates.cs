namespace Warden.Guards.Detectors;

/// <summary>
/// Validates <see cref="PiiPatterns.Date"/> matches: numeric dates need a real day and month, and a bare year needs
/// a word that introduces a time ("in 1998", "since 2020") so amounts, counts and versions are not reported as dates.
/// </summary>
internal static class PiiDates
{
    private static readonly string[] DobContext = ["born", "birth", "dob", "d.o.b", "geboren", "né le", "née le", "nacido", "nascimento"];
    private static readonly string[] VersionContext = ["version", "release", "build", "v.", "firmware", "update"];

    private static readonly HashSet<string> YearWords = new(
        ["in", "since", "from", "until", "till", "by", "of", "year", "before", "after", "during", "around", "circa", "early", "late", "mid",
         "born", "between", "and", "to", "c.", "ca.", "fy", "summer", "winter", "spring", "autumn", "fall", "im", "seit", "en", "depuis", "desde", "nel", "em"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> YearWordLookup = YearWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Emit(PiiScan scan, int s, int length)
    {
        var text = scan.Text;
        var value = text.AsSpan(s, length);
        if (char.IsAsciiDigit(value[0]) && !value.ContainsAnyInRange('A', 'z'))
        {
            if (value.TrimEnd('s').Length == 4)
            {
                if (!IsBareYear(text, s, length))
                {
                    return;
                }
            }
            else if (!IsNumericDate(value) || (value.Contains('.') && scan.Near(s, VersionContext, 25)))
            {
                return;
            }
        }

        scan.Emit("DATE_TIME", s, s + length, scan.Near(s, DobContext) ? 0.8 : 0.6);
    }

    private static bool IsBareYear(string text, int s, int length)
    {
        var e = s + length;
        if (text[e - 1] == 's')
        {
            return true; // "the 1990s"
        }

        // A decimal or thousands part ("2024.50", "2,000") makes it a number.
        if (e + 1 < text.Length && text[e] is '.' or ',' && char.IsAsciiDigit(text[e + 1]))
        {
            return false;
        }

        var p = s;
        while (p > 0 && text[p - 1] == ' ')
        {
            p--;
        }

        var q = p;
        while (q > 0 && (char.IsLetter(text[q - 1]) || text[q - 1] == '.'))
        {
            q--;
        }

        return q < p && YearWordLookup.Contains(text.AsSpan(q, p - q));
    }

    private static bool IsNumericDate(ReadOnlySpan<char> v)
    {
        Span<int> parts = stackalloc int[3];
        Span<int> widths = stackalloc int[3];
        var n = 0;
        var i = 0;
        while (i < v.Length && n < 3)
        {
            var start = i;
            var x = 0;
            while (i < v.Length && char.IsAsciiDigit(v[i]))
            {
                x = (x * 10) + (v[i] - '0');
                i++;
            }

            if (i == start)
            {
                break;
            }

            widths[n] = i - start;
            parts[n++] = x;
            if (i < v.Length && v[i] is '/' or '.' or '-')
            {
                i++;
            }
            else
            {
                break;
            }
        }

        if (n < 3)
        {
            return false;
        }

        if (widths[0] == 4)
        {
            return parts[1] is >= 1 and <= 12 && parts[2] is >= 1 and <= 31; // ISO year-month-day
        }

        var (a, b) = (parts[0], parts[1]);
        return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
    }
}
