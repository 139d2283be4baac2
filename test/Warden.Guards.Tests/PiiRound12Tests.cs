using Warden.Guards.Detectors;

namespace Warden.Guards.Tests;

/// <summary>
/// Round 12: Presidio types that were not detected before (TITLE, NRP, URL, US_DRIVER_LICENSE), well-known companies,
/// intersections, and the false positives fixed on the way ("Tom from Accounting", "Can I", possessives). Every input is
/// hand-written.
/// </summary>
public sealed class PiiRound12Tests
{
    private static List<GuardFinding> Pii(string text) => DetectorProbe.Pii(text);

    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    [Fact]
    public void Version_IsBumped() => Assert.Equal("3.8", new PiiDetector(0.5).Version);

    [Theory]
    [InlineData("Please forward this to Mrs. Okonkwo-Baines today.", "Mrs.", "Okonkwo-Baines")]
    [InlineData("Dr Halvard Strøm will see you at nine.", "Dr", "Halvard Strøm")]
    [InlineData("Our speaker is Prof. Ingrid Vasquez.", "Prof.", "Ingrid Vasquez")]
    public void Honorific_IsATitleAndTheNameAPerson(string text, string title, string person)
    {
        Assert.Contains(title, OfType(text, "TITLE"));
        Assert.Contains(person, OfType(text, "PERSON"));
    }

    [Theory]
    [InlineData("Regards,\nMirela Dunstan\nSenior Data Analyst\nNorthwind Freight", "Senior Data Analyst")]
    [InlineData("Kaito Brennan\n\nregistered nurse\n\nPhone: 555 0100", "registered nurse")]
    [InlineData("I worked for Brightmoor as a software engineer until May.", "software engineer")]
    public void JobTitle_IsATitle(string text, string title) => Assert.Contains(title, OfType(text, "TITLE"));

    [Theory]
    [InlineData("The team lead said the build is green.")]
    [InlineData("Dear engineer\nplease read the notes below.")]
    [InlineData("We see this as an engineer would.")]
    public void JobWordInASentence_IsNoTitle(string text) => Assert.Empty(OfType(text, "TITLE"));

    [Theory]
    [InlineData("Hestvik is a Norwegian shipping company.", "Norwegian")]
    [InlineData("We are proud paraguayans.", "paraguayans")]
    [InlineData("The Brazilian delegation arrived late.", "Brazilian")]
    [InlineData("She is a practising Buddhist.", "Buddhist")]
    [InlineData("The Republicans blocked the vote.", "Republicans")]
    [InlineData("A Costa Rican bank sent the wire.", "Costa Rican")]
    public void Nationality_ReligionOrParty_IsNrp(string text, string group) => Assert.Contains(group, OfType(text, "NRP"));

    [Theory]
    [InlineData("Can you translate this into French?")]
    [InlineData("She speaks German and Italian.")]
    [InlineData("The Spanish translation is attached.")]
    [InlineData("Please polish the draft.")]
    [InlineData("The German-speaking cantons vote first.")]
    public void LanguageOrEverydayWord_IsNoNrp(string text) => Assert.Empty(OfType(text, "NRP"));

    [Theory]
    [InlineData("Docs are at https://docs.example.com/guide?x=1.", "https://docs.example.com/guide?x=1")]
    [InlineData("See www.kestrel-analytics.co.uk for details", "www.kestrel-analytics.co.uk")]
    [InlineData("Just posted a photo https://www.PaperLantern.se/", "https://www.PaperLantern.se/")]
    [InlineData("Our shop moved to northwind.store last year.", "northwind.store")]
    public void WebAddress_IsAUrl(string text, string url) => Assert.Contains(url, OfType(text, "URL"));

    [Theory]
    [InlineData("Run setup.py and open notes.md first.")]
    [InlineData("We use ASP.NET and Node.js here.")]
    [InlineData("Pi is 3.14 and e.g. is an abbreviation.")]
    public void FileNamesAndAbbreviations_AreNoUrl(string text) => Assert.Empty(OfType(text, "URL"));

    [Fact]
    public void EmailHost_IsNotAlsoAUrl()
    {
        var found = Pii("Write to ana.lind@example.com today.");
        Assert.Contains(found, f => f.Type == "EMAIL_ADDRESS");
        Assert.DoesNotContain(found, f => f.Type == "URL");
    }

    [Theory]
    [InlineData("my driver's license number is 4410-28-9173", "4410-28-9173")]
    [InlineData("Driving licence no. D1234567 expires in May", "D1234567")]
    [InlineData("DL# K552-118-004", "K552-118-004")]
    public void LicenceNumberAfterThePhrase_IsADriverLicense(string text, string number) =>
        Assert.Contains(number, OfType(text, "US_DRIVER_LICENSE"));

