namespace Warden.Guards;

/// <summary>Stable error ids of the guards (range WRD5000–WRD5099).</summary>
public static class GuardErrors
{
    /// <summary>The input exceeds <see cref="GuardOptions.MaxInputBytes"/>.</summary>
    public const string InputTooLarge = "WRD5001";

    /// <summary>A detector threw; the engine fails closed.</summary>
    public const string DetectorFailed = "WRD5002";

    /// <summary>The options are invalid.</summary>
    public const string InvalidOptions = "WRD5003";

    /// <summary>A model file is missing or corrupt.</summary>
    public const string ModelInvalid = "WRD5004";

    /// <summary>Chat messages are nested or too many.</summary>
    public const string TooManyMessages = "WRD5005";

    /// <summary>Evaluation data is malformed.</summary>
    public const string BadEvalData = "WRD5006";

    /// <summary>Training data is missing.</summary>
    public const string TrainingDataMissing = "WRD5007";

    /// <summary>Options for <c>warden guard train</c> (the deep layer settings) are invalid.</summary>
    public const string InvalidTrainingOptions = "WRD5008";

    /// <summary>The file given to <c>warden guard scan</c> cannot be read.</summary>
    public const string ScanInputUnreadable = "WRD5009";
}
