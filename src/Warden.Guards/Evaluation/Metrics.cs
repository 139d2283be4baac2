namespace Warden.Guards.Evaluation;

/// <summary>Threshold-free and thresholded classification metrics.</summary>
internal static class Metrics
{
    /// <summary>Area under the ROC curve by the rank-sum formula, ties counted half.</summary>
    public static double Auc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var idx = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double rankSumPos = 0;
        var i = 0;
        while (i < idx.Length)
        {
            var j = i;
            while (j + 1 < idx.Length && scores[idx[j + 1]] == scores[idx[i]])
            {
                j++;
            }

            var avgRank = ((i + j) / 2.0) + 1;
            for (var k = i; k <= j; k++)
            {
                if (labels[idx[k]])
                {
                    rankSumPos += avgRank;
                }
            }

            i = j + 1;
        }

        double pos = labels.Count(l => l);
        double neg = labels.Count - pos;
        return pos == 0 || neg == 0 ? double.NaN : (rankSumPos - (pos * (pos + 1) / 2)) / (pos * neg);
    }

    /// <summary>Best recall whose false-positive rate is at most <paramref name="maxFpr"/>.</summary>
    public static double RecallAtFpr(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, double maxFpr)
    {
        var neg = scores.Where((_, i) => !labels[i]).OrderDescending().ToArray();
        var pos = scores.Where((_, i) => labels[i]).ToArray();
        if (pos.Length == 0)
        {
            return double.NaN;
        }

        if (neg.Length == 0)
        {
            return 1;
        }

        var allowed = (int)Math.Floor(neg.Length * maxFpr);
        // Flag everything strictly above the (allowed+1)-th highest negative score.
        var t = neg[Math.Min(allowed, neg.Length - 1)];
        return (double)pos.Count(s => s > t) / pos.Length;
    }

    public static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public static double Ratio(double a, double b) => b == 0 ? 0 : a / b;

    public static double FBeta(double p, double r, double beta) =>
        p + r == 0 ? 0 : (1 + (beta * beta)) * p * r / ((beta * beta * p) + r);

    public static double Round(double v) => double.IsNaN(v) ? v : Math.Round(v, 4);
}
