namespace Warden.Guards;

/// <summary>The detectors run on one channel and the action each one's findings trigger.</summary>
public sealed record ChannelGuardPolicy
{
    /// <summary>Detector name to action. Detectors not listed do not run on the channel.</summary>
    public IReadOnlyDictionary<string, GuardAction> Detectors { get; init; } = new Dictionary<string, GuardAction>(StringComparer.Ordinal);

    /// <summary>Builds a policy from pairs.</summary>
    public static ChannelGuardPolicy Of(params (string Detector, GuardAction Action)[] entries)
    {
        var map = new Dictionary<string, GuardAction>(StringComparer.Ordinal);
        foreach (var (detector, action) in entries)
        {
            map[detector] = action;
        }

        return new ChannelGuardPolicy { Detectors = map };
    }
}
