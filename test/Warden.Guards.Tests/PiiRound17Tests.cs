namespace Warden.Guards.Tests;

/// <summary>
/// Round 17: a firm's name on the top line of a label above an address block, a building number before a street with
/// its own number and a unit, the country and postcode after a blank line, a postcode before a question mark, an
/// address right after "address:" and a blank line, lower-case street words and place particles, and speaker labels
/// before an escaped quote. Every input is hand-written.
/// </summary>
public sealed class PiiRound17Tests
{
    private static List<GuardFinding> Pii(string text) => DetectorProbe.Pii(text);

    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    private static bool Covers(string text, string word) => DetectorProbe.PiiCovers(text, word);

    [Theory]
    [InlineData("Brindlecrest\n\n41 207 W. Halvorsen Suite 118 Dunmore Falls", "Brindlecrest")]
    [InlineData("Tamsin of Harrowby\n\n41 207 W. Halvorsen Suite 118 Dunmore Falls", "Tamsin of Harrowby")]
    [InlineData("Tallowmere\n\nUnit 2231 Box 7710\nDPO AE 40412", "Tallowmere")]
    public void TopLineOfALabelAboveAnAddress_IsAnOrganization(string text, string firm) => Assert.Contains(firm, OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("Shipping Address\n\n12 Larch Street 4\nLeeds")] // a label word
    [InlineData("Thanks\n\n12 Larch Street 4\nLeeds")] // a common word alone
    [InlineData("Kind regards,\n\n12 Larch Street 4\nLeeds")] // a sign-off
    [InlineData("We moved last year.\nThe New Place\n\n12 Larch Street 4\nLeeds")] // the line above is no line of its own
    [InlineData("Brindlecrest\n\nThe meeting is at 10 in room 4.")] // no address below
    public void LinesAboveAnAddressThatAreNoFirm_AreNoOrganization(string text) => Assert.Empty(OfType(text, "ORGANIZATION"));

    [Theory]
    [InlineData("Here:\n41 207 W. Halvorsen Suite 118 Dunmore Falls", "Halvorsen")] // a unit after the street words
    [InlineData("Here:\n41 207 Rue Maurice Delorme Apt. 32 LILLE", "Delorme")]
    [InlineData("Here:\n17 350 Larchmont Road\n Apt. 12", "17")] // a street suffix that is also a common word
    public void BuildingNumberBeforeAStreetWithItsOwnNumber_IsAnAddress(string text, string word) => Assert.True(Covers(text, word));

    [Theory]
    [InlineData("Here:\n10 20 Big Red Balloons\nwere sold")] // two numbers and words, no street suffix, no unit
    [InlineData("Here:\n3 12 Minute Breaks Suite\nwere planned")] // a unit word with no number after it
    public void TwoNumbersAndWords_WithoutSuffixOrUnit_AreNoAddress(string text) => Assert.Empty(OfType(text, "STREET_ADDRESS"));

    [Fact]
    public void CountryAndPostcodeAfterABlankLine_EndTheBlock()
    {
        const string text = "Tobias Wren\n\n12 Hollin Gate 4\n Apt. 9\n DUNMORE\n\n Portugal 40417";
        Assert.True(Covers(text, "40417"));
    }

    [Theory]
    [InlineData("12 Hollin Gate 4\n Apt. 9\n DUNMORE\n\n Order 40417", "40417")] // no place before the number
    [InlineData("12 Hollin Gate 4\n Apt. 9\n DUNMORE\n\n Portugal 40417 was the code we used", "40417")] // the line goes on
    public void NumberAfterABlankLine_WithoutAPlaceLine_IsNotPartOfTheBlock(string text, string word) => Assert.False(Covers(text, word));

    [Fact]
    public void PostcodeBeforeAQuestionMark_EndsTheBlock()
    {
        const string text = "please ship it to 8 Fernlea Street\n Apt. 3\n Corby\n Ireland 55120? I travel a lot";
        Assert.True(Covers(text, "55120"));
        Assert.False(Covers(text, "travel"));
    }

    [Fact]
    public void AddressAfterALabelColonAndABlankLine_IsFound()
    {
        const string text = "Here is my address:\n\nHafnargata 14\nReykjavik";
        Assert.True(Covers(text, "Hafnargata 14"));
    }

    [Fact]
    public void AddressAfterABlankLine_WithoutALabelColon_IsNotFollowed() =>
        Assert.False(Covers("I changed the address\n\nHafnargata 14 is a nice street", "Hafnargata"));

    [Fact]
    public void LowerCaseStreetWordBeforeTheNumber_AfterACue_IsFound() =>
        Assert.True(Covers("Please call a taxi to Spálená ulička 18 tonight.", "ulička 18"));

    [Fact]
    public void JoiningWordBeforeANumber_IsNoStreet() =>
        Assert.Empty(OfType("Please meet me at Central Park on 5 or 6.", "STREET_ADDRESS"));

    [Fact]
    public void PlaceParticleOnAPlaceLine_StaysInTheBlock()
    {
        const string text = "my new address is 7 Hradní 12\nBorin nad Sázavou 3\n, CZ\n Slovakia 11045";
        Assert.True(Covers(text, "nad"));
        Assert.True(Covers(text, "11045"));
    }

    [Fact]
    public void JoiningWordOnAPlaceLine_EndsTheBlock() =>
        Assert.False(Covers("please return it to 12 Larch Street 4\nLeeds to Harrogate daily", "to Harrogate"));

    [Fact]
    public void SpeakerLabelsBeforeEscapedQuotes_ArePersons()
    {
        const string text = "Oriel: \\\"Where were you?\\\"\nBramwell:\\\"Out with the dogs.\\\"";
        var persons = OfType(text, "PERSON").ToList();
        Assert.Contains("Oriel", persons);
        Assert.Contains("Bramwell", persons);
    }

    [Theory]
    [InlineData("Ilse Marrow\nTarnwick\n2207 Fenmoor Way Holt Green\n Apt. 41\n Dunmore Falls", "Apt. 41")]
    [InlineData("Mr. Odo Pellinger\nGreyfield Instruments\n61 14 Cassar Velloni Stratos\nMarrowby", "61 14")] // a title before the name
    public void LineBelowTheOrganizationOfASignature_OpensTheAddress(string text, string word) => Assert.True(Covers(text, word));

    [Theory]
    [InlineData("Ilse Marrow\nTarnwick\n12 people signed up\n", "12")] // a count, not a house number
    [InlineData("Ilse Marrow\nTarnwick\nSee 12 Fenmoor Way", "See")] // the line does not start with a number
    public void LineBelowTheOrganizationThatIsNoAddress_IsNotFilled(string text, string word) => Assert.False(Covers(text, word));

    [Theory]
    [InlineData("Ab\n\n1 2 Cd Suite 3\n\n")]
    [InlineData("Ab Cd\nEf\n1 Gh Ij\n")]
    [InlineData("Dr. Ab Cd\nEf\n1 2 Gh\n")]
    [InlineData("address:\n\nAb 12\n")]
    [InlineData("1 Ab 2\n Cd\n\n Ef 12345\n\n")]
    [InlineData("to 1 Ab 2\n Cd 12345? ")]
    [InlineData("Ab: \\\"x\\\"\n")]
    [InlineData("at 1 Ab 2\nCd nad Ef 3\n")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Pii(t));
}
