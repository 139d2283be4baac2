using System.Security.Cryptography;
using System.Text;
using Warden.Guards.Text;
using Warden.Guards.Training;

namespace Warden.Guards.Model;

/// <summary>
/// Deterministic logistic-regression training by SGD: fixed seed, fixed example order, single-threaded scalar
/// arithmetic (no vectorised or parallel reductions whose rounding could vary by machine), so the same data gives
/// the same model bytes. The decision threshold is chosen on out-of-fold scores where each fold holds out whole
/// sources, which measures generalisation to unseen sources rather than fit.
/// </summary>
internal static class LinearTrainer
{
    /// <summary>Default hash bits (2^18 buckets): harmful-request and every model before round 14.</summary>
    public const int Bits = 18;
    private const int Epochs = 6;
    /// <summary>The shipped models' SGD seed.</summary>
    public const int DefaultSeed = 20250105;
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
    /// for the score that is actually used. Weights are still fitted on whole texts. With <paramref name="deep"/>, a
    /// <see cref="DeepLayer"/> is trained jointly with the linear weights (wide and deep) and its output is part of every score.
    /// <paramref name="bits"/> and <paramref name="featureSet"/> choose the linear model's hashed features; both are
    /// recorded in the model file (the deep layer keeps its own bits and the standard features).
    /// <c>seed</c> sets the SGD shuffle (and deep-layer) seed; null is the shipped <see cref="DefaultSeed"/>. Other values only
    /// measure how much results move between runs that differ in example order (round 14). With <c>runs</c> &gt; 1 (linear
    /// models only), every fit is the average of that many SGD runs with different shuffles, so the shipped model sits near
    /// the middle of its seed-to-seed spread instead of being one draw from it.
    /// </summary>
    public static TrainingResult Train(string name, IReadOnlyList<TrainingExample> examples, double targetFpr, Func<string, int[]>? indicators, string? hardKind, double hardFpr, bool windowed, WideDeepOptions? deep = null, int bits = Bits, FeatureSet featureSet = FeatureSet.Standard, int? seed = null, int runs = 1)
    {
        var sgdSeed = seed ?? DefaultSeed;
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        ArgumentNullException.ThrowIfNull(examples);
        var ordered = examples.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Text, StringComparer.Ordinal)
            .ThenBy(e => e.Positive).ToList();
        var labels = ordered.Select(e => e.Positive).ToArray();
        var groups = ordered.Select(e => GroupOf(e.Source, e.Text)).ToArray();
        // Featurise once: sparse (bucket, value) rows with repeated buckets summed, in ascending bucket order.
        var normalized = ordered.Select(e => TextNormalizer.Normalize(e.Text)).ToArray();
        var hits = normalized.Select(n => indicators?.Invoke(n) ?? []).ToArray();
        var features = normalized.Select((n, i) => Featurize(n, hits[i], bits, featureSet)).ToArray();
        var windows = normalized.Select(n => windowed ? TextWindows.Split(n).Select(w => Featurize(n.Substring(w.Start, w.Length), [], bits, featureSet)).ToArray() : []).ToArray();
        // The deep layer's inputs: a window carries the whole text's indicators, as at run time.
        var deepRows = deep is null ? null : normalized.Select((n, i) => FeaturizeDeep(n, hits[i], deep)).ToArray();
        var deepWindows = deep is null || !windowed || deep.WholeTextInWindows ? null
            : normalized.Select((n, i) => TextWindows.Split(n).Select(w => FeaturizeDeep(n.Substring(w.Start, w.Length), hits[i], deep)).ToArray()).ToArray();
        var pre = new double[deep?.Hidden ?? 0];
        var deepWeight = ordered.Select(e => deep is not null && e.Source.StartsWith("warden:", StringComparison.Ordinal) ? deep.OwnDataWeight : 1.0).ToArray();

