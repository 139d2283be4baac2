namespace Warden.Guards.Model;

/// <summary>
/// The hashed features of the last text featurised on this thread, so the two models of one scan (prompt-attack and
/// harmful-request) hash the text once. The features are kept as unmasked 32-bit hashes with their group, a superset
/// of every <see cref="FeatureSet"/>, so models of different bit counts and feature sets share them: each model masks
/// the hashes to its own size and skips the groups it does not use, in extraction order, which gives exactly the sum
/// that <see cref="FeatureHasher.Extract{TSink}(ReadOnlySpan{char}, int, FeatureSet, ref TSink)"/> gives. Only texts up
/// to <see cref="MaxChars"/> are kept, which bounds the per-thread buffers; longer texts are featurised directly.
/// </summary>
internal static class FeatureCache
{
    public const int MaxChars = 32 * 1024;

    [ThreadStatic]
    private static string? _text;

    [ThreadStatic]
    private static int _count;

    [ThreadStatic]
    private static int _words;

    [ThreadStatic]
    private static uint[]? _hashes;

    [ThreadStatic]
    private static RawKind[]? _kinds;

    /// <summary>Dot product of standard-feature <paramref name="weights"/> with the features of <paramref name="normalized"/>, in extraction order.</summary>
    public static double Dot(string normalized, int bits, float[] weights) => Dot(normalized, bits, FeatureSet.Standard, weights);

    /// <summary>Dot product of <paramref name="weights"/> with the <paramref name="features"/> of <paramref name="normalized"/>, in extraction order.</summary>
    public static double Dot(string normalized, int bits, FeatureSet features, float[] weights)
    {
        if (normalized.Length > MaxChars)
        {
            var direct = new DotSink(weights);
            FeatureHasher.Extract(normalized, bits, features, ref direct);
            return direct.Sum;
        }

        if (!ReferenceEquals(normalized, _text))
        {
            var sink = new BufferSink(_hashes ??= new uint[4096], _kinds ??= new RawKind[4096]);
            var words = FeatureHasher.ExtractRawWords(normalized, skipBigrams: true, ref sink);
            FeatureHasher.ExtractRawChars(normalized, ref sink);
            (_hashes, _kinds, _count, _words, _text) = (sink.Hashes, sink.Kinds, sink.Count, words, normalized);
        }

        var hashes = _hashes!;
        var kinds = _kinds!;
        var mask = (1u << bits) - 1;
        var wordScale = FeatureHasher.WordScale(_words, features);
        var charScale = FeatureHasher.CharScale(normalized.Length);
        var skip = FeatureHasher.UsesSkipBigrams(features);
        double sum = 0;
        for (var k = 0; k < _count; k++)
        {
            var kind = kinds[k];
            if (kind == RawKind.Skip && !skip)
            {
                continue;
            }

            sum += weights[hashes[k] & mask] * (kind == RawKind.Char ? charScale : wordScale);
        }

        // Round 22: the role features are not cached (only harmful-request reads them); they follow in extraction order.
        return FeatureHasher.UsesHarmRoles(features) ? FeatureHasher.AddRoleDot(normalized, bits, weights, sum) : sum;
    }

    private struct BufferSink(uint[] hashes, RawKind[] kinds) : IRawFeatureSink
    {
        public uint[] Hashes = hashes;
        public RawKind[] Kinds = kinds;
        public int Count;

        public void Add(uint hash, RawKind kind)
        {
            if (Count == Hashes.Length)
            {
                Array.Resize(ref Hashes, Count * 2);
                Array.Resize(ref Kinds, Count * 2);
            }

            Hashes[Count] = hash;
            Kinds[Count] = kind;
            Count++;
        }
    }

    private struct DotSink(float[] weights) : IFeatureSink
    {
        public double Sum;

        public void Add(int bucket, float value) => Sum += weights[bucket] * value;
    }
}
