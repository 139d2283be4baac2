using Warden.Storage.Tests.Contracts;
using Warden.Storage.Tests.Infrastructure;

namespace Warden.Storage.Tests.Providers;

public sealed class PostgresAgentStoreTests(PostgresTestDatabase database) : AgentStoreContract(database), IClassFixture<PostgresTestDatabase>;

public sealed class PostgresTokenStateStoreTests(PostgresTestDatabase database) : TokenStateStoreContract(database), IClassFixture<PostgresTestDatabase>;

public sealed class PostgresSigningKeyStoreTests(PostgresTestDatabase database) : SigningKeyStoreContract(database), IClassFixture<PostgresTestDatabase>;

public sealed class PostgresAdminTokenStoreTests(PostgresTestDatabase database) : AdminTokenStoreContract(database), IClassFixture<PostgresTestDatabase>;

public sealed class PostgresSchemaTests(PostgresTestDatabase database) : SchemaContract(database), IClassFixture<PostgresTestDatabase>
{
    protected override Task ExecuteAsync(StorageOptions options, string sql) => PostgresTestDatabase.ExecuteAsync(options, sql);
}

public sealed class PostgresToolPinStoreTests(PostgresTestDatabase database) : ToolPinStoreContract(database), IClassFixture<PostgresTestDatabase>;
