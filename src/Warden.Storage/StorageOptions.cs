namespace Warden.Storage;

/// <summary>Where Warden keeps its state. An immutable snapshot, validated by <see cref="StorageConnection.Validate"/>.</summary>
public sealed record StorageOptions
{
    /// <summary>
    /// The database: <c>sqlite</c> (the default, <c>&lt;data-dir&gt;/warden.db</c>), <c>sqlite:/path/file.db</c>,
    /// <c>postgres://user:password@host:port/database?sslmode=require</c> or an Npgsql connection string
    /// (<c>Host=…;Username=…;Password=…;Database=…</c>).
    /// </summary>
    public string Database { get; init; } = "sqlite";

    /// <summary>The data directory; the default SQLite file lives here.</summary>
    public string DataDirectory { get; init; } = "./warden-data";

    /// <summary>
    /// How SQLite commits: <see cref="SqliteSynchronous.Full"/> (the default) syncs the write-ahead log on every
    /// commit, so an acknowledged write survives a power loss; <see cref="SqliteSynchronous.Normal"/> syncs it only at
    /// checkpoints, so an acknowledged write survives a crash of Warden but the last commits can be lost with the
    /// machine. Ignored for PostgreSQL.
    /// </summary>
    public SqliteSynchronous SqliteSynchronous { get; init; } = SqliteSynchronous.Full;
}

/// <summary>SQLite's <c>synchronous</c> setting (in WAL mode).</summary>
public enum SqliteSynchronous
{
    /// <summary>Sync the WAL on every commit.</summary>
    Full,

    /// <summary>Sync the WAL at checkpoints only.</summary>
    Normal,
}
