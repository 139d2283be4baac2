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

    /// <summary>The nearest-rank percentile of an ascending array (NaN when empty).</summary>
    internal static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
