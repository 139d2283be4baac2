using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Warden.Audit;
using Warden.Core.Audit;
using Warden.Storage;
using Warden.Storage.Audit;
using Warden.Storage.Tests.Infrastructure;

namespace Warden.Benchmarks.Audit;

/// <summary>
/// Sustained throughput of the group-commit sink (<see cref="AuditWriter"/> over the EF store) on SQLite and on
/// PostgreSQL, and the latency an append adds at a fixed offered rate. Bounded by event count and time.
/// <c>load audit [--requests N] [--concurrency C] [--seconds S] [--rate R] [--postgres]</c>; PostgreSQL uses a fresh
/// database on the server named by WARDEN_TEST_POSTGRES.
/// </summary>
internal static class AuditLoad
{
    public static async Task<int> RunAsync(int events, int concurrency, TimeSpan maxDuration, int rate, bool postgres)
    {
        var (options, cleanup) = postgres ? await PostgresAsync() : Sqlite();
        try
        {
            await using var services = new ServiceCollection().AddWardenStorage(options).AddWardenAuditStorage().BuildServiceProvider();
            await services.GetRequiredService<IWardenStorage>().InitializeAsync(CancellationToken.None);
            var store = new TimedStore(services.GetRequiredService<IAuditStore>());
            var provider = postgres ? "PostgreSQL" : "SQLite";
            await using (var writer = new AuditWriter(store, TimeProvider.System))
            {
                await ThroughputAsync(store, writer, "warm-up", Math.Min(2_000, events), concurrency, maxDuration);
                foreach (var c in new[] { 1, 16, concurrency })
                {
                    await ThroughputAsync(store, writer, $"{provider} sustained, {c} producers", c == 1 ? Math.Min(events, 500) : events, c, maxDuration);
                }

                await FixedRateAsync(writer, $"{provider} at {rate}/s offered", rate, Math.Min(events, rate * 5));
            }

            var report = await Warden.Audit.Chain.StoreVerification.VerifyAsync(store, _ => null, CancellationToken.None);
            Console.WriteLine($"chain after the run: valid={report.Valid}, {report.EventsChecked} events");
            return report.Valid ? 0 : 1;
        }
        finally
        {
            await cleanup();
        }
    }

    private static AuditEvent Event(int i) => new()
    {
        EventId = AuditEventIds.TokenIssued,
        Type = "token.issued",
        Outcome = "success",
        Actor = new AuditActor { Agent = "agt_bench", Human = "alice@example.com", HumanIssuer = "https://idp.example.com", Chain = ["agt_bench"] },
        Resource = "https://api.example.com",
        Action = "client_credentials",
        RequestId = "req-" + i,
        TraceId = "4bf92f3577b34da6a3ce929d0e0e4736",
        ClientAddress = "127.0.0.1",
        Details = new Dictionary<string, object?>(StringComparer.Ordinal) { ["jti"] = Guid.NewGuid().ToString("N"), ["scope"] = "read write" },
    };

