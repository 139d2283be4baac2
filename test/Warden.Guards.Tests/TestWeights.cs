namespace Warden.Guards.Tests;

/// <summary>Weight vectors for feature-hashing tests: a fixed seed gives the same weights on every run.</summary>
internal static class TestWeights
{
    /// <summary>2^<paramref name="bits"/> weights drawn uniformly from [-1, 1) with <paramref name="seed"/>.</summary>
    public static float[] Random(int bits, int seed)
    {
        var rng = new Random(seed);
        var w = new float[1 << bits];
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = (float)((rng.NextDouble() * 2) - 1);
        }

        return w;
    }
}
