namespace Warden.Guards.Tests;

/// <summary>
/// Round 17c: organisation cues ("recorded for X", "X is a 501(c)3" after a comma), a degree or generation after a
/// person's name, a phone line that ends an address block, and street lines above a unit line whose first word is a
/// street word ("Avenue") or whose number ends in a full stop. Every input is hand-written.
/// </summary>
public sealed class PiiRound17cTests
{
    private static List<GuardFinding> Pii(string text) => DetectorProbe.Pii(text);

    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    private static bool Covers(string text, string word) => DetectorProbe.PiiCovers(text, word);

    [Theory]
    [InlineData("The Nora Vell take recorded for Quillometric sold well.", "Quillometric")]
    [InlineData("Their debut, signed to Brantwick Sound Partners, came out in May.", "Brantwick Sound Partners")]
    [InlineData("Marking ten years in Orvik, Halden-Strome is a 501(c)3 that funds choirs.", "Halden-Strome")]
    [InlineData("After the merger, Quorvant Labs is a company of 40 people.", "Quorvant Labs")]
    public void OrganisationCues_NameTheOrganisation(string text, string name) => Assert.Contains(name, OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("The demo was recorded for fun in a garage.")] // a lower-case word after the cue
    [InlineData("It was recorded for The Show.")] // only common capitalised words
    [InlineData("In the end, Python is a language we like.")] // no organisation noun after "is a"
    [InlineData("Our insurance company is a large one.")] // lower-case phrase
    public void CueLookAlikes_AreNoOrganisation(string text) => Assert.Empty(OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("Producer Talia Verhoek MD explained it to us.", "Talia Verhoek MD")]
    [InlineData("Signed: Brenna Castellow PhD", "Brenna Castellow PhD")]
    [InlineData("The letter came from Marcus Holloway Jr. yesterday.", "Marcus Holloway Jr")] // the full stop is trimmed
    public void DegreeOrGenerationAfterAName_IsPartOfThePerson(string text, string name) => Assert.Contains(name, OfType(text, "PERSON"));

    [Theory]
    [InlineData("Call your MD about it.")] // no person before the word
    [InlineData("The nurse set up an IV line.")]
    [InlineData("She holds a PhD in physics.")]
    public void DegreeWordsAlone_AreNoPerson(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Theory]
    [InlineData("Tobias Wren\n\n18 Harrowdale 9\n Apt. 77\n Orvik\n Malta 40112\n06-55512345-Office\\,555-010-4477-Fax", "Office")]
    [InlineData("Tobias Wren\n\n18 Harrowdale 9\n Apt. 77\n Orvik\n Malta 40112\n(44) 555-123-office", "office")]
    [InlineData("Tobias Wren\nOrvimatics\n18 Harrowdale Road\nOrvik, nan 40112\n(84) 5550-1234 office\n555-010-4477 fax", "fax")]
    public void PhoneLineBelowAnAddress_IsNotPartOfTheBlock(string text, string label)
    {
        Assert.True(Covers(text, "40112"));
        Assert.False(Covers(text, label));
    }

    [Theory]
    [InlineData("??? Tobias Wren\n??? 09 Avenue des Harrows 318\n??? Apt. 58\n??? Orvik", "Harrows")]
    [InlineData("Tobias Wren\n\n76 Harrowdale u. 97.\n Apt. 32\n Orvik\n Malta 40112", "Harrowdale")]
    [InlineData("Sent to 60 Orvicka 688\n Apt. 328\n Lhota u Orvika\n Malta 40112 last week.", "Orvika")]
    public void StreetLinesAboveAUnitLine_AreAddresses(string text, string word) => Assert.True(Covers(text, word));

    [Theory]
    [InlineData("We met 12 Avenue people 4\n Apt. notes")] // no number after the unit word
    [InlineData("Chapter 12 ended in 1997.\n Suite 12 was empty")] // a joining word before the number that ends in a full stop
    public void LinesThatOnlyLookLikeAStreetAboveAUnit_AreNoAddress(string text) => Assert.Empty(OfType(text, "STREET_ADDRESS"));

    [Theory]
    [InlineData("Ab Cd MD ")]
    [InlineData("recorded for Ab, ")]
    [InlineData("x, Ab is a 501(c)3 ")]
    [InlineData("1 Ab 2\n Apt. 3\n555-123-4567-Office\n")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Pii(t));
}
