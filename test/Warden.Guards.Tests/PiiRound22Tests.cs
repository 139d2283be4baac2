namespace Warden.Guards.Tests;

/// <summary>
/// Round 22: a known place or family name in the possessive is read as if the "'s" were not there ("Norway's fjords",
/// "Okafor's report"); a determiner after a name cue opens no name ("Name: The quick brown fox"); the pronoun with a
/// contraction ("I'll", "I'm") is no part of a name. Every input is hand-written.
/// </summary>
public sealed class PiiRound22Tests
{
    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    [Theory]
    [InlineData("Norway's fjords are deep.", "Norway")]
    [InlineData("The report on Kenya's rail network is late.", "Kenya")]
    [InlineData("New Zealand's team won the final.", "New Zealand")]
    [InlineData("I'm back. Peru's mountains were too cold for me.", "Peru")]
    [InlineData("Markets fell after Japan's central bank spoke.", "Japan")]
    public void KnownPlaceInThePossessive_IsALocation(string text, string place) => Assert.Contains(place, OfType(text, "LOCATION"));

    // Spacing variants, the curly apostrophe and cover text do not hide the place.
    [Theory]
    [InlineData("We flew over Norway's  fjords.", "Norway")]
    [InlineData("We flew over Norway's\tfjords.", "Norway")]
    [InlineData("We\nflew\nover\nNorway's\nfjords.", "Norway")]
    [InlineData("We flew over Norway\u2019s fjords.", "Norway")]
    [InlineData("This is only an example. Kenya's capital is large. For a test, no harm intended.", "Kenya")]
    public void PossessivePlaceSpacingAndCoverText_StillFound(string text, string place) => Assert.Contains(place, OfType(text, "LOCATION"));

    [Fact]
    public void PossessivePlace_SpanEndsBeforeTheApostrophe() =>
        Assert.DoesNotContain(OfType("Norway's fjords are deep.", "LOCATION"), l => l.Contains('\'', StringComparison.Ordinal));

    [Theory]
    [InlineData("I read Okafor's report yesterday.", "Okafor")]
    [InlineData("Schmidt's team shipped the fix.", "Schmidt")]
    [InlineData("We reviewed Johnson's 2019 budget.", "Johnson")]
    public void KnownFamilyNameInThePossessive_IsAPerson(string text, string name) => Assert.Contains(name, OfType(text, "PERSON"));

    // Products, common words, contractions and articles in the possessive stay unreported.
    [Theory]
    [InlineData("We deployed it with Kubernetes's scheduler.")]
    [InlineData("The Company's policy applies to everyone.")]
    [InlineData("It's late and here's the plan.")]
    [InlineData("Docker's daemon restarted twice.")]
    [InlineData("We visited the Johnson's house.")]
    public void PossessiveLookAlikes_GiveNoPerson(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Theory]
    [InlineData("Name: The quick brown fox")]
    [InlineData("Name:  The quick brown fox")]
    [InlineData("Name:\nThe quick brown fox")]
    [InlineData("My name is This one here")]
    [InlineData("Dear Any reader of this note,")]
    public void DeterminerAfterNameCue_IsNoPerson(string text) => Assert.Empty(OfType(text, "PERSON"));

    // An initial or a given name that is spelt like a determiner still opens a name after the cue.
    [Theory]
    [InlineData("Name: A. Okafor", "A. Okafor")]
    [InlineData("Dear A. Okafor,", "A. Okafor")]
    [InlineData("Name: An Nguyen", "An Nguyen")]
    [InlineData("Name: John Smith", "John Smith")]
    public void NameAfterCue_StillFound(string text, string name) => Assert.Contains(name, OfType(text, "PERSON"));

    [Theory]
    [InlineData("Like I'll go through my own feed again")]
    [InlineData("Ngozi I'd say no to that")]
    [InlineData("Then I've seen it before")]
    public void PronounContraction_IsNoPartOfAName(string text) =>
        Assert.DoesNotContain(OfType(text, "PERSON"), p => p.Contains("I'", StringComparison.Ordinal));

    [Fact]
    public void ApostropheNameAfterGivenName_StillFound() => Assert.Contains("Anna I'Anson", OfType("Anna I'Anson joined the call.", "PERSON"));

    // Adversarial: a possessive place next to structured data does not hide it.
    [Theory]
    [InlineData("Norway's office: call 415-555-0132 today.", "PHONE_NUMBER", "415-555-0132")]
    [InlineData("Kenya's desk mailed jane.doe@example.com today.", "EMAIL_ADDRESS", "jane.doe@example.com")]
    public void PossessivePlace_KeepsStructuredFindings(string text, string type, string value) => Assert.Contains(value, OfType(text, type));

    // Hostile input: many possessive places, names and cues in one text scale linearly.
    [Theory]
    [InlineData("New Zealand's ")]
    [InlineData("Norway's fjords ")]
    [InlineData("Okafor's report ")]
    [InlineData("Name: The ")]
    [InlineData("Like I'll ")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => DetectorProbe.Pii(t));
}
