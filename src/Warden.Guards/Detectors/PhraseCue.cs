using System.Buffers;
using System.Globalization;

namespace Warden.Guards.Detectors;

/// <summary>
/// Finds literal phrases of several lists in normalised (lower-case) text in one pass: each word start is looked up by
/// the word's first four characters, and the few candidate phrases there are verified in place (a space in a phrase
/// matches any run of white space). A trailing <c>*</c>
/// makes a phrase a prefix; otherwise it must end at a word boundary. Phrases in scripts written without spaces
/// (CJK, kana, hangul) are found by substring search, only when the text has such characters. The cost is linear in
/// the text and does not grow with the number of phrases, unlike a large regex alternation.
/// </summary>
internal sealed class PhraseIndex
{
    private const int KeyLength = 4;

    private readonly int _lists;
    private readonly Dictionary<string, Entry[]> _byKey;
    private readonly Dictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly SearchValues<string>? _unspaced;
    private readonly Dictionary<string, Entry[]> _unspacedEntries;

    // The unspaced phrases grouped by first character, so a hit position is checked only against phrases that can start there.
    private readonly Dictionary<char, (string Key, Entry[] Entries)[]> _unspacedByFirst;

    public PhraseIndex(IReadOnlyList<string[]> lists)
    {
        _lists = lists.Count;
        var spaced = new List<(string Key, Entry Entry)>();
        var unspaced = new List<(string Key, Entry Entry)>();
        for (var l = 0; l < lists.Count; l++)
        {
            foreach (var raw in lists[l])
            {
                var entry = new Entry(raw.TrimEnd('*'), raw.EndsWith('*'), l);
                if (IsUnspaced(entry.Text[0]))
                {
                    unspaced.Add((entry.Text, entry));
                }
                else
                {
                    spaced.Add((Key(entry.Text), entry));
                }
            }
        }

        _byKey = spaced.GroupBy(x => x.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.Entry).ToArray(), StringComparer.Ordinal);
        _lookup = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _unspacedEntries = unspaced.GroupBy(x => x.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.Entry).ToArray(), StringComparer.Ordinal);
        _unspaced = unspaced.Count == 0 ? null : SearchValues.Create(_unspacedEntries.Keys.ToArray(), StringComparison.Ordinal);
        _unspacedByFirst = _unspacedEntries.GroupBy(kv => kv.Key[0]).ToDictionary(g => g.Key, g => g.Select(kv => (kv.Key, kv.Value)).ToArray());
    }

    /// <summary>Positions (start, length) of the phrases of each list found in <paramref name="text"/>.</summary>
    public List<(int At, int Length)>?[] Find(string text)
    {
        var hits = new List<(int At, int Length)>?[_lists];
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (!IsWordChar(span[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.Length && IsWordChar(span[i]))
            {
                i++;
            }

            var word = span[start..i];
            if (_lookup.TryGetValue(word.Length > KeyLength ? word[..KeyLength] : word, out var entries))
            {
                foreach (var e in entries)
                {
                    var length = MatchLength(span, start, e.Text);
                    if (length > 0 && EndsOnBoundary(span, start + length, e))
                    {
                        (hits[e.List] ??= []).Add((start, length));
                    }
                }
            }
        }

        if (_unspaced is not null && span.IndexOfAnyInRange('\u2E80', '\uD7AF') >= 0)
        {
            var from = 0;
            while (from < span.Length)
            {
                var k = span[from..].IndexOfAny(_unspaced);
                if (k < 0)
                {
                    break;
                }

                var at = from + k;
                foreach (var (key, entries) in _unspacedByFirst[span[at]])
                {
                    if (span[at..].StartsWith(key, StringComparison.Ordinal))
                    {
                        foreach (var e in entries)
                        {
                            (hits[e.List] ??= []).Add((at, e.Text.Length));
                        }
                    }
                }

                from = at + 1;
            }
        }

        return hits;
    }

    /// <summary>
    /// Length of the text at <paramref name="start"/> that spells <paramref name="phrase"/>, or 0. A space in the phrase
    /// matches a run of white space (spaces, tabs, line breaks): "ignore  the\tabove" spells "ignore the above", so
    /// padding words apart cannot hide a phrase. Other characters must be equal.
    /// </summary>
    internal static int MatchLength(ReadOnlySpan<char> text, int start, string phrase)
    {
        var j = start;
        foreach (var c in phrase)
        {
            if (j >= text.Length)
            {
                return 0;
            }

            if (c != ' ')
            {
                if (text[j] != c)
                {
                    return 0;
                }

                j++;
                continue;
            }

            if (!char.IsWhiteSpace(text[j]))
            {
                return 0;
            }

            do
            {
                j++;
            }
            while (j < text.Length && char.IsWhiteSpace(text[j]));
        }

        return j - start;
    }

    private static bool EndsOnBoundary(ReadOnlySpan<char> text, int end, Entry e) =>
        e.Prefix || end >= text.Length || !IsWordChar(e.Text[^1]) || !IsWordChar(text[end]);

    private static string Key(string phrase)
    {
        var n = 0;
        while (n < phrase.Length && IsWordChar(phrase[n]))
        {
            n++;
        }

        return phrase[..Math.Max(1, Math.Min(n, KeyLength))];
    }

    // Letters, digits and combining marks (Devanagari vowel signs) form words.
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsUnspaced(char c) => c is >= '\u2E80' and <= '\uD7AF';

    private sealed record Entry(string Text, bool Prefix, int List);
}

/// <summary>
/// A cue over <see cref="PhraseIndex"/> hits: any phrase of list <c>first</c>, or, with <c>second</c>, a phrase of
/// <c>second</c> within <c>gap</c> characters after one of <c>first</c> (or before it too, unless <c>ordered</c>).
/// </summary>
internal sealed record PhraseCue(int First, int Second = -1, int Gap = 0, bool Ordered = false)
{
    public bool IsMatch(List<(int At, int Length)>?[] hits)
    {
        if (hits[First] is not { } a)
        {
            return false;
        }

        if (Second < 0)
        {
            return true;
        }

        if (hits[Second] is not { } b)
        {
            return false;
        }

        // Few hits (the usual case): compare every pair. Many hits (long or hostile text): binary search over sorted
        // end positions, so the cost stays O(n log n) instead of quadratic.
        if ((long)a.Count * b.Count > 64)
        {
            return EndsWithin(a, b) || (!Ordered && EndsWithin(b, a));
        }

        foreach (var (at, length) in a)
        {
            foreach (var (bt, blength) in b)
            {
                var after = bt >= at + length && bt - (at + length) <= Gap;
                var before = !Ordered && bt + blength <= at && at - (bt + blength) <= Gap;
                if (after || before)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // True when some phrase of `second` starts 0..Gap characters after a phrase of `first` ends.
    private bool EndsWithin(List<(int At, int Length)> first, List<(int At, int Length)> second)
    {
        var ends = new int[first.Count];
        for (var i = 0; i < ends.Length; i++)
        {
            ends[i] = first[i].At + first[i].Length;
        }

        Array.Sort(ends);
        foreach (var (bt, _) in second)
        {
            // The largest end that is <= bt must also be >= bt - Gap.
            var k = Array.BinarySearch(ends, bt);
            var idx = k >= 0 ? k : ~k - 1;
            if (idx >= 0 && bt - ends[idx] <= Gap)
            {
                return true;
            }
        }

        return false;
    }
}
