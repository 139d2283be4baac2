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

    public static TrainingResult Train(string name, IReadOnlyList<TrainingExample> examples, double targetFpr, Func<string, int[]>? indicators = null) =>
        Train(name, examples, targetFpr, indicators, hardKind: null, hardFpr: 1);

    /// <summary>
    /// As above; when <paramref name="hardKind"/> is set, the threshold also keeps the out-of-fold false-positive rate on
    /// negatives of that kind (e.g. safe-but-alarming prompts) within <paramref name="hardFpr"/> (the stricter wins).
    /// </summary>
    public static TrainingResult Train(string name, IReadOnlyList<TrainingExample> examples, double targetFpr, Func<string, int[]>? indicators, string? hardKind, double hardFpr) =>
        Train(name, examples, targetFpr, indicators, hardKind, hardFpr, windowed: false);

    /// <summary>
    /// As above; with <paramref name="windowed"/>, held-out scores are the maximum over the whole text and its
    /// <see cref="TextWindows"/>, exactly as the prompt-attack detector scores at run time, so the threshold is chosen
    /// for the score that is actually used. Weights are still fitted on whole texts.
    /// </summary>
    public static TrainingResult Train(string name, IReadOnlyList<TrainingExample> examples, double targetFpr, Func<string, int[]>? indicators, string? hardKind, double hardFpr, bool windowed)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var ordered = examples.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Text, StringComparer.Ordinal)
            .ThenBy(e => e.Positive).ToList();
        var labels = ordered.Select(e => e.Positive).ToArray();
        var groups = ordered.Select(e => GroupOf(e.Source, e.Text)).ToArray();
        // Featurise once: sparse (bucket, value) rows with repeated buckets summed, in ascending bucket order.
        var normalized = ordered.Select(e => TextNormalizer.Normalize(e.Text)).ToArray();
        var hits = normalized.Select(n => indicators?.Invoke(n) ?? []).ToArray();
        var features = normalized.Select((n, i) => Featurize(n, hits[i])).ToArray();
        var windows = normalized.Select(n => windowed ? TextWindows.Split(n).Select(w => Featurize(n.Substring(w.Start, w.Length), [])).ToArray() : []).ToArray();

        // Hard negatives (hardKind) count more in the loss, so the model learns what separates them from positives.
        var boost = ordered.Select(e => hardKind is not null && string.Equals(e.Kind, hardKind, StringComparison.Ordinal) ? HardNegativeWeight : 1.0).ToArray();
        var oof = new double[ordered.Count];
        var groupNames = groups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var held in groupNames)
        {
            var trainIdx = Enumerable.Range(0, ordered.Count).Where(i => !string.Equals(groups[i], held, StringComparison.Ordinal)).ToArray();
            var (w, b) = Fit(features, labels, trainIdx, boost);
            for (var i = 0; i < ordered.Count; i++)
            {
                if (string.Equals(groups[i], held, StringComparison.Ordinal))
                {
                    var z = Dot(w, features[i]) + b;
                    // A window also carries the whole text's rule hits, as at run time (PromptAttackDetector).
                    var ruleSum = 0.0;
                    foreach (var bucket in hits[i])
                    {
                        ruleSum += w[bucket] * LinearModel.IndicatorValue;
                    }

                    foreach (var row in windows[i])
                    {
                        z = Math.Max(z, Dot(w, row) + ruleSum + b - WindowOffset);
                    }

                    oof[i] = LinearModel.Sigmoid(z);
                }
            }
        }

        var threshold = ChooseThreshold(oof, labels, targetFpr);
        if (hardKind is not null)
        {
            var idx = Enumerable.Range(0, ordered.Count).Where(i => labels[i] || string.Equals(ordered[i].Kind, hardKind, StringComparison.Ordinal)).ToArray();
            threshold = Math.Max(threshold, ChooseThreshold(idx.Select(i => oof[i]).ToArray(), idx.Select(i => labels[i]).ToArray(), hardFpr));
        }

        var (weights, bias) = Fit(features, labels, Enumerable.Range(0, ordered.Count).ToArray(), boost);
        var digest = Digest(ordered);
        var model = new LinearModel(name, Bits, (float)bias, (float)threshold, weights, digest);
        return new TrainingResult(model, oof, labels, ordered);
    }

    /// <summary>
    /// The corpus a source belongs to: the repository for public sources ("owner/repo path" → "owner/repo"), and for
    /// Warden's generated data the family, with a language's attacks and benign texts together. Attack and benign files
    /// of one corpus share style, so they are held out together.
    /// </summary>
    internal static string CorpusOf(string source)
    {
        var space = source.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            return source[..space];
        }

        foreach (var prefix in (string[])["warden:gen-ml-attack-", "warden:gen-ml-benign-"])
        {
            if (source.StartsWith(prefix, StringComparison.Ordinal))
            {
                return "warden:gen-ml-" + source[prefix.Length..];
            }
        }

        return source;
    }

    /// <summary>
    /// Cross-validation fold of an example. Each public corpus is a fold of its own (leave-one-corpus-out: its score comes
    /// from a model that never saw that corpus, which is what "unseen public data" means). Warden's generated
    /// families are split five ways by a hash of the text, so they are held out too but never all at once.
    /// </summary>
    internal static string GroupOf(string source, string text)
    {
        var corpus = CorpusOf(source);
        if (!corpus.StartsWith("warden:", StringComparison.Ordinal))
        {
            return "corpus:" + corpus;
        }

        var h = 2166136261u;
        foreach (var c in text)
        {
            h = (h ^ c) * 16777619u;
        }

        return "own" + (h % 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static SparseRow Featurize(string normalized, int[] indicators)
    {
        var sums = new Dictionary<int, float>();
        var sink = new DictSink(sums);
        FeatureHasher.Extract(normalized, Bits, ref sink);
        foreach (var bucket in indicators)
        {
            sums[bucket] = sums.GetValueOrDefault(bucket) + LinearModel.IndicatorValue;
        }

        var buckets = sums.Keys.Order().ToArray();
        var values = buckets.Select(k => sums[k]).ToArray();
        return new SparseRow(buckets, values);
    }

    private const double HardNegativeWeight = 4.0;

    /// <summary>
    /// Window margins count this much less than whole-text margins: a short window is noisier evidence. Chosen on the
    /// held-out scores (offsets 0–4 tried; 1.0 gave the best recall at the 0.5% FPR threshold).
    /// </summary>
    public const double WindowOffset = 1.0;

    private static (float[] Weights, double Bias) Fit(SparseRow[] rows, bool[] labels, int[] indices, double[] boost)
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
                var row = rows[idx];
                var z = b + Dot(w, row);
                var p = LinearModel.Sigmoid(z);
                var y = labels[idx] ? 1.0 : 0.0;
                var g = (p - y) * (labels[idx] ? posWeight : negWeight) * boost[idx];
                var lr = LearningRate / (1.0 + (step * 1e-4));
                var buckets = row.Buckets;
                var values = row.Values;
                for (var k = 0; k < buckets.Length; k++)
                {
                    var bucket = buckets[k];
                    w[bucket] = (float)(w[bucket] - (lr * ((g * values[k]) + (L2 * w[bucket]))));
                }

                b -= lr * g * 0.1;
                step++;
            }
        }

        return (w, b);
    }

    private static double Dot(float[] w, SparseRow row)
    {
        double z = 0;
        var buckets = row.Buckets;
        var values = row.Values;
        for (var k = 0; k < buckets.Length; k++)
        {
            z += w[buckets[k]] * values[k];
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

    private readonly struct DictSink(Dictionary<int, float> sums) : IFeatureSink
    {
        public void Add(int bucket, float value) => sums[bucket] = sums.GetValueOrDefault(bucket) + value;
    }

    private sealed record SparseRow(int[] Buckets, float[] Values);
}

/// <summary>A trained model plus its out-of-fold (held-out-source) scores for reporting.</summary>
internal sealed record TrainingResult(LinearModel Model, double[] OutOfFoldScores, bool[] Labels, IReadOnlyList<TrainingExample> Examples);
