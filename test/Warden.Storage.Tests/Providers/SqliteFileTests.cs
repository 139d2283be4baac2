using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warden.Core.Errors;
using Warden.Storage.Data;
using Warden.Storage.Tests.Infrastructure;

namespace Warden.Storage.Tests.Providers;

public sealed class SqliteFileTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task Initialize_CreatesAnOwnerOnlyFile_InWalMode_WithForeignKeys()
    {
        var options = await database.CreateFreshAsync();
        await database.CreateServices(options).GetRequiredService<IWardenStorage>().InitializeAsync(Ct);
        var path = Path.Combine(options.DataDirectory, "warden.db");

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(options.DataDirectory));
        }

        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
    }

    [Theory]
    [InlineData(null, "2")]
    [InlineData(SqliteSynchronous.Full, "2")]
    [InlineData(SqliteSynchronous.Normal, "1")]
    public async Task Connections_UseTheConfiguredSynchronousMode_FullByDefault(SqliteSynchronous? mode, string expected)
    {
        var options = await database.CreateFreshAsync();
        if (mode is { } m)
        {
            options = options with { SqliteSynchronous = m };
        }

        var services = database.CreateServices(options);
        await services.GetRequiredService<IWardenStorage>().InitializeAsync(Ct);
        await using var db = await services.GetRequiredService<IDbContextFactory<WardenDbContext>>().CreateDbContextAsync(Ct);
        await db.Database.OpenConnectionAsync(Ct);

        // PRAGMA synchronous: 1 = NORMAL, 2 = FULL.
        Assert.Equal(expected, await ScalarAsync((SqliteConnection)db.Database.GetDbConnection(), "PRAGMA synchronous"));
    }

    [Fact]
    public async Task DataDirectoryThatIsAFile_FailsWithAClearError()
    {
        var options = await database.CreateFreshAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(options.DataDirectory)!);
        await File.WriteAllTextAsync(options.DataDirectory, "not a directory");

        var ex = await Assert.ThrowsAsync<WardenException>(() => database.CreateServices(options).GetRequiredService<IWardenStorage>().InitializeAsync(Ct));
        var health = await database.CreateServices(options).GetRequiredService<IWardenStorage>().CheckAsync(Ct);

        Assert.Equal("WRD8020", ex.Error.Id);
        Assert.Contains(options.DataDirectory, ex.Message, StringComparison.Ordinal);
        Assert.False(health.IsReady);
        Assert.False(health.Reachable);
    }

    [Fact]
    public async Task FileThatIsNotADatabase_FailsWithAClearError_AndStoresFailClosed()
    {
        var options = await database.CreateFreshAsync();
        Directory.CreateDirectory(options.DataDirectory);
        await File.WriteAllTextAsync(Path.Combine(options.DataDirectory, "warden.db"), new string('x', 4096));
        var services = database.CreateServices(options);

        var init = await Assert.ThrowsAsync<WardenException>(() => services.GetRequiredService<IWardenStorage>().InitializeAsync(Ct));
        var store = await Assert.ThrowsAsync<WardenException>(() => services.GetRequiredService<Core.Agents.IAgentStore>().FindAsync("a", Ct));

        Assert.Equal("WRD8020", init.Error.Id);
        Assert.Equal("WRD9001", store.Error.Id);
    }

    [Fact]
    public async Task Store_BeforeInitialize_FailsClosed_AndCreatesNoFile()
    {
        var options = await database.CreateFreshAsync();
        Directory.CreateDirectory(options.DataDirectory);

        var ex = await Assert.ThrowsAsync<WardenException>(() => database.CreateServices(options).GetRequiredService<Core.Agents.IAgentStore>().FindAsync("a", Ct));

        Assert.Equal("WRD9001", ex.Error.Id);
        Assert.False(File.Exists(Path.Combine(options.DataDirectory, "warden.db")));
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
