using Warden.Guards.Detectors;

namespace Warden.Guards.Tests;

/// <summary>The digit-run walk shared by the PII date, street and address passes.</summary>
public sealed class DigitRunsTests
{
    private static List<(int Start, int End)> All(string text, Func<int, int, int>? resume = null)
    {
        var list = new List<(int, int)>();
        var runs = new DigitRuns(text);
        while (runs.MoveNext())
        {
            Assert.Equal(runs.End - runs.Start, runs.Length);
            list.Add((runs.Start, runs.End));
            if (resume is not null)
            {
                runs.ResumeAt(resume(runs.Start, runs.End));
            }
        }

        return list;
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("no digits here", "")]
    [InlineData("7", "0-1")]
    [InlineData("a12b3 456", "1-3 4-5 6-9")]
    [InlineData("call 0123", "5-9")]
    [InlineData("٣ Arabic-Indic digits are not ASCII 42", "36-38")]
    public void FindsEveryAsciiRun_LeftToRight(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', All(text).Select(r => $"{r.Start}-{r.End}")));

    [Fact]
    public void ResumeAt_SkipsRunsBeforeThePosition_AndNeverGoesBack()
    {
        const string text = "1 22 333 4444";
        Assert.Equal([(0, 1), (9, 13)], All(text, (s, _) => s == 0 ? 9 : 0)); // jump from the first run past "22" and "333"; 0 later is ignored
        Assert.Equal([(0, 1), (2, 4), (5, 8), (9, 13)], All(text, (_, e) => e - 1)); // a position inside a finished run does not revisit it
    }
}
