namespace Warden.Guards.Detectors;

/// <summary>
/// Finds which of several word lexicons occur in a normalised text in one pass over its characters, without
/// allocating. A term is one or more words; every word but the last must match exactly, the last matches as a prefix
/// ("kill" finds "killing") unless the term ends with a space ("port " is only "port"). Words are found by 64-bit
/// FNV-1a hashes computed as the characters are read (each prefix's hash comes for free), looked up in small
/// open-addressing tables; with a few hundred terms a false match is vanishingly unlikely. Terms in scripts written
/// without spaces (Chinese, Japanese, Korean) are found as substrings, and only when the text has such characters.
/// </summary>
internal sealed class HarmTermIndex
{
    private const ulong Offset = WordHashTable.Offset;
    private const ulong Prime = WordHashTable.Prime;
    private const ulong WordEnd = 0xFFFF;

    private readonly WordHashTable _prefixes;
    private readonly WordHashTable _firstWords;
    private readonly Entry[][] _entries;
    private readonly int _maxPrefix;
    private readonly (string Term, uint Mask)[] _spaceless;

    public HarmTermIndex(string[][] lexicons)
    {
        var byFirst = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var prefixes = new Dictionary<string, uint>(StringComparer.Ordinal);
        var spaceless = new Dictionary<string, uint>(StringComparer.Ordinal);
        // One bit of a uint per lexicon: a 33rd would wrap onto the first (the shift count is taken mod 32).
        if (lexicons.Length > 32)
        {
            throw new ArgumentException($"at most 32 lexicons fit the scan mask, got {lexicons.Length}", nameof(lexicons));
        }

        for (var l = 0; l < lexicons.Length; l++)
        {
            var bit = 1u << l;
            foreach (var term in lexicons[l])
            {
                if (term.Any(IsSpaceless))
                {
                    spaceless[term.Trim()] = spaceless.GetValueOrDefault(term.Trim()) | bit;
                    continue;
                }

                var words = Words(term);
                var exactLast = term.EndsWith(' ');
                if (words.Length == 1 && !exactLast)
                {
                    prefixes[words[0]] = prefixes.GetValueOrDefault(words[0]) | bit;
                    continue;
                }

                if (!byFirst.TryGetValue(words[0], out var list))
                {
                    byFirst[words[0]] = list = [];
                }

                list.Add(new Entry(words, exactLast, bit));
            }
        }

        _prefixes = new WordHashTable(prefixes.Count);
        foreach (var (stem, mask) in prefixes.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            _prefixes.Add(WordHashTable.Hash(stem), (int)mask);
        }

        _maxPrefix = prefixes.Keys.Max(k => k.Length);
        var firsts = byFirst.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToArray();
        _entries = [.. firsts.Select(kv => kv.Value.ToArray())];
        _firstWords = new WordHashTable(firsts.Length);
        for (var k = 0; k < firsts.Length; k++)
        {
            _firstWords.Add((WordHashTable.Hash(firsts[k].Key) ^ WordEnd) * Prime, k);
        }

        _spaceless = [.. spaceless.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value))];
    }

    /// <summary>Bit mask of the lexicons (bit = index in the constructor's array) with a term in <paramref name="text"/>.</summary>
    public uint Scan(ReadOnlySpan<char> text)
    {
        uint hits = 0;
        var i = 0;
        var spaceless = false;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var h = Offset;
            var n = 0;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                var c = text[i];
                spaceless |= IsSpaceless(c);
                h = (h ^ c) * Prime;
                n++;
                if (n >= 2 && n <= _maxPrefix && _prefixes.TryGet(h, out var mask))
                {
                    hits |= (uint)mask;
                }

                i++;
            }

            if (_firstWords.TryGet((h ^ WordEnd) * Prime, out var k))
            {
                foreach (var e in _entries[k])
                {
                    if ((hits & e.Mask) == 0 && MatchesFrom(text, i, e))
                    {
                        hits |= e.Mask;
                    }
                }
            }
        }

        if (spaceless)
        {
            foreach (var (term, mask) in _spaceless)
            {
                if ((hits & mask) != mask && text.Contains(term, StringComparison.Ordinal))
                {
                    hits |= mask;
                }
            }
        }

        return hits;
    }

    /// <summary>Whether the words after the first (which ended at <paramref name="pos"/>) follow in the text.</summary>
    private static bool MatchesFrom(ReadOnlySpan<char> text, int pos, Entry e)
    {
        for (var w = 1; w < e.Words.Length; w++)
        {
            while (pos < text.Length && !char.IsLetterOrDigit(text[pos]))
            {
                pos++;
            }

            var start = pos;
            while (pos < text.Length && char.IsLetterOrDigit(text[pos]))
            {
                pos++;
            }

            var word = text[start..pos];
            var last = w == e.Words.Length - 1;
            var ok = last && !e.ExactLast ? word.StartsWith(e.Words[w], StringComparison.Ordinal) : word.SequenceEqual(e.Words[w]);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Words(string term)
    {
        var words = new List<string>();
        var i = 0;
        while (i < term.Length)
        {
            var start = i;
            while (i < term.Length && char.IsLetterOrDigit(term[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add(term[start..i]);
            }
            else
            {
                i++;
            }
        }

        return [.. words];
    }

    private static bool IsSpaceless(char c) => c is (>= '\u3040' and <= '\u9fff') or (>= '\uac00' and <= '\ud7af');

    private sealed record Entry(string[] Words, bool ExactLast, uint Mask);
}
