namespace Warden.Guards.Tests;

/// <summary>
/// Round 16b: a name after an "address:" label above the street line, a lower-case name after "follow up with", a person
/// after an "ex-" group word, a comma list of "X &amp; Y" categories (no organisation), a "+" and 12 digits as a phone
/// number, and nouns for people of a nation. Every input is hand-written.
/// </summary>
public sealed class PiiRound16bTests
{
    private static List<GuardFinding> Pii(string text) => DetectorProbe.Pii(text);

    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    [Fact]
    public void NameOnAnAddressLabelLine_AboveTheStreet_IsAPerson()
    {
        const string text = "Billing address: Orsolya Brandvik\n    4410 Kettle Lane 7\n   Harrowgate\n    77120";
        Assert.Contains("Orsolya Brandvik", OfType(text, "PERSON"));
    }

    [Theory]
    [InlineData("Billing address: Kettle Lane 7\nHarrowgate")] // the street itself, no number on the next line
    [InlineData("Address: Main Office\nopen 9 to 5")] // next line starts with a word
    [InlineData("Shipping address: 4410 Kettle Lane 7\n 77120")] // a number, not a name
    public void AddressLabelLine_WithoutANameAboveAStreet_IsNoPerson(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Fact]
    public void LowerCaseNameAfterFollowUpWith_IsAPerson()
    {
        const string text = "follow up with maria dvořáková in two weeks.";
        Assert.Contains("maria dvořáková", OfType(text, "PERSON"));
    }

    [Theory]
    [InlineData("follow up with the team in two weeks.")]
    [InlineData("please follow up with customer support tomorrow.")]
    [InlineData("catch up with old friends soon.")]
    public void OrdinaryWordsAfterFollowUpWith_AreNoPerson(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Fact]
    public void WordAfterAnExMemberWord_IsAPerson()
    {
        const string text = "This track by ex-Wailers Quennell is the best one here.";
        Assert.Contains("Quennell", OfType(text, "PERSON"));
    }

    [Fact]
    public void CategoryPairsInACommaList_AreNoOrganization()
    {
        const string text = "Drama & Romance, Music, Home & Garden, Travel & Leisure\nHosted By:    Laura Stein";
        Assert.Empty(OfType(text, "ORGANIZATION"));
        Assert.Contains("Laura Stein", OfType(text, "PERSON"));
    }

    [Theory]
    [InlineData("We bought it from Brannock & Velde last year.")]
    [InlineData("We hired Brannock & Velde, Tom said it was fine.")]
    [InlineData("Our lawyers are Brannock & Velde, Grant confirmed.")]
    public void FirmPairOutsideAList_IsStillAnOrganization(string text) =>
        Assert.Contains(OfType(text, "ORGANIZATION"), o => o.StartsWith("Brannock", StringComparison.Ordinal) && o.EndsWith("Velde", StringComparison.Ordinal));

    [Fact]
    public void PlusAndTwelveDigits_IsAPhoneNumber() =>
        Assert.Contains("+447911123456", OfType("Reach me on +447911123456 after six.", "PHONE_NUMBER"));

    [Fact]
    public void BareTwelveDigits_StayNoPhone() => Assert.Empty(OfType("Order 447911123456 was shipped.", "PHONE_NUMBER"));

    [Fact]
    public void NounForAPersonOfANation_IsAGroup() =>
        Assert.Contains("Icelander", OfType("The chef is an Icelander who cooks great fish.", "NRP"));

    [Theory]
    [InlineData("Billing address: Ab Cd\n 1 ")]
    [InlineData("follow up with ab cd ")]
    [InlineData("by ex-Ab Cd, ")]
    [InlineData("Ab & Cd, Ef & Gh, ")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Pii(t));
}
