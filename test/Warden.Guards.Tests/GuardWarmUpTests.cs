namespace Warden.Guards.Tests;

/// <summary><see cref="GuardWarmUp"/> runs every detector of the engine before real traffic and reports a failing one as WRD5002.</summary>
public sealed class GuardWarmUpTests
{
    [Fact]
    public void EveryDetector_ScansTheSample_OnUserAndModelOutput()
    {
        var seen = new List<(string, GuardChannel)>();
        var engine = new GuardEngine(new GuardOptions(), [new TestDetector("pii", (_, c) => seen.Add(("pii", c))), new TestDetector("secrets", (_, c) => seen.Add(("secrets", c)))]);

        var elapsed = GuardWarmUp.Run(engine);

        Assert.True(elapsed >= TimeSpan.Zero);
        Assert.Equal(
            [("pii", GuardChannel.User), ("pii", GuardChannel.ModelOutput), ("secrets", GuardChannel.User), ("secrets", GuardChannel.ModelOutput)],
            seen.Order());
    }

    [Fact]
    public void ADetectorThatThrows_IsReportedAsDetectorFailed()
    {
        var engine = new GuardEngine(new GuardOptions(), [new TestDetector("pii", (_, _) => throw new InvalidOperationException("broken"))]);

        var ex = Assert.Throws<GuardException>(() => GuardWarmUp.Run(engine));

        Assert.Equal(GuardErrors.DetectorFailed, ex.ErrorId);
        Assert.Contains("'pii'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDefaultEngine_WarmsUpWithoutError_AndFindsWhatTheSampleHolds()
    {
        var engine = GuardEngine.CreateDefault();

        GuardWarmUp.Run(engine);

        // The sample is meant to reach the main paths; if a detector stops finding its part, the warm-up no longer covers it.
        var user = engine.Scan(GuardWarmUp.Sample, GuardChannel.User).Findings;
        var output = engine.Scan(GuardWarmUp.Sample, GuardChannel.ModelOutput).Findings;
        foreach (var type in (string[])["PERSON", "STREET_ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "DATE_TIME"])
        {
            Assert.Contains(user, f => f.Detector == "pii" && f.Type == type);
        }

        Assert.Contains(user, f => f.Detector == "secrets");
        Assert.Contains(user, f => f.Detector == "prompt-attack");
        Assert.Contains(user, f => f.Detector == "invisible-text");
        Assert.Contains(output, f => f.Detector == "exfiltration-link");
    }
}
