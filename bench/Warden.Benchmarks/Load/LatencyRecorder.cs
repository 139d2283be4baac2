using System.Diagnostics;

namespace Warden.Benchmarks.Load;

/// <summary>Runs a bounded closed-loop load and reports throughput and latency percentiles.</summary>
internal static class LatencyRecorder
{
    public sealed record Result(string Name, int Requests, int Errors, double Seconds, double P50Ms, double P90Ms, double P99Ms)
    {
        public double PerSecond => Requests / Seconds;

        public override string ToString() =>
            $"{Name,-40} {Requests,7} req {Errors,5} err {PerSecond,9:F0} req/s  p50 {P50Ms,7:F3} ms  p90 {P90Ms,7:F3} ms  p99 {P99Ms,7:F3} ms";
    }

    /// <summary>Sends up to <paramref name="maxRequests"/> requests with <paramref name="concurrency"/> workers, stopping after <paramref name="maxDuration"/>.</summary>
    public static async Task<Result> RunAsync(string name, int concurrency, int maxRequests, TimeSpan maxDuration, Func<Task<bool>> call)
    {
        var latencies = new double[maxRequests];
        var next = -1;
        var errors = 0;
        var clock = Stopwatch.StartNew();
        async Task Worker()
        {
            while (clock.Elapsed < maxDuration)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= maxRequests)
                {
                    return;
                }

                var start = Stopwatch.GetTimestamp();
                var ok = await call();
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Worker)));
        var seconds = clock.Elapsed.TotalSeconds;
        var count = Math.Min(next + 1, maxRequests);
        var sorted = latencies.Take(count).Order().ToArray();
        return new Result(name, count, errors, seconds, Percentile(sorted, 0.50), Percentile(sorted, 0.90), Percentile(sorted, 0.99));
    }

    /// <summary>
    /// Warms every path up in rounds until the JIT has settled: at least <paramref name="minRequests"/> requests per
    /// path, then more rounds until one compiles no more than a handful of methods (tiered compilation and dynamic
    /// PGO keep re-compiling hot methods for many thousands of requests, and that background compiler took a quarter
    /// to a third of the CPU of runs measured too early). Gives up after <paramref name="maxWait"/>.
    /// </summary>
    public static Task WarmUpAsync(int concurrency, int minRequests, TimeSpan maxWait, params Func<Task<bool>>[] paths) =>
        WarmUpAsync("closed loop", minRequests, 2_000, maxWait, path => RunAsync("warm-up", concurrency, 2_000, maxWait, path), paths);

    /// <summary>
    /// Keeps <paramref name="path"/> busy (closed loop) until <paramref name="since"/> shows <paramref name="until"/>:
    /// the server's once-a-minute jobs (audit checkpoint, approval sweep) run their first, JIT-compiling pass then,
    /// not during a measurement.
    /// </summary>
    public static async Task KeepBusyUntilAsync(Stopwatch since, TimeSpan until, int concurrency, Func<Task<bool>> path)
    {
        while (since.Elapsed < until)
        {
            await RunAsync("warm-up", concurrency, 2_000, until - since.Elapsed, path);
        }
    }

    /// <summary>The same, with <paramref name="round"/> sending <paramref name="perRound"/> requests to one path the way the measurement will.</summary>
    public static async Task WarmUpAsync(string name, int minRequests, int perRound, TimeSpan maxWait, Func<Func<Task<bool>>, Task> round, params Func<Task<bool>>[] paths)
    {
        var clock = Stopwatch.StartNew();
        var sent = 0;
        while (true)
        {
            var before = System.Runtime.JitInfo.GetCompiledMethodCount();
            foreach (var path in paths)
            {
                await round(path);
            }

            // Methods queued for re-compilation wait for a quiet spell (~100 ms) before the background compiler takes them.
            await Task.Delay(300);
            sent += perRound;
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount() - before;
            if (sent >= minRequests && compiled <= 5)
            {
                Console.WriteLine($"warm-up ({name}): {sent} requests per path in {clock.Elapsed.TotalSeconds:F0} s; the last round compiled {compiled} methods");
                return;
            }

            if (clock.Elapsed > maxWait)
            {
                Console.WriteLine($"warm-up ({name}): gave up waiting for the JIT after {clock.Elapsed.TotalSeconds:F0} s ({sent} requests per path); the last round still compiled {compiled} methods");
                return;
            }
        }
    }

    /// <summary>The nearest-rank percentile of an ascending array (NaN when empty).</summary>
    internal static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
