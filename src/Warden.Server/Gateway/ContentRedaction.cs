using Warden.Guards;

namespace Warden.Server.Gateway;

/// <summary>Masks secrets and personal data in content that the <c>log_full</c> obligation puts into the audit trail.</summary>
internal static class ContentRedaction
{
    public const string Withheld = "[content withheld: it could not be redacted]";

    private static readonly Lazy<GuardEngine> Engine = new(() => GuardEngine.CreateDefault(new GuardOptions
    {
        RedactionMode = RedactionMode.Mask,
        Channels = Enum.GetValues<GuardChannel>().ToDictionary(c => c, _ => new ChannelGuardPolicy
        {
            Detectors = new Dictionary<string, GuardAction>(StringComparer.Ordinal)
            {
                [DetectorNames.Secrets] = GuardAction.Redact,
                [DetectorNames.Pii] = GuardAction.Redact,
            },
        }),
    }));

    /// <summary>The text with secrets and PII masked; when redaction fails the content is withheld, never stored raw.</summary>
    public static string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        try
        {
            return Engine.Value.Scan(text, GuardChannel.ModelOutput).Text;
        }
        catch (GuardException)
        {
            return Withheld;
        }
    }
}
