namespace Warden.Guards.Tests;

/// <summary>
/// Round 18: display names on e-mail header lines ("To: Family, Given; …", comma pairs, quoted names, Notes paths),
/// a known given name in the possessive, a job word inside a run of capitalised words, a lone given name after "a",
/// and a lower-case given name after a sign-off. Every input is hand-written.
/// </summary>
public sealed class PiiRound18Tests
{
    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    [Theory]
    [InlineData("To: Pettigrew, James; Oakhurst, Linda; Vantreight, Paul", "Oakhurst, Linda")]
    [InlineData("To: Pettigrew, James; Oakhurst, Linda; Vantreight, Paul", "Vantreight, Paul")]
    [InlineData("X-cc: Pettigrew, James, Oakhurst, Linda, Vantreight III, Paul", "Vantreight III, Paul")]
    [InlineData("X-cc: Pettigrew, James, Oakhurst, Linda, Vantreight III, Paul", "Oakhurst, Linda")]
    [InlineData("From: \"Pettigrew, James\" <james.p@example.org>", "Pettigrew, James")]
    [InlineData("Subject: budget\n> Cc: Oakhurst, Linda Mae; Pettigrew, James", "Oakhurst, Linda Mae")]
    [InlineData("cc: James Pettigrew/LON/ACME@ACME, Linda Oakhurst/LON/ACME@ACME", "Linda Oakhurst")]
    [InlineData("To: Pettigrew, James; Quenby, TR", "Quenby, TR")] // an unknown name in a list with a known one
    [InlineData("To: Sarah McAllister; Tom DiMarcantonio", "Tom DiMarcantonio")]
    public void HeaderDisplayNames_ArePersons(string text, string name) => Assert.Contains(name, OfType(text, "PERSON"));

    [Theory]
    [InlineData("To: Sales Team; Customer Service")] // common words
    [InlineData("Cc: Human Resources; Facilities")]
    public void HeaderLinesWithoutNames_GiveNoPerson(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Theory]
    [InlineData("To: Accounts, Payroll", "Accounts, Payroll")] // common words are no "Family, Given" pair
    [InlineData("To: Quenby, Marlow", "Quenby, Marlow")] // one item, no known name
    [InlineData("The memo said Reply To: Pettigrew, James", "Pettigrew, James")] // no header: the label does not open the line
    [InlineData("To: Pettigrew, James; Oakhurst, Linda", "Pettigrew, James; Oakhurst, Linda")]
    public void NoSpanCrossesTheItems(string text, string span) => Assert.DoesNotContain(span, OfType(text, "PERSON"));

    [Fact]
    public void NotesPath_DoesNotJoinTheNextName() =>
        Assert.DoesNotContain("ACME, Linda Oakhurst", OfType("cc: James Pettigrew/LON/ACME@ACME, Linda Oakhurst/LON/ACME@ACME", "PERSON"));

    [Theory]
    [InlineData("Can we move Steve's review to Friday?", "Steve")]
    [InlineData("Please check Linda's 2024 figures.", "Linda")]
    public void PossessiveGivenName_IsAPerson(string text, string name) => Assert.Contains(name, OfType(text, "PERSON"));

    [Theory]
    [InlineData("We run checks like Garnet's `AllCommandsCovered` test.")] // a code span follows, not a lower-case word
    [InlineData("Sounds like a Job for the night shift.")] // a given name after "a" is a common noun
    public void PossessiveAndArticleLookAlikes_AreNoPerson(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Fact]
    public void JobWordInsideARun_EndsTheRun()
    {
        var persons = OfType("He got a call from Orvane Vice Chairman Marc Dorsey today.", "PERSON").ToList();
        Assert.Contains("Marc Dorsey", persons);
        Assert.DoesNotContain(persons, p => p.Contains("Chairman", StringComparison.Ordinal));
    }

    [Fact]
    public void JobWordAtTheEndOfARun_StaysInTheName() => Assert.Contains("Karen Carpenter", OfType("We played a record by Karen Carpenter.", "PERSON"));

    [Theory]
    [InlineData("See you soon.\nWarm regards, ben", "ben")]
    [InlineData("Thanks again!\nLove,\nanna", "anna")]
    public void LowerCaseNameAfterASignOff_IsAPerson(string text, string name) => Assert.Contains(name, OfType(text, "PERSON"));

    [Theory]
    [InlineData("Thanks, john and team")] // the name does not end the line
    [InlineData("Regards, team")] // no given name
    [InlineData("It was fine, ben said")] // no sign-off word
    public void SignOffLookAlikes_AreNoPerson(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Theory]
    [InlineData("To: Pettigrew, James; Oakhurst, Linda\n")]
    [InlineData("To: Ab; ")]
    [InlineData("X-cc: Ab, Cd, ")]
    [InlineData("Love, ben\n")]
    [InlineData("Steve's x ")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => DetectorProbe.Pii(t));
}
