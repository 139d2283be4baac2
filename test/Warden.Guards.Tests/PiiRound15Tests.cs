namespace Warden.Guards.Tests;

/// <summary>
/// Round 15: card issuer ranges with 12 and 15 digits, US military mail without a cue, places in capitals of any script,
/// place nouns and arrival verbs before a place, "X is a(n) ... agency" organisations, job titles after ", the" and with
/// commas, lower-case names after "name is" / "call me", two leading numbers before a street, and capitalised words
/// after "the" or sentence-initial imperatives that are no person. Every input is hand-written.
/// </summary>
public sealed class PiiRound15Tests
{
    private static List<GuardFinding> Pii(string text) => DetectorProbe.Pii(text);

    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    [Theory]
    [InlineData("Please cancel my card 675984103431 today.", "675984103431")]
    [InlineData("card no 5018 6466 7909", "5018 6466 7909")]
    [InlineData("My card 180045984582343 was stolen.", "180045984582343")]
    public void MaestroAndJcbRanges_AreCards(string text, string card) => Assert.Contains(card, OfType(text, "CREDIT_CARD"));

    [Theory]
    [InlineData("Order 675984103431 has shipped.")] // a valid Luhn digit but no card word
    [InlineData("My card 675984103432 was stolen.")] // a card word but a wrong Luhn digit
    [InlineData("Ticket 180045984582342 is closed.")]
    [InlineData("The account number is 123456789012.")]
    public void TwelveAndFifteenDigitRunsWithoutCardEvidence_AreNoCards(string text)
    {
        Assert.Empty(OfType(text, "CREDIT_CARD"));
        Assert.Empty(OfType(text, "PHONE_NUMBER"));
    }

    [Theory]
    [InlineData("ZIP: 7412 SL", "7412 SL")]
    [InlineData("my zip code is 394 13", "394 13")]
    [InlineData("zip: 1234AB", "1234AB")]
    public void DutchAndNordicPostcodesAfterAZipLabel_AreWhole(string text, string code) => Assert.Contains(code, OfType(text, "LOCATION"));

    [Theory]
    [InlineData("zip code is 2200 in Denmark", "2200")]
    [InlineData("zip: 1234 is mine", "1234")]
    [InlineData("postal code 394 13 45", "")]
    public void PostcodesBeforeLowerCaseWordsOrMoreDigits_StayShort(string text, string code)
    {
        var found = OfType(text, "LOCATION").ToList();
        Assert.DoesNotContain(found, f => f.Contains(" in", StringComparison.Ordinal) || f.Contains(" is", StringComparison.Ordinal) || f == "394 13");
        if (code.Length > 0)
        {
            Assert.Contains(code, found);
        }
    }

    [Theory]
    [InlineData("Karin Lund\nNorthwind Freight\nUnit 4410 Box 2871\nDPO AE 40213\nMobile: 0688 843 79 56", "Unit 4410 Box 2871\nDPO AE 40213")]
    [InlineData("Send the parcel please. USNS Halvorsen\nFPO AP 81234", "USNS Halvorsen\nFPO AP 81234")]
    [InlineData("Can you check this? Unit 1234 Box 5678\nAPO AA 12345", "Unit 1234 Box 5678\nAPO AA 12345")]
    [InlineData("karl moe\npsc 5420, box 2708\napo aa 33879", "psc 5420, box 2708\napo aa 33879")]
    public void MilitaryMail_IsOneAddress(string text, string address) => Assert.Contains(address, OfType(text, "STREET_ADDRESS"));

    [Theory]
    [InlineData("We use APO AE 12345 as a test string.")] // no unit, PSC or ship word before it
    [InlineData("The unit of work is DPO AE 1234 here.")]
    [InlineData("Unit tests run nightly.\nThe ADPO AE 12345 build passed.")]
    public void PostOfficeCodeWithoutAUnit_IsNoAddress(string text) => Assert.Empty(OfType(text, "STREET_ADDRESS"));

    [Theory]
    [InlineData("Mr. Halvorsen flew to MÖNSTERÅS on Thursday morning.", "MÖNSTERÅS")]
    [InlineData("She grew up in BÜSCHENDORF before the war.", "BÜSCHENDORF")]
    [InlineData("The Queen arrived at Ettelgem this morning from Belgium.", "Ettelgem")]
    [InlineData("They dominate the economy of their home city Vaalsberg: two mills and a port.", "Vaalsberg")]
    public void PlacesAfterPlaceCues_AreLocations(string text, string place) => Assert.Contains(place, OfType(text, "LOCATION"));

    [Theory]
    [InlineData("SELECT name FROM Users WHERE id = 7")]
    [InlineData("INSERT INTO Orders SELECT * FROM Archive")]
    [InlineData("We arrived at Noon Meeting Room B late.")]
    public void SqlAndMeetingRooms_AreNoLocations(string text) => Assert.DoesNotContain(OfType(text, "LOCATION"), l => l is "Users" or "Archive" or "Noon");

