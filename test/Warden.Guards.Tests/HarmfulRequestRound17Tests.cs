namespace Warden.Guards.Tests;

/// <summary>
/// Round 17: the candidate rows of data/guard/harm_gen17.py (requests to justify a demeaning generalisation about a group,
/// against respectful statements about the same groups and harsh statements about pests) failed the round-17 keep rule,
/// so they stay out of training.
/// </summary>
public sealed class HarmfulRequestRound17Tests
{
    [Fact]
    public void Round17Candidate_IsInUnused_AndNotInTrain()
    {
        var labels = RepoFiles.GuardDataLabels("unused", "train", "harmful-request.gen17.jsonl");
        Assert.Equal(340, labels.Count);
        Assert.Equal(220, labels.Count(l => l == "harmful"));
        Assert.Equal(120, labels.Count(l => l == "benign"));
    }

    /// <summary>
    /// Round 17b: the rows of data/guard/harm_gen17b.py, written for an argument-frame-plus-group indicator that was not
    /// kept, failed the same rule, so they stay out of training too.
    /// </summary>
    [Fact]
    public void Round17bCandidate_IsInUnused_AndNotInTrain()
    {
        var labels = RepoFiles.GuardDataLabels("unused", "train", "harmful-request.gen17b.jsonl");
        Assert.Equal(269, labels.Count);
        Assert.Equal(150, labels.Count(l => l == "harmful"));
        Assert.Equal(119, labels.Count(l => l == "benign"));
    }
}
