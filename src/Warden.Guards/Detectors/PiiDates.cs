using System.Globalization;

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

        // "may 2007" in running text is the verb; the month is written "May".
        if (value.StartsWith("may", StringComparison.Ordinal))
        {
            return;
        }

        scan.Emit("DATE_TIME", s, TimeAfter(text, s + length), scan.Near(s, DobContext) ? 0.8 : 0.6);
    }

    /// <summary>"2019-11-02 14:30", "March 3, 2020 at 10:30 am": a clock time right after a date is part of it.</summary>
    private static int TimeAfter(string text, int e)
    {
        var p = e;
        if (p + 1 < text.Length && text[p] == ',')
        {
            p++;
        }

        if (p >= text.Length || text[p] != ' ')
        {
            return e;
        }

        p++;
        if (text.AsSpan(p).StartsWith("at ", StringComparison.Ordinal) || text.AsSpan(p).StartsWith("um ", StringComparison.Ordinal)
            || text.AsSpan(p).StartsWith("à ", StringComparison.Ordinal) || text.AsSpan(p).StartsWith("a las ", StringComparison.Ordinal))
        {
            p = text.IndexOf(' ', p) + 1;
        }

        var h = p;
        while (p < text.Length && char.IsAsciiDigit(text[p]) && p - h < 2)
        {
            p++;
        }

        if (p == h || p + 2 >= text.Length || text[p] is not (':' or 'h') || !char.IsAsciiDigit(text[p + 1]) || !char.IsAsciiDigit(text[p + 2]))
        {
            return e;
        }

        p += 3;
        if (p + 2 < text.Length && text[p] == ':' && char.IsAsciiDigit(text[p + 1]) && char.IsAsciiDigit(text[p + 2]))
        {
            p += 3;
        }

        var q = p < text.Length && text[p] == ' ' ? p + 1 : p;
        if (q + 1 < text.Length && text[q] is 'a' or 'p' or 'A' or 'P' && text[q + 1] is 'm' or 'M' && (q + 2 == text.Length || !char.IsLetter(text[q + 2])))
        {
            p = q + 2;
        }

        return p;
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

        if (q < p && YearWordLookup.Contains(text.AsSpan(q, p - q)))
        {
            return true;
        }

        // "a 1973 American action-comedy film", "the 2018 World Cup": an article, a year from 1900 to 2030, then a
        // capitalised word. Larger numbers there are sizes ("a 2048 Bit key").
        return q < p && text.AsSpan(q, p - q) is "a" or "A" or "the" or "The" && e + 1 < text.Length && text[e] == ' ' && char.IsUpper(text[e + 1])
            && length == 4 && int.TryParse(text.AsSpan(s, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2030;
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
