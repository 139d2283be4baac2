using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Warden.Guards.Model;

/// <summary>
/// A logistic-regression model over hashed features, optionally with a <see cref="DeepLayer"/> whose output is added to
/// the margin (wide and deep). The file is a small fixed binary layout (see <see cref="Write"/>) so that training is
/// reproducible byte for byte and loading needs no serializer: "WGM1" is the linear model; "WGM2" appends the deep
/// layer and a SHA-256 of everything before it, so a truncated or corrupted file is refused. "WGM3" (round 14) is
/// written only for a model whose <see cref="FeatureSet"/> is not the standard one: it records the feature set after
/// the bit count, a flag for the deep layer, and ends with the SHA-256. Models with standard features keep the older
/// layouts, so their files are unchanged, and every older file still loads.
/// </summary>
internal sealed class LinearModel
{
    private const uint MagicPrefix = 0x004D4757; // "WGM" + a version digit in the high byte
    private const uint MagicV1 = 0x314D4757; // "WGM1"
    private const uint MagicV2 = 0x324D4757; // "WGM2"
    private const uint MagicV3 = 0x334D4757; // "WGM3"
    private const int DigestLength = 32;

    public LinearModel(string name, int bits, float bias, float threshold, float[] weights, string trainedFrom, DeepLayer? deep = null, FeatureSet features = FeatureSet.Standard)
    {
        Features = features;
        Name = name;
        Bits = bits;
        Bias = bias;
        Threshold = threshold;
        Weights = weights;
        TrainedFrom = trainedFrom;
        Deep = deep;
    }

    public string Name { get; }

    public int Bits { get; }

    /// <summary>The hashed features the model was trained on (and is scored with).</summary>
    public FeatureSet Features { get; }

    public float Bias { get; }

    /// <summary>Shipped decision threshold on the probability, chosen on held-out sources during training.</summary>
    public float Threshold { get; }

    public float[] Weights { get; }

    /// <summary>The deep half of a wide-and-deep model, or null for a linear model.</summary>
    public DeepLayer? Deep { get; }

    /// <summary>Digest of the training data, so a model can be traced to its inputs.</summary>
    public string TrainedFrom { get; }

    /// <summary>Short version id derived from the weights' digest.</summary>
    public string Version => TrainedFrom.Length >= 8 ? TrainedFrom[..8] : TrainedFrom;

    /// <summary>Probability that <paramref name="normalizedText"/> is positive.</summary>
    public double Predict(string normalizedText) => Sigmoid(Margin(normalizedText));

    public double Margin(string normalizedText) => FeatureCache.Dot(normalizedText, Bits, Features, Weights) + Bias;

    /// <summary>Margin of a part of a normalised text (a window), without the per-thread feature cache.</summary>
    public double Margin(ReadOnlySpan<char> normalizedPart)
    {
        var sink = new DotSink(Weights);
        FeatureHasher.Extract(normalizedPart, Bits, Features, ref sink);
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

    /// <summary>The deep layer's margin contribution for a text or window and its indicator buckets; 0 for a linear model.</summary>
    public double DeepMargin(ReadOnlySpan<char> normalizedPart, ReadOnlySpan<int> indicators) =>
        Deep?.Margin(normalizedPart, indicators) ?? 0;

    /// <summary>Value of one indicator feature (rule hit).</summary>
    public const float IndicatorValue = 1f;

    public static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));

    /// <summary>Writes the model; weights are stored as float16 to keep the repository small.</summary>
    public void Write(Stream stream)
    {
        using var ms = new MemoryStream();
        var v3 = Features != FeatureSet.Standard;
        using (var w = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(v3 ? MagicV3 : Deep is null ? MagicV1 : MagicV2);
            w.Write(Name);
            w.Write(TrainedFrom);
            w.Write(Bits);
            if (v3)
            {
                w.Write((int)Features);
            }

            w.Write(Bias);
            w.Write(Threshold);
            foreach (var x in Weights)
            {
                w.Write((Half)x);
            }

            if (v3)
            {
                w.Write(Deep is not null);
            }

            Deep?.Write(w);
        }

        if (v3 || Deep is not null)
        {
            ms.Write(SHA256.HashData(ms.GetBuffer().AsSpan(0, (int)ms.Length)));
        }

        ms.Position = 0;
        ms.CopyTo(stream);
    }

    public byte[] ToBytes()
    {
        using var ms = new MemoryStream();
        Write(ms);
        return ms.ToArray();
    }

    /// <summary>Reads a model; a wrong, unknown-version, truncated or corrupted file throws <see cref="GuardErrors.ModelInvalid"/>.</summary>
    public static LinearModel Read(Stream stream)
    {
        using var all = new MemoryStream();
        stream.CopyTo(all);
        var bytes = all.GetBuffer().AsSpan(0, (int)all.Length);
        var magic = bytes.Length >= 4 ? BinaryPrimitives.ReadUInt32LittleEndian(bytes) : 0;
        if ((magic & 0x00FFFFFF) != MagicPrefix)
        {
            throw new GuardException(GuardErrors.ModelInvalid, "guard model file has the wrong format; rebuild it with 'warden guard train'.");
        }

        if (magic is not (MagicV1 or MagicV2 or MagicV3))
        {
            throw new GuardException(GuardErrors.ModelInvalid, $"guard model file has format version '{(char)(magic >> 24)}', which this build cannot read; rebuild it with 'warden guard train' or upgrade Warden.");
        }

        if (magic is MagicV2 or MagicV3)
        {
            if (bytes.Length < 4 + DigestLength || !SHA256.HashData(bytes[..^DigestLength]).AsSpan().SequenceEqual(bytes[^DigestLength..]))
            {
                throw new GuardException(GuardErrors.ModelInvalid, "guard model file is truncated or corrupted (checksum mismatch); rebuild it with 'warden guard train'.");
            }

            all.SetLength(all.Length - DigestLength);
        }

        all.Position = 4;
        try
        {
            var model = ReadBody(all, magic);
            if (all.Position != all.Length)
            {
                throw new GuardException(GuardErrors.ModelInvalid, $"guard model '{model.Name}' has unexpected trailing bytes; rebuild it with 'warden guard train'.");
            }

            return model;
        }
        catch (Exception ex) when (ex is EndOfStreamException or FormatException)
        {
            throw new GuardException(GuardErrors.ModelInvalid, "guard model file is truncated or corrupted; rebuild it with 'warden guard train'.", ex);
        }
    }

    private static LinearModel ReadBody(Stream stream, uint magic)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var name = r.ReadString();
        var from = r.ReadString();
        var bits = r.ReadInt32();
        if (bits is < 10 or > 24)
        {
            throw new GuardException(GuardErrors.ModelInvalid, $"guard model '{name}' has an invalid size; rebuild it with 'warden guard train'.");
        }

        var features = magic == MagicV3 ? (FeatureSet)r.ReadInt32() : FeatureSet.Standard;
        if ((features & ~(FeatureSet.WordSkipBigrams | FeatureSet.HarmRoles)) != FeatureSet.Standard)
        {
            throw new GuardException(GuardErrors.ModelInvalid, $"guard model '{name}' uses features this build does not know; rebuild it with 'warden guard train' or upgrade Warden.");
        }

        var bias = r.ReadSingle();
        var threshold = r.ReadSingle();
        var weights = new float[1 << bits];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)r.ReadHalf();
        }

        var deep = magic == MagicV2 || (magic == MagicV3 && r.ReadBoolean());
        var layer = deep ? DeepLayer.Read(r, name) : null;
        return new LinearModel(name, bits, bias, threshold, weights, from, layer, features);
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
