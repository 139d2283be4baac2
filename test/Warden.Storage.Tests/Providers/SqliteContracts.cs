using Microsoft.Data.Sqlite;
using Warden.Storage.Tests.Contracts;
using Warden.Storage.Tests.Infrastructure;

namespace Warden.Storage.Tests.Providers;

public sealed class SqliteAgentStoreTests(SqliteTestDatabase database) : AgentStoreContract(database), IClassFixture<SqliteTestDatabase>;

public sealed class SqliteTokenStateStoreTests(SqliteTestDatabase database) : TokenStateStoreContract(database), IClassFixture<SqliteTestDatabase>;

public sealed class SqliteSigningKeyStoreTests(SqliteTestDatabase database) : SigningKeyStoreContract(database), IClassFixture<SqliteTestDatabase>;

public sealed class SqliteAdminTokenStoreTests(SqliteTestDatabase database) : AdminTokenStoreContract(database), IClassFixture<SqliteTestDatabase>;

public sealed class SqliteSchemaTests(SqliteTestDatabase database) : SchemaContract(database), IClassFixture<SqliteTestDatabase>
{
    protected override async Task ExecuteAsync(StorageOptions options, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(options.DataDirectory, "warden.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

public sealed class SqliteToolPinStoreTests(SqliteTestDatabase database) : ToolPinStoreContract(database), IClassFixture<SqliteTestDatabase>;
