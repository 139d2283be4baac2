namespace Warden.Guards.Tests;

/// <summary>
/// Round 23: European streets written name first ("Rue de Carouge 36", "Chemin du Lac 4", "Münchner Straße 17",
/// "Calle Serrano número 41") are street addresses, and the line under a street that holds only a postcode and a city
/// ("Seefeldstrasse 88⏎8008 Zürich") is a place. Every input is hand-written.
/// </summary>
public sealed class PiiRound23Tests
{
    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    [Theory]
    [InlineData("Notre bureau est à la Rue de Carouge 36 depuis mai.", "Rue de Carouge 36")]
    [InlineData("Livraison: Chemin des Pâquerettes 4", "Chemin des Pâquerettes 4")]
    [InlineData("Elle habite Boulevard de Grancy 19.", "Boulevard de Grancy 19")]
    [InlineData("Rendez-vous au Quai du Seujet 10.", "Quai du Seujet 10")]
    [InlineData("Adresse postale: Route de Chêne 61", "Route de Chêne 61")]
    [InlineData("Le magasin est Place de la Riponne 2.", "Place de la Riponne 2")]
    [InlineData("Il loue un studio Avenue Dapples 15.", "Avenue Dapples 15")]
    [InlineData("On se voit rue des Alpes 7 ce soir.", "rue des Alpes 7")]
    [InlineData("Son cabinet: Rue d'Italie 5b", "Rue d'Italie 5b")]
    [InlineData("Wir wohnen in der Münchner Straße 17.", "Münchner Straße 17")]
    [InlineData("Lieferadresse: Kölner Str. 8", "Kölner Str. 8")]
    [InlineData("Die Praxis liegt an der Hamburger Allee 3.", "Hamburger Allee 3")]
    [InlineData("Vive en la Calle Serrano número 41.", "Calle Serrano número 41")]
    [InlineData("Oficina: Calle Goya nº 12", "Calle Goya nº 12")]
    public void NameFirstEuropeanStreet_IsAStreetAddress(string text, string street) => Assert.Contains(street, OfType(text, "STREET_ADDRESS"));

    [Theory]
    [InlineData("Seefeldstrasse 88\n8008 Zürich", "8008 Zürich")]
    [InlineData("Rue de Carouge 36\r\n1205 Genève\r\nSuisse", "1205 Genève")]
    [InlineData("Via Cantonale 5\n6900 Lugano", "6900 Lugano")]
    [InlineData("Münchner Straße 17\n80331 München", "80331 München")]
    [InlineData("Seefeldstrasse 88, 8008 Zürich", "8008 Zürich")]
    [InlineData("Rue de Carouge 36, 1205 Genève", "1205 Genève")]
    public void PostcodeAndCityAfterAStreet_IsALocation(string text, string place) => Assert.Contains(place, OfType(text, "LOCATION"));

    // Spacing variants and cover text do not hide the street.
    [Theory]
    [InlineData("Adresse: Rue  de  Carouge  36", "Rue  de  Carouge  36")]
    [InlineData("Adresse: Rue de Carouge\t36", "Rue de Carouge\t36")]
    [InlineData("Adresse: Rue de\u00a0Carouge\u00a036", "Rue de\u00a0Carouge\u00a036")]
    [InlineData("Lieferadresse: Münchner  Straße  17", "Münchner  Straße  17")]
    [InlineData("This is only an example. Rue de Carouge 36, 1205 Genève. For a test, no harm intended.", "Rue de Carouge 36")]
    [InlineData("For a test, no harm intended: Chemin du Lac 4", "Chemin du Lac 4")]
    public void StreetSpacingAndCoverText_StillFound(string text, string street) => Assert.Contains(street, OfType(text, "STREET_ADDRESS"));

    // Words that open a French street name but stand before a plain number, a decimal, a time or a fraction are no street.
    [Theory]
    [InlineData("Route 66 was busy all summer.")]
    [InlineData("Route Planning 2 is the next chapter.")]
    [InlineData("Place the order 2 times.")]
    [InlineData("Place Order 2 is a button label.")]
    [InlineData("Avenue Road grew 5.5% this year.")]
    [InlineData("Rue du Marché 14.5 km plus loin")]
    [InlineData("Rue du Marché 14:30")]
    [InlineData("Rue du Marché 14/3")]
    [InlineData("Rue du Marché 12345")]
    [InlineData("In Route du Rock 2019 the band played.")]
    [InlineData("Chemin des Dames 1917 was a battle, not an address.")]
    [InlineData("Power Ring 3 is the user mode.")]
    [InlineData("Kernel Ring 0 access was granted.")]
    public void StreetLookAlikes_GiveNoStreet(string text) => Assert.Empty(OfType(text, "STREET_ADDRESS"));

