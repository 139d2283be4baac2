using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Warden.Storage.Infrastructure;

/// <summary>Classifies provider exceptions precisely, by error code, never by message text.</summary>
internal static class StoreFailures
{
    // SQLite primary result codes (https://sqlite.org/rescode.html).
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteConstraint = 19;
    private const int SqliteNotADatabase = 26;

    // Extended codes for constraint violations.
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintForeignKey = 787;

    public static bool IsUniqueViolation(Exception exception) => Any(exception, static e => e switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException { SqliteErrorCode: SqliteConstraint } lite =>
            lite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        _ => false,
    });

    public static bool IsForeignKeyViolation(Exception exception) => Any(exception, static e => e switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.ForeignKeyViolation,
        SqliteException { SqliteErrorCode: SqliteConstraint } lite => lite.SqliteExtendedErrorCode == SqliteConstraintForeignKey,
        _ => false,
    });

    public static bool IsReadOnly(Exception exception) => Any(exception, static e => e switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.ReadOnlySqlTransaction,
        SqliteException lite => lite.SqliteErrorCode == SqliteReadOnly,
        _ => false,
    });

    /// <summary>True when the database cannot serve requests at all, as opposed to a bad request or a bug.</summary>
    public static bool IsUnavailable(Exception exception) => Any(exception, static e => e switch
    {
        PostgresException pg => IsUnavailableState(pg.SqlState),

        // Any other Npgsql exception is client-side: connect failure, broken stream, timeout, pool exhausted.
        NpgsqlException => true,
        SqliteException lite => lite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteReadOnly or SqliteIoError
            or SqliteCorrupt or SqliteFull or SqliteCantOpen or SqliteNotADatabase,
        SocketException or TimeoutException => true,
        _ => false,
    });

    private static bool IsUnavailableState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) // connection exception
        || state.StartsWith("53", StringComparison.Ordinal) // insufficient resources
        || state.StartsWith("57P", StringComparison.Ordinal) // shutdown, cannot connect now
        || state.StartsWith("28", StringComparison.Ordinal) // authentication failed
        || state == PostgresErrorCodes.InvalidCatalogName // database does not exist
        || state == PostgresErrorCodes.ReadOnlySqlTransaction; // a read-only replica or database

    private static bool Any(Exception? exception, Func<Exception, bool> predicate)
    {
        for (var depth = 0; exception is not null && depth < 8; depth++, exception = exception.InnerException)
        {
            if (predicate(exception))
            {
                return true;
            }
        }

        return false;
    }
}
