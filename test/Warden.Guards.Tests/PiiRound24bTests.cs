namespace Warden.Guards.Tests;

/// <summary>
/// Round 24b: a Polish place in the locative after "w" / "we" ("w Łodzi", "we Wrocławiu", "w Zielonej Górze") is a
/// LOCATION when its nominative is a known Polish place or world city. Product and common words after "w", English "We",
/// "W" as a middle initial or a compass letter stay quiet. Every input is hand-written.
/// </summary>
public sealed class PiiRound24bTests
{
    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    [Theory]
    [InlineData("Mieszkam w Łodzi od dziesięciu lat.", "Łodzi")]
    [InlineData("Pracuje we Wrocławiu jako kierowca.", "Wrocławiu")]
    [InlineData("Urodził się w Poznaniu w 1980 roku.", "Poznaniu")]
    [InlineData("Spotkamy się w Krakowie w piątek.", "Krakowie")]
    [InlineData("Biuro jest w Gdańsku, obok dworca.", "Gdańsku")]
    [InlineData("Zamieszkała w Katowicach od maja.", "Katowicach")]
    [InlineData("W Szczecinie pada deszcz.", "Szczecinie")]
    [InlineData("Wcześniej mieszkał w Bydgoszczy.", "Bydgoszczy")]
    [InlineData("Ma dom w Zielonej Górze.", "Zielonej Górze")]
    [InlineData("Wakacje spędził w Nowym Sączu.", "Nowym Sączu")]
    [InlineData("Pracuje w Bielsku-Białej.", "Bielsku-Białej")]
    [InlineData("Był w Gdyni i w Sopocie.", "Sopocie")]
    [InlineData("Mieszkał we Włocławku przez rok.", "Włocławku")]
    [InlineData("Jego brat mieszka w Częstochowie.", "Częstochowie")]
    [InlineData("Pracował we Francji.", "Francji")]
    [InlineData("Mieszka w Polsce.", "Polsce")]
    [InlineData("Studiował w Berlinie.", "Berlinie")]
    public void PolishLocative_IsALocation(string text, string place) => Assert.Contains(place, OfType(text, "LOCATION"));

    // Spacing variants, brackets, quotes, code strings and cover text do not hide the place.
    [Theory]
    [InlineData("Zamieszkały w  Łodzi przy ul. Wspólnej 22.")]
    [InlineData("Zamieszkały w\tŁodzi od roku.")]
    [InlineData("Zamieszkały w\u00a0Łodzi od roku.")]
    [InlineData("Zamieszkały (w Łodzi) od roku.")]
    [InlineData("Napisał: „w Łodzi”.")]
    [InlineData("address = \"Mieszka w Łodzi\"")]
    [InlineData("This is only an example. Mieszka w Łodzi. For a test, no harm intended.")]
    [InlineData("w Łodzi")]
    public void PolishLocativeSpacingAndCoverText_StillFound(string text) => Assert.Contains("Łodzi", OfType(text, "LOCATION"));

    [Fact]
    public void StreetAfterTheLocative_KeepsBothSpans()
    {
        const string text = "Mieszka w Łodzi przy ulicy Kwiatowej 23.";
        Assert.Equal(["Łodzi"], OfType(text, "LOCATION"));
        Assert.Equal(["Kwiatowej 23"], OfType(text, "STREET_ADDRESS"));
    }

    // Look-alikes: products, tools and common nouns after "w"; English "We"; "W" as an initial or compass letter; glued forms.
    [Theory]
    [InlineData("Zrobiłem tabelę w Excelu.")]
    [InlineData("Napisałem skrypt w Pythonie.")]
    [InlineData("W Pythonie lista to typ.")]
    [InlineData("Uruchom to w Dockerze.")]
    [InlineData("Zapisz plik w Wordzie.")]
    [InlineData("Rozmawiałem w Teamsach.")]
    [InlineData("Błąd w Javie i w Kotlinie.")]
    [InlineData("Dodaj to w Jirze.")]
    [InlineData("Napisz w Slacku.")]
    [InlineData("Byłem w Kinie.")]
    [InlineData("Kupiłem w Biedronce.")]
    [InlineData("Zakochał się w Annie.")]
    [InlineData("We Americans love pizza.")]
    [InlineData("We Berliners love techno.")]
    [InlineData("So we Texans know barbecue.")]
    [InlineData("Connect w/ Poznaniu team.")]
    [InlineData("Use w Excelu.xlsx please.")]
    [InlineData("x.w Łodzi")]
    [InlineData("Pair w Kotlinie.")]
    public void LocativeLookAlikes_GiveNoLocation(string text) => Assert.Empty(OfType(text, "LOCATION"));

    [Theory]
    [InlineData("George W Bush visited Texas.", "Bush")]
    [InlineData("She lives at 1200 W Lincoln Ave in Chicago.", "Lincoln")]
    public void CapitalWMidSentence_IsNoPreposition(string text, string word) =>
        Assert.DoesNotContain(OfType(text, "LOCATION"), l => l.Contains(word, StringComparison.Ordinal));

    // Structured findings next to a new place stay reported.
    [Theory]
    [InlineData("Mieszka w Łodzi, e-mail jan.nowak@example.pl", "EMAIL_ADDRESS", "jan.nowak@example.pl")]
    [InlineData("Mieszka w Łodzi, tel. +48 601 234 567", "PHONE_NUMBER", "+48 601 234 567")]
    public void PolishLocative_KeepsStructuredFindings(string text, string type, string value) => Assert.Contains(value, OfType(text, type));

    // Hostile input: long runs of prepositions and declined words scale linearly.
    [Theory]
    [InlineData("w Łodzi ")]
    [InlineData("w w w ")]
    [InlineData("we Wrocławiu i ")]
    [InlineData("w Zielonej Górze ")]
    [InlineData("w Aaaa-Bbbb-Cccc ")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => DetectorProbe.Pii(t));
}
