namespace Warden.Guards.Tests;

/// <summary>A detector that only reports each scan (text and channel) to the test; it finds nothing.</summary>
internal sealed class TestDetector(string name, Action<string, GuardChannel> scan) : IGuardDetector
{
    public string Name => name;

    public string Version => "test";

    public void Scan(string text, GuardScanContext context, ICollection<GuardFinding> findings) => scan(text, context.Channel);
}
