namespace Warden.Guards.Tests;

/// <summary>
/// Round 19: organisations without an employment cue or a legal word: capitalised words before "Government" or "Party",
/// an acronym that speaks as an organisation ("ORVA says", "according to QLMB", "(Source: NXA)"), and names ending in
/// "Committee", "Commission", "Authority" or "Library". Every input is hand-written.
/// </summary>
public sealed class PiiRound19Tests
{
    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    [Theory]
    [InlineData("Cuts to clinics were in the Varlow Government's first budget.", "Varlow Government")]
    [InlineData("The Norwegian Government has failed to stop the project.", "Norwegian Government")]
    [InlineData("A senator of the Ketter United Party spoke on radio.", "Ketter United Party")]
    [InlineData("Members of the Brisvale Party met on Friday.", "Brisvale Party")]
    public void NameBeforeGovernmentOrParty_IsAnOrganization(string text, string org) => Assert.Contains(org, OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("Data goes to a Third Party only with consent.")]
    [InlineData("We planned a Birthday Party for the team.")]
    [InlineData("The Federal Government sets the rate.")]
    [InlineData("Ask Local Government about permits.")]
    [InlineData("The Government said nothing.")]
    [InlineData("In May Government offices close early.")]
    public void OrdinaryCompounds_GiveNoOrganization(string text) => Assert.Empty(OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("ORVA says its rules on planners will change.", "ORVA")]
    [InlineData("Yesterday the KBTC said the deal is off.", "KBTC")]
    [InlineData("Prices rose, according to QLMB figures.", "QLMB")]
    [InlineData("Two soldiers were rescued. (Source: NXA)", "NXA")]
    [InlineData("“ZRVA announced a recall,” she wrote.", "ZRVA")]
    public void AcronymThatSpeaks_IsAnOrganization(string text, string org) => Assert.Contains(org, OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("IT said the server is down.")] // a department
    [InlineData("The API says the token expired.")] // a technical term
    [InlineData("HR confirmed the start date.")]
    [InlineData("The CEO announced a new plan.")] // a role
    [InlineData("The US said no.")] // a known place
    [InlineData("ORVA reportedly left.")] // not a whole verb
    [InlineData("ORVA is here.")] // "is" only in "is hiring"
    [InlineData("Orva says hello.")] // not an acronym
    [InlineData("ABCDEFG said so.")] // too long for an acronym
    public void AcronymLookAlikes_GiveNoOrganization(string text) => Assert.Empty(OfType(text, "ORGANIZATION"));

    [Fact]
    public void OrganizationFoundBySpeaking_IsFoundAgain()
    {
        var orgs = OfType("ORVA says planners must register, and ORVA will check them.", "ORGANIZATION").ToList();
        Assert.Equal(2, orgs.Count(o => o == "ORVA"));
    }

    [Theory]
    [InlineData("I tabled two reports of the Harbour Works Committee today.", "Harbour Works Committee")]
    [InlineData("The Vellmar Library blog covers pensions.", "Vellmar Library")]
    [InlineData("Fees are set by the Coastal Water Authority each year.", "Coastal Water Authority")]
    [InlineData("She spoke to the Ardent Fisheries Commission on Monday.", "Ardent Fisheries Commission")]
    public void NameEndingInABodyWord_IsAnOrganization(string text, string org) => Assert.Contains(org, OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("The committee met. The library opened. The authority ruled.")] // lower-case body words
    [InlineData("A Committee of five meets in the Library.")] // a body word alone
    public void BodyWordsAlone_GiveNoOrganization(string text) => Assert.Empty(OfType(text, "ORGANIZATION"));

    // Adversarial: a new organisation span must never hide a structured finding next to it, in any case or spacing.
    [Theory]
    [InlineData("Source: ORVA@example.com", "EMAIL_ADDRESS", "ORVA@example.com")]
    [InlineData("according to ORVA@example.com", "EMAIL_ADDRESS", "ORVA@example.com")]
    [InlineData("ORVA says mail jane.doe@example.com today", "EMAIL_ADDRESS", "jane.doe@example.com")]
    [InlineData("orva says mail JANE.DOE@EXAMPLE.COM today", "EMAIL_ADDRESS", "JANE.DOE@EXAMPLE.COM")]
    [InlineData("ORVA said call (415) 555-0132 now", "PHONE_NUMBER", "(415) 555-0132")]
    [InlineData("ORVA  said  card 4111 1111 1111 1111 was used", "CREDIT_CARD", "4111 1111 1111 1111")]
    [InlineData("The Varlow Government said SSN 536-22-8741 is mine", "US_SSN", "536-22-8741")]
    [InlineData("Source: ORVA, card 4111111111111111", "CREDIT_CARD", "4111111111111111")]
    [InlineData("Harbour Works Committee, call 415-555-0132 or mail desk@harbour-works.org", "PHONE_NUMBER", "415-555-0132")]
    [InlineData("Harbour Works Committee, call 415-555-0132 or mail desk@harbour-works.org", "EMAIL_ADDRESS", "desk@harbour-works.org")]
    public void StructuredValues_StayReported(string text, string type, string value) => Assert.Contains(value, OfType(text, type));

    [Fact]
    public void AcronymGluedToAnAddress_IsNoOrganization() => Assert.DoesNotContain("ORVA", OfType("Source: ORVA@example.com", "ORGANIZATION"));

    [Theory]
    [InlineData("ASIC says ")]
    [InlineData("A B C D says ")]
    [InlineData("Source: Source: ")]
    [InlineData("according to according to ABC ")]
    [InlineData("Rudd Rudd Government ")]
    [InlineData("Party Party Party ")]
    [InlineData("Works Committee Committee ")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => DetectorProbe.Pii(t));
}
