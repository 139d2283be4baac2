namespace Warden.Guards.Tests;

/// <summary>
/// Round 13: a middle initial "I.", a family name repeated on its own, the organisation line of a signature block, and
/// numbered street lines that open a sentence or follow "meet me at". Every input is hand-written.
/// </summary>
public sealed class PiiRound13Tests
{
    private static List<GuardFinding> Pii(string text) => DetectorProbe.Pii(text);

    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    [Theory]
    [InlineData("Marta I. Lindqvist from Northwind gave the talk", "Marta I. Lindqvist")]
    [InlineData("Signed by Peter I. Novak yesterday", "Peter I. Novak")]
    public void MiddleInitialI_StaysInTheName(string text, string person) => Assert.Contains(person, OfType(text, "PERSON"));

    [Theory]
    [InlineData("Can I help you with the booking?")]
    [InlineData("Hello I moved to a new flat")]
    public void PronounI_IsNoName(string text) => Assert.DoesNotContain(OfType(text, "PERSON"), p => p.Contains('I'));

    [Theory]
    [InlineData("The record was produced by Jonas Weber, and later Weber toured with it.", "Weber")]
    [InlineData("Critics say Lindqvist was right; Maria Lindqvist wrote the book in 2001.", "Lindqvist")]
    public void LoneFamilyName_AfterTheFullName_IsAPerson(string text, string name) =>
        Assert.Equal(2, OfType(text, "PERSON").Count(p => p.EndsWith(name, StringComparison.Ordinal)));

    [Theory]
    [InlineData("Maria Park lives near the Central Park gates.")]
    [InlineData("Maria Lane walked down Lane Street every day.")]
    public void FamilyNameInsideAnotherName_IsNoExtraPerson(string text) => Assert.Single(OfType(text, "PERSON"));

    [Theory]
    [InlineData("Maria Lopez\nBrightwave\n12 Harbour Road\nLeeds", "Brightwave")]
    [InlineData("> Jonas Weber\n> Quillfield Labs\n> 4 Mill Lane", "Quillfield Labs")]
    [InlineData("Maria Lopez\nData Analyst\nBrightwave\nPhone: 0161 496 0000", "Brightwave")]
    public void SignatureBlockLineAfterTheName_IsAnOrganization(string text, string org) => Assert.Contains(org, OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("Maria Lopez\nBrightwave")]
    [InlineData("Maria Lopez\nThanks\nsee you soon")]
    [InlineData("Maria Lopez\nLondon\nUnited Kingdom")]
    [InlineData("Maria Lopez\nthe quarterly report\nis attached")]
    [InlineData("Maria Lopez\nAnna Berg\nJonas Weber")]
    public void OtherLinesAfterAName_AreNoOrganization(string text) => Assert.Empty(OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("Is this right? 77 Rue de Gravelines 12\n Apt. 4\n Lille", "77 Rue de Gravelines 12")]
    [InlineData("Please check it. 310 Kastanjevej 9 Suite 2, Odense", "310")]
    [InlineData("Meet me at 52 Tallinna 7 Apt. 3 Narva tomorrow", "52 Tallinna 7 Apt. 3 Narva")]
    public void NumberedStreetLine_InRunningText_IsAnAddress(string text, string part) =>
        Assert.Contains(OfType(text, "STREET_ADDRESS"), a => a.Contains(part, StringComparison.Ordinal));

    [Theory]
    [InlineData(">Jonas Weber\n>4410 Kastanienallee 12\n>Suite 7\n>Wolfsburg", "Suite 7")]
    [InlineData("* 4410 Kastanienallee 12\n* Suite 7\n* Wolfsburg\n* Germany 38440", "Wolfsburg")]
    public void AddressBlockWithLineMarkers_CoversTheLaterLines(string text, string part) =>
        // Since round 17b the city line below a unit line is reported as a LOCATION inside the block.
        Assert.Contains(OfType(text, "STREET_ADDRESS").Concat(OfType(text, "LOCATION")), a => a.Contains(part, StringComparison.Ordinal));

    [Theory]
    [InlineData("Our list: 10 Reasons 2024 was a good year")]
    [InlineData("It rained. 3 Days 4 nights of it.")]
    public void NumberWordsNumber_InProse_IsNoAddress(string text) => Assert.Empty(OfType(text, "STREET_ADDRESS"));

    [Theory]
    [InlineData("For more, read Velvet Harbour: 7 Albums That Aged Well")]
    [InlineData("My notes on Quiet Meridian: The Complete Sessions")]
    public void CapitalisedRunBeforeAColonAndAHeading_IsNoPerson(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Fact]
    public void SpeakerLabelAtLineStart_StaysAPerson() =>
        Assert.Contains("Ngozi Kahale", OfType("Ngozi Kahale: Thanks for coming\nTomas Brenner: You're welcome", "PERSON"));

    [Theory]
    [InlineData("Jonas Weber met Weber and ")]
    [InlineData("Maria Lopez\nBrightwave\n")]
    [InlineData("Is it? 12 Main 4\n")]
    [InlineData("Hanne I. Berg ")]
    [InlineData("? 1 A 2 ")]
    [InlineData("see Velvet Harbour: 7 ")]
    [InlineData("1 Main 2\n??? ")]
    public void HostileRepetition_StaysLinear(string unit)
    {
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Pii(t));
    }

    [Fact]
    public void ManyDistinctFullNames_DoNotThrow()
    {
        var names = string.Join(" and ", Enumerable.Range(0, 2_000).Select(i => $"Anna Berg{(char)('a' + (i % 26))}{(char)('a' + (i / 26 % 26))}"));
        Pii(names + " " + names);
        Pii(string.Concat(Enumerable.Repeat("Maria Lopez\n", 5_000)));
        Pii(string.Concat(Enumerable.Repeat(". 1", 10_000)));
    }
}
