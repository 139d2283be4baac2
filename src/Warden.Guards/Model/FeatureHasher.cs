namespace Warden.Guards.Model;

/// <summary>
/// Which hashed features a model uses beyond the standard set (word unigrams and bigrams plus character 3–5-grams).
/// Recorded in the model file, so a model is always scored with the features it was trained on.
/// </summary>
[Flags]
internal enum FeatureSet
{
    /// <summary>Word unigrams and bigrams plus character 3–5-grams (every model before round 14; harmful-request).</summary>
    Standard = 0,

    /// <summary>Also word skip-bigrams (a word and the word two places before it), so "ignore all previous" and
    /// "ignore the previous" share the pair (ignore, previous) (prompt-attack, round 14).</summary>
    WordSkipBigrams = 1,

    /// <summary>Also the role sequence of the words (<see cref="Detectors.HarmRoles"/>: roles, ordered role pairs and role
    /// trigrams), so "kill a python process" and "kill my neighbour" differ in the role of the object (harmful-request,
    /// round 22). Value 4: 2 is left free for prompt-attack.</summary>
    HarmRoles = 4,
}

/// <summary>
/// Maps normalised text to hashed features: word unigrams and bigrams (and, with <see cref="FeatureSet.WordSkipBigrams"/>,
/// skip-bigrams) plus character 3–5-grams (which carry languages without spaces, misspellings and morphology). Each
/// group is scaled by 1/sqrt(count) so long texts do not score high just for being long. FNV-1a is used because it is
/// stable across processes and runtimes. A feature's bucket is its 32-bit mixed hash masked to the model's bit count,
/// so one extraction serves models of different sizes (<see cref="FeatureCache"/>).
/// </summary>
internal static class FeatureHasher
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;
    private const uint WordSalt = 0x9E3779B9;
    private const uint BigramSalt = 0x85EBCA6B;
    private const uint SkipSalt = 0x27D4EB2F;

    /// <summary>Largest bit count a model may use (<see cref="LinearModel"/> refuses larger files).</summary>
    public const int MaxBits = 24;

    /// <summary>Calls <paramref name="sink"/> for every standard feature occurrence (bucket, value): word features, then character n-grams.</summary>
    public static void Extract<TSink>(ReadOnlySpan<char> text, int bits, ref TSink sink)
        where TSink : struct, IFeatureSink =>
        Extract(text, bits, FeatureSet.Standard, ref sink);

    /// <summary>Calls <paramref name="sink"/> for every feature occurrence of <paramref name="features"/>: word features, then character n-grams.</summary>
    public static void Extract<TSink>(ReadOnlySpan<char> text, int bits, FeatureSet features, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        ExtractWords(text, bits, features, ref sink);
        ExtractChars(text, bits, ref sink);
        if (UsesHarmRoles(features))
        {
            ExtractRoles(text, bits, ref sink);
        }
    }

    /// <summary>Whether <paramref name="features"/> include the harmful-request role sequence.</summary>
    public static bool UsesHarmRoles(FeatureSet features) => (features & FeatureSet.HarmRoles) == FeatureSet.HarmRoles;

    /// <summary>The role-sequence features (after the word and character features), each scaled by 1/sqrt(their count).</summary>
    private static void ExtractRoles<TSink>(ReadOnlySpan<char> text, int bits, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var buffer = _roleBuffer ??= new uint[256];
        var count = Detectors.HarmRoles.Collect(text, ref buffer);
        _roleBuffer = buffer.Length <= MaxKeptRoleBuffer ? buffer : null; // a 1 MB text's buffer is not kept by the thread
        var mask = (1u << bits) - 1;
        var scale = Detectors.HarmRoles.Scale(count);
        for (var k = 0; k < count; k++)
        {
            sink.Add((int)(buffer[k] & mask), scale);
        }
    }

    /// <summary>
    /// <paramref name="sum"/> plus the dot product of <paramref name="weights"/> with the role-sequence features, added one
    /// by one in extraction order (so the total equals the sum over <see cref="Extract{TSink}(ReadOnlySpan{char}, int, FeatureSet, ref TSink)"/>).
    /// </summary>
    public static double AddRoleDot(ReadOnlySpan<char> text, int bits, float[] weights, double sum)
    {
        var sink = new RoleDotSink(weights, sum);
        ExtractRoles(text, bits, ref sink);
        return sink.Sum;
    }

    private struct RoleDotSink(float[] weights, double sum) : IFeatureSink
    {
        public double Sum = sum;

        public void Add(int bucket, float value) => Sum += weights[bucket] * value;
    }

    [ThreadStatic]
    private static uint[]? _roleBuffer;

    private const int MaxKeptRoleBuffer = 16_384;

    /// <summary>Word unigram and bigram features only (the deep layer's input), in the same order and scale as <see cref="Extract{TSink}(ReadOnlySpan{char}, int, ref TSink)"/>.</summary>
    public static void ExtractWords<TSink>(ReadOnlySpan<char> text, int bits, ref TSink sink)
        where TSink : struct, IFeatureSink =>
        ExtractWords(text, bits, FeatureSet.Standard, ref sink);

    private static void ExtractWords<TSink>(ReadOnlySpan<char> text, int bits, FeatureSet features, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var adapter = new MaskingSink<TSink>(sink, (1u << bits) - 1, WordScale(CountWords(text), features), 0f);
        ExtractRawWords(text, UsesSkipBigrams(features), ref adapter);
        sink = adapter.Inner;
    }

    private static void ExtractChars<TSink>(ReadOnlySpan<char> text, int bits, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var adapter = new MaskingSink<TSink>(sink, (1u << bits) - 1, 0f, CharScale(text.Length));
        ExtractRawChars(text, ref adapter);
        sink = adapter.Inner;
    }

    /// <summary>Scale of each word feature: 1/sqrt(words × features per word).</summary>
    public static float WordScale(int words, FeatureSet features) =>
        1f / MathF.Sqrt(Math.Max(words * (UsesSkipBigrams(features) ? 3 : 2), 1));

    /// <summary>Whether <paramref name="features"/> include word skip-bigrams.</summary>
    public static bool UsesSkipBigrams(FeatureSet features) => (features & FeatureSet.WordSkipBigrams) == FeatureSet.WordSkipBigrams;

    /// <summary>Scale of each character n-gram: 1/sqrt(3 × text length).</summary>
    public static float CharScale(int length) => 1f / MathF.Sqrt(Math.Max(length, 1) * 3);

    /// <summary>
    /// Word features as unmasked 32-bit hashes, in extraction order: each word's unigram, then its bigram with the
    /// previous word, then (with <paramref name="skipBigrams"/>) its pair with the word two places before. Returns the
    /// number of words, the same count as <see cref="CountWords"/>.
    /// </summary>
    public static int ExtractRawWords<TSink>(ReadOnlySpan<char> text, bool skipBigrams, ref TSink sink)
        where TSink : struct, IRawFeatureSink
    {
        uint prev = 0, prev2 = 0;
        var words = 0;
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

            sink.Add(Mix(h), RawKind.Word);
            if (words >= 1)
            {
                sink.Add(Mix((prev * 31) ^ h ^ BigramSalt), RawKind.Word);
            }

            if (skipBigrams && words >= 2)
            {
                sink.Add(Mix((prev2 * 37) ^ h ^ SkipSalt), RawKind.Skip);
            }

            prev2 = prev;
            prev = h;
            words++;
        }

        return words;
    }

    /// <summary>Character 3–5-grams as unmasked 32-bit hashes, over the text with whitespace runs collapsed to one space.</summary>
    public static void ExtractRawChars<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, IRawFeatureSink
    {
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
                    sink.Add(Mix(g ^ (uint)n), RawKind.Char);
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

    /// <summary>Number of words (runs of letters and digits), as the word features count them.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
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

    /// <summary>The final avalanche of every feature hash (word, character, role), so close inputs land in far buckets.</summary>
    internal static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x7FEB352D;
        h ^= h >> 15;
        h *= 0x846CA68B;
        h ^= h >> 16;
        return h;
    }

    /// <summary>Turns raw hashes into (bucket, value) pairs for one model's bit count.</summary>
    private struct MaskingSink<TSink>(TSink inner, uint mask, float wordScale, float charScale) : IRawFeatureSink
        where TSink : struct, IFeatureSink
    {
        public TSink Inner = inner;

        public void Add(uint hash, RawKind kind) => Inner.Add((int)(hash & mask), kind == RawKind.Char ? charScale : wordScale);
    }
}

/// <summary>The group a raw feature belongs to (its scale, and whether a model uses it).</summary>
internal enum RawKind : byte
{
    Word,
    Skip,
    Char,
}

/// <summary>Receives features without allocating (a struct so the JIT inlines the calls).</summary>
internal interface IFeatureSink
{
    void Add(int bucket, float value);
}

/// <summary>Receives unmasked feature hashes and their group.</summary>
internal interface IRawFeatureSink
{
    void Add(uint hash, RawKind kind);
}
