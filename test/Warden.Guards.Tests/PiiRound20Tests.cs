namespace Warden.Guards.Tests;

/// <summary>
/// Round 20: a single name at the start of a clause before a verb of speech ("…, Valdmanis said", "and Quarrie told"),
/// a place after a compass word ("in central Tarvasu", "to east Morrowa"), and continents and world regions as places
/// ("South America", "Central Asia"). Every input is hand-written.
/// </summary>
public sealed class PiiRound20Tests
{
    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    [Theory]
    [InlineData("Rates will hold for now, Valdmanis said on Tuesday.", "Valdmanis")]
    [InlineData("The club is fine and Quarrie said the squad is ready.", "Quarrie")]
    [InlineData("The plan stalled but Ostrowe says talks go on.", "Ostrowe")]
    [InlineData("\"We will not sell,\" Brannagh told reporters.", "Brannagh")]
    [InlineData("“We will not sell,” Brannagh told reporters.", "Brannagh")]
    [InlineData("Output will rise next year, Tembisile added.", "Tembisile")]
    public void NameBeforeSpeechVerb_AtClauseStart_IsAPerson(string text, string name) => Assert.Contains(name, OfType(text, "PERSON"));

    // Spacing variants: double spaces, tabs and one word per line do not hide the speaker.
    [Theory]
    [InlineData("Rates will hold for now,  Valdmanis  said on Tuesday.")]
    [InlineData("Rates will hold for now,\tValdmanis\tsaid on Tuesday.")]
    [InlineData("Rates will hold for now,\nValdmanis\nsaid on Tuesday.")]
    [InlineData("This is only an example. Rates will hold for now, Valdmanis said on Tuesday. For a test.")]
    [InlineData("Rates will hold, Valdmanis said. Valdmanis repeated it later. Valdmanis left.")] // named again: still found
    public void SpeakerSpacingAndCoverText_StillFound(string text) => Assert.Contains("Valdmanis", OfType(text, "PERSON"));

    [Theory]
    [InlineData("Rates will hold for now, Valdmanis saidso.")] // not the whole verb
    [InlineData("Rates will hold for now, Valdmanis sailed on.")] // no verb of speech
    [InlineData("Markets were calm, Yesterday said nothing.")] // a common word
    [InlineData("Rates will hold for now, Kenya said on Tuesday.")] // a place
    [InlineData("Valdmanis said nothing in the report.")] // sentence start without a clause mark: read by the older rule only
    public void SpeakerLookAlikes_GiveNoNewPerson(string text)
    {
        var persons = OfType(text, "PERSON").ToList();
        if (text.StartsWith("Valdmanis", StringComparison.Ordinal))
        {
            // The round-15 sentence-start rule may read it; this test pins only that nothing else is added.
            Assert.All(persons, p => Assert.Equal("Valdmanis", p));
            return;
        }

        Assert.Empty(persons);
    }

    [Theory]
    [InlineData("The road in central Tarvasu stayed closed.", "Tarvasu")]
    [InlineData("The convoy went back to east Morrowa on Monday.", "Morrowa")]
    [InlineData("Floods hit homes in northern Kelvaro last week.", "Kelvaro")]
    [InlineData("The road in  central\tTarvasu stayed closed.", "Tarvasu")] // blanks between the words
    public void NameAfterCompassWord_IsALocation(string text, string place) => Assert.Contains(place, OfType(text, "LOCATION"));

    [Theory]
    [InlineData("The central Tarvasu office is closed.")] // no place preposition
    [InlineData("Clients in central Processing were told.")] // a common word
    public void CompassLookAlikes_GiveNoLocation(string text) => Assert.Empty(OfType(text, "LOCATION"));

    [Theory]
    [InlineData("They opened offices in South America and Central Asia.", "South America")]
    [InlineData("They opened offices in South America and Central Asia.", "Central Asia")]
    [InlineData("Sales in Europe and Africa fell.", "Africa")]
    [InlineData("Tensions in the Middle East rose again.", "Middle East")]
    public void ContinentsAndRegions_AreLocations(string text, string place) => Assert.Contains(place, OfType(text, "LOCATION"));

    [Fact]
    public void RegionNames_AreNotPersons() => Assert.Empty(OfType("They opened offices in South America and Central Asia.", "PERSON"));

    [Fact]
    public void RegionNameAsGivenName_BeforeASurname_StaysAPerson() => Assert.Contains("Asia Smith", OfType("Asia Smith called yesterday about the invoice.", "PERSON"));

    // Adversarial: a new span must never hide a structured finding next to it.
    [Theory]
    [InlineData("Rates will hold, Valdmanis said; call 415-555-0132 today", "PHONE_NUMBER", "415-555-0132")]
    [InlineData("Rates will hold, Valdmanis said; mail v.valdmanis@example.com", "EMAIL_ADDRESS", "v.valdmanis@example.com")]
    [InlineData("Rates will hold,  Valdmanis  said card 4111 1111 1111 1111 was used", "CREDIT_CARD", "4111 1111 1111 1111")]
    [InlineData("The office in central Tarvasu, SSN 536-22-8741, is hers", "US_SSN", "536-22-8741")]
    [InlineData("Offices in South America: call +44 20 7946 0958", "PHONE_NUMBER", "+44 20 7946 0958")]
    public void StructuredValues_StayReported(string text, string type, string value) => Assert.Contains(value, OfType(text, type));

    [Theory]
    [InlineData(", Valdmanis said ")]
    [InlineData("and  Quarrie  said ")]
    [InlineData("in central Tarvasu ")]
    [InlineData("South America ")]
    [InlineData(",          ")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => DetectorProbe.Pii(t));
}
