using System.Buffers;
using System.Text.RegularExpressions;

namespace Warden.Guards.Detectors;

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

    /// <summary>Regions around occurrences of <paramref name="keys"/>, widened by whole words and merged.</summary>
    public static List<(int Start, int End)> AroundKeys(string text, SearchValues<string> keys, int wordsBefore, int wordsAfter)
    {
        var list = new List<(int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(keys);
            if (k < 0)
            {
                break;
            }

            var hit = i + k;
            AddWidened(list, text, hit, WordEnd(text, Math.Min(hit + 1, text.Length - 1)), wordsBefore, wordsAfter);
            i = hit + 1;
        }

        return list;
    }

    /// <summary>Runs <paramref name="regex"/> over each region (non-overlapping, in order).</summary>
    public static void Matches(Regex regex, string text, List<(int Start, int End)> regions, Action<Match> onMatch)
    {
        var last = -1;
        foreach (var (s, e) in regions)
        {
            for (var m = regex.Match(text, s, e - s); m.Success; m = m.NextMatch())
            {
                if (m.Index >= last)
                {
                    onMatch(m);
                    last = m.Index + m.Length;
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
