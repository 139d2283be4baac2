namespace Warden.Policy.Tests;

/// <summary>One table of outcome names serves policy files, test suites, explanations and audit events.</summary>
public sealed class PolicyOutcomeNamesTests
{
    [Fact]
    public void EveryOutcome_HasAName_ThatParsesBackToIt()
    {
        foreach (var outcome in Enum.GetValues<PolicyOutcome>())
        {
            Assert.Equal(outcome, PolicyOutcomeNames.Parse(outcome.Name()));
            Assert.Contains(outcome.Name(), PolicyOutcomeNames.List, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Allow")]
    [InlineData("approve")]
    [InlineData("require-approval")]
    [InlineData(" deny")]
    [InlineData("")]
    [InlineData(null)]
    public void OtherNames_DoNotParse(string? name) => Assert.Null(PolicyOutcomeNames.Parse(name));

    [Fact]
    public void AnUndefinedValue_HasNoName() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((PolicyOutcome)42).Name());
}
