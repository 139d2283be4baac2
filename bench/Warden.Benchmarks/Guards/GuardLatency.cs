using System.Diagnostics;
using System.Text;
using Warden.Guards;

namespace Warden.Benchmarks.Guards;

/// <summary>
/// Per-call latency percentiles of the guards on one thread (BenchmarkDotNet reports means; the speed target is a p99):
/// the default user-channel set and PII + secrets on 4 KB inputs, after a warm-up. <c>load guards [--requests N]</c>.
/// </summary>
internal static class GuardLatency
{
    /// <summary>The same 4 KB text as <see cref="GuardBenchmarks"/>: short prose dense in names, e-mails and phones.</summary>
    private static readonly string Dense = string.Concat(Enumerable.Repeat(
        "Hi team, please review the deployment notes for Friday. Contact Maria Lopez at maria@example.org or +1 415 555 0134. ", 40))[..4096];

    /// <summary>A 4 KB mix of what reaches a gateway: an e-mail, a support chat, code with configuration, a table.</summary>
    private static readonly string Mixed = BuildMixed();

    public static int Run(int calls)
    {
        var fullSet = GuardEngine.CreateDefault();
        var piiSecrets = GuardEngine.CreateDefault(new GuardOptions
        {
            Channels = new Dictionary<GuardChannel, ChannelGuardPolicy> { [GuardChannel.User] = ChannelGuardPolicy.Of((DetectorNames.Pii, GuardAction.Flag), (DetectorNames.Secrets, GuardAction.Flag)) },
        });
        Console.WriteLine($"Guards, one thread, {calls} calls per case after a 1,000-call warm-up; load average {Load.GatewayLoad.LoadAverage()}");
        foreach (var (name, engine, text) in new[]
        {
            ("default user set, 4 KB dense", fullSet, Dense),
            ("default user set, 4 KB mixed", fullSet, Mixed),
            ("pii + secrets, 4 KB dense", piiSecrets, Dense),
            ("pii + secrets, 4 KB mixed", piiSecrets, Mixed),
        })
        {
            Measure(name, engine, text, calls);
        }

        return 0;
    }

    private static void Measure(string name, GuardEngine engine, string text, int calls)
    {
        for (var i = 0; i < 1_000; i++)
        {
            engine.Scan(text, GuardChannel.User);
        }

        var times = new double[calls];
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            engine.Scan(text, GuardChannel.User);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds / calls;
        Array.Sort(times);
        var bytes = Encoding.UTF8.GetByteCount(text);
        var mbPerSecond = bytes / (times.Average() / 1000) / 1e6;
        Console.WriteLine($"{name,-30} {bytes,5} B  p50 {Load.LatencyRecorder.Percentile(times, 0.50),6:F3} ms  p90 {Load.LatencyRecorder.Percentile(times, 0.90),6:F3} ms  p99 {Load.LatencyRecorder.Percentile(times, 0.99),6:F3} ms  max {times[^1],6:F3} ms  mean {times.Average(),6:F3} ms = {mbPerSecond,5:F1} MB/s  (process CPU {cpuPerCall:F3} ms/call)");
    }

    private static string BuildMixed()
    {
        var parts = new[]
        {
            "From: Jonas Weber <jonas.weber@contoso.example>\nTo: support@fabrikam.example\nSubject: Invoice 2024-118 and the migration\n\n",
            "Hello Dana,\n\nthanks for the quick call yesterday. As discussed, the migration of the billing service moves to the weekend of 14 March. ",
            "Our finance contact is Priya Raman (phone +44 20 7946 0958); she will confirm the purchase order. The old endpoint stays up until the end of the quarter, ",
            "and we will send the new configuration once the security review is done. Please do not share credentials over e-mail.\n\n",
            "Support chat transcript:\nuser: my order #88412 never arrived, can you check?\nagent: I can see it left the warehouse in Rotterdam on Tuesday. ",
            "It should reach 221B Baker Street, London NW1 6XE by Friday.\nuser: great, thanks. Also, how do I kill a stuck Python process on Windows?\n",
            "agent: open Task Manager, find python.exe and end the task, or run taskkill /IM python.exe /F.\n\n",
            "```python\nimport os\nimport requests\n\nAPI_URL = os.environ.get(\"BILLING_API_URL\", \"https://billing.internal.example/v2\")\n",
            "TIMEOUT_SECONDS = 30\n\ndef fetch_invoices(customer_id: str) -> list[dict]:\n    response = requests.get(f\"{API_URL}/customers/{customer_id}/invoices\", timeout=TIMEOUT_SECONDS)\n",
            "    response.raise_for_status()\n    return response.json()[\"items\"]\n```\n\n",
            "| quarter | revenue | growth |\n|---|---:|---:|\n| Q1 | 1,204,000 | 4.2% |\n| Q2 | 1,351,500 | 12.3% |\n| Q3 | 1,298,250 | -3.9% |\n\n",
        };
        var sb = new StringBuilder();
        while (sb.Length < 4096)
        {
            foreach (var p in parts)
            {
                sb.Append(p);
            }
        }

        return sb.ToString(0, 4096);
    }
}
