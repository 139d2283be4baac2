namespace Warden.Guards.Tests;

/// <summary>
/// Round 14: lower-case names with a cue, pairs and lists of family names, relatives named after "my", names after
/// "from" with an initial or a possessive, generational suffixes, a name line that opens a block, and "the address of X".
/// Every input is hand-written.
/// </summary>
public sealed class PiiRound14Tests
{
    private static List<GuardFinding> Pii(string text) => DetectorProbe.Pii(text);

    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    [Theory]
    [InlineData("we met mr. haldane at the station", "mr.", "haldane")]
    [InlineData("please ask dr. okafor about the results", "dr.", "okafor")]
    public void LowerCaseTitle_NamesAPerson(string text, string title, string person)
    {
        Assert.Contains(title, OfType(text, "TITLE"));
        Assert.Contains(person, OfType(text, "PERSON"));
    }

    [Theory]
    [InlineData("name:    ilse brandt\nphone: 0161 496 0000", "ilse brandt")]
    [InlineData("name: teodor k. varga\ncity: pécs", "teodor k. varga")]
    public void LowerCaseNameAfterANameLabel_IsAPerson(string text, string person) => Assert.Contains(person, OfType(text, "PERSON"));

    [Theory]
    [InlineData("maria lopez\nsenior analyst\nbrightwave ltd", "maria lopez")]
    [InlineData("jonas m. weber\n\nplumber\n\nphone: 0161 496 0000", "jonas m. weber")]
    public void LowerCaseNameLineAboveABlock_IsAPerson(string text, string person) => Assert.Contains(person, OfType(text, "PERSON"));

    [Theory]
    [InlineData("steps:\n  - name: checkout code\n  - name: run tests")]
    [InlineData("will do\nthanks")]
    [InlineData("name: build\non: push")]
    [InlineData("mr. and mrs. are titles")]
    public void LowerCaseLookAlikes_AreNoPerson(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Theory]
    [InlineData("Was that the best record of the year? Park and Weber were the engineers.", "Park", "Weber")]
    [InlineData("The record by Hill and Weber sold well.", "Hill", "Weber")]
    public void TwoFamilyNamesJoinedByAnd_AreTwoPersons(string text, string first, string second)
    {
        var persons = OfType(text, "PERSON").ToList();
        Assert.Contains(first, persons);
        Assert.Contains(second, persons);
    }

    [Theory]
    [InlineData("Black and White photos are back in fashion this year.")]
    [InlineData("We compared Python and Rust on the parser benchmark.")]
    [InlineData("The team moved from Docker and Kubernetes to plain virtual machines.")]
    [InlineData("Research and Development is on the second floor.")]
    public void OtherWordsJoinedByAnd_AreNoPerson(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Fact]
    public void ListOfSingleNames_WithOneKnownName_IsAllPersons()
    {
        var persons = OfType("The winners were Brekkestad, Weber, Halvorsrud and Nakashimo this time.", "PERSON").ToList();
        Assert.Equal(["Brekkestad", "Weber", "Halvorsrud", "Nakashimo"], persons);
    }

    [Theory]
    [InlineData("We visited Paris, Berlin, Vienna and Prague last summer.")]
    [InlineData("It runs on Linux, Windows and Docker without changes.")]
    [InlineData("Pick Small, Medium, Large and Huge sizes.")]
    public void OtherLists_AreNoPersons(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Theory]
    [InlineData("I want to add my daughter Florence to the insurance policy.", "Florence")]
    [InlineData("My colleague Sydney will join the call.", "Sydney")]
    public void RelativeNamedAfterAPossessive_IsAPerson(string text, string person) => Assert.Contains(person, OfType(text, "PERSON"));

    [Theory]
    [InlineData("they played the songs from Ottilde K. Marwood's second album", "Ottilde K. Marwood")]
    [InlineData("we read the lyrics from Ottilde Halvany's old diary aloud", "Ottilde Halvany")]
    public void NameAfterFromWithInitialOrPossessive_IsAPerson(string text, string person)
    {
        Assert.Contains(person, OfType(text, "PERSON"));
        Assert.DoesNotContain(person, OfType(text, "LOCATION"));
    }

    [Fact]
    public void UnknownPlaceAfterFrom_StaysALocation() =>
        Assert.Contains("Oskarsby Norrvik", OfType("She moved here from Oskarsby Norrvik last year.", "LOCATION"));

