namespace Warden.Guards;

/// <summary>One thing a detector found.</summary>
/// <param name="Detector">Detector name, e.g. <c>pii</c>.</param>
/// <param name="Type">Finding type, e.g. <c>EMAIL_ADDRESS</c> or <c>direct-injection</c>.</param>
/// <param name="Start">Start offset (UTF-16 code units) in the scanned text.</param>
/// <param name="End">End offset, exclusive.</param>
/// <param name="Score">Confidence in [0, 1].</param>
/// <param name="DetectorVersion">Version of the detector (and its model) that produced the finding.</param>
public sealed record GuardFinding(string Detector, string Type, int Start, int End, double Score, string DetectorVersion)
{
    /// <summary>Length of the span.</summary>
    public int Length => End - Start;

    /// <summary>The action the engine applied to this finding (set by <see cref="GuardEngine"/>; detectors leave it at Flag).</summary>
    public GuardAction Action { get; init; } = GuardAction.Flag;
}
