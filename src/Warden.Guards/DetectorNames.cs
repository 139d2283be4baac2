namespace Warden.Guards;

/// <summary>Names of the built-in detectors.</summary>
public static class DetectorNames
{
    /// <summary>Prompt injection, jailbreaks and prompt extraction.</summary>
    public const string PromptAttack = "prompt-attack";

    /// <summary>Personal data.</summary>
    public const string Pii = "pii";

    /// <summary>Credentials and keys.</summary>
    public const string Secrets = "secrets";

    /// <summary>Requests for clearly harmful content.</summary>
    public const string HarmfulRequest = "harmful-request";

    /// <summary>Zero-width, tag and bidi control characters.</summary>
    public const string InvisibleText = "invisible-text";

    /// <summary>System prompt or canary reproduced in output.</summary>
    public const string PromptLeak = "prompt-leak";

    /// <summary>Markdown links or images sending data to non-allow-listed hosts.</summary>
    public const string ExfiltrationLink = "exfiltration-link";

    /// <summary>All built-in names.</summary>
    public static IReadOnlyList<string> All { get; } = [PromptAttack, Pii, Secrets, HarmfulRequest, InvisibleText, PromptLeak, ExfiltrationLink];
}
