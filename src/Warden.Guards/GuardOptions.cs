namespace Warden.Guards;

/// <summary>Immutable guard configuration. Validate with <see cref="Validate"/>; the engine refuses invalid options whole.</summary>
public sealed record GuardOptions
{
    /// <summary>Largest input accepted, in UTF-8 bytes. Larger inputs are refused (WRD5001), never truncated.</summary>
    public int MaxInputBytes { get; init; } = 1024 * 1024;

    /// <summary>Most chat messages accepted in one scan.</summary>
    public int MaxMessages { get; init; } = 512;

    /// <summary>Per-channel detector sets and actions. Channels not listed use <see cref="DefaultChannels"/>.</summary>
    public IReadOnlyDictionary<GuardChannel, ChannelGuardPolicy> Channels { get; init; } = DefaultChannels;

    /// <summary>Score thresholds overriding the shipped ones, by detector name (prompt-attack, harmful-request, secrets, pii).</summary>
    public IReadOnlyDictionary<string, double> Thresholds { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>
    /// Per finding type actions, by detector name then finding type (for example <c>pii</c> → <c>TITLE</c> → Allow,
    /// <c>pii</c> → <c>CREDIT_CARD</c> → Block). On every channel where the detector runs, a listed type takes this action
    /// instead of the channel's action for the detector; Allow drops such findings from the verdict. Type names match
    /// without regard to case.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, GuardAction>> FindingTypes { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, GuardAction>>(StringComparer.Ordinal);

    /// <summary>Hosts links may point to freely (exact host or parent domain).</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>Canary token Warden inserts into system prompts; its appearance in output is a leak. Null disables.</summary>
    public string? Canary { get; init; }

    /// <summary>How redacted spans are replaced.</summary>
    public RedactionMode RedactionMode { get; init; } = RedactionMode.Tokenize;

    /// <summary>Key for <see cref="RedactionMode.Hash"/>; a random per-engine key when null.</summary>
    public IReadOnlyList<byte>? HashKey { get; init; }

    /// <summary>How many characters of streamed output are held back so findings can still be redacted before release.</summary>
    public int StreamHoldBackChars { get; init; } = 256;

    /// <summary>The default per-channel policies.</summary>
    public static IReadOnlyDictionary<GuardChannel, ChannelGuardPolicy> DefaultChannels { get; } = new Dictionary<GuardChannel, ChannelGuardPolicy>
    {
        [GuardChannel.User] = ChannelGuardPolicy.Of(
            (DetectorNames.PromptAttack, GuardAction.Block), (DetectorNames.HarmfulRequest, GuardAction.Flag),
            (DetectorNames.InvisibleText, GuardAction.Block), (DetectorNames.Secrets, GuardAction.Redact), (DetectorNames.Pii, GuardAction.Flag)),
        [GuardChannel.System] = ChannelGuardPolicy.Of((DetectorNames.Secrets, GuardAction.Flag)),
        [GuardChannel.Retrieved] = ChannelGuardPolicy.Of(
            (DetectorNames.PromptAttack, GuardAction.Block), (DetectorNames.InvisibleText, GuardAction.Block),
            (DetectorNames.Secrets, GuardAction.Redact), (DetectorNames.Pii, GuardAction.Flag)),
        [GuardChannel.ToolArguments] = ChannelGuardPolicy.Of(
            (DetectorNames.Secrets, GuardAction.Block), (DetectorNames.ExfiltrationLink, GuardAction.Block), (DetectorNames.Pii, GuardAction.Flag)),
        [GuardChannel.ToolOutput] = ChannelGuardPolicy.Of(
            (DetectorNames.PromptAttack, GuardAction.Block), (DetectorNames.InvisibleText, GuardAction.Block),
            (DetectorNames.Secrets, GuardAction.Redact), (DetectorNames.Pii, GuardAction.Flag)),
        [GuardChannel.ModelOutput] = ChannelGuardPolicy.Of(
            (DetectorNames.PromptLeak, GuardAction.Block), (DetectorNames.ExfiltrationLink, GuardAction.Block),
            (DetectorNames.InvisibleText, GuardAction.Redact), (DetectorNames.Secrets, GuardAction.Redact), (DetectorNames.Pii, GuardAction.Flag)),
    };

    /// <summary>Returns every problem with these options; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MaxInputBytes <= 0)
        {
            errors.Add("guards.maxInputBytes must be positive.");
        }

        if (MaxMessages <= 0)
        {
            errors.Add("guards.maxMessages must be positive.");
        }

        if (StreamHoldBackChars < 0)
        {
            errors.Add("guards.streamHoldBackChars must not be negative.");
        }

        foreach (var (channel, policy) in Channels)
        {
            foreach (var name in policy.Detectors.Keys)
            {
                if (!DetectorNames.All.Contains(name, StringComparer.Ordinal))
                {
                    errors.Add($"guards.channels.{channel}: unknown detector '{name}'; known: {string.Join(", ", DetectorNames.All)}.");
                }
            }
        }

        foreach (var (name, value) in Thresholds)
        {
            if (!DetectorNames.All.Contains(name, StringComparer.Ordinal))
            {
                errors.Add($"guards.thresholds: unknown detector '{name}'.");
            }

            if (double.IsNaN(value) || value < 0 || value > 1)
            {
                errors.Add($"guards.thresholds.{name} must be in [0, 1].");
            }
        }

        foreach (var (name, types) in FindingTypes)
        {
            if (!DetectorNames.All.Contains(name, StringComparer.Ordinal))
            {
                errors.Add($"guards.findingTypes: unknown detector '{name}'; known: {string.Join(", ", DetectorNames.All)}.");
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (type, action) in types)
            {
                if (!seen.Add(type))
                {
                    errors.Add($"guards.findingTypes.{name}: '{type}' is listed twice (type names ignore case).");
                }

                if (!IsTypeName(type))
                {
                    errors.Add($"guards.findingTypes.{name}: '{type}' is not a finding type name (1–64 letters, digits, '_' or '-', e.g. CREDIT_CARD).");
                }

                if (!Enum.IsDefined(action))
                {
                    errors.Add($"guards.findingTypes.{name}.{type}: unknown action {(int)action}.");
                }
            }
        }

        if (Canary is not null && Canary.Length < 8)
        {
            errors.Add("guards.canary must be at least 8 characters so it cannot occur by chance.");
        }

        foreach (var host in AllowedHosts)
        {
            if (string.IsNullOrWhiteSpace(host) || host.Contains('/', StringComparison.Ordinal))
            {
                errors.Add($"guards.allowedHosts: '{host}' is not a host name.");
            }
        }

        return errors;
    }

    private static bool IsTypeName(string type) =>
        type.Length is > 0 and <= 64 && type.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    /// <summary>The threshold for a detector: the configured override or <paramref name="shipped"/>.</summary>
    internal double ThresholdFor(string detector, double shipped) =>
        Thresholds.TryGetValue(detector, out var t) ? t : shipped;
}
