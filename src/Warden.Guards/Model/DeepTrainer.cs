using Warden.Guards.Training;

namespace Warden.Guards.Model;

/// <summary>
/// Forward pass and plain SGD step of a <see cref="DeepLayer"/> on one sparse example, in scalar arithmetic with a
/// fixed operation order so training is reproducible byte for byte. The caller owns the loss: it passes dLoss/dOutput.
/// </summary>
internal static class DeepTrainer
{
    /// <summary>A layer with small seeded uniform weights (zero hidden bias).</summary>
    public static DeepLayer Init(WideDeepOptions options, int seed)
    {
        var rng = new Random(seed);
        var hidden = options.Hidden;
        var rows = new float[(1 << options.Bits) * hidden];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = (float)(((rng.NextDouble() * 2) - 1) * options.InitScale);
        }

        var output = new float[hidden];
        for (var j = 0; j < hidden; j++)
        {
            output[j] = (float)(((rng.NextDouble() * 2) - 1) * options.InitScale);
        }

        return new DeepLayer(options.Bits, hidden, options.Inputs, options.WholeTextInWindows, (float)options.Clip, rows, new float[hidden], output);
    }

    /// <summary>Output of the layer on <paramref name="row"/> (buckets already in the layer's hash space); fills the pre-activations.</summary>
    public static double Forward(DeepLayer layer, SparseRow row, double[] pre)
    {
        var hidden = layer.Hidden;
        var rows = layer.Rows;
        for (var j = 0; j < hidden; j++)
        {
            pre[j] = layer.HiddenBias[j];
        }

        var buckets = row.Buckets;
        var values = row.Values;
        for (var k = 0; k < buckets.Length; k++)
        {
            var offset = buckets[k] * hidden;
            var x = values[k];
            for (var j = 0; j < hidden; j++)
            {
                pre[j] += rows[offset + j] * x;
            }
        }

        return layer.Bound(layer.Sum(pre));
    }

    /// <summary>
    /// <paramref name="row"/> with each feature dropped with probability <paramref name="p"/> and the kept ones scaled by
    /// 1 / (1 − p) (inverted dropout), drawing from <paramref name="rng"/> in feature order.
    /// </summary>
    public static SparseRow Dropout(SparseRow row, double p, Random rng)
    {
        var buckets = new List<int>(row.Buckets.Length);
        var values = new List<float>(row.Buckets.Length);
        var scale = (float)(1 / (1 - p));
        for (var k = 0; k < row.Buckets.Length; k++)
        {
            if (rng.NextDouble() >= p)
            {
                buckets.Add(row.Buckets[k]);
                values.Add(row.Values[k] * scale);
            }
        }

        return new SparseRow([.. buckets], [.. values]);
    }

    /// <summary>
    /// One SGD step: every parameter θ the example touches moves by −lr·(g·∂output/∂θ + l2·θ), where
    /// <paramref name="pre"/> comes from <see cref="Forward"/> on the same row and weights.
    /// </summary>
    public static void Step(DeepLayer layer, SparseRow row, double[] pre, double g, double lr, double l2, double[] grad)
    {
        var hidden = layer.Hidden;
        var output = layer.Output;
        var bias = layer.HiddenBias;
        g *= layer.BoundSlope(layer.Sum(pre));
        for (var j = 0; j < hidden; j++)
        {
            // dOutput/dPre_j uses the output weight before it is updated.
            grad[j] = pre[j] > 0 ? g * output[j] : 0;
            output[j] = (float)(output[j] - (lr * ((g * Math.Max(pre[j], 0)) + (l2 * output[j]))));
            bias[j] = (float)(bias[j] - (lr * grad[j]));
        }

        var rows = layer.Rows;
        var buckets = row.Buckets;
        var values = row.Values;
        for (var k = 0; k < buckets.Length; k++)
        {
            var offset = buckets[k] * hidden;
            var x = values[k];
            for (var j = 0; j < hidden; j++)
            {
                var w = rows[offset + j];
                rows[offset + j] = (float)(w - (lr * ((grad[j] * x) + (l2 * w))));
            }
        }
    }
}
