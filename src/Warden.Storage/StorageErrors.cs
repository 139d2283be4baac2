using Warden.Core.Errors;

namespace Warden.Storage;

/// <summary>Storage configuration and schema errors (WRD8000-8099). Messages never contain a password.</summary>
public static class StorageErrors
{
    // Configuration (WRD8000-8019)
    public static WardenError DatabaseMissing() =>
        new("WRD8000", "No database is configured. Use 'sqlite', 'sqlite:/path/file.db', 'postgres://user:password@host:5432/database' or an Npgsql 'Host=...;Database=...' string.", "server_error", 500);

    public static WardenError UnknownDatabaseScheme(string scheme) =>
        new("WRD8001", $"Unknown database kind '{scheme}'. Use 'sqlite', 'sqlite:/path/file.db', 'postgres://...' or 'postgresql://...', or an Npgsql 'Host=...' connection string.", "server_error", 500);

    public static WardenError InvalidPostgresUrl(string detail) =>
        new("WRD8002", $"The PostgreSQL URL is malformed: {detail}. Expected postgres://user:password@host:5432/database (percent-encode special characters in the password).", "server_error", 500);

    public static WardenError InvalidPostgresConnectionString(string detail) =>
        new("WRD8003", $"The PostgreSQL connection string is invalid: {detail}. Expected 'Host=...;Port=5432;Username=...;Password=...;Database=...'.", "server_error", 500);

    public static WardenError InvalidSqlitePath(string detail) =>
        new("WRD8004", $"The SQLite database path is invalid: {detail}. Use 'sqlite' for <data-dir>/warden.db or 'sqlite:/absolute/path/file.db'.", "server_error", 500);

    public static WardenError DataDirectoryMissing() =>
        new("WRD8005", "No data directory is configured for the SQLite database. Pass --data-dir or give an explicit 'sqlite:/path/file.db'.", "server_error", 500);

    // Opening and schema (WRD8020-8049)
    public static WardenError CannotOpen(string database, string reason) =>
        new("WRD8020", $"Cannot open the database {database}: {reason}. Check that it is running and reachable, and the credentials and permissions.", "temporarily_unavailable", 503);

    public static WardenError ReadOnly(string database) =>
        new("WRD8021", $"The database {database} is read-only; Warden needs to write. Point it at a writable primary (not a replica) or fix the file permissions.", "temporarily_unavailable", 503);

    public static WardenError SchemaTooNew(int found, int supported) =>
        new("WRD8022", $"The database schema is version {found}, newer than this Warden supports ({supported}). Upgrade Warden; never point an older version at a newer database.", "server_error", 500);

    public static WardenError SchemaUpgradeFailed(int step, string reason) =>
        new("WRD8023", $"Upgrading the database schema to version {step} failed and was rolled back: {reason}. The database is unchanged; fix the cause and restart.", "server_error", 500);
}
