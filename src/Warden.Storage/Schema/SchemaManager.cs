using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Warden.Core.Errors;
using Warden.Storage.Data;
using Warden.Storage.Infrastructure;

namespace Warden.Storage.Schema;

/// <summary>
/// Creates or upgrades the schema on start. Idempotent, and safe when several Warden processes start at once:
/// the whole check-and-upgrade is one transaction under a cross-process lock, and DDL is transactional on both
/// providers, so a failed upgrade leaves the database as it was.
/// </summary>
internal sealed class SchemaManager(IDbContextFactory<WardenDbContext> factory, StorageConnection connection)
{
    // Kept outside the EF model so that creating "the whole model" never includes the bookkeeping table.
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL)";

    public async Task<int> InitializeAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        SchemaSteps.Verify();
        if (connection.SqlitePath is { } path)
        {
            SqliteFile.Prepare(path, connection.Describe());
        }

        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
            if (connection.Provider == StorageProvider.Sqlite)
            {
                // WAL lets readers run beside the single writer; it is a property of the file, set once.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL", cancellationToken);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await DatabaseLock.AcquireAsync(db, DatabaseLock.Schema, cancellationToken);
            await db.Database.ExecuteSqlRawAsync(CreateVersionTable, cancellationToken);
            var current = await ReadVersionAsync(db, cancellationToken);
            if (current > SchemaSteps.Latest)
            {
                throw new WardenException(StorageErrors.SchemaTooNew(current, SchemaSteps.Latest));
            }

            var now = time.GetUtcNow().ToUnixTimeMilliseconds() * 1000;
            if (current == 0)
            {
                await ModelDdl.CreateAllAsync(db, cancellationToken);
                foreach (var step in SchemaSteps.All)
                {
                    await RecordAsync(db, step, now, cancellationToken);
                }
            }
            else
            {
                foreach (var step in SchemaSteps.All.Where(s => s.Version > current))
                {
                    await ApplyAsync(db, step, now, cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
            return SchemaSteps.Latest;
        }
        catch (Exception ex) when (ex is not WardenException && ex is not OperationCanceledException)
        {
            throw Translate(ex);
        }
    }

    /// <summary>The recorded schema version; 0 for a database Warden has not initialised.</summary>
    public static async Task<int> ReadVersionAsync(WardenDbContext db, CancellationToken cancellationToken)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        await using (command)
        {
            command.CommandText = "SELECT MAX(version) FROM schema_version";
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var value = await command.ExecuteScalarAsync(cancellationToken);
            return value is null or DBNull ? 0 : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static async Task ApplyAsync(WardenDbContext db, SchemaStep step, long now, CancellationToken cancellationToken)
    {
        try
        {
            await step.Apply(db, cancellationToken);
        }
        catch (DbException ex) when (!StoreFailures.IsUnavailable(ex))
        {
            throw new WardenException(StorageErrors.SchemaUpgradeFailed(step.Version, ex.Message), ex);
        }

        await RecordAsync(db, step, now, cancellationToken);
    }

    private static Task RecordAsync(WardenDbContext db, SchemaStep step, long now, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"INSERT INTO schema_version (version, description, applied_at) VALUES ({step.Version}, {step.Description}, {now})",
            cancellationToken);

    private WardenException Translate(Exception ex)
    {
        if (StoreFailures.IsReadOnly(ex))
        {
            return new WardenException(StorageErrors.ReadOnly(connection.Describe()), ex);
        }

        // Provider messages name the host, user or file, never the password.
        return new WardenException(StorageErrors.CannotOpen(connection.Describe(), FirstLine(ex)), ex);
    }

    private static string FirstLine(Exception ex)
    {
        var innermost = ex;
        while (innermost.InnerException is not null && innermost is not DbException)
        {
            innermost = innermost.InnerException;
        }

        var message = innermost.Message.Trim().TrimEnd('.');
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? message : message[..newline].TrimEnd();
    }
}
