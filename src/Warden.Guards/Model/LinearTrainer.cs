using System.Security.Cryptography;
using System.Text;
using Warden.Guards.Text;

namespace Warden.Guards.Model;

/// <summary>
/// Deterministic logistic-regression training by SGD: fixed seed, fixed example order, single-threaded scalar
/// arithmetic (no vectorised or parallel reductions whose rounding could vary by machine), so the same data gives
/// the same model bytes. The decision threshold is chosen on out-of-fold scores where each fold holds out whole
/// sources, which measures generalisation to unseen sources rather than fit.
/// </summary>
internal static class LinearTrainer
{
    public const int Bits = 18;
    private const int Epochs = 6;
    private const int Seed = 20250105;
    private const double LearningRate = 0.1;
    private const double L2 = 1e-5;

    public static TrainingResult Train(string name, IReadOnlyList<TrainingExample> examples, double targetFpr)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var ordered = examples.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Text, StringComparer.Ordinal)
            .ThenBy(e => e.Positive).ToList();
        var normalized = ordered.Select(e => TextNormalizer.Normalize(e.Text)).ToArray();
        var labels = ordered.Select(e => e.Positive).ToArray();
        var groups = ordered.Select(e => GroupOf(e.Source)).ToArray();

        var oof = new double[ordered.Count];
        var groupNames = groups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var held in groupNames)
        {
            var trainIdx = Enumerable.Range(0, ordered.Count).Where(i => !string.Equals(groups[i], held, StringComparison.Ordinal)).ToArray();
            var (w, b) = Fit(normalized, labels, trainIdx);
            for (var i = 0; i < ordered.Count; i++)
            {
                if (string.Equals(groups[i], held, StringComparison.Ordinal))
                {
                    oof[i] = LinearModel.Sigmoid(Dot(w, normalized[i]) + b);
                }
            }
        }

        var threshold = ChooseThreshold(oof, labels, targetFpr);
        var (weights, bias) = Fit(normalized, labels, Enumerable.Range(0, ordered.Count).ToArray());
        var digest = Digest(ordered);
        var model = new LinearModel(name, Bits, (float)bias, (float)threshold, weights, digest);
        return new TrainingResult(model, oof, labels, ordered);
    }

    internal static string GroupOf(string source)
    {
        // Whole sources go to one of five folds, so a held-out score never comes from a model that saw that source.
        var h = 2166136261u;
        foreach (var c in source)
        {
            h = (h ^ c) * 16777619u;
        }

        return "fold" + (h % 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static (float[] Weights, double Bias) Fit(string[] texts, bool[] labels, int[] indices)
    {
        var w = new float[1 << Bits];
        double b = 0;
        var pos = indices.Count(i => labels[i]);
        var neg = indices.Length - pos;
        // Balance classes so the rarer one is not drowned out.
        var posWeight = pos == 0 ? 1 : indices.Length / (2.0 * pos);
        var negWeight = neg == 0 ? 1 : indices.Length / (2.0 * neg);
        var order = (int[])indices.Clone();
        var rng = new Random(Seed);
        var buffer = new List<(int Bucket, float Value)>(4096);
        var step = 0;
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            for (var i = order.Length - 1; i > 0; i--)
            {
                var j = rng.Next(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            foreach (var idx in order)
            {
                buffer.Clear();
                var sink = new ListSink(buffer);
                FeatureHasher.Extract(texts[idx], Bits, ref sink);
                double z = b;
                foreach (var (bucket, value) in buffer)
                {
                    z += w[bucket] * value;
                }

                var p = LinearModel.Sigmoid(z);
                var y = labels[idx] ? 1.0 : 0.0;
                var g = (p - y) * (labels[idx] ? posWeight : negWeight);
                var lr = LearningRate / (1.0 + (step * 1e-4));
                foreach (var (bucket, value) in buffer)
                {
                    w[bucket] = (float)(w[bucket] - (lr * ((g * value) + (L2 * w[bucket]))));
                }

                b -= lr * g * 0.1;
                step++;
            }
        }

        return (w, b);
    }

    private static double Dot(float[] w, string text)
    {
        var buffer = new List<(int Bucket, float Value)>(4096);
        var sink = new ListSink(buffer);
        FeatureHasher.Extract(text, Bits, ref sink);
        double z = 0;
        foreach (var (bucket, value) in buffer)
        {
            z += w[bucket] * value;
        }

        return z;
    }

    /// <summary>Lowest threshold whose out-of-fold false-positive rate stays within the target.</summary>
    internal static double ChooseThreshold(double[] scores, bool[] labels, double targetFpr)
    {
        var negatives = scores.Where((_, i) => !labels[i]).OrderDescending().ToArray();
        if (negatives.Length == 0)
        {
            return 0.5;
        }

        var allowed = (int)Math.Floor(negatives.Length * targetFpr);
        var t = negatives[Math.Min(allowed, negatives.Length - 1)];
        return Math.Clamp(t + 1e-9, 0.05, 0.999999);
    }

    private static string Digest(IReadOnlyList<TrainingExample> examples)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var e in examples)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(e.Text));
            sha.AppendData(e.Positive ? [1] : [0]);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private readonly struct ListSink(List<(int Bucket, float Value)> list) : IFeatureSink
    {
        public void Add(int bucket, float value) => list.Add((bucket, value));
    }
}

/// <summary>A trained model plus its out-of-fold (held-out-source) scores for reporting.</summary>
internal sealed record TrainingResult(LinearModel Model, double[] OutOfFoldScores, bool[] Labels, IReadOnlyList<TrainingExample> Examples);
