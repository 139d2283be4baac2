using Npgsql;

namespace Warden.Storage.Tests.Infrastructure;

/// <summary>
/// A fresh database per test class (and per schema test) on the PostgreSQL named by WARDEN_TEST_POSTGRES.
/// A missing variable fails the tests: CI must never silently skip the PostgreSQL half of the contract.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string Variable = "WARDEN_TEST_POSTGRES";

    private readonly List<string> created = [];

    public override StorageProvider Provider => StorageProvider.PostgreSql;

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL storage tests cannot run. Start the test database with: eval \"$(scripts/ensure-postgres.sh)\" and run the tests again in that shell.");

    public override async Task<StorageOptions> CreateFreshAsync()
    {
        var name = "warden_t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        lock (created)
        {
            created.Add(name);
        }

        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name };
        return new StorageOptions { Database = builder.ConnectionString };
    }

    /// <summary>Runs SQL as the test role on one of this fixture's databases.</summary>
    public static async Task ExecuteAsync(StorageOptions options, string sql)
    {
        await using var connection = new NpgsqlConnection(options.Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task DropAllAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        foreach (var name in created)
        {
            await PostgresDrop.DropDatabaseAsync(connection, name);
        }
    }
}
