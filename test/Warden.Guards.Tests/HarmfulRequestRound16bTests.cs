namespace Warden.Guards.Tests;

/// <summary>
/// Round 16b: the candidate rows of data/guard/harm_gen16.py (harmful plans with a trailing clause, group mockery in a
/// creative artefact, occupational preambles) failed the round-16 keep rule, so they stay out of training.
/// </summary>
public sealed class HarmfulRequestRound16bTests
{
    [Fact]
    public void Round16bCandidate_IsInUnused_AndNotInTrain()
    {
        var labels = RepoFiles.GuardDataLabels("unused", "train", "harmful-request.gen16.jsonl");
        Assert.Equal(396, labels.Count);
        Assert.Equal(160, labels.Count(l => l == "harmful"));
        Assert.Equal(236, labels.Count(l => l == "benign"));
    }
}
