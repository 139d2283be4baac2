using System.Buffers;
using System.Text;

namespace Warden.Guards.Detectors;

/// <summary>True when a regex can match somewhere in <paramref name="region"/>; false only when it surely cannot.</summary>
internal delegate bool RegionFilter(ReadOnlySpan<char> region);

/// <summary>
/// Cheap shape checks that let <see cref="ScanRegions.Matches{TState}"/> skip a region before a regex scans it: a
/// region that holds none of the characters a pattern needs (a month word, a digit-separator-digit-separator shape, a
/// letter-digit postcode head) cannot produce a match, so skipping it changes no finding. Each check is a superset of
/// its pattern: any region with non-ASCII characters is always scanned (<c>\d</c>, <c>\s</c> and case-insensitive
/// letters reach beyond ASCII there). A change to <see cref="PiiPatterns"/> must keep the matching check a superset.
/// </summary>
internal static class RegionShapes
{
    /// <summary>The first three letters of every month name <see cref="PiiPatterns.Date"/> knows (ASCII ones; non-ASCII regions are always scanned).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthStems = new HashSet<string>(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mai", "okt", "dez", "avr", "jui", "ene", "abr", "ago",
         "dic", "gen", "mag", "giu", "lug", "set", "ott", "fev", "out"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<string> PostalKeys = SearchValues.Create(["zip", "postal", "postcode", "plz"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A date needs a 19xx/20xx year, a digit-separator-digits-separator-digit shape ("3.4.21", "2021-04-03"), a month
    /// word ("14 March", "Mar 3") or a clock time with am/pm ("5pm", "10:30 a.m.").
    /// </summary>
    public static bool MayHoldDate(ReadOnlySpan<char> region)
    {
        if (!Ascii.IsValid(region))
        {
            return true;
        }

        Span<char> stem = stackalloc char[3];
        var i = 0;
        while (i < region.Length)
        {
            var c = region[i];
            if (char.IsAsciiDigit(c))
            {
                var j = RunEnd(region, i);
                if (j - i == 4 && ((c == '1' && region[i + 1] == '9') || (c == '2' && region[i + 1] == '0')))
                {
                    return true;
                }

                if (j + 1 < region.Length && region[j] is '/' or '.' or '-' && char.IsAsciiDigit(region[j + 1]))
                {
                    var k = RunEnd(region, j + 1);
                    if (k + 1 < region.Length && region[k] is '/' or '.' or '-' && char.IsAsciiDigit(region[k + 1]))
                    {
                        return true;
                    }
                }

                var n = j < region.Length && char.IsWhiteSpace(region[j]) ? j + 1 : j;
                if (n < region.Length && region[n] is 'a' or 'A' or 'p' or 'P')
                {
                    return true;
                }

                i = j;
            }
            else if (char.IsAsciiLetter(c))
            {
                var j = i + 1;
                while (j < region.Length && char.IsAsciiLetter(region[j]))
                {
                    j++;
                }

                if (j - i >= 3)
                {
                    region.Slice(i, 3).ToLowerInvariant(stem);
                    if (MonthStems.Contains(stem))
                    {
                        return true;
                    }
                }

                i = j;
            }
            else
            {
                i++;
            }
        }

        return false;
    }

    /// <summary>A postcode needs a postal key word ("zip", "postcode") or an outward-inward shape ("SW1A 1AA": letter, digit, …, space, digit).</summary>
    public static bool MayHoldPostcode(ReadOnlySpan<char> region)
    {
        if (!Ascii.IsValid(region) || region.ContainsAny(PostalKeys))
        {
            return true;
        }

        for (var i = 0; i + 3 < region.Length; i++)
        {
            if (char.IsAsciiLetter(region[i]) && char.IsAsciiDigit(region[i + 1])
                && ((char.IsWhiteSpace(region[i + 2]) && char.IsAsciiDigit(region[i + 3]))
                    || (i + 4 < region.Length && char.IsAsciiLetterOrDigit(region[i + 2]) && char.IsWhiteSpace(region[i + 3]) && char.IsAsciiDigit(region[i + 4]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A state and ZIP code ("CA 94043", "TAS 7000") needs four or more digits after a space after a capital letter or a comma.</summary>
    public static bool MayHoldStateZip(ReadOnlySpan<char> region)
    {
        if (!Ascii.IsValid(region))
        {
            return true;
        }

        var i = 0;
        while (i < region.Length)
        {
            var k = region[i..].IndexOfAnyInRange('0', '9');
            if (k < 0)
            {
                return false;
            }

            var s = i + k;
            var e = RunEnd(region, s);
            if (e - s >= 4 && s >= 2 && char.IsWhiteSpace(region[s - 1]) && (char.IsAsciiLetterUpper(region[s - 2]) || region[s - 2] == ','))
            {
                return true;
            }

            i = e;
        }

        return false;
    }

    private static int RunEnd(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i;
    }
}
