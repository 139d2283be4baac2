namespace Warden.Guards.Tests;

/// <summary>
/// Round 25: a number right after a phone word is read whole, in the forms the shape regex misses (bare runs, long
/// groups, a slash, a hyphen beside a space, a bracketed country code, a spaced "00"), in several languages; and a US
/// state code (with or without its ZIP) after a street and its city ends the address. Phone words before other numbers,
/// and state codes inside a sentence, stay quiet. Every input is hand-written.
/// </summary>
public sealed class PiiRound25Tests
{
    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    [Theory]
    [InlineData("My phone number is 0151/55501234, call after six.", "0151/55501234")]
    [InlineData("Meu celular é 11 987650123.", "11 987650123")]
    [InlineData("Meu telefone é 912345670.", "912345670")]
    [InlineData("Il mio numero di telefono è 347 5550123.", "347 5550123")]
    [InlineData("Mi teléfono es (55) 55501234.", "(55) 55501234")]
    [InlineData("Mein Handy: +49 151- 55501234", "+49 151- 55501234")]
    [InlineData("Telefonnummer: 0049 30 5550123", "0049 30 5550123")]
    [InlineData("Mitt telefonnummer är 0701234567.", "0701234567")]
    [InlineData("Mitt telefonnummer är: +46(0)31555010.", "+46(0)31555010")]
    [InlineData("Mijn telefoonnummer is (+31)20-5550123.", "(+31)20-5550123")]
    [InlineData("Mój numer telefonu to 512345678.", "512345678")]
    [InlineData("Telefon numaram 05325550123.", "05325550123")]
    [InlineData("You can reach my phone at 00 44 20 5550 1234 tonight.", "00 44 20 5550 1234")]
    [InlineData("Phone: +33(0)155501234", "+33(0)155501234")]
    [InlineData("Tel. 089 / 5550123", "089 / 5550123")]
    [InlineData("phone is 2025550123.", "2025550123")]
    [InlineData("Tel: ( 21 ) 55501234", "( 21 ) 55501234")]
    [InlineData("Mobile: 0151 -55501234", "0151 -55501234")]
    [InlineData("Mon numéro de téléphone est 0655501234.", "0655501234")]
    public void NumberAfterAPhoneWord_IsOnePhone(string text, string phone) => Assert.Equal([phone], OfType(text, "PHONE_NUMBER"));

    // Spacing, quoting, code and cover text do not hide the number.
    [Theory]
    [InlineData("phone:\t0151/55501234")]
    [InlineData("phone:\u00a00151/55501234")]
    [InlineData("phone = \"0151/55501234\"")]
    [InlineData("{\"phone\": \"0151/55501234\"}")]
    [InlineData("Telefon: „0151/55501234”")]
    [InlineData("This is only an example. My phone is 0151/55501234. For a test, no harm intended.")]
    [InlineData("Kontakt\nTelefon: 0151/55501234\nE-Mail: folgt")]
    public void PhoneSpacingAndCoverText_StillFound(string text) => Assert.Equal(["0151/55501234"], OfType(text, "PHONE_NUMBER"));

    // Look-alikes: a phone word before a model year, a price, a date, an address, a decimal, a count; words that only
    // contain a phone stem; a bare run after "cell" with no colon or linking word.
    [Theory]
    [InlineData("The phone model 2024 ships with 12345678 pixels.")]
    [InlineData("The phone costs 129990 won in Seoul.")]
    [InlineData("Tel Aviv 6100000 is a postal code.")]
    [InlineData("My phone is 2024-05-12 old.")]
    [InlineData("Telephone number is 192.168.1.100 apparently.")]
    [InlineData("phone: 12345")]
    [InlineData("phone number 3.14159265 is pi")]
    [InlineData("phone: 0.000000012 seconds")]
    [InlineData("Mitt telefonnummer är hemligt.")]
    [InlineData("fax 1/2 price today")]
    [InlineData("phone is 12345678901234567890")]
    [InlineData("intel 80486 processor from 1989")]
    [InlineData("The hotel 12345678 booking")]
    [InlineData("Phone sales rose 12.5 percent in 2023.")]
    [InlineData("cell 12345678 of the spreadsheet")]
    [InlineData("phone numbers 1, 2 and 3 are free")]
    [InlineData("tel: version 1.2.3")]
    [InlineData("phone order 123456789 shipped")]
    [InlineData("phone count is 1000000 units")]
    [InlineData("Excellent 12345678 results")]
    [InlineData("phone: 0151/55501234abc")]
    [InlineData("The new phone is 20000000 times faster than the old one.")]
    [InlineData("Each cell is 12000000 nanometres across.")]
    [InlineData("The phones of 15000000 users were affected.")]
    public void PhoneWordLookAlikes_GiveNoPhone(string text) => Assert.Empty(OfType(text, "PHONE_NUMBER"));

    // Validated findings on the digits after a phone word keep their own type.
    [Theory]
    [InlineData("Phone: 4111 1111 1111 1111", "CREDIT_CARD")]
    [InlineData("Telefon: DE89 3704 0044 0532 0130 00", "IBAN_CODE")]
    [InlineData("phone: jane.doe@example.com", "EMAIL_ADDRESS")]
    public void ValidatedIdsAfterAPhoneWord_KeepTheirType(string text, string type)
    {
        Assert.Single(OfType(text, type));
        Assert.Empty(OfType(text, "PHONE_NUMBER"));
    }

    [Fact]
    public void PhoneWithExtension_KeepsTheLongerMatch() =>
        Assert.Equal(["555-123-4567 x89"], OfType("Phone: 555-123-4567 x89", "PHONE_NUMBER"));

    [Theory]
    [InlineData("Send it to 12 Birch Road, Greenfield MA", "MA")]
    [InlineData("Office: 9 Pine St, Austin, TX 7301", "TX 7301")]
    [InlineData("We rent 41 Cedar Lane, Hartford CT 6105.", "CT 6105")]
    [InlineData("14 Lake Drive, Trenton NJ\nCall first.", "NJ")]
    [InlineData("8 Maple Avenue, Dover, DE", "DE")]
    public void StateAfterStreetAndCity_EndsTheAddress(string text, string state) => Assert.True(DetectorProbe.PiiCovers(text, state));

    // A state code that goes on into the sentence, a year after it, or a word that only starts with the code.
    [Theory]
    [InlineData("We stayed at 77 Ocean Drive, Miami FL 2019 report was good.", "FL")]
    [InlineData("The office at 3 High Street, Oxford OR Cambridge will host it.", "OR")]
    [InlineData("Meet at 10 Park Avenue, New York IN the lobby.", "IN")]
    [InlineData("Take 5 Main St, Salem MAss transit.", "MAss")]
    public void StateLookAlikes_AreNotRead(string text, string word) => Assert.False(DetectorProbe.PiiCovers(text, word));

    // Hostile input: long runs of phone words, brackets, separators and state lines scale linearly.
    [Theory]
    [InlineData("phone is ")]
    [InlineData("Tel: (")]
    [InlineData("phone 1-")]
    [InlineData("telefone é 0151/ ")]
    [InlineData("Tel: 0151/55501234 ")]
    [InlineData("phone: ( 1 ) ")]
    [InlineData("1 Main St, Avon MA 2322\n")]
    [InlineData(", Boston MA")]
    [InlineData("intel hotel excellent ")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => DetectorProbe.Pii(t));
}
