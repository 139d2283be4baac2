namespace Warden.Guards.Tests;

/// <summary>
/// Round 26: public bodies named head-first in Spanish, Italian, Portuguese, French, Dutch and Polish ("Ayuntamiento de
/// Porzuna", "Ministerie van Financiën", "Sąd Rejonowy dla Warszawy"); a lower-case "van" in Dutch prose is a
/// preposition, not part of the name after it; a foreign article before a suffix organisation is not part of it
/// ("De Europese Centrale Bank"); "Den Haag" and other "Den" places after a place preposition; a bare number after a
/// phone word followed by a unit is a measure. Every input is hand-written.
/// </summary>
public sealed class PiiRound26Tests
{
    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    private static IEnumerable<string> Spans(string text) => DetectorProbe.Pii(text).Select(f => text[f.Start..f.End]);

    [Theory]
    [InlineData("El Ayuntamiento de Villanueva del Campo aprobó ayer el presupuesto.", "Ayuntamiento de Villanueva del Campo")]
    [InlineData("La sentencia de la Audiencia Provincial de Zamora llegó tarde.", "Audiencia Provincial de Zamora")]
    [InlineData("Trabaja en el Ministerio de Sanidad desde 2019.", "Ministerio de Sanidad")]
    [InlineData("Al lugar acudió la Guardia Civil de Tráfico.", "Guardia Civil de Tráfico")]
    [InlineData("Se matriculó en el Instituto de Enseñanza Secundaria del barrio.", "Instituto de Enseñanza Secundaria")]
    [InlineData("Lavora per il Comune di Pavia da dieci anni.", "Comune di Pavia")]
    [InlineData("Ele estuda na Universidade de Coimbra.", "Universidade de Coimbra")]
    [InlineData("A Câmara Municipal do Porto fechou o parque.", "Câmara Municipal do Porto")]
    [InlineData("Elle travaille au Ministère de la Culture.", "Ministère de la Culture")]
    [InlineData("Hij werkt bij het Ministerie van Financiën in Utrecht.", "Ministerie van Financiën")]
    [InlineData("De Raad van Bestuur vergadert morgen.", "Raad van Bestuur")]
    [InlineData("Pismo wysłano do Sąd Rejonowy dla Warszawy w poniedziałek.", "Sąd Rejonowy dla Warszawy")]
    [InlineData("La Junta de Andalucía aprobó el plan.", "Junta de Andalucía")]
    public void InstitutionNamedHeadFirst_IsAnOrganization(string text, string name) => Assert.Contains(name, OfType(text, "ORGANIZATION"));

    [Fact]
    public void InstitutionWithPlaceNames_BeatsThePersonGuess()
    {
        const string text = "El pleno del Ayuntamiento de San Martín del Rey Aurelio votó la moción.";
        Assert.Contains("Ayuntamiento de San Martín del Rey Aurelio", OfType(text, "ORGANIZATION"));
        Assert.Empty(OfType(text, "PERSON"));
    }

    [Theory]
    [InlineData("La Policía Local cortó el tráfico durante dos horas.")]
    [InlineData("Según el Gobierno, la medida entrará en vigor pronto.")]
    [InlineData("El Banco de datos se actualiza cada noche.")]
    [InlineData("Partido de fútbol el domingo a las cinco.")]
    [InlineData("The Hospital Road clinic opens at nine.")]
    [InlineData("Open the Camera Roll and pick a photo.")]
    [InlineData("Los Bomberos llegaron a los pocos minutos.")]
    [InlineData("Consejo de hoy: bebe agua.")]
    [InlineData("Universidad de verano: inscripciones abiertas.")]
    [InlineData("Subdirección de Personal")]
    public void InstitutionWordWithoutAName_GivesNoOrganization(string text) => Assert.Empty(OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("De renners reden van Benidorm naar Valencia en het was zwaar.", "Benidorm")]
    [InlineData("Ik las gisteren het boek van Mulisch over de oorlog.", "Mulisch")]
    [InlineData("Het plan van Ajax werd niet uitgevoerd, maar het was een goed plan.", "Ajax")]
    public void DutchPrepositionVan_IsNotPartOfTheName(string text, string name)
    {
        var spans = Spans(text).ToList();
        Assert.Contains(name, spans);
        Assert.DoesNotContain("van " + name, spans);
    }

    [Theory]
    [InlineData("She read the van Gijn novel on the train.", "van Gijn")]
    [InlineData("De familie van der Berg woont al jaren in Zwolle.", "van der Berg")]
    [InlineData("Dear J. van der Berg, thank you for your letter.", "J. van der Berg")]
    [InlineData("Morgen komt meneer van Dijk langs om de meter op te nemen.", "van Dijk")]
    public void FamilyNameWithVan_StaysWhole(string text, string name) => Assert.Contains(name, OfType(text, "PERSON"));

    [Theory]
    [InlineData("De Europese Centrale Bank verhoogde de rente.", "Europese Centrale Bank")]
    [InlineData("La Caja Rural Bank abrió una oficina.", "Caja Rural Bank")]
    public void ForeignArticleBeforeSuffixOrganization_IsLeftOut(string text, string name) => Assert.Equal([name], OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("De rechtbank in Den Haag deed gisteren uitspraak.", "Den Haag")]
    [InlineData("Wij verhuizen volgend jaar naar Den Haag.", "Den Haag")]
    [InlineData("Ze wonen al tien jaar in Den Bosch.", "Den Bosch")]
    [InlineData("We moved to Den Helder last spring.", "Den Helder")]
    public void DenPlaceAfterAPlacePreposition_IsALocation(string text, string place)
    {
        Assert.Contains(place, OfType(text, "LOCATION"));
        Assert.Empty(OfType(text, "PERSON"));
    }

    [Fact]
    public void DenAsPartOfAFamilyName_IsNoPlace() => Assert.Empty(OfType("Premier Joop Den Uyl sprak de Kamer toe.", "LOCATION"));

    [Theory]
    [InlineData("The handy runs at 12345678 rpm in the test rig.")]
    [InlineData("My phone is 20481234 MB short on storage.")]
    [InlineData("The phone has 12345678 users in Europe.")]
    [InlineData("Handy: 98765432 km gefahren seit dem Kauf.")]
    public void NumberAfterPhoneWordFollowedByUnit_IsNoPhone(string text) => Assert.Empty(OfType(text, "PHONE_NUMBER"));

    [Theory]
    [InlineData("My phone is 0612345678 if you need me.", "0612345678")]
    [InlineData("Phone (mobile): 0612345678", "0612345678")]
    [InlineData("Handy: 01761234567 m. freundlichen Grüßen", "01761234567")]
    [InlineData("Call my cell at 415 555 0134 minutes after six.", "415 555 0134")]
    public void PhoneAfterPhoneWord_StillFound(string text, string phone) => Assert.Contains(phone, OfType(text, "PHONE_NUMBER"));

    [Theory]
    [InlineData("Ayuntamiento de ")]
    [InlineData("Audiencia Provincial Provincial ")]
    [InlineData("Ministerie van de ")]
    [InlineData("Consejo Mayor Mayor de Zamora ")]
    [InlineData("van Benidorm en ")]
    [InlineData("in Den Haag ")]
    [InlineData("phone 12345678 rpm ")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => DetectorProbe.Pii(t));
}
