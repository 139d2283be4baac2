namespace Warden.Server.Tests.Infrastructure;

/// <summary>A clock the test moves by hand; timers still run on real time.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    /// <summary>
    /// Moves the clock forward to one second past the next whole minute, so a test that counts calls in the fixed
    /// per-minute budget windows has 59 seconds before the window turns (a slow CI machine once crossed it mid-test).
    /// </summary>
    public void AdvanceToStartOfMinute()
    {
        var now = GetUtcNow();
        var intoMinute = TimeSpan.FromTicks(now.UtcTicks % TimeSpan.TicksPerMinute);
        Advance(TimeSpan.FromMinutes(1) - intoMinute + TimeSpan.FromSeconds(1));
    }
}
