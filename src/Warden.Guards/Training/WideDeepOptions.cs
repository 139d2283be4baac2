namespace Warden.Guards.Training;

/// <summary>
/// Hyper-parameters of the optional deep half of a wide-and-deep guard model: hashed sparse features summed into
/// <see cref="Hidden"/> ReLU units through a learned row per bucket, whose weighted sum is added to the linear margin.
/// </summary>
public sealed record WideDeepOptions
{
    /// <summary>Hidden units (1–128).</summary>
    public int Hidden { get; init; } = 32;

    /// <summary>Hash space of the deep layer's rows, as a power of two (8–20); buckets of the linear model are masked down to it.</summary>
    public int Bits { get; init; } = 16;

    /// <summary>Which features feed the deep layer (indicator features always do).</summary>
    public DeepInputs Inputs { get; init; } = DeepInputs.Words;

    /// <summary>Initial SGD step of the deep parameters (decays like the linear model's step).</summary>
    public double LearningRate { get; init; } = 0.05;

    /// <summary>L2 penalty on the deep parameters an update touches.</summary>
    public double L2 { get; init; } = 1e-6;

    /// <summary>Half-width of the uniform initialisation of the rows and output weights.</summary>
    public double InitScale { get; init; } = 0.1;

    /// <summary>Training epochs of the joint model (the linear-only model uses six).</summary>
    public int Epochs { get; init; } = 6;

    /// <summary>
    /// Parses "hidden=32,bits=16,lr=0.05,l2=1e-6,init=0.1,epochs=6,inputs=words,clip=0,dropout=0,whole=false,own=1" (any subset, over the defaults);
    /// "off" means no deep layer. Unknown keys or bad values throw <see cref="GuardErrors.InvalidTrainingOptions"/>.
    /// </summary>
    public static WideDeepOptions? Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Trim() is "off" or "0")
        {
            return null;
        }

        var o = new WideDeepOptions();
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=', 2, StringSplitOptions.TrimEntries);
            try
            {
                o = (kv[0], kv.Length == 2 ? kv[1] : "") switch
                {
                    ("hidden", var v) => o with { Hidden = int.Parse(v, inv) },
                    ("bits", var v) => o with { Bits = int.Parse(v, inv) },
                    ("lr", var v) => o with { LearningRate = double.Parse(v, inv) },
                    ("l2", var v) => o with { L2 = double.Parse(v, inv) },
                    ("init", var v) => o with { InitScale = double.Parse(v, inv) },
                    ("epochs", var v) => o with { Epochs = int.Parse(v, inv) },
                    ("inputs", var v) => o with { Inputs = Enum.Parse<DeepInputs>(v, ignoreCase: true) },
                    ("whole", var v) => o with { WholeTextInWindows = bool.Parse(v) },
                    ("clip", var v) => o with { Clip = double.Parse(v, inv) },
                    ("own", var v) => o with { OwnDataWeight = double.Parse(v, inv) },
                    ("dropout", var v) => o with { Dropout = double.Parse(v, inv) },
                    _ => throw new FormatException($"unknown setting '{kv[0]}'."),
                };
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
            {
                throw new GuardException(GuardErrors.InvalidTrainingOptions, $"invalid deep layer setting '{part}': {ex.Message} Use key=value pairs separated by commas (hidden, bits, lr, l2, init, epochs, inputs, whole, clip, own, dropout), or 'off'.", ex);
            }
        }

        return o;
    }

    /// <summary>
    /// Bound of the deep layer's contribution to the margin (soft clip s / (1 + |s| / Clip)); 0 leaves it unbounded.
    /// A bound keeps the layer a correction to the linear model on text unlike anything it was trained on.
    /// </summary>
    public double Clip { get; init; }

    /// <summary>Score a window with the layer's output on the whole text (as rule indicators are) rather than on the window.</summary>
    public bool WholeTextInWindows { get; init; }

    /// <summary>Probability of dropping each deep input feature in a training step (inverted dropout, seeded); 0 = none.</summary>
    public double Dropout { get; init; }

    /// <summary>
    /// Scale of the deep layer's gradient on Warden's own generated examples (public corpora count 1), so the layer's
    /// capacity goes less into memorising our templates; 1 treats all examples alike.
    /// </summary>
    public double OwnDataWeight { get; init; } = 1;

    /// <summary>Returns every invalid setting (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Hidden is < 1 or > Model.DeepLayer.MaxHidden)
        {
            errors.Add($"hidden must be 1..{Model.DeepLayer.MaxHidden}, got {Hidden}");
        }

        if (Bits is < Model.DeepLayer.MinBits or > Model.DeepLayer.MaxBits)
        {
            errors.Add($"bits must be {Model.DeepLayer.MinBits}..{Model.DeepLayer.MaxBits}, got {Bits}");
        }

        if (!(LearningRate > 0) || !(L2 >= 0) || !(InitScale > 0) || Epochs < 1)
        {
            errors.Add("learning rate and init scale must be positive, L2 non-negative, epochs at least 1");
        }

        if (!(Clip >= 0) || !(Dropout is >= 0 and < 1) || !(OwnDataWeight is >= 0 and <= 1))
        {
            errors.Add($"clip must be non-negative, dropout in [0, 1) and own-data weight in [0, 1], got {Clip}, {Dropout} and {OwnDataWeight}");
        }

        return errors;
    }
}

/// <summary>Features the deep layer of a wide-and-deep model sees.</summary>
public enum DeepInputs
{
    /// <summary>Word 1–2-grams and indicator features.</summary>
    Words = 0,

    /// <summary>Word 1–2-grams, character 3–5-grams and indicator features (slower).</summary>
    WordsAndChars = 1,

    /// <summary>Indicator features (rule and intent-cue hits) only: the layer learns their conjunctions.</summary>
    Indicators = 2,
}
