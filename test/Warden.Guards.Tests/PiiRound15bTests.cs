namespace Warden.Guards.Tests;

/// <summary>
/// Round 15b: a single unknown word that opens a sentence before a predicate that only a person takes, a name in the
/// possessive before a relative, a name after another name's possessive, speaker labels followed by a quote, "I'm"
/// after a quote, and a weekday after "meet" or "see". Every input is hand-written.
/// </summary>
public sealed class PiiRound15bTests
{
    private static List<GuardFinding> Pii(string text) => DetectorProbe.Pii(text);

    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    [Theory]
    [InlineData("Tavrenko is very reliable. You can count on her.", "Tavrenko")]
    [InlineData("Ozumbe shouted at the driver.", "Ozumbe")]
    [InlineData("We met last year. Kelvaro is from a small town.", "Kelvaro")]
    [InlineData("Ilvarsa, can I please talk to you?", "Ilvarsa")]
    [InlineData("Quendolin lives in a flat near the port.", "Quendolin")]
    public void UnknownWordOpeningASentenceBeforeAPersonPredicate_IsAPerson(string text, string person) =>
        Assert.Contains(person, OfType(text, "PERSON"));

    [Theory]
    [InlineData("Warden is very reliable. Warden keeps every decision in the audit log.")] // the word recurs: a product
    [InlineData("Tavrenko is very fast at parsing.")] // no person predicate
    [InlineData("The gateway says hello.")] // an ordinary word
    [InlineData("PostgreSQL is from the same family.")] // inner capitals: a product
    [InlineData("Ozumbe shouted.")] // a predicate needs what follows it
    public void ProductsAndOrdinaryWordsBeforeSuchPredicates_AreNoPersons(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Theory]
    [InlineData("She is Tavrenko's daughter.", "Tavrenko")]
    [InlineData("\"I'm Melvin's son\", he said.", "Melvin")]
    [InlineData("Okafor's wife called.", "Okafor")]
    public void NameInThePossessiveBeforeARelative_IsAPerson(string text, string person) => Assert.Contains(person, OfType(text, "PERSON"));

    [Theory]
    [InlineData("Sweden's daughter companies grew.")] // a place
    [InlineData("The Company's friend program ended.")] // a common word
    public void PlacesAndCommonWordsBeforeARelative_AreNoPersons(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Fact]
    public void NameAfterAPossessiveRun_IsReadOnItsOwn() =>
        Assert.Contains("Parker Qualnovic", OfType("including Trevalon's Parker Qualnovic, and others", "PERSON"));

    [Fact]
    public void WordsAfterAPossessiveWithoutAGivenName_StaySkipped() =>
        Assert.DoesNotContain(OfType("the songs of Edi Vukovar's Cautionary Tales are long", "PERSON"), p => p.Contains("Cautionary", StringComparison.Ordinal));

    [Fact]
    public void SpeakerLabelsBeforeAQuote_ArePersons()
    {
        var found = OfType("Gwendrik: \"Who are you?\"\nOsanne:\"I'm the new cook\".", "PERSON").ToList();
        Assert.Contains("Gwendrik", found);
        Assert.Contains("Osanne", found);
    }

    [Theory]
    [InlineData("We'll meet Thursday at the office.", "Thursday")]
    [InlineData("See you soon, see Monday.", "Monday")]
    public void WeekdayAfterMeetOrSee_IsADate(string text, string day) =>
        Assert.Contains(Pii(text), f => f.Type == "DATE_TIME" && text[f.Start..f.End] == day);

    [Theory]
    [InlineData("Abcd is from x. ")]
    [InlineData("Ab's son ")]
    [InlineData("Ab's Anna ")]
    [InlineData("Ab: \"x\"\n")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Pii(t));

    [Fact]
    public void ManyDistinctSentenceNames_DoNotThrow()
    {
        var sb = new System.Text.StringBuilder();
        for (var k = 0; k < 5000; k++)
        {
            sb.Append("Zq").Append((char)('a' + (k % 26))).Append((char)('a' + (k / 26 % 26))).Append((char)('a' + (k / 676 % 26))).Append(" said hi. ");
        }

        Assert.NotEmpty(OfType(sb.ToString(), "PERSON"));
    }
}
