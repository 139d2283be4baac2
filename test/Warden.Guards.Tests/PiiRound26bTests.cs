namespace Warden.Guards.Tests;

/// <summary>
/// Round 26b: an organisation named by an acronym the text defines in brackets after a name whose capitalised words it
/// spells ("the European Union (EU)"), and its later bare uses; a news agency credited in brackets after a dateline
/// ("Paris, 3 June (AFP)."); Spanish "Al" (a + el) and Dutch "Van" opening a sentence before a lower-case word are no
/// name or place; "De" stays in a suffix organisation before an old-spelled Dutch adjective ("De Nederlandsche Bank"); an elided "d'" links an institution word to its name ("Banca d'Italia"). Every input is hand-written.
/// </summary>
public sealed class PiiRound26bTests
{
    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    private static IEnumerable<string> Spans(string text) => DetectorProbe.Pii(text).Select(f => text[f.Start..f.End]);

    [Theory]
    [InlineData("The European Union (EU) signed the pact. Later the EU asked for more time.", "EU", 2)]
    [InlineData("Weaver Hendrik Van Acker (HVA) closed a plant; HVA had 300 workers.", "HVA", 2)]
    [InlineData("The World Health Organization (WHO) met in Geneva; WHO experts stayed a week.", "WHO", 2)]
    [InlineData("El Partido Nacionalista Vasco (PNV) ganó en Álava; el PNV gobernará con apoyos.", "PNV", 2)]
    public void AcronymDefinedAfterItsName_IsAnOrganizationEverywhere(string text, string acronym, int times) =>
        Assert.Equal(times, OfType(text, "ORGANIZATION").Count(s => s == acronym));

    [Theory]
    [InlineData("Paris, 3 June (AFP).", "AFP")]
    [InlineData("Rotterdam, 12 september (ANP) - De haven groeit.", "ANP")]
    [InlineData("Madrid, 14 may (EFE).\nEl Gobierno aprobó el plan.", "EFE")]
    public void AgencyAfterDateline_IsAnOrganization(string text, string agency) => Assert.Contains(agency, OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("Frequently Asked Questions (FAQ)\nHow do I reset my password?")]
    [InlineData("Save it as a Portable Document Format (PDF) file and send the PDF to us.")]
    [InlineData("Use the Universal Serial Bus (USB) port; the USB cable is in the box.")]
    [InlineData("Our CEO met the CFO on Monday. The CEO said the budget is fine.")]
    [InlineData("Mark Twain Award (MTA) winners were named; the MTA jury met in June.")]
    [InlineData("Updated 12 May 2024 (UTC).")]
    [InlineData("Meeting notes, 4 June (DRAFT).")]
    [InlineData("Release notes, 3 March (LTS).")]
    [InlineData("Read the FAQ and the README before you open an issue.")]
    public void AcronymThatNamesNoBody_GivesNoOrganization(string text) => Assert.Empty(OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("Il governatore della Banca d'Italia ha parlato ieri.", "Banca d'Italia")]
    [InlineData("Le Conseil d’État a rejeté le recours.", "Conseil d’État")]
    [InlineData("Lavora alla Corte d'Appello di Milano.", "Corte d'Appello di Milano")]
    public void InstitutionWithElidedLink_IsAnOrganization(string text, string name) => Assert.Contains(name, OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("De Nederlandsche Bank verhoogt de rente.", "De Nederlandsche Bank")]
    [InlineData("Hij werkte bij De Javasche Bank in Batavia.", "De Javasche Bank")]
    [InlineData("De Europese Centrale Bank verhoogt de rente.", "Europese Centrale Bank")]
    public void DutchArticle_KeptOnlyBeforeAnOldSpelledAdjective(string text, string name) => Assert.Contains(name, OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("Al final del día todos se fueron a casa.")]
    [InlineData("Al parecer, el tren llegó con retraso.")]
    [InlineData("Al menos tres personas resultaron heridas en el choque.")]
    [InlineData("Al lugar llegó la ambulancia.")]
    [InlineData("Van een echte verrassing was geen sprake.")]
    [InlineData("Van daar liepen we naar huis.")]
    public void SentenceInitialPreposition_IsNoNameOrPlace(string text) => Assert.Empty(Spans(text));

    [Theory]
    [InlineData("Al llegar a Sevilla, Marta Ruiz llamó a su hermano.", "Marta Ruiz")]
    [InlineData("Al Gore spoke in Nashville on Tuesday.", "Al Gore")]
    [InlineData("Al said he would come. Al Pacino did not.", "Al Pacino")]
    [InlineData("Van Morrison played in Belfast last night.", "Van Morrison")]
    public void GivenNamesAlAndVan_StillFound(string text, string name) => Assert.Contains(name, OfType(text, "PERSON"));

    [Fact]
    public void EnglishAlBeforeAVerb_IsStillAPerson() => Assert.Contains("Al", OfType("Al said the meeting was over.", "PERSON"));

    [Theory]
    [InlineData("Louis De Poortere (LDP) ")]
    [InlineData("Madrid, 14 may (EFE).\n")]
    [InlineData("European Union (EU) EU ")]
    [InlineData("Al final del día ")]
    [InlineData("Van een dag. ")]
    [InlineData("Banca d'Italia d'")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => DetectorProbe.Pii(t));
}