        // Hard negatives (hardKind) count more in the loss, so the model learns what separates them from positives.
        var boost = ordered.Select(e => hardKind is not null && string.Equals(e.Kind, hardKind, StringComparison.Ordinal) ? HardNegativeWeight : 1.0).ToArray();
        var oof = new double[ordered.Count];
        var groupNames = groups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var held in groupNames)
        {
            var trainIdx = Enumerable.Range(0, ordered.Count).Where(i => !string.Equals(groups[i], held, StringComparison.Ordinal)).ToArray();
            var (w, b, layer) = FitRuns(features, labels, trainIdx, boost, deepRows, deep, deepWeight, bits, sgdSeed, runs);
            for (var i = 0; i < ordered.Count; i++)
            {
                if (string.Equals(groups[i], held, StringComparison.Ordinal))
                {
                    var deepWhole = layer is null ? 0 : DeepTrainer.Forward(layer, deepRows![i], pre);
                    var z = Dot(w, features[i]) + b + deepWhole;
                    // A window also carries the whole text's rule hits, as at run time (PromptAttackDetector).
                    var ruleSum = 0.0;
                    foreach (var bucket in hits[i])
                    {
                        ruleSum += w[bucket] * LinearModel.IndicatorValue;
                    }

                    for (var k = 0; k < windows[i].Length; k++)
                    {
                        var deepPart = layer is null ? 0 : layer.WholeTextInWindows ? deepWhole : DeepTrainer.Forward(layer, deepWindows![i][k], pre);
                        z = Math.Max(z, Dot(w, windows[i][k]) + deepPart + ruleSum + b - WindowOffset);
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

        var (weights, bias, deepLayer) = FitRuns(features, labels, Enumerable.Range(0, ordered.Count).ToArray(), boost, deepRows, deep, deepWeight, bits, sgdSeed, runs);
        var digest = Digest(ordered);
        var model = new LinearModel(name, bits, (float)bias, (float)threshold, weights, digest, deepLayer, featureSet);
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

    private static SparseRow Featurize(string normalized, int[] indicators, int bits, FeatureSet features)
    {
        var sums = new Dictionary<int, float>();
        var sink = new DictSink(sums);
        FeatureHasher.Extract(normalized, bits, features, ref sink);
        foreach (var bucket in indicators)
        {
            sums[bucket] = sums.GetValueOrDefault(bucket) + LinearModel.IndicatorValue;
        }

        var buckets = sums.Keys.Order().ToArray();
        var values = buckets.Select(k => sums[k]).ToArray();
        return new SparseRow(buckets, values);
    }

    private static SparseRow FeaturizeDeep(string normalized, int[] indicators, WideDeepOptions deep)
    {
        var sums = new Dictionary<int, float>();
        var sink = new DictSink(sums);
        if (deep.Inputs == DeepInputs.WordsAndChars)
        {
            FeatureHasher.Extract(normalized, deep.Bits, ref sink);
        }
        else if (deep.Inputs == DeepInputs.Words)
        {
            FeatureHasher.ExtractWords(normalized, deep.Bits, ref sink);
        }

        var mask = (1 << deep.Bits) - 1;
        foreach (var bucket in indicators)
        {
            sink.Add(bucket & mask, LinearModel.IndicatorValue);
        }

        var buckets = sums.Keys.Order().ToArray();
        return new SparseRow(buckets, buckets.Select(k => sums[k]).ToArray());
    }

    private const double HardNegativeWeight = 4.0;

    /// <summary>
    /// Window margins count this much less than whole-text margins: a short window is noisier evidence. Chosen on the
    /// held-out scores (offsets 0–4 tried; 1.0 gave the best recall at the 0.5% FPR threshold).
    /// </summary>
    public const double WindowOffset = 1.0;

    /// <summary>Seeds of the averaged runs are this far apart, so runs of neighbouring base seeds never share a shuffle.</summary>
    internal const int RunSeedStride = 104729;

    /// <summary>
    /// One fit, or the mean weights and bias of <paramref name="runs"/> fits with seeds <paramref name="seed"/> + k ·
    /// <see cref="RunSeedStride"/> (a linear model's mean weights give the mean margin). Summed in double, in a fixed order.
    /// </summary>
    private static (float[] Weights, double Bias, DeepLayer? Deep) FitRuns(SparseRow[] rows, bool[] labels, int[] indices, double[] boost, SparseRow[]? deepRows, WideDeepOptions? deep, double[] deepWeight, int bits, int seed, int runs)
    {
        if (runs == 1 || deep is not null)
        {
            return Fit(rows, labels, indices, boost, deepRows, deep, deepWeight, bits, seed);
        }

        var sum = new double[1 << bits];
        double bias = 0;
        for (var k = 0; k < runs; k++)
        {
            var (w, b, _) = Fit(rows, labels, indices, boost, deepRows, deep, deepWeight, bits, seed + (k * RunSeedStride));
            for (var i = 0; i < w.Length; i++)
            {
                sum[i] += w[i];
            }

            bias += b;
        }

        var mean = new float[sum.Length];
        for (var i = 0; i < sum.Length; i++)
        {
            mean[i] = (float)(sum[i] / runs);
        }

        return (mean, bias / runs, null);
    }

    private static (float[] Weights, double Bias, DeepLayer? Deep) Fit(SparseRow[] rows, bool[] labels, int[] indices, double[] boost, SparseRow[]? deepRows, WideDeepOptions? deep, double[] deepWeight, int bits, int seed)
    {
        var w = new float[1 << bits];
        var layer = deep is null ? null : DeepTrainer.Init(deep, seed + 1);
        var pre = new double[deep?.Hidden ?? 0];
        var grad = new double[deep?.Hidden ?? 0];
        var epochs = deep?.Epochs ?? Epochs;
        var dropRng = new Random(seed + 2);
        double b = 0;
        var pos = indices.Count(i => labels[i]);
        var neg = indices.Length - pos;
        // Balance classes so the rarer one is not drowned out.
        var posWeight = pos == 0 ? 1 : indices.Length / (2.0 * pos);
        var negWeight = neg == 0 ? 1 : indices.Length / (2.0 * neg);
        var order = (int[])indices.Clone();
        var rng = new Random(seed);
        var step = 0;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            for (var i = order.Length - 1; i > 0; i--)
            {
                var j = rng.Next(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            foreach (var idx in order)
            {
                var row = rows[idx];
                var deepRow = layer is null ? null : deep!.Dropout > 0 ? DeepTrainer.Dropout(deepRows![idx], deep.Dropout, dropRng) : deepRows![idx];
                var z = b + Dot(w, row) + (layer is null ? 0 : DeepTrainer.Forward(layer, deepRow!, pre));
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
                if (layer is not null)
                {
                    DeepTrainer.Step(layer, deepRow!, pre, g * deepWeight[idx], deep!.LearningRate / (1.0 + (step * 1e-4)), deep.L2, grad);
                }

                step++;
            }
        }

        return (w, b, layer);
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
}

/// <summary>A trained model plus its out-of-fold (held-out-source) scores for reporting.</summary>
internal sealed record TrainingResult(LinearModel Model, double[] OutOfFoldScores, bool[] Labels, IReadOnlyList<TrainingExample> Examples);
