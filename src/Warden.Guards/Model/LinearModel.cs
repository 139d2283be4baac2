using System.Text;

namespace Warden.Guards.Model;

/// <summary>
/// A logistic-regression model over hashed features. The file is a small fixed binary layout (see <see cref="Write"/>)
/// so that training is reproducible byte for byte and loading needs no serializer.
/// </summary>
internal sealed class LinearModel
{
    private const uint Magic = 0x314D4757; // "WGM1"

    public LinearModel(string name, int bits, float bias, float threshold, float[] weights, string trainedFrom)
    {
        Name = name;
        Bits = bits;
        Bias = bias;
        Threshold = threshold;
        Weights = weights;
        TrainedFrom = trainedFrom;
    }

    public string Name { get; }

    public int Bits { get; }

    public float Bias { get; }

    /// <summary>Shipped decision threshold on the probability, chosen on held-out sources during training.</summary>
    public float Threshold { get; }

    public float[] Weights { get; }

    /// <summary>Digest of the training data, so a model can be traced to its inputs.</summary>
    public string TrainedFrom { get; }

    /// <summary>Short version id derived from the weights' digest.</summary>
    public string Version => TrainedFrom.Length >= 8 ? TrainedFrom[..8] : TrainedFrom;

    /// <summary>Probability that <paramref name="normalizedText"/> is positive.</summary>
    public double Predict(string normalizedText) => Sigmoid(Margin(normalizedText));

    public double Margin(string normalizedText) => FeatureCache.Dot(normalizedText, Bits, Weights) + Bias;

    /// <summary>Margin of a part of a normalised text (a window), without the per-thread feature cache.</summary>
    public double Margin(ReadOnlySpan<char> normalizedPart)
    {
        var sink = new DotSink(Weights);
        FeatureHasher.Extract(normalizedPart, Bits, ref sink);
        return sink.Sum + Bias;
    }

    private struct DotSink(float[] weights) : IFeatureSink
    {
        public double Sum;

        public void Add(int bucket, float value) => Sum += weights[bucket] * value;
    }

    /// <summary>Margin with indicator features (value <see cref="IndicatorValue"/>) such as rule hits added to the n-grams.</summary>
    public double Margin(string normalizedText, ReadOnlySpan<int> indicators) => Margin(normalizedText) + IndicatorSum(indicators);

    /// <summary>Margin contribution of indicator features (rule hits).</summary>
    public double IndicatorSum(ReadOnlySpan<int> indicators)
    {
        double z = 0;
        foreach (var bucket in indicators)
        {
            z += Weights[bucket] * IndicatorValue;
        }

        return z;
    }

    /// <summary>Value of one indicator feature (rule hit).</summary>
    public const float IndicatorValue = 1f;

    public static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));

    /// <summary>Writes the model; weights are stored as float16 to keep the repository small.</summary>
    public void Write(Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Name);
        w.Write(TrainedFrom);
        w.Write(Bits);
        w.Write(Bias);
        w.Write(Threshold);
        foreach (var x in Weights)
        {
            w.Write((Half)x);
        }
    }

    public byte[] ToBytes()
    {
        using var ms = new MemoryStream();
        Write(ms);
        return ms.ToArray();
    }

    public static LinearModel Read(Stream stream)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (r.ReadUInt32() != Magic)
        {
            throw new GuardException(GuardErrors.ModelInvalid, "guard model file has the wrong format; rebuild it with 'warden guard train'.");
        }

        var name = r.ReadString();
        var from = r.ReadString();
        var bits = r.ReadInt32();
        if (bits is < 10 or > 24)
        {
            throw new GuardException(GuardErrors.ModelInvalid, $"guard model '{name}' has an invalid size; rebuild it with 'warden guard train'.");
        }

        var bias = r.ReadSingle();
        var threshold = r.ReadSingle();
        var weights = new float[1 << bits];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)r.ReadHalf();
        }

        return new LinearModel(name, bits, bias, threshold, weights, from);
    }

    /// <summary>Loads a model shipped as an embedded resource.</summary>
    public static LinearModel LoadEmbedded(string fileName)
    {
        var asm = typeof(LinearModel).Assembly;
        using var s = asm.GetManifestResourceStream("Warden.Guards.Models." + fileName)
            ?? throw new GuardException(GuardErrors.ModelInvalid, $"guard model '{fileName}' is not embedded; run 'warden guard train' and rebuild.");
        return Read(s);
    }
}