    // The line under a street is a place only when it is a postcode and a city that end the line.
    [Theory]
    [InlineData("Seefeldstrasse 88\n2024 Annual Report")]
    [InlineData("Seefeldstrasse 88\n2023 Jahresbericht")]
    [InlineData("Seefeldstrasse 88\n8008 Zürich is where we met")]
    [InlineData("Seefeldstrasse 88\n\n8008 Zürich")]
    [InlineData("Seefeldstrasse 88\n12345 Results Found")]
    [InlineData("Seefeldstrasse 88\n123 Zürich")]
    public void LineUnderStreet_LookAlikes_GiveNoPostcodePlace(string text) =>
        Assert.DoesNotContain(OfType(text, "LOCATION"), l => l.Any(char.IsAsciiDigit));

    [Fact]
    public void NameFirstStreet_EndsAtTheHouseNumber() =>
        Assert.Equal(["Rue de Carouge 36"], OfType("Rue de Carouge 36 et puis rien.", "STREET_ADDRESS"));

    // Adversarial: structured values next to a new street stay reported.
    [Theory]
    [InlineData("Rue de Carouge 36, 1205 Genève, tel. +41 22 321 45 67", "PHONE_NUMBER", "+41 22 321 45 67")]
    [InlineData("Chemin du Lac 4, mail lea.morel@example.ch", "EMAIL_ADDRESS", "lea.morel@example.ch")]
    [InlineData("Chemin du Lac 4, MAIL LEA.MOREL@EXAMPLE.CH", "EMAIL_ADDRESS", "LEA.MOREL@EXAMPLE.CH")]
    [InlineData("Münchner Straße 17  Karte 4111 1111 1111 1111", "CREDIT_CARD", "4111 1111 1111 1111")]
    [InlineData("Seefeldstrasse 88\n8008 Zürich\nIBAN CH93 0076 2011 6238 5295 7", "IBAN_CODE", "CH93 0076 2011 6238 5295 7")]
    public void NewStreet_KeepsStructuredFindings(string text, string type, string value) => Assert.Contains(value, OfType(text, type));

    // Lead review: a form is no transcript. Field labels ("Adresse:", "Telefon:") and values that open with a digit
    // ("Scadenza: 30.06.2024") do not make label lines speaker lines, so the labels are no persons.
    [Theory]
    [InlineData("Kontaktdaten:\nAdresse: Via Nassa 19, 6900 Lugano\nTelefon: +41 21 234 56 78\nE-Mail: lea.morel@example.ch")]
    [InlineData("Rechnung\nScadenza: 30.06.2024\nImporto: CHF 120\nTotale: 120.00")]
    [InlineData("Fattura\nScadenza:  30.06.2024\nImporto:\t120 CHF")]
    public void FormLabels_AreNoSpeakers(string text) => Assert.Empty(OfType(text, "PERSON"));

    // A transcript still names its speakers, also when one of its lines opens with a number.
    [Fact]
    public void TranscriptSpeakers_StillFound()
    {
        var people = OfType("Ubul: 3 beers, please.\nNicole: Remember me?\nUbul: Sure I do.", "PERSON");
        Assert.Contains("Nicole", people);
        Assert.Contains("Ubul", people);
    }

    // A German, French, Italian or Spanish determiner or pronoun that opens a sentence starts no name ("Dieser Vertrag").
    [Theory]
    [InlineData("Dieser Vertrag unterliegt dem schweizerischen Arbeitsrecht.")]
    [InlineData("Diese Vereinbarung tritt sofort in Kraft.")]
    [InlineData("Cette Facture est valable trente jours.")]
    [InlineData("Questo Contratto resta valido.")]
    [InlineData("Este Acuerdo entra en vigor hoy.")]
    public void ForeignDeterminerAtSentenceStart_StartsNoName(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Fact]
    public void NameAfterAForeignDeterminerSentence_IsStillFound() =>
        Assert.Contains("Anna Müller", OfType("Diese Woche rief Anna Müller an.", "PERSON"));

    // Hostile input: long runs of street openers, particles, names in other scripts and postcode lines scale linearly.
    [Theory]
    [InlineData("Rue de Carouge 36, ")]
    [InlineData("Rue Rue Rue ")]
    [InlineData("Rue de la ")]
    [InlineData("Rue du\u00a0\u00a0\u00a0")]
    [InlineData("Place de ")]
    [InlineData("Rue Иванова 14 ")]
    [InlineData("Rue Aaaa Bbbb Cccc Dddd Eeee ")]
    [InlineData("Münchner Straße 17\n")]
    [InlineData("Seefeldstrasse 88\n8008 Zürich\n")]
    [InlineData("Calle Serrano número ")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => DetectorProbe.Pii(t));
}
