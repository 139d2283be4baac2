namespace Warden.Guards;

/// <summary>Per-call data a detector may need besides the text.</summary>
public sealed record GuardScanContext
{
    /// <summary>The channel the text came from.</summary>
    public GuardChannel Channel { get; init; }

    /// <summary>The request's system prompt, used by the prompt-leak detector on model output.</summary>
    public string? SystemPrompt { get; init; }

    /// <summary>A canary token inserted into the system prompt; seeing it in output is a leak.</summary>
    public string? Canary { get; init; }

    /// <summary>Creates a context for a channel.</summary>
    public static GuardScanContext For(GuardChannel channel) => new() { Channel = channel };
}
