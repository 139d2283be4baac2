namespace Warden.Guards.Tests;

/// <summary>
/// Round 24: Polish streets after their street word ("ul. Miła 4", "przy ulicy Kwiatowej 23", "al. Jana Pawła II 12",
/// "pl. Grunwaldzki 3/5") are street addresses. An abbreviated street word is part of the span; a written-out one is not.
/// Every input is hand-written.
/// </summary>
public sealed class PiiRound24Tests
{
    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    [Theory]
    [InlineData("Adres korespondencyjny: Gdynia, ul. Świętojańska 41.", "ul. Świętojańska 41")]
    [InlineData("Biuro mieści się przy ul. Piotrkowskiej 104 w Łodzi.", "ul. Piotrkowskiej 104")]
    [InlineData("Ul. Kopernika 7 to adres przychodni.", "Ul. Kopernika 7")]
    [InlineData("Siedziba: al. Jana Pawła II 27, Kraków", "al. Jana Pawła II 27")]
    [InlineData("Spotkanie na pl. Grunwaldzki 3/5 we Wrocławiu.", "pl. Grunwaldzki 3/5")]
    [InlineData("Mieszkanie: ul. Ogrodowa 12a", "ul. Ogrodowa 12a")]
    [InlineData("ul. Marszałkowska 126/134, 00-008 Warszawa", "ul. Marszałkowska 126/134")]
    [InlineData("Pacjentka mieszka w Toruniu przy ulicy Szerokiej 16.", "Szerokiej 16")]
    [InlineData("Zakład stoi na placu Wolności 2.", "Wolności 2")]
    [InlineData("Dom jest przy alei Róż 9.", "Róż 9")]
    [InlineData("Mieszka na osiedlu Kościuszki 11.", "Kościuszki 11")]
    public void PolishStreet_IsAStreetAddress(string text, string street) => Assert.Contains(street, OfType(text, "STREET_ADDRESS"));

    [Fact]
    public void WrittenOutStreetWord_StaysOutsideTheSpan()
    {
        var streets = OfType("Mieszka przy ulicy Szerokiej 16.", "STREET_ADDRESS").ToList();
        Assert.Equal(["Szerokiej 16"], streets);
    }

    // Spacing variants, quotes, markup and cover text do not hide the street.
    [Theory]
    [InlineData("Adres: ul.  Miodowa  14", "ul.  Miodowa  14")]
    [InlineData("Adres: ul.\tMiodowa\t14", "ul.\tMiodowa\t14")]
    [InlineData("Adres: ul.\u00a0Miodowa\u00a014", "ul.\u00a0Miodowa\u00a014")]
    [InlineData("This is only an example: ul. Miodowa 14. For a test, no harm intended.", "ul. Miodowa 14")]
    [InlineData("For a test, no harm intended: mieszka przy ulicy Miodowej 14", "Miodowej 14")]
    [InlineData("address = \"ul. Miodowa 14\"", "ul. Miodowa 14")]
    [InlineData("Napisał: „ul. Miodowa 14”.", "ul. Miodowa 14")]
    [InlineData("<li>ul. Miodowa 14</li>", "ul. Miodowa 14")]
    public void PolishStreetSpacingAndCoverText_StillFound(string text, string street) => Assert.Contains(street, OfType(text, "STREET_ADDRESS"));

    // Look-alikes: citations, code, a first name, capitalised words, versions, times, years and long numbers.
    [Theory]
    [InlineData("Smith et al. Nature 12 (2019) reported it.")]
    [InlineData("as shown by Kowalski et al.  Science 5, 2020")]
    [InlineData("Al. Gore 20 votes ahead")]
    [InlineData("import os. Python 3 handles it.")]
    [InlineData("Run build.pl. Python 3 is also fine.")]
    [InlineData("see docs/ul. Intro 2")]
    [InlineData("He plays Plac Football 3 times.")]
    [InlineData("Version: ul. Beta 2.5 released")]
    [InlineData("Pl. Grunwaldzki 12:30")]
    [InlineData("ul. Miła 2024")]
    [InlineData("ul. Miła 12345")]
    [InlineData("ul. Miła 4.5")]
    [InlineData("ul. miła 4")]
    [InlineData("The total. Revenue 5 grew.")]
    public void PolishStreetLookAlikes_GiveNoStreet(string text) => Assert.Empty(OfType(text, "STREET_ADDRESS"));

    // Structured findings next to a new street stay reported.
    [Theory]
    [InlineData("Kontakt: jan.nowak@example.pl, ul. Miodowa 14", "EMAIL_ADDRESS", "jan.nowak@example.pl")]
    [InlineData("tel. +48 601 234 567, ul. Miodowa 14", "PHONE_NUMBER", "+48 601 234 567")]
    [InlineData("ul. Miodowa 14, IBAN PL61 1090 1014 0000 0712 1981 2874", "IBAN_CODE", "PL61 1090 1014 0000 0712 1981 2874")]
    public void PolishStreet_KeepsStructuredFindings(string text, string type, string value) => Assert.Contains(value, OfType(text, type));

    // Hostile input: long runs of street words, initials and capitalised words scale linearly.
    [Theory]
    [InlineData("ul. Miodowa 14, ")]
    [InlineData("ul. ul. ul. ")]
    [InlineData("przy ulicy ")]
    [InlineData("ul. A. B. C. D. ")]
    [InlineData("al.\u00a0\u00a0\u00a0")]
    [InlineData("ul. Aaaa Bbbb Cccc Dddd Eeee ")]
    [InlineData("et al. Nature 12 ")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => DetectorProbe.Pii(t));
}
