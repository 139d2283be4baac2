namespace Warden.Guards.Model;

/// <summary>
/// Maps normalised text to hashed features: word unigrams and bigrams plus character 3–5-grams (which carry
/// languages without spaces, misspellings and morphology). Each group is scaled by 1/sqrt(count) so long texts
/// do not score high just for being long. FNV-1a is used because it is stable across processes and runtimes.
/// </summary>
internal static class FeatureHasher
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;
    private const uint WordSalt = 0x9E3779B9;
    private const uint BigramSalt = 0x85EBCA6B;

    /// <summary>Calls <paramref name="sink"/> for every feature occurrence (bucket, value): word features, then character n-grams.</summary>
    public static void Extract<TSink>(ReadOnlySpan<char> text, int bits, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        ExtractWords(text, bits, ref sink);
        ExtractChars(text, bits, ref sink);
    }

    /// <summary>Word unigram and bigram features only (the deep layer's input), in the same order and scale as <see cref="Extract"/>.</summary>
    public static void ExtractWords<TSink>(ReadOnlySpan<char> text, int bits, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var mask = (1u << bits) - 1;
        var wordScale = 1f / MathF.Sqrt(Math.Max(CountWords(text) * 2, 1));

        uint prev = 0;
        var havePrev = false;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var h = FnvOffset ^ WordSalt;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                h = (h ^ text[i]) * FnvPrime;
                i++;
            }

            sink.Add((int)(Mix(h) & mask), wordScale);
            if (havePrev)
            {
                sink.Add((int)(Mix((prev * 31) ^ h ^ BigramSalt) & mask), wordScale);
            }

            prev = h;
            havePrev = true;
        }
    }

    private static void ExtractChars<TSink>(ReadOnlySpan<char> text, int bits, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var mask = (1u << bits) - 1;
        var charCount = Math.Max(text.Length, 1) * 3;
        var charScale = 1f / MathF.Sqrt(charCount);

        // Character n-grams over the text with whitespace runs collapsed to one space.
        Span<char> window = stackalloc char[5];
        var filled = 0;
        var lastSpace = true;
        for (var k = 0; k <= text.Length; k++)
        {
            var c = k == text.Length ? ' ' : text[k];
            var isSpace = char.IsWhiteSpace(c);
            if (isSpace && lastSpace)
            {
                continue;
            }

            lastSpace = isSpace;
            c = isSpace ? ' ' : c;
            if (filled < 5)
            {
                window[filled++] = c;
            }
            else
            {
                window[1..].CopyTo(window);
                window[4] = c;
            }

            // Emit the n-grams (n = 3..5) that end at this character.
            var g = FnvOffset;
            for (var n = 1; n <= filled; n++)
            {
                g = (g ^ window[filled - n]) * FnvPrime;
                if (n >= 3)
                {
                    sink.Add((int)(Mix(g ^ (uint)n) & mask), charScale);
                }
            }
        }
    }

    /// <summary>A fixed bucket for a named indicator feature (e.g. a rule hit), stable across processes.</summary>
    public static int NamedBucket(string name, int bits)
    {
        var h = FnvOffset ^ 0xC2B2AE35;
        foreach (var c in name)
        {
            h = (h ^ c) * FnvPrime;
        }

        return (int)(Mix(h) & ((1u << bits) - 1));
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var w = char.IsLetterOrDigit(c);
            if (w && !inWord)
            {
                count++;
            }

            inWord = w;
        }

        return count;
    }

    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x7FEB352D;
        h ^= h >> 15;
        h *= 0x846CA68B;
        h ^= h >> 16;
        return h;
    }
}

/// <summary>Receives features without allocating (a struct so the JIT inlines the calls).</summary>
internal interface IFeatureSink
{
    void Add(int bucket, float value);
}
