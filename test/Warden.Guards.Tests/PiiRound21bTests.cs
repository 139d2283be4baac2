namespace Warden.Guards.Tests;

/// <summary>
/// Round 21b: values under an explicit field label ("Last Name: Ucha, Mastrogiacomo", "SSN: 464501286",
/// "\"instructor\": \"Iso\"", "postal_code = 1183 TM"), in forms, key-value lists and JSON / YAML, in several languages.
/// Placeholders, status words and labels of other fields give nothing. Every input is hand-written.
/// </summary>
public sealed class PiiRound21bTests
{
    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    [Theory]
    [InlineData("- Last Name: Brankovic, Lindqvist, Oyelaran", "PERSON", "Oyelaran")]
    [InlineData("- Last Name: Brankovic, Lindqvist, Oyelaran", "PERSON", "Lindqvist")]
    [InlineData("Surname: al Tamimi, Verhoeven", "PERSON", "al Tamimi")]
    [InlineData("{\"instructor\": \"Odalys\", \"room\": \"B2\"}", "PERSON", "Odalys")]
    [InlineData("{\"firstName\": \"Kaito\", \"lastName\": \"Morishima\"}", "PERSON", "Kaito")]
    [InlineData("family_name: Benedetti", "PERSON", "Benedetti")]
    [InlineData("Nachname: Schwarzkopf", "PERSON", "Schwarzkopf")]
    [InlineData("Apellido: Echeverría", "PERSON", "Echeverría")]
    [InlineData("Nazwisko: Wiśniewska", "PERSON", "Wiśniewska")]
    [InlineData("Teacher: Mrs Adaeze Nwosu", "PERSON", "Adaeze Nwosu")]
    [InlineData("LAST NAME: KOWALCZYK", "PERSON", "KOWALCZYK")]
    [InlineData("Social Security Number: 554.575.9355", "US_SSN", "554.575.9355")]
    [InlineData("ssn=529884310", "US_SSN", "529884310")]
    [InlineData("SSN: 401.88.1275 (verified)", "US_SSN", "401.88.1275")]
    [InlineData("Driver's License: LOUMA.657200.9.504", "US_DRIVER_LICENSE", "LOUMA.657200.9.504")]
    [InlineData("driver_license_number: D9917304", "US_DRIVER_LICENSE", "D9917304")]
    [InlineData("City: Amstelveen, State: NH", "LOCATION", "Amstelveen")]
    [InlineData("City: Amstelveen, State: NH", "LOCATION", "NH")]
    [InlineData("Stadt: Heilbronn", "LOCATION", "Heilbronn")]
    [InlineData("Home City: Zandvoortje", "LOCATION", "Zandvoortje")]
    [InlineData("City: Springfield, IL", "LOCATION", "IL")]
    [InlineData("City: Zandvoortje, Friesland", "LOCATION", "Zandvoortje")]
    [InlineData("{\"zipCode\": \"94110\"}", "LOCATION", "94110")]
    [InlineData("Country: Portugal", "LOCATION", "Portugal")]
    [InlineData("Address: Amstel 12", "STREET_ADDRESS", "Amstel 12")]
    [InlineData("Home Address: Amstel 12", "STREET_ADDRESS", "Amstel 12")]
    [InlineData("Geburtsdatum: 12.03.1979", "DATE_TIME", "12.03.1979")]
    [InlineData("Telefon: +49 30 901820", "PHONE_NUMBER", "+49 30 901820")]
    public void LabelledValue_IsFound(string text, string type, string value) => Assert.Contains(value, OfType(text, type));

    // Spacing, case and cover text do not hide a labelled value.
    [Theory]
    [InlineData("Last  Name:\tPotrafke", "Potrafke")]
    [InlineData("Last Name :   Potrafke", "Potrafke")]
    [InlineData("**Last Name:** Potrafke", "Potrafke")]
    [InlineData("Last Name:\n  Potrafke", "Potrafke")]
    [InlineData("Nachname:\r\nPotrafke", "Potrafke")]
    [InlineData("\"lastName\":\"Potrafke\",\"city\":\"Zandvoortje\"", "Potrafke")]
    [InlineData("| Last Name: Potrafke | City: Zandvoortje |", "Potrafke")]
    [InlineData("\"last_name\"  :  \"Potrafke\"", "Potrafke")]
    [InlineData("This is only an example.\nNachname: Potrafke. For a test, no harm intended.", "Potrafke")]
    [InlineData("For a test, no harm intended: Nachname: Potrafke", "Potrafke")]
    public void LabelledNameVariants_StillFound(string text, string value) => Assert.Contains(value, OfType(text, "PERSON"));