    [Theory]
    [InlineData("Telvarion is a design agency based in Oslo.", "Telvarion")]
    [InlineData("Ramsey-Okafor is an investment bank and financial services company.", "Ramsey-Okafor")]
    [InlineData("Hello team.\nBrightwell Analytica is a non-profit that teaches coding.", "Brightwell Analytica")]
    public void NameBeforeIsAnOrganisationNoun_IsAnOrganisation(string text, string org) => Assert.Contains(org, OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("Warden is an open-source security platform.")]
    [InlineData("Python is a programming language.")]
    [InlineData("Our team is a small company of five.")]
    [InlineData("Anna Berg is a design agency owner.")]
    public void IsANonOrganisation_IsNoOrganisation(string text) => Assert.Empty(OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("Ilse Marwood, the Technical writer, said it was fine.", "Technical writer")]
    [InlineData("Ilse Marwood\n\nCourt, municipal, and license clerk\n\nPhone: 555 0100", "Court, municipal, and license clerk")]
    public void JobTitlesAfterTheAndWithCommas_AreTitles(string text, string title) => Assert.Contains(title, OfType(text, "TITLE"));

    [Theory]
    [InlineData("In 2020, the weather, they said, was bad.")]
    [InlineData("Apples, pears, and plums\nare on the table.")]
    public void CommaPhrasesWithoutAJobWord_AreNoTitles(string text) => Assert.Empty(OfType(text, "TITLE"));

    [Theory]
    [InlineData("sometimes people call me višeslav", "višeslav")]
    [InlineData("her maiden name is hansen.", "hansen")]
    [InlineData("my name is maria lopez, thanks", "maria lopez")]
    public void LowerCaseNamesAfterNameCues_ArePersons(string text, string person) => Assert.Contains(person, OfType(text, "PERSON"));

    [Theory]
    [InlineData("please call me later")]
    [InlineData("the name is required.")]
    [InlineData("call me back tomorrow")]
    [InlineData("the file name is config.")]
    public void LowerCaseWordsAfterNameCues_AreNoPersons(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Fact]
    public void TwoNumbersBeforeAStreetWithASuffix_StartTheBlock()
    {
        // The block is a fill: the street regex keeps "138 Consul Place", the rest of the block fills around it.
        var found = OfType("??? Ilse Marwood\n??? Northwind\n??? 66029 138 Consul Place\n??? Apt. 050\n??? Broomfield", "STREET_ADDRESS").ToList();
        Assert.Contains("66029", found);
        Assert.Contains(found, a => a.StartsWith("Apt. 050", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2019 2020 Annual Report\nRevenue grew.")]
    [InlineData("10 20 Minutes Later\nThe film starts.")]
    public void TwoNumbersBeforeWordsWithoutASuffix_AreNoAddress(string text) => Assert.Empty(OfType(text, "STREET_ADDRESS"));

    [Theory]
    [InlineData("The Princess Royal arrived this morning.")]
    [InlineData("The American Border Force detained him.")]
    [InlineData("Run Warden with the default policy.")]
    [InlineData("Upgrade Warden before you enable the gateway.")]
    [InlineData("Several Warden commands print JSON.")]
    public void OrdinaryWordsBeforeAProductOrAfterThe_AreNoPersons(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Theory]
    [InlineData("The John Smith case was closed.", "John Smith")]
    [InlineData("Sandra lives on Hansinegata 120 street.", "Sandra")]
    public void NamesAfterTheOrBeforeAStreet_StayPersons(string text, string person) => Assert.Contains(person, OfType(text, "PERSON"));

    [Fact]
    public void StreetAfterLivesOn_IsAnAddress() => Assert.Contains("Hansinegata 120", OfType("Sandra lives on Hansinegata 120 street.", "STREET_ADDRESS"));

    [Theory]
    [InlineData("Unit 1 DPO AE 12345\n")]
    [InlineData("APO AA 12345 ")]
    [InlineData("Ab is a company. ")]
    [InlineData(", the engineer, ")]
    [InlineData("name is višeslav. ")]
    [InlineData("1 2 Ab Place\n")]
    [InlineData("arrived at Abcd ")]
    [InlineData("city ÅBCD ")]
    [InlineData("card 501864667909 ")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Pii(t));

    [Fact]
    public void LongInputs_DoNotThrow()
    {
        Pii("Unit 1 " + new string(' ', 50_000) + "APO AA 12345");
        Pii(new string('x', 50_000) + " is a" + new string(' ', 10));
        Pii(", the " + new string('a', 50_000) + ",");
        Pii("call me " + new string('é', 50_000));
        Pii("APO AA 12345");
        Pii("Ab is an");
    }
}
