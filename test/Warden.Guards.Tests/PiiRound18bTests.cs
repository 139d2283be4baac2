namespace Warden.Guards.Tests;

/// <summary>
/// Round 18b: an organisation named before a senior title and a person ("Orvane President Lina Marsh"), a name with its
/// acronym in brackets after an institutional word ("Coastal Rescue Agency (CRA)"), and later mentions of an organisation
/// name found with a strong cue. Every input is hand-written.
/// </summary>
public sealed class PiiRound18bTests
{
    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    [Theory]
    [InlineData("Yesterday we met Orvane President Lina Marsh at the fair.", "Orvane")]
    [InlineData("Brightwell Vice Chairman Marc Dorsey called twice.", "Brightwell")]
    [InlineData("The memo quotes Kestrel Dynamics Chief Executive Anna Holt in full.", "Kestrel Dynamics")]
    [InlineData("A note from QVX Managing Director Paul Brennan arrived.", "QVX")]
    public void NameBeforeTitleAndPerson_IsAnOrganization(string text, string org) => Assert.Contains(org, OfType(text, "ORGANIZATION"));

    [Fact]
    public void TitleInsideTheRun_LeavesThePersonWhole()
    {
        const string text = "Brightwell Vice Chairman Marc Dorsey called twice.";
        Assert.Contains("Marc Dorsey", OfType(text, "PERSON"));
        Assert.DoesNotContain(OfType(text, "PERSON"), p => p.Contains("Brightwell", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Former President Lina Marsh spoke first.")] // a qualifier of the title
    [InlineData("The board met. President Lina Marsh spoke first.")] // the sentence ends before the title
    [InlineData("Defence Spokesman Colonel Arun Mehta said so.")] // no given name after the title
    [InlineData("Our Director Lina Marsh signed it.")] // a pronoun before the title
    [InlineData("French President Lina Marsh spoke first.")] // a nationality
    public void TitleLookAlikes_GiveNoOrganization(string text) => Assert.Empty(OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("Funding came from the Coastal Rescue Agency (CRA) last year.", "Coastal Rescue Agency")]
    [InlineData("Funding came from the Coastal Rescue Agency (CRA) last year.", "CRA")]
    [InlineData("She advised the Harbour Commerce Board (HCB) for a decade.", "Harbour Commerce Board")]
    [InlineData("She advised the Harbour Commerce Board (HCB) for a decade.", "HCB")]
    public void InstitutionWithItsAcronym_IsAnOrganization(string text, string org) => Assert.Contains(org, OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("Personally Identifiable Information (PII) is masked.")] // no institutional word
    [InlineData("Keys live in the Key Management Service (KMS).")] // a technical service, not an institution
    public void AcronymLookAlikes_GiveNoOrganization(string text) => Assert.Empty(OfType(text, "ORGANIZATION"));

    [Fact]
    public void AcronymThatDoesNotSpellTheName_IsNoOrganization() =>
        Assert.DoesNotContain("CRX", OfType("Funding came from the Coastal Rescue Agency (CRX) last year.", "ORGANIZATION"));

    [Fact]
    public void OrganizationFoundByItsTitle_IsFoundAgain()
    {
        var orgs = OfType("Orvane President Lina Marsh said Orvane will own 75% of the mill, and Orvane's partners the rest.", "ORGANIZATION").ToList();
        Assert.Equal(3, orgs.Count(o => o == "Orvane"));
    }

    [Fact]
    public void AcronymFoundInBrackets_IsFoundAgain()
    {
        var orgs = OfType("The Northern Water Authority (NWA) wrote back. We expect the NWA to reply by May.", "ORGANIZATION").ToList();
        Assert.Equal(2, orgs.Count(o => o == "NWA"));
    }

    [Fact]
    public void RepeatNeedsAWholeWord() =>
        Assert.DoesNotContain("Orvane", OfType("Orvane President Lina Marsh wrote to Orvanex about it.", "ORGANIZATION").Skip(1));

    [Theory]
    [InlineData("the song recorded for hollis sound corporation sold well.", "hollis sound corporation")]
    [InlineData("she works for morrow field insurance now", "morrow field insurance")]
    [InlineData("he joined tessel labs inc. in may", "tessel labs inc.")]
    public void LowerCaseFirmAfterACue_IsAnOrganization(string text, string org) => Assert.Contains(org, OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("she works for a software company")] // an article opens a description
    [InlineData("he works for the phone company")]
    [InlineData("she works at home with insurance papers")] // a joining word inside
    [InlineData("he works for insurance companies")] // no name before the legal word
    public void LowerCaseDescriptions_AreNoOrganization(string text) => Assert.Empty(OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("works for ab cd corporation ")]
    [InlineData("Orvane President Lina Marsh said Orvane agreed. ")]
    [InlineData("the Coastal Rescue Agency (CRA) and the CRA ")]
    [InlineData("Vice Chairman Vice Chairman Marc ")]
    [InlineData("French President Lina Marsh, ")]
    [InlineData("Agency of of of of the Agency (AA) ")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => DetectorProbe.Pii(t));
}
