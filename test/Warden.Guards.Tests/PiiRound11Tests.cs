namespace Warden.Guards.Tests;

/// <summary>
/// Round 11: organisations named by their context (employment cues, "the X office") or by an institutional word, and
/// the look-alikes that must stay unreported. Every input is hand-written.
/// </summary>
public sealed class PiiRound11Tests
{
    private static List<GuardFinding> Pii(string text) => DetectorProbe.Pii(text);

    private static IEnumerable<string> Organizations(string text) =>
        Pii(text).Where(f => f.Type == "ORGANIZATION").Select(f => text[f.Start..f.End]);

    [Theory]
    [InlineData("Since 2019 she works for Quillfeather in Leeds.", "Quillfeather")]
    [InlineData("I used to work at Brightmoor Analytics before the move.", "Brightmoor Analytics")]
    [InlineData("He was employed by Tarnwell Freight for six years.", "Tarnwell Freight")]
    [InlineData("Our new hire is an engineer at Zentrova and starts Monday.", "Zentrova")]
    [InlineData("She became CEO of Halvorsen Marine last spring.", "Halvorsen Marine")]
    [InlineData("Last week I joined Parcelwise as a designer.", "Parcelwise")]
    [InlineData("He works at the Orbisant Group now.", "Orbisant Group")]
    [InlineData("My employer, Kvistrand Verktyg, pays monthly.", "Kvistrand Verktyg")]
    [InlineData("He works for Johnson & Johnson in sales.", "Johnson & Johnson")]
    [InlineData("She works at St. Olav Clinic nights.", "St. Olav Clinic")]
    public void EmploymentCue_NamesTheOrganization(string text, string name) =>
        Assert.Contains(name, Organizations(text));

    [Theory]
    [InlineData("The Corvantis office is on the second floor.", "Corvantis")]
    [InlineData("Please send the forms to our Velmora Labs headquarters.", "Velmora Labs")]
    public void NameBeforeOffice_IsAnOrganization(string text, string name) =>
        Assert.Contains(name, Organizations(text));

    [Theory]
    [InlineData("Dana Whitlock from Quorvia is the first speaker.", "Quorvia")]
    [InlineData("Our guest, Hanne J. Rask from Tollund Brewing, arrives at noon.", "Tollund Brewing")]
    public void PersonFromName_IsAnOrganization(string text, string name) =>
        Assert.Contains(name, Organizations(text));

    [Theory]
    [InlineData("I paid the fee to Granton Savings Bank yesterday.", "Granton Savings Bank")]
    [InlineData("She studies at the University of Tromsø this year.", "University of Tromsø")]
    [InlineData("The Kelbrook Foundation funds the project.", "Kelbrook Foundation")]
    [InlineData("We flew with Nordavia Airlines to the coast.", "Nordavia Airlines")]
    [InlineData("The invoice came from Pettigrew & Co. on Friday.", "Pettigrew & Co.")]
    [InlineData("The shop is run by Hartley and Sons since 1950.", "Hartley and Sons")]
    [InlineData("Our supplier is Fjellheim Energi AS in the north.", "Fjellheim Energi AS")]
    public void InstitutionalWord_EndsTheOrganization(string text, string name) =>
        Assert.Contains(name, Organizations(text));

    [Fact]
    public void LegalSuffix_WinsOverAFirstNameRun() =>
        Assert.Contains("Anna Berg Ltd", Organizations("The invoice is from Anna Berg Ltd today."));

    [Theory]
    [InlineData("We had a picnic at the Bank of the river.")]
    [InlineData("She works at home on Fridays.")]
    [InlineData("He works for John Miller, the local builder.")]
    [InlineData("My sister works for Mr. Okafor now.")]
    [InlineData("She works at Maria's bakery.")]
    [InlineData("I work in London and he works at Berlin airport.")]
    [InlineData("The Bank is closed today.")]
    [InlineData("Several Systems failed during the upgrade.")]
    [InlineData("Drop it at the Post office please.")]
    [InlineData("The officer walked into the office.")]
    [InlineData("PLEASE TREAT IT AS URGENT.")]
    [InlineData("SHE WORKS AT HOME TODAY.")]
    [InlineData("I left the file at Dr. Novak's office.")]
    [InlineData("Maria Lopez from Berlin called twice.")]
    [InlineData("Flights from Lisbon are late.")]
    public void LookAlikes_AreNotOrganizations(string text) =>
        Assert.Empty(Organizations(text));

    [Fact]
    public void SentenceWords_BeforeTheName_AreNotPartOfIt()
    {
        Assert.Contains("Brask Holdings", Organizations("Yesterday Brask Holdings announced a merger."));
        Assert.Contains("Merrow Technologies", Organizations("Mira Lang\nMerrow Technologies\nOslo"));
    }
}
