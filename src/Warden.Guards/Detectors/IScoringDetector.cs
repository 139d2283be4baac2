namespace Warden.Guards.Detectors;

/// <summary>A whole-text classifier with a score and a shipped threshold, so eval can sweep thresholds.</summary>
internal interface IScoringDetector : IGuardDetector
{
    double Threshold { get; }

    double Score(string text);
}
