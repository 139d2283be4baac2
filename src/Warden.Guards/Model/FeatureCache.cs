namespace Warden.Guards.Model;

/// <summary>
/// The hashed features of the last text featurised on this thread, so the two models of one scan (prompt-attack and
/// harmful-request, same bucket count) hash the text once. Only texts up to <see cref="MaxChars"/> are kept, which
/// bounds the per-thread buffers; longer texts are featurised directly.
/// </summary>
internal static class FeatureCache
{
    public const int MaxChars = 32 * 1024;

    [ThreadStatic]
    private static string? _text;

    [ThreadStatic]
    private static int _bits;

    [ThreadStatic]
    private static int _count;

    [ThreadStatic]
    private static int[]? _buckets;

    [ThreadStatic]
    private static float[]? _values;

    /// <summary>Dot product of <paramref name="weights"/> with the features of <paramref name="normalized"/>, in extraction order.</summary>
    public static double Dot(string normalized, int bits, float[] weights)
    {
        if (normalized.Length > MaxChars)
        {
            var direct = new DotSink(weights);
            FeatureHasher.Extract(normalized, bits, ref direct);
            return direct.Sum;
        }

        if (!ReferenceEquals(normalized, _text) || bits != _bits)
        {
            var sink = new BufferSink(_buckets ??= new int[4096], _values ??= new float[4096]);
            FeatureHasher.Extract(normalized, bits, ref sink);
            (_buckets, _values, _count, _text, _bits) = (sink.Buckets, sink.Values, sink.Count, normalized, bits);
        }

        var buckets = _buckets!;
        var values = _values!;
        double sum = 0;
        for (var k = 0; k < _count; k++)
        {
            sum += weights[buckets[k]] * values[k];
        }

        return sum;
    }

    private struct BufferSink(int[] buckets, float[] values) : IFeatureSink
    {
        public int[] Buckets = buckets;
        public float[] Values = values;
        public int Count;

        public void Add(int bucket, float value)
        {
            if (Count == Buckets.Length)
            {
                Array.Resize(ref Buckets, Count * 2);
                Array.Resize(ref Values, Count * 2);
            }

            Buckets[Count] = bucket;
            Values[Count] = value;
            Count++;
        }
    }

    private struct DotSink(float[] weights) : IFeatureSink
    {
        public double Sum;

        public void Add(int bucket, float value) => Sum += weights[bucket] * value;
    }
}
