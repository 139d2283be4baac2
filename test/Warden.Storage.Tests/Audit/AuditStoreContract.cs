using Microsoft.Extensions.DependencyInjection;
using Warden.Audit;
using Warden.Audit.Chain;
using Warden.Core.Audit;
using Warden.Storage.Audit;
using Warden.Storage.Tests.Infrastructure;

namespace Warden.Storage.Tests.Audit;

public abstract class AuditStoreContract(TestDatabase database)
{
    private static CancellationToken Ct => CancellationToken.None;

    private IAuditStore NewStore() => database.CreateServices(database.Options).AddWardenAuditStorageOnce().GetRequiredService<IAuditStore>();

    private static AuditBody Body(string agent, int i) => AuditCanonical.Body(new AuditEvent
    {
        EventId = AuditEventIds.TokenIssued,
        Type = "token.issued",
        Time = TestData.Now.AddSeconds(i),
        Outcome = i % 2 == 0 ? "success" : "deny",
        Actor = new AuditActor { Agent = agent },
        Reason = $"Reason number {i}",
    });

    [Fact]
    public async Task ConcurrentWritersFromTwoNodes_KeepOneValidChain()
    {
        var a = NewStore();
        var b = NewStore();
        var agent = TestData.NewId("agt");
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? a : b).AppendAsync([.. Enumerable.Range(0, 25).Select(j => Body(agent, j))], Ct)));

        var report = await StoreVerification.VerifyAsync(a, _ => null, Ct);
        Assert.True(report.Valid, report.Problem?.ToString());
        Assert.Equal((await a.GetHeadAsync(Ct)).Sequence, report.LastSequence);
        Assert.Equal(500, (await a.SearchAsync(new AuditQuery { Agent = agent, Limit = 1000 }, Ct)).Count);
    }

    [Fact]
    public async Task Search_FiltersAndPages()
    {
        var store = NewStore();
        var agent = TestData.NewId("agt");
        await store.AppendAsync([.. Enumerable.Range(0, 10).Select(i => Body(agent, i))], Ct);

        var denied = await store.SearchAsync(new AuditQuery { Agent = agent, Outcome = "deny", Text = "REASON number 3" }, Ct);
        Assert.Single(denied);
        var first = await store.SearchAsync(new AuditQuery { Agent = agent, Limit = 4 }, Ct);
        var second = await store.SearchAsync(new AuditQuery { Agent = agent, Limit = 4, Before = first[^1].Sequence }, Ct);
        Assert.Equal(4, second.Count);
        Assert.True(second[0].Sequence < first[^1].Sequence);
        Assert.Equal(10, (await store.SearchAsync(new AuditQuery { Agent = agent, EventType = "2001" }, Ct)).Count);
    }

    [Fact]
    public async Task Prune_MovesTheAnchor_AndTheRestStillVerifies()
    {
        var store = NewStore();
        var records = await store.AppendAsync([.. Enumerable.Range(0, 6).Select(i => Body("agt_p", i))], Ct);
        await store.PruneAsync(records[2].Sequence, Ct);
        var anchor = await store.GetAnchorAsync(Ct);
        Assert.Equal((records[2].Sequence, records[2].Hash), (anchor.Sequence, anchor.Hash));
        Assert.True((await StoreVerification.VerifyAsync(store, _ => null, Ct)).Valid);
        Assert.Equal(42, await SetAndGetCursorAsync(store));
    }

    private static async Task<long> SetAndGetCursorAsync(IAuditStore store)
    {
        await store.SetCursorAsync("syslog", 41, Ct);
        await store.SetCursorAsync("syslog", 42, Ct);
        return await store.GetCursorAsync("syslog", Ct);
    }
}

internal static class AuditServices
{
    public static IServiceProvider AddWardenAuditStorageOnce(this ServiceProvider provider) =>
        new ServiceCollection().AddSingleton(provider).AddWardenStorageFrom(provider).BuildServiceProvider();

    // The audit store needs the provider's pooled context factory; register it over the same services.
    private static IServiceCollection AddWardenStorageFrom(this IServiceCollection services, ServiceProvider provider)
    {
        services.AddSingleton(provider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Data.WardenDbContext>>());
        services.AddWardenAuditStorage();
        return services;
    }
}

