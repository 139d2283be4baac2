using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warden.Core.Agents;
using Warden.Core.Errors;
using Warden.Core.Security;
using Warden.Storage.Data;
using Warden.Storage.Schema;
using Warden.Storage.Tests.Infrastructure;

namespace Warden.Storage.Tests.Contracts;

public abstract class SchemaContract(TestDatabase database)
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task Check_BeforeInitialize_IsNotReady_AndAfterIsReady()
    {
        var options = await database.CreateFreshAsync();
        var storage = database.CreateServices(options).GetRequiredService<IWardenStorage>();

        var before = await storage.CheckAsync(Ct);
        await storage.InitializeAsync(Ct);
        var after = await storage.CheckAsync(Ct);

        Assert.False(before.IsReady);
        Assert.NotNull(before.Error);
        Assert.True(after.IsReady, after.Error);
        Assert.Equal(SchemaSteps.Latest, after.SchemaVersion);
        Assert.Equal(database.Provider, after.Provider);
    }

    [Fact]
    public async Task Initialize_Twice_IsIdempotent_AndKeepsData()
    {
        var options = await database.CreateFreshAsync();
        var services = database.CreateServices(options);
        var storage = services.GetRequiredService<IWardenStorage>();
        await storage.InitializeAsync(Ct);
        var agent = TestData.Agent();
        await services.GetRequiredService<IAgentStore>().CreateAsync(agent, [], Ct);

        await storage.InitializeAsync(Ct);
        await database.CreateServices(options).GetRequiredService<IWardenStorage>().InitializeAsync(Ct);

        Assert.NotNull(await services.GetRequiredService<IAgentStore>().FindAsync(agent.Id, Ct));
        Assert.True((await storage.CheckAsync(Ct)).IsReady);
    }

    [Fact]
    public async Task Initialize_ByFourProcessesAtOnce_AllSucceed()
    {
        var options = await database.CreateFreshAsync();
        var storages = Enumerable.Range(0, 4).Select(_ => database.CreateServices(options).GetRequiredService<IWardenStorage>()).ToList();

        await Task.WhenAll(storages.Select(s => Task.Run(() => s.InitializeAsync(Ct))));

        Assert.All(await Task.WhenAll(storages.Select(s => s.CheckAsync(Ct))), h => Assert.True(h.IsReady, h.Error));
    }

    [Fact]
    public async Task Initialize_OnANewerSchema_RefusesToStart()
    {
        var options = await database.CreateFreshAsync();
        var storage = database.CreateServices(options).GetRequiredService<IWardenStorage>();
        await storage.InitializeAsync(Ct);
        await ExecuteAsync(options, $"INSERT INTO schema_version (version, description, applied_at) VALUES ({SchemaSteps.Latest + 1}, 'future', 0)");

        var ex = await Assert.ThrowsAsync<WardenException>(() => database.CreateServices(options).GetRequiredService<IWardenStorage>().InitializeAsync(Ct));

        Assert.Equal("WRD8022", ex.Error.Id);
        Assert.Contains("Upgrade Warden", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpgradeStepHelper_CreatesJustTheNamedTables()
    {
        var options = await database.CreateFreshAsync();
        if (database.Provider == StorageProvider.Sqlite)
        {
            // The initializer normally creates the file; this test bypasses it.
            Directory.CreateDirectory(options.DataDirectory);
            await File.WriteAllBytesAsync(Path.Combine(options.DataDirectory, "warden.db"), [], Ct);
        }

        var services = database.CreateServices(options);
        var factory = services.GetRequiredService<IDbContextFactory<WardenDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(Ct))
        {
            await ModelDdl.CreateTablesAsync(db, ["admin_tokens"], Ct);
        }

        var token = new AdminTokenRecord { Id = TestData.NewId("adm"), Name = "n", TokenHash = TestData.NewId("h"), CreatedAt = TestData.Now };
        await services.GetRequiredService<IAdminTokenStore>().AddAsync(token, Ct);

        Assert.NotNull(await services.GetRequiredService<IAdminTokenStore>().FindByHashAsync(token.TokenHash, Ct));
        await Assert.ThrowsAnyAsync<Exception>(() => services.GetRequiredService<IAgentStore>().FindAsync("a", Ct));
    }

    /// <summary>Runs raw SQL against a database of this provider.</summary>
    protected abstract Task ExecuteAsync(StorageOptions options, string sql);
}