    [Theory]
    [InlineData("Our founder was Henry Lockwood III, a banker.", "Henry Lockwood III")]
    [InlineData("The letter names Anna Berg II as the heir.", "Anna Berg II")]
    public void GenerationalSuffix_BelongsToTheName(string text, string person) => Assert.Contains(person, OfType(text, "PERSON"));

    [Theory]
    [InlineData("Oddny Rasmusdottir\n\nVallgata 12\nSkagen", "Oddny Rasmusdottir")]
    [InlineData("> Oddny Rasmusdottir\n> Quillfield\n> Denmark", "Oddny Rasmusdottir")]
    public void NameLineOpeningABlock_IsAPerson(string text, string person) => Assert.Contains(person, OfType(text, "PERSON"));

    [Theory]
    [InlineData("Release Planning\n\nThis quarter we focus on the parser and the new storage layer, as agreed in the meeting.")]
    [InlineData("Quarterly Numbers\nRevenue grew again this quarter, mostly from the two new regions we opened.")]
    public void HeadingAboveAParagraph_IsNoPerson(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Fact]
    public void AddressOfACompany_IsAnOrganization() =>
        Assert.Contains("Quillfield", OfType("The address of Quillfield is 4 Mill Lane, Leeds.", "ORGANIZATION"));

    [Theory]
    [InlineData("Best regards,\nHalvard Strøm\nLead Engineer", "Halvard Strøm")]
    [InlineData("Thanks,\nOttoline Brask", "Ottoline Brask")]
    public void NameLineAfterASignOff_IsAPerson(string text, string person) => Assert.Contains(person, OfType(text, "PERSON"));

    [Fact]
    public void TeamAfterASignOff_IsNoPerson() => Assert.Empty(OfType("Thanks,\nThe Team", "PERSON"));

    [Fact]
    public void SwedishQvistName_IsNotReadAsAnEnglishWord() =>
        Assert.Contains("Sune Blomqvist", OfType("The film was directed by Sune Blomqvist and later Blomqvist toured with it.", "PERSON"));

    [Fact]
    public void GivenNameAndUnknownName_JoinedByAnd_AreTwoPersons()
    {
        var persons = OfType("Was there a better duo? Kaarina and Halldóra were the engineers.", "PERSON").ToList();
        Assert.Contains("Kaarina", persons);
        Assert.Contains("Halldóra", persons);
    }

    [Fact]
    public void FamilyNameThatIsAWord_AfterAGivenName_IsPartOfTheName() =>
        Assert.Contains("Anna Young", OfType("Anna Young joined the call late.", "PERSON"));

    [Fact]
    public void ListAfterAPluralNounForPeople_IsAllPersons() =>
        Assert.Equal(["Ragnvald", "Hrabal", "Eskilde"], OfType("It was started by our three founders: Ragnvald, Hrabal and Eskilde, in a garage.", "PERSON"));

    [Fact]
    public void ListOfUnknownWordsWithoutCue_IsNoPersons() =>
        Assert.Empty(OfType("The stack uses Kafka, Zookeeper and Terraform for the pipeline.", "PERSON"));

    [Theory]
    [InlineData("mr. abc ")]
    [InlineData("name:    abc def\n")]
    [InlineData("maria lopez\n")]
    [InlineData("Weber, ")]
    [InlineData("Park and Weber ")]
    [InlineData("my kid Florence ")]
    [InlineData("from Ottilde K. Marwood's ")]
    [InlineData("Anna Berg II ")]
    [InlineData("Ab Cd\n")]
    [InlineData("Regards,\nAb Cd\n")]
    [InlineData("founders: Ab, Cd and Ef ")]
    public void HostileRepetition_StaysLinear(string unit)
    {
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Pii(t));
    }

    [Fact]
    public void LongInputs_DoNotThrow()
    {
        Pii(string.Join(", ", Enumerable.Range(0, 5_000).Select(i => $"Weber{(char)('a' + (i % 26))}")) + " and Weber");
        Pii(new string('a', 100_000));
        Pii("name:" + new string(' ', 50_000) + "abc def");
        Pii(string.Concat(Enumerable.Repeat("mr. ", 20_000)));
        Pii("Ab Cd\n" + new string('\n', 10_000));
        Pii(string.Concat(Enumerable.Repeat("Ab, ", 20_000)));
    }
}
