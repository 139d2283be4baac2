using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Warden.Storage.Data;

/// <summary>
/// Per-connection SQLite settings. busy_timeout makes a writer wait for another process's write transaction
/// instead of failing at once with SQLITE_BUSY; synchronous is <see cref="StorageOptions.SqliteSynchronous"/>.
/// </summary>
internal sealed class SqliteConnectionInterceptor : DbConnectionInterceptor
{
    private static readonly SqliteConnectionInterceptor FullSync = new("PRAGMA busy_timeout = 30000; PRAGMA synchronous = FULL;");
    private static readonly SqliteConnectionInterceptor NormalSync = new("PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;");

    private readonly string _pragmas;

    private SqliteConnectionInterceptor(string pragmas) => _pragmas = pragmas;

    public static SqliteConnectionInterceptor For(SqliteSynchronous synchronous) => synchronous == SqliteSynchronous.Normal ? NormalSync : FullSync;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command)
        {
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
