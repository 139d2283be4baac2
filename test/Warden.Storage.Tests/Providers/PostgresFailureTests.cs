using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Warden.Core.Agents;
using Warden.Core.Errors;
using Warden.Storage.Tests.Infrastructure;

namespace Warden.Storage.Tests.Providers;

public sealed class PostgresFailureTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task UnreachableServer_FailsWithAClearError_AndStoresFailClosed()
    {
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        var options = new StorageOptions { Database = "postgres://warden:s3cret-pw@127.0.0.1:1/warden?connect_timeout=2" };
        var services = database.CreateServices(options);

        var init = await Assert.ThrowsAsync<WardenException>(() => services.GetRequiredService<IWardenStorage>().InitializeAsync(Ct));
        var store = await Assert.ThrowsAsync<WardenException>(() => services.GetRequiredService<IAgentStore>().FindAsync("a", Ct));
        var health = await services.GetRequiredService<IWardenStorage>().CheckAsync(Ct);

        Assert.Equal("WRD8020", init.Error.Id);
        Assert.Contains("127.0.0.1:1/warden", init.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", init.Message, StringComparison.Ordinal);
        Assert.Equal("WRD9001", store.Error.Id);
        Assert.False(health.Reachable);
        Assert.DoesNotContain("s3cret-pw", health.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPassword_FailsWithAClearError_WithoutEchoingIt()
    {
        var fresh = await database.CreateFreshAsync();
        var builder = new NpgsqlConnectionStringBuilder(fresh.Database) { Password = "definitely-wrong-pw" };
        var services = database.CreateServices(new StorageOptions { Database = builder.ConnectionString });

        var ex = await Assert.ThrowsAsync<WardenException>(() => services.GetRequiredService<IWardenStorage>().InitializeAsync(Ct));

        Assert.Equal("WRD8020", ex.Error.Id);
        Assert.DoesNotContain("definitely-wrong-pw", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Password=***", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadOnlyDatabase_FailsWithAClearError_AndWritesFailClosed()
    {
        var options = await database.CreateFreshAsync();
        var database1 = new NpgsqlConnectionStringBuilder(options.Database).Database;
        var writable = database.CreateServices(options);
        await writable.GetRequiredService<IWardenStorage>().InitializeAsync(Ct);

        // What a hot standby (read replica) looks like to a client: every transaction is read-only.
        await PostgresTestDatabase.ExecuteAsync(options, $"ALTER DATABASE {database1} SET default_transaction_read_only = on");
        NpgsqlConnection.ClearAllPools();
        var services = database.CreateServices(options);

        var init = await Assert.ThrowsAsync<WardenException>(() => services.GetRequiredService<IWardenStorage>().InitializeAsync(Ct));
        var write = await Assert.ThrowsAsync<WardenException>(() => services.GetRequiredService<IAgentStore>().CreateAsync(TestData.Agent(), [], Ct));

        Assert.Equal("WRD8021", init.Error.Id);
        Assert.Equal("WRD9001", write.Error.Id);
    }
}
