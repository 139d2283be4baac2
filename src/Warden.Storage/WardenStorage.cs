using Microsoft.EntityFrameworkCore;
using Warden.Core.Errors;
using Warden.Storage.Data;
using Warden.Storage.Infrastructure;
using Warden.Storage.Schema;

namespace Warden.Storage;

internal sealed class WardenStorage(IDbContextFactory<WardenDbContext> factory, StorageConnection connection, TimeProvider time) : IWardenStorage
{
    public StorageConnection Connection => connection;

    public Task InitializeAsync(CancellationToken cancellationToken) =>
        new SchemaManager(factory, connection).InitializeAsync(time, cancellationToken);

    public async Task<StorageHealth> CheckAsync(CancellationToken cancellationToken)
    {
        var health = new StorageHealth
        {
            Provider = connection.Provider,
            Database = connection.Describe(),
            Reachable = false,
            ExpectedSchemaVersion = SchemaSteps.Latest,
        };

        if (connection.SqlitePath is { } path && !File.Exists(path))
        {
            // Opening would create an empty file behind the initializer's back (with default permissions).
            return health with { Error = StorageErrors.CannotOpen(health.Database, "the file does not exist yet").Describe() };
        }

        WardenDbContext? db = null;
        try
        {
            db = await factory.CreateDbContextAsync(cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (db is not null)
            {
                await db.DisposeAsync();
            }

            return health with { Error = StorageErrors.CannotOpen(health.Database, ex.Message.TrimEnd('.')).Describe() };
        }

        await using (db)
        {
            health = health with { Reachable = true };
            try
            {
                var version = await SchemaManager.ReadVersionAsync(db, cancellationToken);
                return version == SchemaSteps.Latest
                    ? health with { SchemaVersion = version }
                    : health with { SchemaVersion = version, Error = $"The schema is version {version}, expected {SchemaSteps.Latest}; Warden upgrades it on start." };
            }
            catch (Exception ex) when (ex is not OperationCanceledException && !StoreFailures.IsUnavailable(ex))
            {
                return health with { SchemaVersion = 0, Error = "The schema has not been created; Warden creates it on start." };
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return health with { Reachable = false, Error = Errors.StoreUnavailable().Describe() + " " + ex.Message };
            }
        }
    }
}