    [Theory]
    [InlineData("Name: build")]
    [InlineData("name: Build and test")]
    [InlineData("Last Name: Test")]
    [InlineData("First Name: <name>")]
    [InlineData("Full name: [Your Name]")]
    [InlineData("Author: Admin")]
    [InlineData("Last Name:\nCity: Zandvoortje")] // an empty field, then the next label
    [InlineData("Reviewer: TBC")]
    [InlineData("lastName: string; // the user's family name")]
    public void NameLookAlikes_GiveNoLabelledPerson(string text) => Assert.DoesNotContain(OfType(text, "PERSON"), p => p is "build" or "Build and test" or "Test" or "name" or "Admin" or "TBC" or "string" or "Your Name" or "City" or "City: Zandvoortje");

    [Theory]
    [InlineData("State: pending")]
    [InlineData("state: Running")]
    [InlineData("State: Idle")]
    [InlineData("City: n/a")]
    [InlineData("City: [City]")]
    [InlineData("Country: Unknown")]
    [InlineData("Postal Code: {{postcode}}")]
    [InlineData("State: Open, Priority: High")]
    [InlineData("city = get_city(request)")]
    [InlineData("Our city: a place to grow")]
    [InlineData("City: Main")]
    public void PlaceLookAlikes_GiveNoLocation(string text) => Assert.Empty(OfType(text, "LOCATION"));

    // Review: tracker and pipeline fields whose values are states, not people.
    [Theory]
    [InlineData("Assignee: Unassigned")]
    [InlineData("Owner: Nobody")]
    [InlineData("Reporter: System")]
    [InlineData("Assignee: Me")]
    public void TrackerStates_GiveNoPerson(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Theory]
    [InlineData("Address: see below")]
    [InlineData("Address: TBD")]
    [InlineData("server:\n  address: localhost\n  port: 8080")]
    [InlineData("Address: 10.20.30.40")]
    public void AddressLookAlikes_GiveNoStreet(string text) => Assert.Empty(OfType(text, "STREET_ADDRESS"));

    [Theory]
    [InlineData("SSN: XXX-XX-XXXX", "US_SSN")]
    [InlineData("Driver's License: none", "US_DRIVER_LICENSE")]
    [InlineData("Phone: ask at the desk", "PHONE_NUMBER")]
    [InlineData("Date of Birth: TBD", "DATE_TIME")]
    [InlineData("Server City: Zandvoortje", "LOCATION")] // another field's label that ends in "City"
    [InlineData("Address: Port 8080", "STREET_ADDRESS")]
    public void OtherLookAlikes_GiveNothing(string text, string type) => Assert.Empty(OfType(text, type));

    // A field label is no speaker of a transcript ("Nachname: ..." on two lines).
    [Fact]
    public void FieldLabels_AreNoSpeakers()
    {
        var persons = OfType("Nachname: Schwarzkopf\nVorname: Gesine\nStadt: Heilbronn", "PERSON").ToList();
        Assert.DoesNotContain("Nachname", persons);
        Assert.DoesNotContain("Vorname", persons);
        Assert.DoesNotContain("Stadt", persons);
    }

    // Adversarial: a labelled value never hides a structured finding next to it.
    [Theory]
    [InlineData("Last Name: Okafor, email jane.doe@example.com", "EMAIL_ADDRESS", "jane.doe@example.com")]
    [InlineData("Address: 12 Larkspur Way, phone 415-555-0132", "PHONE_NUMBER", "415-555-0132")]
    [InlineData("Contact person: Wendeline Aars, card 4111 1111 1111 1111", "CREDIT_CARD", "4111 1111 1111 1111")]
    [InlineData("State: NH, SSN: 536-22-8741", "US_SSN", "536-22-8741")]
    public void StructuredValues_StayReported(string text, string type, string value) => Assert.Contains(value, OfType(text, type));

    [Theory]
    [InlineData("Last Name: ")]
    [InlineData("City: Amstelveen, ")]
    [InlineData("\"last_name\": \"")]
    [InlineData("Last Name: Ucha, ")]
    [InlineData("ssn=")]
    [InlineData("Customer Home Applicant Last Name")]
    [InlineData("a: ")]
    [InlineData("Last Name:\n")]
    [InlineData("City: Zandvoortje, ")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => DetectorProbe.Pii(t));

    [Theory]
    [InlineData("Last Name: ", "Ab")]
    [InlineData("Address: 12 ", "Larkspur ")]
    [InlineData("\"instructor\": \"", "\\\"x")]
    public void LongValue_StaysLinear(string prefix, string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => DetectorProbe.Pii(t), prefix);
}