    [Theory]
    [InlineData("My driver's license expired and my phone is 555 0199.")]
    [InlineData("The order number is 4410289173.")]
    public void NumberWithoutTheLicencePhrase_IsNoDriverLicense(string text) => Assert.Empty(OfType(text, "US_DRIVER_LICENSE"));

    [Theory]
    [InlineData("Last year Deloitte audited the accounts.", "Deloitte")]
    [InlineData("She moved from Morgan Stanley to a start-up.", "Morgan Stanley")]
    [InlineData("The Microsoft team replied on Monday.", "Microsoft")]
    public void WellKnownCompany_IsAnOrganization(string text, string name) => Assert.Contains(name, OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("Harrison Ford signed the poster.")]
    [InlineData("The visa dispute is over.")]
    public void SurnameOrWordThatIsAlsoABrand_IsNoOrganization(string text) => Assert.Empty(OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("Tom Becker from Accounting will call you.")]
    [InlineData("Ask Priya Raman from Customer Support.")]
    public void PersonFromDepartment_IsNoOrganization(string text) => Assert.Empty(OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("Can I get a new card?")]
    [InlineData("Hello I moved last week.")]
    public void PronounI_IsNoPerson(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Fact]
    public void Possessive_EndsTheName()
    {
        const string text = "They sang verses from Odalys Fenwick's Winter Tales all night.";
        Assert.Contains("Odalys Fenwick", Pii(text).Select(f => text[f.Start..f.End]));
        Assert.DoesNotContain(Pii(text), f => text[f.Start..f.End].Contains("Tales", StringComparison.Ordinal));
    }

    [Fact]
    public void ListOfFamilyNames_AreAllPersons()
    {
        const string text = "It was started by our founders: Tervonen, Becker and Vasquez.";
        Assert.Contains("Tervonen", OfType(text, "PERSON"));
    }

    [Theory]
    [InlineData("Name:    Odalys Fenwick\nPhone: 555 0100", "Odalys Fenwick")]
    [InlineData("Maybe ask Csilla R Varga about it.", "Csilla R Varga")]
    public void AlignedLabelAndBareInitial_NameThePerson(string text, string name) => Assert.Contains(name, OfType(text, "PERSON"));

    [Theory]
    [InlineData("I'm originally from switzerland", "switzerland")]
    [InlineData("We are moving to united states soon", "united states")]
    [InlineData("They flew to Czech Republic in May.", "Czech Republic")]
    public void CountryInAnyCase_IsALocation(string text, string place) => Assert.Contains(place, OfType(text, "LOCATION"));

    [Theory]
    [InlineData("Meet me at the corner of Bakkegata 12 and Elm Row, please.", "the corner of Bakkegata 12 and Elm Row")]
    [InlineData("It is on the corner of ul. Lipowa 3 and Kwiatowa Lane", "the corner of ul. Lipowa 3 and Kwiatowa Lane")]
    public void Intersection_IsOneAddress(string text, string address) => Assert.Contains(address, OfType(text, "STREET_ADDRESS"));

    [Fact]
    public void CornerWithoutNumber_IsNoAddress() =>
        Assert.Empty(OfType("Turn left at the corner of the park and the school.", "STREET_ADDRESS"));

    [Theory]
    [InlineData("My father retired at the age of 71", "71")]
    [InlineData("My zip code is 2200", "2200")]
    public void AgeOfAndZipCodeIs_AreFound(string text, string value) =>
        Assert.Contains(value, Pii(text).Select(f => text[f.Start..f.End]));

    [Fact]
    public void PhoneAfterMessagesTo_IsAPhone() =>
        Assert.Contains("699 956 915", OfType("Please stop sending messages to 699 956 915", "PHONE_NUMBER"));

    [Theory]
    [InlineData(".com")]
    [InlineData("www.")]
    [InlineData("https://")]
    [InlineData("corner of 1 and ")]
    [InlineData("driver's license ")]
    [InlineData("Mr. ")]
    [InlineData("German ")]
    [InlineData("as an engineer ")]
    [InlineData("\nSenior Engineer")]
    public void HostileRepetition_StaysLinear(string unit)
    {
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Pii(t));
    }

    [Fact]
    public void LongHostAndListInputs_DoNotThrow()
    {
        Pii(string.Concat(Enumerable.Repeat("a.", 10_000)) + "com");
        Pii("https://" + new string('x', 20_000) + ".com/" + new string('y', 10_000));
        Pii(string.Join(", ", Enumerable.Repeat("Tervonen", 5_000)) + " and Becker");
        Pii(string.Concat(Enumerable.Repeat("Name:          ", 5_000)));
    }
}
