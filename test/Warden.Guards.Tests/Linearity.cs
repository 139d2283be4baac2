using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Warden.Guards.Tests;

/// <summary>
/// Complexity checks for hostile input. These are not speed asserts: they compare the code with itself. Time is the
/// calling thread's CPU time where the OS gives it (Linux), so a loaded machine that preempts the test thread does not
/// inflate the longer run; elsewhere it falls back to wall-clock time.
/// </summary>
internal static partial class Linearity
{
    private const int ClockThreadCpuTimeId = 3; // CLOCK_THREAD_CPUTIME_ID on Linux

    /// <summary>
    /// 8x the input must cost far less than the 64x of a quadratic scan: best of five runs, up to three attempts, and
    /// nothing throws. Repeats <paramref name="unit"/> 1,000 and 8,000 times after <paramref name="prefix"/>.
    /// </summary>
    public static void AssertRepeatedUnitScalesLinearly(string unit, Action<string> scan, string prefix = "", int smallRepeats = 1_000, double floorMs = 60)
    {
        var small = prefix + string.Concat(Enumerable.Repeat(unit, smallRepeats));
        var large = prefix + string.Concat(Enumerable.Repeat(unit, smallRepeats * 8));
        scan(small);
        scan(large);
        double Best(string t)
        {
            var best = double.MaxValue;
            for (var r = 0; r < 5; r++)
            {
                best = Math.Min(best, Milliseconds(() => scan(t)));
            }

            return best;
        }

        double tSmall = 0, tLarge = 0;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            tSmall = Best(small);
            tLarge = Best(large);
            if (tLarge < Math.Max(floorMs, tSmall * 32))
            {
                return;
            }
        }

        Assert.Fail($"{(prefix + unit).Trim()}: {tSmall:F1} ms for {smallRepeats:N0} repeats, {tLarge:F1} ms for {smallRepeats * 8:N0}");
    }

    /// <summary>CPU milliseconds the calling thread spent in <paramref name="action"/> (wall-clock where thread CPU time is unavailable).</summary>
    public static double Milliseconds(Action action)
    {
        if (OperatingSystem.IsLinux() && ThreadCpuNanoseconds() is { } before)
        {
            action();
            return (ThreadCpuNanoseconds()!.Value - before) / 1e6;
        }

        var sw = Stopwatch.StartNew();
        action();
        return sw.Elapsed.TotalMilliseconds;
    }

    private static long? ThreadCpuNanoseconds() =>
        ClockGetTime(ClockThreadCpuTimeId, out var ts) == 0 ? (ts.Seconds * 1_000_000_000L) + ts.Nanoseconds : null;

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec value);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
