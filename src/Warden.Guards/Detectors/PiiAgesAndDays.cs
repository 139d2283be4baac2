using System.Buffers;

namespace Warden.Guards.Detectors;

/// <summary>
/// Ages ("a 79 year old", "31 y/o", "just turned 60", "aged 42") as <c>AGE</c>, and weekdays used as dates
/// ("on Tuesday", "next friday", "Monday morning") as <c>DATE_TIME</c>. Both need their cue: a bare number is not an
/// age, and "by Friday" in a deadline is left alone.
/// </summary>
internal static class PiiAgesAndDays
{
    private static readonly SearchValues<string> AgeAfterKeys = SearchValues.Create(
        [" year old", " years old", "-year-old", "-years-old", " yrs old", " y/o", " y.o.", " year-old"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> AgeBeforeKeys = SearchValues.Create(
        ["turned ", "turn ", "aged ", "age: ", "age is ", "age of "], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> DayKeys = SearchValues.Create(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DayCues = new HashSet<string>(
        ["on", "next", "last", "this", "every", "since", "until", "till", "coming", "past", "meet", "see"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DayParts = new HashSet<string>(
        ["morning", "afternoon", "evening", "night", "noon"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // After "turn(ed) N" these words keep N an age ("turned 60 last week"); anything else ("turn 90 degrees") does not.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgeFollowers = new HashSet<string>(
        ["years", "this", "next", "last", "on", "in", "today", "tomorrow", "soon", "and", "yesterday", "recently"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Find(PiiScan scan)
    {
        var text = scan.Text;
        if (text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            AgesBefore(scan, text);
            AgesAfter(scan, text);
        }

        Days(scan, text);
    }

    private static void AgesBefore(PiiScan scan, string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(AgeAfterKeys);
            if (k < 0)
            {
                return;
            }

            var p = i + k;
            i = p + 1;
            var e = p;
            var s = e;
            while (s > 0 && char.IsAsciiDigit(text[s - 1]))
            {
                s--;
            }

            if (e - s is >= 1 and <= 3 && (s == 0 || !char.IsLetterOrDigit(text[s - 1]) && text[s - 1] is not ('.' or ',')) && Plausible(text, s, e))
            {
                scan.Emit("AGE", s, e, 0.7);
            }
        }
    }

    private static void AgesAfter(PiiScan scan, string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(AgeBeforeKeys);
            if (k < 0)
            {
                return;
            }

            var p = i + k;
            i = p + 1;
            if (p > 0 && char.IsLetter(text[p - 1]))
            {
                continue;
            }

            var s = p;
            while (s < text.Length && text[s] != ' ')
            {
                s++;
            }

            while (s < text.Length && text[s] is ' ' or ':')
            {
                s++;
            }

            // "age is 40", "age of 71": the key's second word.
            if (text.AsSpan(s).StartsWith("is ", StringComparison.Ordinal) || text.AsSpan(s).StartsWith("of ", StringComparison.Ordinal))
            {
                s += 3;
            }

            var e = s;
            while (e < text.Length && char.IsAsciiDigit(text[e]))
            {
                e++;
            }

            if (e - s is < 1 or > 3 || !Plausible(text, s, e) || (e < text.Length && (char.IsLetterOrDigit(text[e]) || text[e] is '%' or '.' && e + 1 < text.Length && char.IsAsciiDigit(text[e + 1]))))
            {
                continue;
            }

            // "turn 90 degrees", "turn 2 pages": after turn/turned the number must end the clause or be followed by a time word.
            var word = char.ToLowerInvariant(text[p]);
            if (word == 't' && e < text.Length && text[e] == ' ')
            {
                var n = e + 1;
                var ne = n;
                while (ne < text.Length && char.IsLetter(text[ne]))
                {
                    ne++;
                }

                if (!AgeFollowers.Contains(text.AsSpan(n, ne - n)))
                {
                    continue;
                }
            }

            scan.Emit("AGE", s, e, 0.7);
        }
    }

    private static bool Plausible(string text, int s, int e) => int.Parse(text.AsSpan(s, e - s)) is > 0 and <= 125;

    private static void Days(PiiScan scan, string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(DayKeys);
            if (k < 0)
            {
                return;
            }

            var s = i + k;
            var e = s;
            while (e < text.Length && char.IsLetter(text[e]))
            {
                e++;
            }

            i = e;
            if (s > 0 && char.IsLetter(text[s - 1]) || e - s > 9)
            {
                continue;
            }

            var pe = s - 1;
            while (pe > 0 && text[pe] == ' ')
            {
                pe--;
            }

            var ps = pe;
            while (ps > 0 && char.IsLetter(text[ps - 1]))
            {
                ps--;
            }

            // A day name at the very start has no word before it (pe is -1 there).
            var before = pe >= 0 && char.IsLetter(text[pe]) ? text.AsSpan(ps, pe - ps + 1) : [];
            var n = e;
            while (n < text.Length && text[n] == ' ')
            {
                n++;
            }

            var ne = n;
            while (ne < text.Length && char.IsLetter(text[ne]))
            {
                ne++;
            }

            var capital = char.IsUpper(text[s]);
            if (DayCues.Contains(before) || (capital && DayParts.Contains(text.AsSpan(n, ne - n))))
            {
                scan.Emit("DATE_TIME", s, e, 0.6);
            }
        }
    }
}
