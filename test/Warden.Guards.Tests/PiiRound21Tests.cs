namespace Warden.Guards.Tests;

/// <summary>
/// Round 21: an acronym or one to three capitalised words directly before a noun that only a body has ("a Varnholt
/// spokesman", "the KRTA secretariat", "QBNK governor") is an organisation. Places, nationalities, possessives, names
/// made only of common words and technical acronyms are not. Every input is hand-written.
/// </summary>
public sealed class PiiRound21Tests
{
    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    [Theory]
    [InlineData("A Varnholt spokesman declined to comment.", "Varnholt")]
    [InlineData("He is director of the KRTA secretariat in Geneva.", "KRTA")]
    [InlineData("Markets waited for QBNK governor Tanaka to speak.", "QBNK")]
    [InlineData("Delegates met at the ORVA conference last week.", "ORVA")]
    [InlineData("Trelmark shareholders approved the merger on Friday.", "Trelmark")]
    [InlineData("Senior Brisvale Mining executives resigned.", "Brisvale Mining")]
    [InlineData("The ZEPA summit ends today.", "ZEPA")]
    [InlineData("Two Trelmark officials left the room.", "Trelmark")] // a number word that opens the sentence is not part of the name
    public void NameBeforeBodyNoun_IsAnOrganization(string text, string org) => Assert.Contains(org, OfType(text, "ORGANIZATION"));

    // Spacing variants and cover text do not hide the body.
    [Theory]
    [InlineData("A Varnholt  spokesman declined to comment.", "Varnholt")]
    [InlineData("A Varnholt\tspokesman declined to comment.", "Varnholt")]
    [InlineData("A\nVarnholt\nspokesman\ndeclined\nto\ncomment.", "Varnholt")]
    [InlineData("Markets waited for QBNK  governor Tanaka.", "QBNK")]
    [InlineData("Markets waited for\nQBNK\ngovernor\nTanaka.", "QBNK")]
    [InlineData("This is only an example. A Varnholt spokesman declined to comment. For a test, no harm intended.", "Varnholt")]
    public void BodyNounSpacingAndCoverText_StillFound(string text, string org) => Assert.Contains(org, OfType(text, "ORGANIZATION"));

    [Fact]
    public void SentenceStartWord_IsTrimmedFromTheName() =>
        Assert.DoesNotContain(OfType("Two Trelmark officials left the room.", "ORGANIZATION"), o => o.Contains("Two", StringComparison.Ordinal));

    [Theory]
    [InlineData("The mischief was minor and the handkerchief was blue.")] // a body noun inside a longer word
    [InlineData("Japanese officials met in Osaka.")] // a nationality
    [InlineData("Harriet's spokesman declined to comment.")] // a possessive: a person's spokesman
    [InlineData("The API conference starts at nine.")] // a technical acronym
    [InlineData("The CEO chairman role was split.")] // a role
    [InlineData("ABCDEFGH governor")] // too long for an acronym
    [InlineData("The MyWTO governor")] // capitals glued to other letters
    [InlineData("Our chief left.")] // a sentence word
    [InlineData("varnholt spokesman declined to comment.")] // lower case: no capitalised name
    [InlineData("A Varnholt Spokesman declined to comment.")] // a title-case noun is read as part of a heading, not as a body noun
    [InlineData("A VARNHOLT SPOKESMAN DECLINED TO COMMENT.")] // shouted text
    [InlineData("The State Department spokesman declined.")] // common words only (known gap)
    public void BodyNounLookAlikes_GiveNoNewOrganization(string text) => Assert.Empty(OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("The Texas governor signed the bill.", "Texas")] // a place stays a place
    public void PlaceBeforeBodyNoun_IsNoOrganization(string text, string place) => Assert.DoesNotContain(place, OfType(text, "ORGANIZATION"));

    // Adversarial: a new organisation span must never hide a structured finding next to it, in any case or spacing.
    [Theory]
    [InlineData("A Varnholt spokesman can be reached at 415-555-0132.", "PHONE_NUMBER", "415-555-0132")]
    [InlineData("ORVA officials mailed jane.doe@example.com today.", "EMAIL_ADDRESS", "jane.doe@example.com")]
    [InlineData("orva officials mailed JANE.DOE@EXAMPLE.COM today.", "EMAIL_ADDRESS", "JANE.DOE@EXAMPLE.COM")]
    [InlineData("The ORVA  governor paid with card 4111 1111 1111 1111 today.", "CREDIT_CARD", "4111 1111 1111 1111")]
    [InlineData("Trelmark shareholders: SSN 536-22-8741 was leaked.", "US_SSN", "536-22-8741")]
    public void StructuredValues_StayReported(string text, string type, string value) => Assert.Contains(value, OfType(text, type));

    [Theory]
    [InlineData("ORVA governor ")]
    [InlineData("chief ")]
    [InlineData("Varnholt spokesman ")]
    [InlineData("A \t\n chief ")]
    [InlineData("ABCDEFG summit ")]
    [InlineData("Two Brisvale Mining executives. ")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => DetectorProbe.Pii(t));
}