public sealed class SqliteAuditStoreTests(SqliteTestDatabase database) : AuditStoreContract(database), IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task FullSync_CommitsAreSyncedOutsideSqlite_ThroughTheWriter_AndTheChainHolds()
    {
        // Full sync (the default) on a WAL file: the appender commits with synchronous = NORMAL and syncs the WAL itself,
        // so many concurrent events share few syncs while the next commit is being written.
        var options = await database.CreateFreshAsync();
        var services = database.CreateServices(options);
        await services.GetRequiredService<IWardenStorage>().InitializeAsync(CancellationToken.None);
        var store = (EfAuditStore)services.AddWardenAuditStorageOnce().GetRequiredService<IAuditStore>();
        await using (var writer = new AuditWriter(store, TimeProvider.System))
        {
            var appended = await Task.WhenAll(Enumerable.Range(0, 16).Select(p => Task.Run(async () =>
            {
                for (var i = 0; i < 50; i++)
                {
                    await writer.AppendAsync(new AuditEvent { EventId = AuditEventIds.TokenIssued, Type = "token.issued", Outcome = "success", Reason = $"{p}/{i}", Time = TestData.Now }, CancellationToken.None);
                }

                return 50;
            })));
            Assert.Equal(800, appended.Sum());
        }

        Assert.InRange(store.ExplicitSyncs, 1, 800);
        var report = await StoreVerification.VerifyAsync(store, _ => null, CancellationToken.None);
        Assert.True(report.Valid, report.Problem?.ToString());
        Assert.Equal(800, report.EventsChecked);
    }

    [Fact]
    public async Task NormalSync_LeavesSyncingToSqlite()
    {
        var options = await database.CreateFreshAsync() with { SqliteSynchronous = SqliteSynchronous.Normal };
        var services = database.CreateServices(options);
        await services.GetRequiredService<IWardenStorage>().InitializeAsync(CancellationToken.None);
        var store = (EfAuditStore)services.AddWardenAuditStorageOnce().GetRequiredService<IAuditStore>();

        var reported = false;
        var records = store.AppendPipelined([AuditCanonical.Body(new AuditEvent { EventId = AuditEventIds.TokenIssued, Type = "token.issued", Outcome = "success", Time = TestData.Now })], error => reported = error is null);

        Assert.Single(records);
        Assert.True(reported); // synced by SQLite's own commit, so reported before AppendPipelined returned
        Assert.Equal(0, store.ExplicitSyncs);
    }

    [Fact]
    public async Task ManySmallCommits_WalIsCheckpointedOffThePath_AndStaysBounded()
    {
        // Background passive checkpoints alone never catch up with a busy writer: the WAL must still restart, so it stays
        // bounded by the appender's autocheckpoint (10,000 pages, ~39 MiB) although 4,000 commits of about six 4 KiB
        // pages each would make it ~94 MiB unbounded. A restart needs a moment with no checkpoint reading the WAL, so
        // on a loaded machine it can come a few thousand pages late (a CI run saw 44.1 MiB); the upper bound allows that.
        var options = await database.CreateFreshAsync() with { SqliteSynchronous = SqliteSynchronous.Normal };
        var services = database.CreateServices(options);
        await services.GetRequiredService<IWardenStorage>().InitializeAsync(CancellationToken.None);
        var store = services.AddWardenAuditStorageOnce().GetRequiredService<IAuditStore>();
        var wal = Path.Combine(options.DataDirectory!, "warden.db-wal");
        for (var i = 0; i < 4_000; i++)
        {
            await store.AppendAsync([AuditCanonical.Body(new AuditEvent { EventId = AuditEventIds.TokenIssued, Type = "token.issued", Outcome = "success", Reason = "commit " + i, Time = TestData.Now })], CancellationToken.None);
        }

        // Above SQLite's default bound (1,000 pages, ~4 MiB): the appender's own setting applies; below 64 MiB: it restarts.
        var length = new FileInfo(wal).Length;
        Assert.True(length is > 8 * 1024 * 1024 and < 64 * 1024 * 1024, $"WAL is {length} bytes");
        Assert.True((await StoreVerification.VerifyAsync(store, _ => null, CancellationToken.None)).Valid);
    }
}

public sealed class PostgresAuditStoreTests(PostgresTestDatabase database) : AuditStoreContract(database), IClassFixture<PostgresTestDatabase>;
