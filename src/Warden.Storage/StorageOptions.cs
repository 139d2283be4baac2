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
}
