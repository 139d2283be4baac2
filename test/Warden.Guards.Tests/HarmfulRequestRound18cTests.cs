namespace Warden.Guards.Tests;

/// <summary>
/// Round 18c: the candidate rows of data/guard/harm_gen18c.py (asks to hurt a person or the public that name no harm
/// word: undermining a colleague, scaring a crowd, pinning one's act on someone else, shaming, isolating) failed the
/// round-18c keep rule, so they stay out of training.
/// </summary>
public sealed class HarmfulRequestRound18cTests
{
    [Fact]
    public void Round18cCandidate_IsInUnused_AndNotInTrain()
    {
        var labels = RepoFiles.GuardDataLabels("unused", "train", "harmful-request.gen18c.jsonl");
        Assert.Equal(220, labels.Count);
        Assert.Equal(110, labels.Count(l => l == "harmful"));
        Assert.Equal(110, labels.Count(l => l == "benign"));
    }
}
