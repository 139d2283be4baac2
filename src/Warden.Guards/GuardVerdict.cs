namespace Warden.Guards;

/// <summary>The outcome of scanning one text.</summary>
public sealed record GuardVerdict
{
    /// <summary>The strongest action taken: Allow when nothing was found.</summary>
    public GuardAction Action { get; init; }

    /// <summary>True when the text must not be forwarded.</summary>
    public bool Blocked => Action == GuardAction.Block;

    /// <summary>The channel scanned.</summary>
    public GuardChannel Channel { get; init; }

    /// <summary>All findings of the detectors configured for the channel, each with the action applied.</summary>
    public IReadOnlyList<GuardFinding> Findings { get; init; } = [];

    /// <summary>The text to forward: the input with redactions applied (the input itself when nothing was redacted).</summary>
    public string Text { get; init; } = "";

    /// <summary>Names of the detectors whose findings blocked the text.</summary>
    public IReadOnlyList<string> BlockedBy => Findings.Where(f => f.Action == GuardAction.Block).Select(f => f.Detector).Distinct(StringComparer.Ordinal).ToList();
}
