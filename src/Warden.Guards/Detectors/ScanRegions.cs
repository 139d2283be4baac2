using System.Buffers;
using System.Text.RegularExpressions;

namespace Warden.Guards.Detectors;

/// <summary>Receives one regex match (absolute index and length) during a region scan.</summary>
internal delegate void MatchHandler<TState>(TState state, int index, int length);

/// <summary>
/// Cheap prefilters so that regexes only run where they can match: regions of whitespace-delimited words around
/// trigger characters (digits, '@') or keywords. Regions always start and end at word boundaries, so a regex run on
/// a region sees the same <c>\b</c> and look-around context as on the whole text.
/// </summary>
internal static class ScanRegions
{
    private static readonly SearchValues<char> DigitOrAt = SearchValues.Create("0123456789@");

    /// <summary>Regions around words containing a digit or '@', widened by whole words and merged when they touch.</summary>
    public static List<(int Start, int End)> AroundDigits(string text, int wordsBefore, int wordsAfter)
    {
        var list = new List<(int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(DigitOrAt);
            if (k < 0)
            {
                break;
            }

            var hit = i + k;
            var e = AddWidened(list, text, hit, WordEnd(text, hit), wordsBefore, wordsAfter);
            i = Math.Max(e, hit + 1);
        }

        return list;
    }

    /// <summary>
    /// Regions around digit runs that can be part of a date: one or two digits (day, month) not after '+', or four
    /// digits starting 19/20 (a year). Phone numbers, amounts and ids mostly have neither, so the date regex skips them.
    /// </summary>
    public static List<(int Start, int End)> AroundDateDigits(string text, int wordsBefore, int wordsAfter)
    {
        var list = new List<(int Start, int End)>();
        var runs = new DigitRuns(text);
        while (runs.MoveNext())
        {
            int s = runs.Start, len = runs.Length;
            if ((len <= 2 && (s == 0 || text[s - 1] != '+')) || (len == 4 && ((text[s] == '1' && text[s + 1] == '9') || (text[s] == '2' && text[s + 1] == '0'))))
            {
                runs.ResumeAt(AddWidened(list, text, s, WordEnd(text, s), wordsBefore, wordsAfter));
            }
        }

        return list;
    }

    /// <summary>True when some digit directly follows an ASCII letter (postcode shapes such as "SW1A 1AA").</summary>
    public static bool HasLetterBeforeDigit(string text)
    {
        // Only a run's first digit can follow a letter.
        var runs = new DigitRuns(text);
        while (runs.MoveNext())
        {
            if (runs.Start > 0 && char.IsAsciiLetter(text[runs.Start - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Regions around key words (capitalised suffixes such as "Street" or "Inc" after a space, found by scanning capital
    /// letters and looking the word up) and around <paramref name="otherKeys"/> (found with a small substring search).
    /// Much cheaper than one large multi-string search. With <paramref name="capitalAfterOther"/>, an other-key hit
    /// counts only when a capital letter follows it ("Smith and Wesson", not "salt and pepper").
    /// </summary>
    public static List<(int Start, int End)> AroundKeyWords(
        string text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words, SearchValues<string> otherKeys, bool capitalAfterOther, int wordsBefore, int wordsAfter, SearchValues<string>? moreKeys = null)
    {
        var hits = new List<int>();
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAnyInRange('A', 'Z');
            if (k < 0)
            {
                break;
            }

            var p = i + k;
            var e = p + 1;
            while (e < text.Length && char.IsAsciiLetter(text[e]))
            {
                e++;
            }

            if (p > 0 && text[p - 1] == ' ' && words.Contains(text.AsSpan(p, e - p)))
            {
                hits.Add(p - 1);
            }

            i = e;
        }

        i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(otherKeys);
            if (k < 0)
            {
                break;
            }

            var p = i + k;
            i = p + 1;
            if (capitalAfterOther && p + 1 < text.Length && text[p + 1] is '&' or 'a')
            {
                var n = p + 1;
                while (n < text.Length && text[n] is not ' ')
                {
                    n++;
                }

                while (n < text.Length && text[n] is ' ' or '&')
                {
                    n++;
                }

                if (n + 4 < text.Length && text.AsSpan(n, 4) is "and ")
                {
                    n += 4;
                }

                if (n >= text.Length || !char.IsUpper(text[n]))
                {
                    continue;
                }
            }

            hits.Add(p);
        }

        i = 0;
        while (moreKeys is not null && i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(moreKeys);
            if (k < 0)
            {
                break;
            }

            hits.Add(i + k);
            i += k + 1;
        }

        hits.Sort();
        var list = new List<(int Start, int End)>();
        foreach (var hit in hits)
        {
            AddWidened(list, text, hit, WordEnd(text, Math.Min(hit + 1, text.Length - 1)), wordsBefore, wordsAfter);
        }

        return list;
    }

    /// <summary>
    /// Runs <paramref name="regex"/> over each region (non-overlapping, in order) without allocating per match, skipping
    /// regions where <paramref name="mayMatch"/> says the regex cannot match.
    /// </summary>
    public static void Matches<TState>(Regex regex, string text, List<(int Start, int End)> regions, TState state, MatchHandler<TState> onMatch, RegionFilter? mayMatch = null)
    {
        var last = -1;
        foreach (var (s, e) in regions)
        {
            if (mayMatch is not null && !mayMatch(text.AsSpan(s, e - s)))
            {
                continue;
            }

            foreach (var m in regex.EnumerateMatches(text.AsSpan(s, e - s)))
            {
                var index = s + m.Index;
                if (index >= last)
                {
                    onMatch(state, index, m.Length);
                    last = index + m.Length;
                }
            }
        }
    }

    /// <summary>Widens a hit by whole words on both sides, adds the region, and returns its end.</summary>
    private static int AddWidened(List<(int Start, int End)> list, string text, int hit, int end, int wordsBefore, int wordsAfter)
    {
        var s = WordStart(text, hit);
        for (var b = 0; b < wordsBefore; b++)
        {
            s = PreviousWordStart(text, s);
        }

        var e = end;
        for (var a = 0; a < wordsAfter; a++)
        {
            e = NextWordEnd(text, e);
        }

        Add(list, s, e);
        return e;
    }

    private static void Add(List<(int Start, int End)> list, int s, int e)
    {
        if (list.Count > 0 && s <= list[^1].End + 1)
        {
            list[^1] = (Math.Min(list[^1].Start, s), Math.Max(e, list[^1].End));
        }
        else
        {
            list.Add((s, e));
        }
    }

    private static int WordStart(string text, int i)
    {
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int PreviousWordStart(string text, int start)
    {
        var i = start;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i == start && i == 0 ? 0 : WordStart(text, i);
    }

    private static int NextWordEnd(string text, int end)
    {
        var i = end;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return WordEnd(text, i);
    }
}