    /// <summary>Closed loop: <paramref name="producers"/> callers each append and wait, like that many concurrent requests.</summary>
    private static async Task ThroughputAsync(TimedStore store, AuditWriter writer, string name, int events, int producers, TimeSpan maxDuration)
    {
        var next = -1;
        var clock = Stopwatch.StartNew();
        async Task Producer()
        {
            while (clock.Elapsed < maxDuration)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= events)
                {
                    return;
                }

                await writer.AppendAsync(Event(i), CancellationToken.None);
            }
        }

        var before = store.Snapshot();
        await Task.WhenAll(Enumerable.Range(0, producers).Select(_ => Task.Run(Producer)));
        var done = Math.Min(next + 1, events);
        var (batches, rows, storeMs) = store.Snapshot() - before;
        Console.WriteLine($"{name,-44} {done,8} events {clock.Elapsed.TotalSeconds,6:F2} s {done / clock.Elapsed.TotalSeconds,9:F0} events/s  ({batches} commits, {(double)rows / Math.Max(1, batches),6:F1} events/commit, {storeMs / Math.Max(1, batches),6:F2} ms/commit in the store = {100 * storeMs / clock.Elapsed.TotalMilliseconds,3:F0}% of wall time)");
    }

    /// <summary>Open loop: one append every 1/<paramref name="rate"/> s whatever the previous ones do; reports what each append waited.</summary>
    private static async Task FixedRateAsync(AuditWriter writer, string name, int rate, int events)
    {
        var latencies = new double[events];
        var tasks = new Task[events];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < events; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            var ahead = due - clock.Elapsed;
            if (ahead > TimeSpan.FromMilliseconds(2))
            {
                await Task.Delay(ahead);
            }

            var index = i;
            tasks[i] = Task.Run(async () =>
            {
                var start = Stopwatch.GetTimestamp();
                await writer.AppendAsync(Event(index), CancellationToken.None);
                latencies[index] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            });
        }

        await Task.WhenAll(tasks);
        var achieved = events / clock.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        Console.WriteLine($"{name,-44} {events,8} events {achieved,9:F0} events/s achieved  p50 {Load.LatencyRecorder.Percentile(latencies, 0.50),7:F3} ms  p99 {Load.LatencyRecorder.Percentile(latencies, 0.99),7:F3} ms  max {latencies[^1],7:F3} ms");
    }

    private static (StorageOptions, Func<Task>) Sqlite()
    {
        var dir = Path.Combine(Path.GetTempPath(), "warden-audit-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return (new StorageOptions { Database = "sqlite", DataDirectory = dir }, () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // Temp data; leaving it is harmless.
            }

            return Task.CompletedTask;
        }
        );
    }

    private static async Task<(StorageOptions, Func<Task>)> PostgresAsync()
    {
        var admin = Environment.GetEnvironmentVariable("WARDEN_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("WARDEN_TEST_POSTGRES is not set; run: eval \"$(scripts/ensure-postgres.sh)\"");
        var name = "warden_bench_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin, $"CREATE DATABASE {name}");
        var options = new StorageOptions { Database = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString, DataDirectory = Path.GetTempPath() };
        return (options, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await PostgresDrop.DropDatabaseAsync(connection, name);
        }
        );
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Counts commits and the time spent inside the store, to tell the database's share from the writer's. A pipelined
    /// store's time is the written part only (its syncs overlap the next commits).
    /// </summary>
    private sealed class TimedStore(IAuditStore inner) : IAuditStore, IPipelinedAuditStore
    {
        private long _batches;
        private long _rows;
        private long _ticks;

        public Totals Snapshot() => new(Interlocked.Read(ref _batches), Interlocked.Read(ref _rows), TimeSpan.FromTicks(Interlocked.Read(ref _ticks)).TotalMilliseconds);

        public async Task<IReadOnlyList<Warden.Audit.Chain.AuditRecord>> AppendAsync(IReadOnlyList<Warden.Audit.Chain.AuditBody> bodies, CancellationToken cancellationToken)
        {
            var start = Stopwatch.GetTimestamp();
            var result = await inner.AppendAsync(bodies, cancellationToken);
            Interlocked.Add(ref _ticks, Stopwatch.GetElapsedTime(start).Ticks);
            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _rows, bodies.Count);
            return result;
        }

        public IReadOnlyList<Warden.Audit.Chain.AuditRecord> AppendPipelined(IReadOnlyList<Warden.Audit.Chain.AuditBody> bodies, Action<Exception?> durable)
        {
            var start = Stopwatch.GetTimestamp();
            IReadOnlyList<Warden.Audit.Chain.AuditRecord> result;
            if (inner is IPipelinedAuditStore pipelined)
            {
                result = pipelined.AppendPipelined(bodies, durable);
            }
            else
            {
                result = inner.AppendAsync(bodies, CancellationToken.None).GetAwaiter().GetResult();
                durable(null);
            }

            Interlocked.Add(ref _ticks, Stopwatch.GetElapsedTime(start).Ticks);
            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _rows, bodies.Count);
            return result;
        }

        public Task<Warden.Audit.Chain.ChainAnchor> GetHeadAsync(CancellationToken cancellationToken) => inner.GetHeadAsync(cancellationToken);

        public Task<Warden.Audit.Chain.ChainAnchor> GetAnchorAsync(CancellationToken cancellationToken) => inner.GetAnchorAsync(cancellationToken);

        public Task<IReadOnlyList<Warden.Audit.Chain.AuditRecord>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken) => inner.ReadAsync(afterSequence, limit, cancellationToken);

        public Task<IReadOnlyList<Warden.Audit.Chain.AuditRecord>> SearchAsync(AuditQuery query, CancellationToken cancellationToken) => inner.SearchAsync(query, cancellationToken);

        public Task AddCheckpointAsync(Warden.Audit.Chain.AuditCheckpoint checkpoint, CancellationToken cancellationToken) => inner.AddCheckpointAsync(checkpoint, cancellationToken);

        public Task<IReadOnlyList<Warden.Audit.Chain.AuditCheckpoint>> GetCheckpointsAsync(long afterSequence, CancellationToken cancellationToken) => inner.GetCheckpointsAsync(afterSequence, cancellationToken);

        public Task<int> PruneAsync(long throughSequence, CancellationToken cancellationToken) => inner.PruneAsync(throughSequence, cancellationToken);

        public Task<long> GetCursorAsync(string name, CancellationToken cancellationToken) => inner.GetCursorAsync(name, cancellationToken);

        public Task SetCursorAsync(string name, long sequence, CancellationToken cancellationToken) => inner.SetCursorAsync(name, sequence, cancellationToken);
    }

    private readonly record struct Totals(long Batches, long Rows, double StoreMs)
    {
        public static Totals operator -(Totals a, Totals b) => new(a.Batches - b.Batches, a.Rows - b.Rows, a.StoreMs - b.StoreMs);
    }
}
