using System.Diagnostics;

namespace Warden.Guards.Tests;

/// <summary>
/// Complexity check for hostile repetitions: 8x the input must cost far less than the 64x of a quadratic scan. This is
/// not a speed assert: it compares the code with itself on one machine, takes the best of five runs, and retries up to
/// three times, so a busy machine does not decide while a quadratic scan fails every attempt.
/// </summary>
internal static class Linearity
{
    public static void AssertRepeatedUnitScalesLinearly(string unit, Action<string> scan)
    {
        var small = string.Concat(Enumerable.Repeat(unit, 1_000));
        var large = string.Concat(Enumerable.Repeat(unit, 8_000));
        scan(small);
        scan(large);
        double Best(string t)
        {
            var best = double.MaxValue;
            for (var r = 0; r < 5; r++)
            {
                var sw = Stopwatch.StartNew();
                scan(t);
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }

            return best;
        }

        double tSmall = 0, tLarge = 0;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            tSmall = Best(small);
            tLarge = Best(large);
            if (tLarge < Math.Max(60, tSmall * 32))
            {
                return;
            }
        }

        Assert.Fail($"{unit.Trim()}: {tSmall:F1} ms for 1,000 repeats, {tLarge:F1} ms for 8,000");
    }
}
