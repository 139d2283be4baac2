namespace Warden.Guards.Tests;

public sealed class FindingTypeActionTests
{
    private const string Text = "Dear Dr. Maria Gonzalez, your card 4111 1111 1111 1111 is on file.";

    private static GuardEngine EngineWith(GuardAction piiAction, Dictionary<string, GuardAction>? piiTypes) =>
        GuardEngine.CreateDefault(new GuardOptions
        {
            RedactionMode = RedactionMode.Mask,
            Channels = new Dictionary<GuardChannel, ChannelGuardPolicy> { [GuardChannel.User] = ChannelGuardPolicy.Of((DetectorNames.Pii, piiAction)) },
            FindingTypes = piiTypes is null
                ? new Dictionary<string, IReadOnlyDictionary<string, GuardAction>>(StringComparer.Ordinal)
                : new Dictionary<string, IReadOnlyDictionary<string, GuardAction>>(StringComparer.Ordinal) { [DetectorNames.Pii] = piiTypes },
        });

    [Fact]
    public void WithoutTypeActions_RedactMasksTitlesToo()
    {
        var v = EngineWith(GuardAction.Redact, null).Scan(Text, GuardChannel.User);
        Assert.Contains(v.Findings, f => f.Type == "TITLE" && f.Action == GuardAction.Redact);
        Assert.DoesNotContain("Dr.", v.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowedType_IsDroppedAndLeftInTheText()
    {
        var v = EngineWith(GuardAction.Redact, new() { ["TITLE"] = GuardAction.Allow }).Scan(Text, GuardChannel.User);
        Assert.DoesNotContain(v.Findings, f => f.Type == "TITLE");
        Assert.Contains("Dr.", v.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("4111 1111 1111 1111", v.Text, StringComparison.Ordinal);
        Assert.Equal(GuardAction.Redact, v.Action);
    }

    [Fact]
    public void TypeAction_CanEscalateAboveTheChannelAction()
    {
        var v = EngineWith(GuardAction.Flag, new() { ["CREDIT_CARD"] = GuardAction.Block }).Scan(Text, GuardChannel.User);
        Assert.True(v.Blocked);
        Assert.Equal(GuardAction.Block, Assert.Single(v.Findings, f => f.Type == "CREDIT_CARD").Action);
        Assert.All(v.Findings.Where(f => f.Type != "CREDIT_CARD"), f => Assert.Equal(GuardAction.Flag, f.Action));
    }

    [Fact]
    public void TypeNames_MatchWithoutRegardToCase()
    {
        var v = EngineWith(GuardAction.Flag, new() { ["credit_card"] = GuardAction.Redact }).Scan(Text, GuardChannel.User);
        Assert.Equal(GuardAction.Redact, v.Action);
        Assert.DoesNotContain("4111 1111 1111 1111", v.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TypeActions_DoNotRunADetectorTheChannelLeavesOut()
    {
        var v = EngineWith(GuardAction.Flag, new() { ["CREDIT_CARD"] = GuardAction.Block }).Scan(Text, GuardChannel.System);
        Assert.DoesNotContain(v.Findings, f => f.Detector == DetectorNames.Pii);
        Assert.False(v.Blocked);
    }

    [Fact]
    public void TypeActions_ApplyToStreamedOutput()
    {
        var engine = GuardEngine.CreateDefault(new GuardOptions
        {
            RedactionMode = RedactionMode.Mask,
            Channels = new Dictionary<GuardChannel, ChannelGuardPolicy> { [GuardChannel.ModelOutput] = ChannelGuardPolicy.Of((DetectorNames.Pii, GuardAction.Redact)) },
            FindingTypes = new Dictionary<string, IReadOnlyDictionary<string, GuardAction>>(StringComparer.Ordinal) { [DetectorNames.Pii] = new Dictionary<string, GuardAction> { ["TITLE"] = GuardAction.Allow } },
        });
        var scanner = engine.CreateStreamScanner(new GuardScanContext { Channel = GuardChannel.ModelOutput });
        var output = string.Concat(Text.Chunk(7).Select(c => scanner.Append(new string(c)))) + scanner.Complete();
        Assert.Contains("Dr.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("4111 1111 1111 1111", output, StringComparison.Ordinal);
    }

    [Fact]
    public void BadTypeActions_AreRefusedWithEveryProblem()
    {
        var options = new GuardOptions
        {
            FindingTypes = new Dictionary<string, IReadOnlyDictionary<string, GuardAction>>(StringComparer.Ordinal)
            {
                ["telepathy"] = new Dictionary<string, GuardAction> { ["X"] = GuardAction.Flag },
                [DetectorNames.Pii] = new Dictionary<string, GuardAction>(StringComparer.Ordinal)
                {
                    ["CREDIT CARD"] = GuardAction.Block,
                    [""] = GuardAction.Flag,
                    [new string('A', 65)] = GuardAction.Flag,
                    ["title"] = GuardAction.Allow,
                    ["TITLE"] = GuardAction.Flag,
                    ["URL"] = (GuardAction)42,
                },
            },
        };
        var errors = options.Validate();
        Assert.Contains(errors, e => e.Contains("unknown detector 'telepathy'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'CREDIT CARD' is not a finding type name", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'' is not a finding type name", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("is listed twice", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("unknown action 42", StringComparison.Ordinal));
        Assert.Equal(6, errors.Count);
        var ex = Assert.Throws<GuardException>(() => GuardEngine.CreateDefault(options));
        Assert.Equal(GuardErrors.InvalidOptions, ex.ErrorId);
    }
}
