namespace Warden.Guards.Tests;

/// <summary>
/// Round 17b: a street line with lower-case words above a unit line, the city line below a unit line, family names
/// with particles ("van der", "de"), a street named after "on"/"at" without a number, and lists of given names written
/// in lower case. Every input is hand-written.
/// </summary>
public sealed class PiiRound17bTests
{
    private static List<GuardFinding> Pii(string text) => DetectorProbe.Pii(text);

    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    private static bool Covers(string text, string word) => DetectorProbe.PiiCovers(text, word);

    [Theory]
    [InlineData("07 Marrow lenk 31\n Suite 412\n Orvik\n Malta 40112", "lenk")]
    [InlineData("Tobias Wren\n\n18 harrowdale 9\n apt. 77\n orvik\n malta 40112", "harrowdale")]
    [InlineData("??? 52 via tessaro lunghi 17\n??? apt. 305\n??? orvik", "tessaro")]
    public void StreetLineAboveAUnitLine_IsAnAddress(string text, string word) => Assert.True(Covers(text, word));

    [Theory]
    [InlineData("Chapter 12 begins in 4\n Apt. notes follow")] // no number after the unit word
    [InlineData("We walked in 3\n Suite 12 was empty")] // a joining word before the number
    [InlineData("Item 12 costs 40\n\n Suite 12 is free")] // a blank line between
    [InlineData("12 pages and 4\nunits 7 left")] // not a unit word
    public void LinesThatOnlyLookLikeAStreetAboveAUnit_AreNoAddress(string text) => Assert.Empty(OfType(text, "STREET_ADDRESS"));

    [Theory]
    [InlineData("07 Marrow lenk 31\n Suite 412\n Orvik\n Malta 40112", "Orvik")]
    [InlineData("??? 52 Tessaro 17\n??? Apt. 305\n??? Lower Ambry\n??? Malta 40112", "Lower Ambry")]
    public void LineBelowAUnitLine_IsTheCity(string text, string city) => Assert.Contains(city, OfType(text, "LOCATION"));

    [Theory]
    [InlineData("07 Marrow lenk 31\n Suite 412\n Orvik 2\n Malta 40112")] // a digit on the line
    [InlineData("07 Marrow lenk 31\n Suite 412 and more\n Orvik\n Malta 40112")] // the unit line goes on
    public void LineBelowAUnitLineThatIsNoCity_IsNoCityLocation(string text) => Assert.DoesNotContain("Orvik", OfType(text, "LOCATION"));

    [Theory]
    [InlineData("Marta van der Hoost, the sound engineer, said so.", "Marta van der Hoost")]
    [InlineData("A tribute to Tomas de Brauwe.", "Tomas de Brauwe")]
    [InlineData("Unlike the van Hoorick novel, it is short.", "van Hoorick")]
    public void NamesWithParticles_AreOnePerson(string text, string name) => Assert.Contains(name, OfType(text, "PERSON"));

    [Theory]
    [InlineData("We flew to Rio de Janeiro last spring.", "Janeiro")] // a known place
    [InlineData("The report of the Banco de Portugal came out.", "Banco")] // no person before "de"
    [InlineData("He parked the van Monday morning.", "Monday")] // a common capitalised word after "van"
    public void ParticlesOutsideNames_MakeNoPerson(string text, string word) =>
        Assert.DoesNotContain(OfType(text, "PERSON"), p => p.Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("these early gigs on Korvanek Street were loud", "Korvanek Street")]
    [InlineData("she rents a flat at Haldane Road these days", "Haldane Road")]
    public void StreetNamedAfterOnOrAt_IsAnAddress(string text, string street) => Assert.Contains(street, OfType(text, "STREET_ADDRESS"));

    [Theory]
    [InlineData("We are on Summer Street tonight.")] // only a common capitalised word before the suffix
    [InlineData("The file is on Google Drive.")] // not a street suffix of the list
    [InlineData("Meet at the Street Fair.")] // a lower-case word after "at"
    public void NoStreetNamedAfterOnOrAt(string text) => Assert.Empty(OfType(text, "STREET_ADDRESS"));

    [Fact]
    public void LowerCaseListOfGivenNames_IsPersons()
    {
        var persons = OfType("they had 5: wilhelmina, thomas, crystal, ottavio and brandy.", "PERSON").ToList();
        Assert.Equal(["wilhelmina", "thomas", "crystal", "ottavio", "brandy"], persons);
    }

    [Theory]
    [InlineData("we bought apples, pears, plums and grapes.")] // no given names
    [InlineData("april, may, june and july were dry.")] // months
    [InlineData("invite thomas, carol and dave.")] // three items only
    [InlineData("Invite Thomas, Carol, Dave and Wilhelmina.")] // capitalised lists are the name finder's
    [InlineData("the virtues: faith, hope, charity and grace.")] // given names that are also nouns
    [InlineData("we sell ginger, basil, rosemary and sage.")]
    [InlineData("we planted rose, lily, daisy, violet and ivy.")]
    [InlineData("set with ruby, pearl, thomas, amber and jade.")] // one name among nouns: fewer than half are uncommon
    public void ListsThatAreNoLowerCaseNameLists_AreNotReadAsOne(string text) =>
        Assert.DoesNotContain(OfType(text, "PERSON"), p => p.Length > 0 && char.IsLower(p[0]));

    [Theory]
    [InlineData("1 Ab cd 2\n Apt. 3\n Ef\n")]
    [InlineData("Ab van der Cd, ")]
    [InlineData("shows on Ab Street ")]
    [InlineData("ab, cd, ef and gh, ")]
    [InlineData("x de y van ")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Pii(t));
}
