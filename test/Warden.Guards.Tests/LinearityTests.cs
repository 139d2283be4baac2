namespace Warden.Guards.Tests;

/// <summary>The complexity-check helper itself: it must measure CPU time, and it must catch a quadratic scan.</summary>
public sealed class LinearityTests
{
    [Fact]
    public void Milliseconds_CountsCpuTimeOnLinux_AndWallClockElsewhere()
    {
        var ms = Linearity.Milliseconds(() => Thread.Sleep(300));
        if (OperatingSystem.IsLinux())
        {
            Assert.InRange(ms, 0, 100);
        }
        else
        {
            Assert.True(ms >= 250, $"{ms} ms");
        }
    }

    [Fact]
    public void QuadraticScan_IsCaught()
    {
        static void Quadratic(string t)
        {
            var n = 0;
            for (var i = 0; i < t.Length; i++)
            {
                for (var j = i; j < t.Length; j++)
                {
                    n += t[j] == t[i] ? 1 : 0;
                }
            }

            GC.KeepAlive(n);
        }

        Assert.ThrowsAny<Exception>(() => Linearity.AssertRepeatedUnitScalesLinearly("ab ", Quadratic, smallRepeats: 1_000, floorMs: 1));
    }
}
