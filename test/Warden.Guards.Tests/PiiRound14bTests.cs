namespace Warden.Guards.Tests;

/// <summary>
/// Round 14b: capitalised runs whose shape says they are no person: a foreign street word before them, a street suffix
/// or a house number after them, a holiday, a job word before or after a name, a number word first. Every input is hand-written.
/// </summary>
public sealed class PiiRound14bTests
{
    private static List<GuardFinding> Pii(string text) => DetectorProbe.Pii(text);

    private static IEnumerable<string> OfType(string text, string type) => DetectorProbe.PiiOfType(text, type);

    [Theory]
    [InlineData("Please send it to Kallio Streets, Suite 4.", "Kallio Streets")]
    [InlineData("The office is at Vesterbro Squares 12, Copenhagen.", "Vesterbro Squares")]
    [InlineData("Nora lives at 28 Halvorsen Str., Bergen", "Halvorsen Str.")]
    public void StreetSuffixAfterTheWords_IsAStreet(string text, string street)
    {
        Assert.Contains(street, OfType(text, "STREET_ADDRESS"));
        Assert.DoesNotContain(OfType(text, "PERSON"), p => street.Contains(p, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I live on Kuusitie Ranta 14.", "Kuusitie Ranta 14")]
    [InlineData("The shop is on Pod Lipami 22", "Pod Lipami 22")]
    [InlineData("Enter on Vanha Tori 7 St. after six", "Vanha Tori 7 St")]
    public void HouseNumberAfterTheWords_IsAStreet(string text, string street)
    {
        Assert.Contains(street, OfType(text, "STREET_ADDRESS"));
        Assert.Empty(OfType(text, "PERSON"));
    }

    [Theory]
    [InlineData("Nora lives on Rue Dalbergue near the river.", "Rue Dalbergue")]
    [InlineData("The café is on Rua Vinte e Oito, next to the bank.", "Rua Vinte")]
    public void ForeignStreetWordFirst_IsAStreet(string text, string street)
    {
        Assert.Contains(OfType(text, "STREET_ADDRESS"), s => s.StartsWith(street, StringComparison.Ordinal));
        Assert.DoesNotContain(OfType(text, "PERSON"), p => street.Contains(p, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tom Ford 12 was listed.", "Tom Ford")]
    [InlineData("John Smith 1985 graduated.", "John Smith")]
    [InlineData("I spoke with Maria Lopez 3 times.", "Maria Lopez")]
    [InlineData("Sarah Hill lives in Leeds.", "Sarah Hill")]
    [InlineData("Anna Brooks and Dale Carter met Karen Carpenter.", "Karen Carpenter")]
    public void NamesNextToNumbersAndStreetOrJobWords_StayPersons(string text, string person) => Assert.Contains(person, OfType(text, "PERSON"));

    [Theory]
    [InlineData("We met on the Monday after Memorial Day at the office.")]
    [InlineData("On the last Sunday before Labor Day we flew home.")]
    [InlineData("The parade on Independence Day was loud.")]
    public void Holiday_IsNoPerson(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Theory]
    [InlineData("Producer Maren Solvik joined the call.", "Producer", "Maren Solvik")]
    [InlineData("Director Ingrid Halvorsen signed the form.", "Director", "Ingrid Halvorsen")]
    public void JobWordBeforeAName_IsATitle(string text, string title, string person)
    {
        Assert.Contains(title, OfType(text, "TITLE"));
        Assert.Equal([person], OfType(text, "PERSON"));
    }

    [Theory]
    [InlineData("Energetic seller. Awarded Salesperson of the Month three times.")]
    [InlineData("Awarded Teacher of the Year in 2019.")]
    [InlineData("Seven Samurai is a long film.")]
    [InlineData("My favourite song is The Big Three Killed My Baby by a band from Detroit.")]
    public void JobOrNumberWordWithAnUnknownWord_IsNoPerson(string text) => Assert.Empty(OfType(text, "PERSON"));

    [Theory]
    [InlineData("on Pod Lipami 22. ")]
    [InlineData("Producer Maren Solvik said ")]
    [InlineData("Labor Day ")]
    [InlineData("Kallio Streets, ")]
    [InlineData("Awarded Salesperson ")]
    [InlineData("Three Killed ")]
    [InlineData("on Rue Ab 1, ")]
    [InlineData("Ab Cd 1")]
    public void HostileRepetition_StaysLinear(string unit) => Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Pii(t));

    [Fact]
    public void LongInputs_DoNotThrow()
    {
        Pii("on Ab Cd " + new string('1', 50_000));
        Pii("Producer " + string.Concat(Enumerable.Repeat("Producer ", 20_000)) + "Maren Solvik");
        Pii("Ab Cd" + new string(' ', 50_000) + "12");
        Pii("on Ab Cd 12");
        Pii("Ab Day");
        Pii("Producer Ab");
    }
}
