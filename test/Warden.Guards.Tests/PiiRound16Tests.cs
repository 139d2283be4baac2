namespace Warden.Guards.Tests;

/// <summary>
/// Round 16: an organisation named before its address ("at Quillbrook, 40213 12 Harrow Place"), address blocks written
/// all in lower case, Nordic and central European street words, a lower-case name on top of a contact card, a full
/// name repeated in a quoted block, "a year at" as an employment cue, a year between an article and a capitalised word,
/// and a name in the possessive before "address". Every input is hand-written.
/// </summary>
public sealed class PiiRound16Tests
{
    private static List<GuardFinding> Pii(string text) => DetectorProbe.Pii(text);

    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    private static bool Covers(string text, string type, string part) =>
        Pii(text).Any(f => f.Type == type && text.IndexOf(part, StringComparison.Ordinal) is var k && k >= f.Start && k + part.Length <= f.End);

    [Fact]
    public void WordBeforeAnAddressAfterAt_IsAnOrganization()
    {
        const string text = "Let's meet Friday at Quillbrook, 40213 12 Harrow Place, Dunmere";
        Assert.Contains("Quillbrook", OfType(text, "ORGANIZATION"));
        Assert.True(Covers(text, "STREET_ADDRESS", "40213"));
        Assert.True(Covers(text, "STREET_ADDRESS", "12 Harrow Place"));
    }

    [Theory]
    [InlineData("We meet at Noon, 12 people came.")] // a count, not a house number
    [InlineData("We stayed at Paris, 5 nights in total.")] // a place and a count
    [InlineData("Lunch at Brookhaven, 3 of us went.")] // a number without street words
    public void AtWordCommaNumberWithoutAnAddress_IsNoOrganization(string text) => Assert.Empty(OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("address:\n412 ulica kwiatowa 17 apt. 9 dolna wieś poland.", "412 ulica kwiatowa 17 apt. 9 dolna wieś poland")]
    [InlineData("meet me at 2209 orvell street 4, brisa, portugal", "2209 orvell street 4, brisa, portugal")]
    public void LowerCaseAddressBlock_IsOneAddress(string text, string address) =>
        Assert.Contains(Pii(text), f => f.Type == "STREET_ADDRESS" && f.Start <= text.IndexOf(address, StringComparison.Ordinal)
            && f.End >= text.IndexOf(address, StringComparison.Ordinal) + address.Length - 6);

    [Theory]
    [InlineData("i moved to 3 different cities in 5 years")]
    [InlineData("please send it to 2 friends and 3 colleagues")]
    [InlineData("the flight arrived at gate 12 on time.")]
    public void LowerCaseCountsAndGates_AreNoAddress(string text) => Assert.Empty(OfType(text, "STREET_ADDRESS"));

    [Fact]
    public void LowerCaseAddressBlock_StopsAtOrdinaryWords()
    {
        const string text = "my address is 12 elm road 5 and i like it";
        var street = Assert.Single(OfType(text, "STREET_ADDRESS"));
        Assert.Equal("12 elm road 5", street);
    }

    [Fact]
    public void NordicStreetWord_JoinsTheBlock()
    {
        const string text = "> Kari Nordvik\n> 2224 Hovlands gate 232\n> Apt. 342\n> TRONDHEIM\n> Norway 64389";
        Assert.True(Covers(text, "STREET_ADDRESS", "2224 Hovlands gate 232"));
        Assert.True(Covers(text, "STREET_ADDRESS", "Apt. 342"));
    }

    [Fact]
    public void LowerCaseNameOnTopOfAContactCard_IsAPerson() =>
        Assert.Contains("ravel onteiro", OfType("ravel onteiro\n\nwelder\n\npersonal info:\nphone:\n0393 1144137\n\ne-mail:\nro@example.com", "PERSON"));

    [Fact]
    public void LowerCaseFirstLineWithoutACard_IsNoPerson() =>
        Assert.Empty(OfType("release notes\n\nphone: use the support line\nsee the form", "PERSON"));

    [Fact]
    public void FullNameRepeatedInAQuotedBlock_IsFoundTwice()
    {
        const string text = "> \n> Oriel T Vasko\n> Brantwell Partners\n> Oriel T Vasko\n> 935 69 Gordon Terrace\n> Suite 828";
        Assert.Equal(2, OfType(text, "PERSON").Count(p => p == "Oriel T Vasko"));
    }

    [Theory]
    [InlineData("Magda spent a year at Quorvance as an intern.", "Quorvance")]
    [InlineData("After ten years at Velmora Labs she left.", "Velmora Labs")]
    public void YearAtCue_NamesAnOrganization(string text, string org) => Assert.Contains(org, OfType(text, "ORGANIZATION"));

    [Fact]
    public void YearsAtHome_IsNoOrganization() => Assert.Empty(OfType("I spent two years at home.", "ORGANIZATION"));

    [Theory]
    [InlineData("Zoolander is a 1973 American action-comedy film.", "1973")]
    [InlineData("She won the 2018 World Cup.", "2018")]
    public void YearBetweenAnArticleAndACapitalisedWord_IsADate(string text, string year) =>
        Assert.Contains(Pii(text), f => f.Type == "DATE_TIME" && text[f.Start..f.End] == year);

    [Theory]
    [InlineData("We bought a 2048 Bit key.")]
    [InlineData("It ships with a 1080 Display.")]
    public void SizesAfterAnArticle_AreNoDates(string text) => Assert.DoesNotContain(Pii(text), f => f.Type == "DATE_TIME");

    [Fact]
    public void NameInThePossessiveBeforeAddress_IsAPerson() =>
        Assert.Contains("Tavrenko", OfType("As promised, here's Tavrenko's address:", "PERSON"));

    [Fact]
    public void CommonWordInThePossessiveBeforeAddress_IsNoPerson() => Assert.Empty(OfType("The Company's address changed.", "PERSON"));

    [Theory]
    [InlineData("at Abcd, 12 Ab Cd 3\n")]
    [InlineData("address: 12 ab cd 3 ")]
    [InlineData("> Ab Cd\n")]
    [InlineData("a year at Ab ")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Pii(t));
}
