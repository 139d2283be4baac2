using Warden.Core.Errors;

namespace Warden.Storage;

/// <summary>
/// A parsed, validated <see cref="StorageOptions.Database"/>. The connection string stays internal so it cannot be
/// logged by accident; <see cref="Describe"/> and <see cref="ToString"/> mask the password.
/// </summary>
public sealed class StorageConnection
{
    internal StorageConnection(StorageProvider provider, string connectionString, string description, string? sqlitePath)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Description = description;
        SqlitePath = sqlitePath;
    }

    public StorageProvider Provider { get; }

    /// <summary>SQLite's commit durability (<see cref="StorageOptions.SqliteSynchronous"/>).</summary>
    public SqliteSynchronous SqliteSynchronous { get; internal set; }

    internal string ConnectionString { get; }

    /// <summary>The full path of the SQLite file; null for PostgreSQL.</summary>
    public string? SqlitePath { get; }

    private string Description { get; }

    /// <summary>Parses the options; throws <see cref="WardenException"/> (WRD80xx) when they are invalid.</summary>
    public static StorageConnection Parse(StorageOptions options)
    {
        var (connection, errors) = StorageConnectionParser.Parse(options);
        return connection ?? throw new WardenException(errors[0]);
    }

    /// <summary>Every problem with the options (empty when valid), for whole-configuration validation.</summary>
    public static IReadOnlyList<WardenError> Validate(StorageOptions options) => StorageConnectionParser.Parse(options).Errors;

    /// <summary>A loggable description, e.g. <c>postgres://warden:***@db:5432/warden</c>.</summary>
    public string Describe() => Description;

    public override string ToString() => Description;
}
