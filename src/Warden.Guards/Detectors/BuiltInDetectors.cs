using Warden.Guards.Model;

namespace Warden.Guards.Detectors;

/// <summary>Creates the built-in detector set from options.</summary>
internal static class BuiltInDetectors
{
    private static readonly Lazy<LinearModel> AttackModel = new(() => LinearModel.LoadEmbedded(ModelFiles.PromptAttack));
    private static readonly Lazy<LinearModel> HarmfulModel = new(() => LinearModel.LoadEmbedded(ModelFiles.HarmfulRequest));

    public static IReadOnlyList<IGuardDetector> Create(GuardOptions options) =>
    [
        new PromptAttackDetector(AttackModel.Value, options.ThresholdFor(DetectorNames.PromptAttack, AttackModel.Value.Threshold)),
        new HarmfulRequestDetector(HarmfulModel.Value, options.ThresholdFor(DetectorNames.HarmfulRequest, HarmfulModel.Value.Threshold)),
        new PiiDetector(options.ThresholdFor(DetectorNames.Pii, 0.5)),
        new SecretsDetector(options.ThresholdFor(DetectorNames.Secrets, 0.5)),
        new InvisibleTextDetector(),
        new PromptLeakDetector(),
        new ExfiltrationLinkDetector(options.AllowedHosts),
    ];
}
