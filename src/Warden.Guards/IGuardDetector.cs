namespace Warden.Guards;

/// <summary>A detector: a pure function from text to findings. Implementations must be thread-safe.</summary>
public interface IGuardDetector
{
    /// <summary>Stable name used in configuration and findings, e.g. <c>prompt-attack</c>.</summary>
    string Name { get; }

    /// <summary>Version string; changes whenever rules or model change.</summary>
    string Version { get; }

    /// <summary>Scans <paramref name="text"/> and appends findings to <paramref name="findings"/>.</summary>
    /// <param name="text">The text to scan; never null, may be empty.</param>
    /// <param name="context">Channel and per-request data (system prompt, canary).</param>
    /// <param name="findings">Destination list.</param>
    void Scan(string text, GuardScanContext context, ICollection<GuardFinding> findings);
}
