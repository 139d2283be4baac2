using Warden.Guards.Training;

namespace Warden.Guards.Model;

/// <summary>
/// The deep half of a wide-and-deep model: each hashed feature bucket has a learned row of <see cref="Hidden"/> weights;
/// a text's rows are summed (weighted by the feature values, like an embedding bag), passed through ReLU, and the
/// units' weighted sum is added to the linear margin. Unlike the linear model it can learn conjunctions ("ignore" and
/// "previous instructions" together). Scoring allocates nothing after a thread's first call.
/// </summary>
internal sealed class DeepLayer
{
    public const int MinBits = 8;
    public const int MaxBits = 20;
    public const int MaxHidden = 128;

    [ThreadStatic]
    private static double[]? _units;

    public DeepLayer(int bits, int hidden, DeepInputs inputs, bool wholeTextInWindows, float clip, float[] rows, float[] hiddenBias, float[] output)
    {
        if (bits is < MinBits or > MaxBits || hidden is < 1 or > MaxHidden || rows.Length != (1 << bits) * hidden
            || hiddenBias.Length != hidden || output.Length != hidden || !(clip >= 0) || float.IsInfinity(clip) || !Enum.IsDefined(inputs))
        {
            throw new GuardException(GuardErrors.ModelInvalid, "guard model has an invalid deep layer shape; rebuild it with 'warden guard train'.");
        }

        Bits = bits;
        Hidden = hidden;
        Inputs = inputs;
        WholeTextInWindows = wholeTextInWindows;
        Clip = clip;
        Rows = rows;
        HiddenBias = hiddenBias;
        Output = output;
    }

    /// <summary>Hash space of the rows (a power of two); buckets of other sizes are masked down to it.</summary>
    public int Bits { get; }

    public int Hidden { get; }

    /// <summary>Which features feed the layer.</summary>
    public DeepInputs Inputs { get; }

    /// <summary>
    /// Whether a window's score uses the layer's output on the whole text (like the rule indicators) instead of on the
    /// window: one evaluation per text, and the layer only ever sees whole texts, as in training.
    /// </summary>
    public bool WholeTextInWindows { get; }

    /// <summary>Bound of the layer's margin contribution (soft clip, see <see cref="Bound"/>); 0 = unbounded.</summary>
    public float Clip { get; }

    /// <summary>Row-major: bucket b's weights are <c>Rows[b * Hidden .. (b + 1) * Hidden)</c>.</summary>
    public float[] Rows { get; }

    public float[] HiddenBias { get; }

    public float[] Output { get; }

    /// <summary>Margin contribution of a normalised text (or window) plus indicator buckets (rule hits).</summary>
    public double Margin(ReadOnlySpan<char> normalizedPart, ReadOnlySpan<int> indicators)
    {
        var units = _units ??= new double[MaxHidden];
        for (var j = 0; j < Hidden; j++)
        {
            units[j] = HiddenBias[j];
        }

        var sink = new BagSink(Rows, units, Hidden);
        if (Inputs == DeepInputs.WordsAndChars)
        {
            FeatureHasher.Extract(normalizedPart, Bits, ref sink);
        }
        else if (Inputs == DeepInputs.Words)
        {
            FeatureHasher.ExtractWords(normalizedPart, Bits, ref sink);
        }

        var mask = (1 << Bits) - 1;
        foreach (var bucket in indicators)
        {
            sink.Add(bucket & mask, LinearModel.IndicatorValue);
        }

        return Bound(Sum(units));
    }

    /// <summary>The output before <see cref="Bound"/>: Σ Output[j]·ReLU(pre[j]) over the hidden units, in unit order (training and scoring share it, so they agree bit for bit).</summary>
    public double Sum(ReadOnlySpan<double> pre)
    {
        double z = 0;
        for (var j = 0; j < Hidden; j++)
        {
            z += Output[j] * Math.Max(pre[j], 0);
        }

        return z;
    }

    /// <summary>The soft clip s / (1 + |s| / Clip): close to s for small values, never beyond ±Clip (identity when Clip is 0).</summary>
    public double Bound(double s) => Clip > 0 ? s / (1 + (Math.Abs(s) / Clip)) : s;

    /// <summary>Derivative of <see cref="Bound"/> at <paramref name="s"/>.</summary>
    public double BoundSlope(double s)
    {
        if (Clip <= 0)
        {
            return 1;
        }

        var d = 1 + (Math.Abs(s) / Clip);
        return 1 / (d * d);
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Bits);
        w.Write(Hidden);
        w.Write((byte)((int)Inputs | (WholeTextInWindows ? 4 : 0)));
        w.Write(Clip);
        foreach (var x in Rows)
        {
            w.Write((Half)x);
        }

        foreach (var x in HiddenBias)
        {
            w.Write(x);
        }

        foreach (var x in Output)
        {
            w.Write(x);
        }
    }

    public static DeepLayer Read(BinaryReader r, string name)
    {
        var bits = r.ReadInt32();
        var hidden = r.ReadInt32();
        if (bits is < MinBits or > MaxBits || hidden is < 1 or > MaxHidden)
        {
            throw new GuardException(GuardErrors.ModelInvalid, $"guard model '{name}' has an invalid deep layer size; rebuild it with 'warden guard train'.");
        }

        var flags = r.ReadByte();
        if ((flags & 3) == 3 || flags > 7)
        {
            throw new GuardException(GuardErrors.ModelInvalid, $"guard model '{name}' has unknown deep layer flags; rebuild it with 'warden guard train'.");
        }

        var clip = r.ReadSingle();
        if (!(clip >= 0) || float.IsInfinity(clip))
        {
            throw new GuardException(GuardErrors.ModelInvalid, $"guard model '{name}' has an invalid deep layer bound; rebuild it with 'warden guard train'.");
        }

        var rows = new float[(1 << bits) * hidden];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = (float)r.ReadHalf();
        }

        var bias = new float[hidden];
        var output = new float[hidden];
        for (var j = 0; j < hidden; j++)
        {
            bias[j] = r.ReadSingle();
        }

        for (var j = 0; j < hidden; j++)
        {
            output[j] = r.ReadSingle();
        }

        return new DeepLayer(bits, hidden, (DeepInputs)(flags & 3), (flags & 4) != 0, clip, rows, bias, output);
    }

    private readonly struct BagSink(float[] rows, double[] units, int hidden) : IFeatureSink
    {
        public void Add(int bucket, float value)
        {
            var row = rows.AsSpan(bucket * hidden, hidden);
            for (var j = 0; j < row.Length; j++)
            {
                units[j] += row[j] * value;
            }
        }
    }
}
