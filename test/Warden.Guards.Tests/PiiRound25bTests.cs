namespace Warden.Guards.Tests;

/// <summary>
/// Round 25b: "pl." before a Roman numeral, a common English word or an English plural, or after an English function
/// word, is a plate or plural, not a Polish square; Polish exonyms of world cities and countries in the locative ("w
/// Paryżu", "w Niemczech", "w Stanach Zjednoczonych"); Dutch family names with initials before a particle ("J. van der
/// Berg", "dr. P. de Vries"); Dutch streets with a particle ("Laan van Meerdervoort 5") or a letter after the number
/// ("Kerkstraat 12A"); Dutch phone numbers without a phone word ("06-12345678", "(06)55555555"). Every input is
/// hand-written.
/// </summary>
public sealed class PiiRound25bTests
{
    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    [Theory]
    [InlineData("Biuro mieści się przy pl. Grunwaldzki 22 we Wrocławiu.", "pl. Grunwaldzki 22")]
    [InlineData("Adres: pl. Wolności 3, 61-738 Poznań.", "pl. Wolności 3")]
    [InlineData("Spotkanie odbędzie się na pl. Defilad 1 w Warszawie.", "pl. Defilad 1")]
    [InlineData("Sklep jest na pl. Jana Pawła II 12 obok kościoła.", "pl. Jana Pawła II 12")]
    [InlineData("The seminar is in pl. Kaszubski 7 this year.", "pl. Kaszubski 7")]
    public void PolishSquare_StillFound(string text, string street) => Assert.Contains(street, OfType(text, "STREET_ADDRESS"));

    [Theory]
    [InlineData("For the full list see pl. XII 4 in the appendix.")]
    [InlineData("The chart in pl. Values 3 shows the drift over time.")]
    [InlineData("Compare the fossils in pl. IV 2 with those in pl. VI 7.")]
    [InlineData("Plural forms are marked pl. Nouns 2 in the glossary.")]
    [InlineData("See the photograph on pl. Figure 5 of the catalogue.")]
    [InlineData("Herbarium sheets appear as pl. Three 1 and pl. Four 2.")]
    public void PlateOrPluralInEnglish_IsNoStreet(string text) => Assert.Empty(OfType(text, "STREET_ADDRESS"));

    [Theory]
    [InlineData("Mieszkała przez rok w Paryżu, potem wróciła.", "Paryżu")]
    [InlineData("Konferencja była w Londynie.", "Londynie")]
    [InlineData("Warsztaty odbyły się w Rzymie.", "Rzymie")]
    [InlineData("Pracowałem dwa lata w Niemczech.", "Niemczech")]
    [InlineData("Spędziliśmy lato we Włoszech.", "Włoszech")]
    [InlineData("Jego brat mieszka w Stanach Zjednoczonych od 2010 roku.", "Stanach Zjednoczonych")]
    [InlineData("Studiowała w Wiedniu przez semestr.", "Wiedniu")]
    [InlineData("Siedziba jest w Brukseli.", "Brukseli")]
    [InlineData("Nocujemy w Monachium.", "Monachium")]
    [InlineData("Firma ma biuro w Nowym Jorku.", "Nowym Jorku")]
    [InlineData("Byłem w Kopenhadze w zeszłym roku.", "Kopenhadze")]
    [InlineData("Urodził się w Stambule.", "Stambule")]
    [InlineData("Moja siostra pracuje w Moskwie.", "Moskwie")]
    public void PolishExonymInTheLocative_IsAPlace(string text, string place) => Assert.Contains(place, OfType(text, "LOCATION"));

    [Theory]
    [InlineData("Zapisz dane w Excelu i wyślij do mnie.")]
    [InlineData("Napisałem ten skrypt w Pythonie w dwa dni.")]
    [InlineData("Mieszkam w domu z ogrodem od trzech lat.")]
    [InlineData("Dokument jest w Wordzie, a tabela w Excelu.")]
    [InlineData("W Teamsach nie działa kamera, spróbuj w Zoomie.")]
    [InlineData("Błąd pojawia się w Javie, ale nie w Kotlinie.")]
    [InlineData("Na zdjęciu w Instagramie widać morze.")]
    public void PolishCommonNounAfterW_StaysQuiet(string text) => Assert.Empty(OfType(text, "LOCATION"));

    [Theory]
    [InlineData("Dostałem list van J. van der Berg uit Utrecht.", "J. van der Berg")]
    [InlineData("Het rapport is opgesteld door dr. P. de Vries.", "P. de Vries")]
    [InlineData("Geachte mevrouw A.M. van den Heuvel, hierbij de stukken.", "A.M. van den Heuvel")]
    [InlineData("Contactpersoon: ing. K. van Dijk, afdeling inkoop.", "K. van Dijk")]
    [InlineData("Dear J. van der Berg, thank you for your letter.", "J. van der Berg")]
    [InlineData("Dear Mr. J. van der Berg,", "J. van der Berg")]
    [InlineData("Ik sprak gisteren met T. de Jong over de planning.", "T. de Jong")]
    public void InitialsAndParticle_AreOnePerson(string text, string name) => Assert.Contains(name, OfType(text, "PERSON"));

    [Theory]
    [InlineData("Ik heb de hele dag van de zon genoten.")]
    [InlineData("Het verhaal van de boer is bekend bij iedereen.")]
    [InlineData("De helft van de mensen kwam te laat.")]
    [InlineData("Dat is een kwestie van de lange adem.")]
    [InlineData("De prijs van de huur stijgt elk jaar met 3 procent.")]
    [InlineData("Een deel van de opbrengst gaat naar het goede doel.")]
    public void DutchParticlesInOrdinaryUse_StayQuiet(string text) => Assert.Empty(DetectorProbe.Pii(text));

    [Theory]
    [InlineData("Het kantoor is gevestigd aan de Laan van Meerdervoort 5 in Den Haag.", "Laan van Meerdervoort 5")]
    [InlineData("Stuur de brief naar Kerkstraat 12A, 3511 AB Utrecht.", "Kerkstraat 12A")]
    [InlineData("Wij wonen aan de Burgemeester de Withstraat 14 sinds maart.", "Burgemeester de Withstraat 14")]
    public void DutchStreetWithParticleOrLetter_IsOneStreet(string text, string street) => Assert.Contains(street, OfType(text, "STREET_ADDRESS"));

    [Theory]
    [InlineData("Bel mij op (06)55555555 na vijf uur.", "(06)55555555")]
    [InlineData("U kunt mij bereiken via 06-12345678 of per mail.", "06-12345678")]
    [InlineData("Ons hoofdkantoor: +31 (0)20 123 4567.", "+31 (0)20 123 4567")]
    public void DutchPhoneWithoutPhoneWord_IsFound(string text, string phone) => Assert.Equal([phone], OfType(text, "PHONE_NUMBER"));

    [Theory]
    [InlineData("The range 06-12345678 is a part number in the catalogue.")]
    [InlineData("De uitslag was 06-12 in de eerste set en 6-4 in de tweede.")]
    [InlineData("Order (06)12 was shipped with version 2.0.1.")]
    public void DutchPhoneLookAlike_StaysQuiet(string text) => Assert.Empty(OfType(text, "PHONE_NUMBER"));

    [Theory]
    [InlineData("see pl. XII 4 ")]
    [InlineData("w Paryżu i ")]
    [InlineData("J. van der Berg ")]
    [InlineData("A.B.C.D. van ")]
    [InlineData("Laan van Laan van ")]
    [InlineData("(06)55555555 ")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => DetectorProbe.Pii(t));
}
