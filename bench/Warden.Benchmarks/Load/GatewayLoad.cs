using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Warden.Server.Configuration;
using Warden.Server.Tests.Gateway;

namespace Warden.Benchmarks.Load;

/// <summary>
/// The same chat request sent to the fake upstream directly and through Warden (token validation, policy, budgets,
/// audit sink; guards off unless <c>--guards</c>), in the same run: closed-loop throughput, then an open-loop run
/// paced at a fixed rate for added latency. Bounded in requests and seconds.
/// </summary>
internal static class GatewayLoad
{
    private const string Body = """{"model":"bench-model","messages":[{"role":"system","content":"You are terse."},{"role":"user","content":"Summarise the quarterly report in one sentence."}],"max_tokens":64}""";

    public static async Task<int> RunAsync(int requests, int concurrency, TimeSpan duration, int rate, bool guards, bool nullAudit, int upstreamMs, bool normalSync, int warmup)
    {
        await using var upstream = await FakeUpstream.StartAsync();
        upstream.Record = false;
        upstream.AnswerDelay = TimeSpan.FromMilliseconds(upstreamMs);
        var dir = Path.Combine(Path.GetTempPath(), "warden-bench-gw-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var policyFile = Path.Combine(dir, "policy.yaml");
        var keyFile = Path.Combine(dir, "provider.key");
        await File.WriteAllTextAsync(policyFile, "rules:\n  - id: bench\n    effect: allow\n    when:\n      action: llm.chat\n      resource: { kind: model, name: bench-model }\n      principal: { labels: { team: bench } }\n");
        await File.WriteAllTextAsync(keyFile, FakeUpstream.ApiKey);
        try
        {
            string audience = "";
            var started = Stopwatch.StartNew();
            await using var server = await BenchServer.StartAsync(c =>
            {
                audience = c.EffectiveIssuer + "/v1";
                return c with
                {
                    SqliteSynchronous = normalSync ? Warden.Storage.SqliteSynchronous.Normal : Warden.Storage.SqliteSynchronous.Full,
                    Gateway = new GatewayConfig
                    {
                        PolicyFiles = [policyFile],
                        Providers = [new ProviderConfig { Name = "fake", BaseUrl = new Uri(upstream.BaseUrl + "/"), ApiKeyFile = keyFile, Models = ["bench-model"] }],
                        Budgets = [new BudgetConfig { Agents = ["*"], RequestsPerMinute = 10_000_000, TokensPerMinute = long.MaxValue / 2 }],
                        GuardsEnabled = guards,
                    },
                };
            }, b =>
            {
                if (nullAudit)
                {
                    // Isolates the gateway's own cost from the durable audit trail's.
                    b.Services.AddSingleton<Warden.Core.Audit.IAuditSink, Warden.Core.Audit.NullAuditSink>();
                }
            });
            var token = await server.GatewayTokenAsync(audience, new Dictionary<string, string> { ["team"] = "bench" });
            using var direct = Client(upstream.BaseUrl, FakeUpstream.ApiKey, concurrency);
            using var warden = Client(server.BaseUrl + "/v1", token, concurrency);
            await using var bare = await BareProxy.StartAsync(upstream.BaseUrl, FakeUpstream.ApiKey);
            using var viaBare = Client(bare.BaseUrl, "unused", concurrency);
            Console.WriteLine($"Gateway: guards {(guards ? "on" : "off")}, audit sink {server.Services.GetService(typeof(Warden.Core.Audit.IAuditSink))?.GetType().Name}, sqlite sync {(normalSync ? "normal" : "full")}, upstream answers in {upstreamMs} ms; load average {LoadAverage()}");

            await LatencyRecorder.WarmUpAsync(concurrency, warmup, TimeSpan.FromSeconds(120), () => Post(direct), () => Post(viaBare), () => Post(warden));
            await LatencyRecorder.KeepBusyUntilAsync(started, TimeSpan.FromSeconds(65), concurrency, () => Post(warden));
            var jit0 = System.Runtime.JitInfo.GetCompiledMethodCount();

            if (Environment.GetEnvironmentVariable("WARDEN_PROFILE_ONLY") is { Length: > 0 } only)
            {
                // Profiling aid: one path alone, closed loop, so an external profiler sees nothing else.
                var target = only switch { "direct" => direct, "bare" => viaBare, _ => warden };
                Console.WriteLine($"PROFILE {only} START pid {Environment.ProcessId}");
                var c0 = Process.GetCurrentProcess().TotalProcessorTime;
                var r = await LatencyRecorder.RunAsync(only, concurrency, requests, duration, () => Post(target));
                Console.WriteLine(r);
                Console.WriteLine($"PROFILE END cpu/request {(Process.GetCurrentProcess().TotalProcessorTime - c0).TotalMicroseconds / r.Requests:F0} µs");
                return 0;
            }

            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var alloc0 = GC.GetTotalAllocatedBytes(precise: true);
            var d = await LatencyRecorder.RunAsync("direct    closed-loop", concurrency, requests, duration, () => Post(direct));
            var cpu1 = Process.GetCurrentProcess().TotalProcessorTime;
            var alloc1 = GC.GetTotalAllocatedBytes(precise: true);
            using var prof = Environment.GetEnvironmentVariable("WARDEN_ALLOC_PROFILE") == "1" ? RuntimeEventTally.Allocations() : null;
            prof?.On = true;
            var w = await LatencyRecorder.RunAsync("via Warden closed-loop", concurrency, requests, duration, () => Post(warden));
            var cpu2 = Process.GetCurrentProcess().TotalProcessorTime;
            var alloc2 = GC.GetTotalAllocatedBytes(precise: true);
            if (prof is not null)
            {
                prof.On = false;
                foreach (var (type, bytes) in prof.Totals.OrderByDescending(x => x.Value).Take(40))
                {
                    Console.WriteLine($"  {bytes / 1024.0 / w.Requests,8:F2} KiB/req  {type}");
                }
            }

            var b = await LatencyRecorder.RunAsync("bare proxy closed-loop", concurrency, requests, duration, () => Post(viaBare));
            var cpu3 = Process.GetCurrentProcess().TotalProcessorTime;
            var alloc3 = GC.GetTotalAllocatedBytes(precise: true);
            Console.WriteLine(d);
            Console.WriteLine(w);
            Console.WriteLine(b);

            // CPU per request is far less sensitive to other load on the machine than throughput or latency.
            var directCpu = (cpu1 - cpu0).TotalMicroseconds / d.Requests;
            var wardenCpu = (cpu2 - cpu1).TotalMicroseconds / w.Requests;
            var bareCpu = (cpu3 - cpu2).TotalMicroseconds / b.Requests;
            Console.WriteLine($"CPU per request (client + upstream [+ Warden], whole process): direct {directCpu:F0} µs, via Warden {wardenCpu:F0} µs, Warden's share {wardenCpu - directCpu:F0} µs");
            Console.WriteLine($"CPU per request via the bare proxy (the extra hop alone): {bareCpu:F0} µs, the hop's share {bareCpu - directCpu:F0} µs; Warden's own work {wardenCpu - bareCpu:F0} µs");
            Console.WriteLine($"allocated per request (whole process): direct {(alloc1 - alloc0) / d.Requests / 1024.0:F1} KiB, via Warden {(alloc2 - alloc1) / w.Requests / 1024.0:F1} KiB, via the bare proxy {(alloc3 - alloc2) / b.Requests / 1024.0:F1} KiB");
            Console.WriteLine($"throughput via Warden: {100 * w.PerSecond / d.PerSecond:F0}% of direct; via the bare proxy: {100 * b.PerSecond / d.PerSecond:F0}% of direct; Warden {100 * w.PerSecond / b.PerSecond:F0}% of the bare proxy");

            var count = Math.Min(requests, rate * (int)duration.TotalSeconds);
            // The paced runs reach code the closed loop does not (the pacer, the audit writer's idle waits) and run
            // the rest at other call counts, which the tiered JIT re-compiles for: warm that up the same way.
            await LatencyRecorder.WarmUpAsync($"paced {rate}/s", 2 * rate, rate, TimeSpan.FromSeconds(90), path => PacedAsync("warm-up", rate, rate, path), () => Post(direct), () => Post(warden), () => Post(viaBare));
            var jitPaced = System.Runtime.JitInfo.GetCompiledMethodCount();
            using var jitNames = Environment.GetEnvironmentVariable("WARDEN_JIT_PROFILE") == "1" ? RuntimeEventTally.JitCompilations() : null;
            jitNames?.On = true;
            var pd = await PacedAsync($"direct     paced {rate}/s", rate, count, () => Post(direct));
            var pw = await PacedAsync($"via Warden paced {rate}/s", rate, count, () => Post(warden));
            var pb = await PacedAsync($"bare proxy paced {rate}/s", rate, count, () => Post(viaBare));
            Console.WriteLine(pd);
            Console.WriteLine(pw);
            Console.WriteLine(pb);
            Console.WriteLine($"added latency at {rate}/s: p50 {pw.P50Ms - pd.P50Ms:F3} ms, p90 {pw.P90Ms - pd.P90Ms:F3} ms, p99 {pw.P99Ms - pd.P99Ms:F3} ms; load average {LoadAverage()}");
            if (jitNames is not null)
            {
                jitNames.On = false;
                foreach (var (m, n) in jitNames.Totals.OrderByDescending(x => x.Value).Take(60))
                {
                    Console.WriteLine($"  jit {n} {m}");
                }
            }

            Console.WriteLine($"methods compiled by the JIT during the measured runs: closed loop {jitPaced - jit0} (incl. the paced warm-up), paced {System.Runtime.JitInfo.GetCompiledMethodCount() - jitPaced}");
            Console.WriteLine($"added by the bare proxy at {rate}/s: p50 {pb.P50Ms - pd.P50Ms:F3} ms, p90 {pb.P90Ms - pd.P90Ms:F3} ms, p99 {pb.P99Ms - pd.P99Ms:F3} ms");
            return w.Errors + pw.Errors == 0 ? 0 : 1;
        }
        finally
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // Temp data; leaving it is harmless.
            }
        }
    }

    private static HttpClient Client(string baseUrl, string bearer, int concurrency)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(concurrency, 64), UseProxy = false }) { BaseAddress = new Uri(baseUrl + "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return http;
    }

    private static async Task<bool> Post(HttpClient http)
    {
        using var content = new StringContent(Body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("chat/completions", content);
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode && body.Length > 0;
    }

    /// <summary>
    /// Open loop: request i is due at i/rate seconds and is started then whether or not earlier ones finished. The
    /// pacer sleeps between ticks and starts every request that has fallen due (the timer's resolution is about a
    /// millisecond, so at 1,000/s a tick starts one or two). It never spins: a spinning pacer would take one of the
    /// machine's two cores away from the server it measures.
    /// </summary>
    internal static async Task<LatencyRecorder.Result> PacedAsync(string name, int rate, int count, Func<Task<bool>> call)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var tasks = new List<Task>(count);
        var clock = Stopwatch.StartNew();
        var started = 0;
        while (started < count)
        {
            var due = Math.Min(count, (int)(clock.Elapsed.TotalSeconds * rate) + 1);
            for (; started < due; started++)
            {
                tasks.Add(Task.Run(async () =>
                {
                    var start = Stopwatch.GetTimestamp();
                    if (!await call())
                    {
                        Interlocked.Increment(ref errors);
                    }

                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }));
            }

            await Task.Delay(1);
        }

        await Task.WhenAll(tasks);
        var seconds = clock.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToArray();
        return new LatencyRecorder.Result(name, sorted.Length, errors, seconds, LatencyRecorder.Percentile(sorted, 0.50), LatencyRecorder.Percentile(sorted, 0.90), LatencyRecorder.Percentile(sorted, 0.99));
    }

    internal static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Aggregate((a, b) => a + " " + b);
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
