using Microsoft.Data.Sqlite;
using Npgsql;
using Warden.Core.Errors;

namespace Warden.Storage;

/// <summary>Turns the one-string database setting into a provider and a connection string.</summary>
internal static class StorageConnectionParser
{
    private const string Masked = "***";

    public static (StorageConnection? Connection, IReadOnlyList<WardenError> Errors) Parse(StorageOptions options)
    {
        var errors = new List<WardenError>();
        var connection = ParseCore(options, errors);
        if (connection is not null)
        {
            connection.SqliteSynchronous = options.SqliteSynchronous;
        }

        return (errors.Count == 0 ? connection : null, errors);
    }

    private static StorageConnection? ParseCore(StorageOptions options, List<WardenError> errors)
    {
        var value = options.Database?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(StorageErrors.DatabaseMissing());
            return null;
        }

        if (value.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(options.DataDirectory))
            {
                errors.Add(StorageErrors.DataDirectoryMissing());
                return null;
            }

            return Sqlite(Path.Combine(options.DataDirectory, "warden.db"), errors);
        }

        if (value.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            return Sqlite(value["sqlite:".Length..], errors);
        }

        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return PostgresUrl(value, errors);
        }

        if (value.Contains('=', StringComparison.Ordinal) && !value.Contains("://", StringComparison.Ordinal))
        {
            return PostgresKeyValue(value, errors);
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        errors.Add(StorageErrors.UnknownDatabaseScheme(colon > 0 ? value[..colon] : value.Length > 20 ? value[..20] + "…" : value));
        return null;
    }

    private static StorageConnection? Sqlite(string path, List<WardenError> errors)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            errors.Add(StorageErrors.InvalidSqlitePath("the path is empty"));
            return null;
        }

        if (path.StartsWith("//", StringComparison.Ordinal))
        {
            errors.Add(StorageErrors.InvalidSqlitePath("URL form 'sqlite://' is not supported"));
            return null;
        }

        if (path.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || path.Contains(';', StringComparison.Ordinal))
        {
            errors.Add(StorageErrors.InvalidSqlitePath("it contains characters that are not allowed in a path"));
            return null;
        }

        var full = Path.GetFullPath(path);
        if (path.EndsWith('/') || path.EndsWith('\\') || Directory.Exists(full))
        {
            errors.Add(StorageErrors.InvalidSqlitePath("it names a directory, not a file"));
            return null;
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            // Only the initializer creates the file (owner-only); a store must never create a stray empty one.
            Mode = SqliteOpenMode.ReadWrite,
            ForeignKeys = true,
            Pooling = true,

            // Seconds Microsoft.Data.Sqlite keeps retrying a busy database before failing a command.
            DefaultTimeout = 30,
        };
        return new StorageConnection(StorageProvider.Sqlite, builder.ToString(), "sqlite:" + full, full);
    }

    private static StorageConnection? PostgresUrl(string value, List<WardenError> errors)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            errors.Add(StorageErrors.InvalidPostgresUrl("it is not a valid URL with a host"));
            return null;
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0 || database.Contains('/', StringComparison.Ordinal))
        {
            errors.Add(StorageErrors.InvalidPostgresUrl("the database name is missing after the host (…/database)"));
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host.Trim('[', ']'),
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = database,
        };

        if (uri.UserInfo.Length > 0)
        {
            var separator = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(separator < 0 ? uri.UserInfo : uri.UserInfo[..separator]);
            if (separator >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(separator + 1)..]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var parameter = Uri.UnescapeDataString(eq < 0 ? "" : pair[(eq + 1)..]);
            if (key.Equals("password", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(StorageErrors.InvalidPostgresUrl("put the password in the user-info part (user:password@host), not in the query"));
                continue;
            }

            try
            {
                builder[UrlParameterName(key)] = parameter;
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
            {
                // The parameter value is not echoed: the query string may carry secrets (e.g. a key password).
                errors.Add(StorageErrors.InvalidPostgresUrl($"the parameter '{key}' is unknown or has an invalid value"));
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        ApplyDefaults(builder);
        var userInfo = builder.Username is null ? "" : Uri.EscapeDataString(builder.Username) + (builder.Password is null ? "" : ":" + Masked) + "@";
        var description = $"{uri.Scheme}://{userInfo}{uri.Host}:{builder.Port}/{database}";
        return new StorageConnection(StorageProvider.PostgreSql, builder.ConnectionString, description, sqlitePath: null);
    }

    // libpq spells some URL parameters differently from Npgsql's keywords.
    private static string UrlParameterName(string key) => key.ToLowerInvariant() switch
    {
        "sslmode" => "SSL Mode",
        "sslrootcert" => "Root Certificate",
        "sslcert" => "SSL Certificate",
        "sslkey" => "SSL Key",
        "connect_timeout" => "Timeout",
        "application_name" => "Application Name",
        "target_session_attrs" => "Target Session Attributes",
        _ => key,
    };

    private static StorageConnection? PostgresKeyValue(string value, List<WardenError> errors)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(value);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            // The exception text can quote the offending fragment, which may be the password: say only what to check.
            errors.Add(StorageErrors.InvalidPostgresConnectionString("a keyword is unknown, misspelled or has an invalid value"));
            return null;
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            errors.Add(StorageErrors.InvalidPostgresConnectionString("'Host' is missing"));
        }

        if (string.IsNullOrWhiteSpace(builder.Database))
        {
            errors.Add(StorageErrors.InvalidPostgresConnectionString("'Database' is missing"));
        }

        if (errors.Count > 0)
        {
            return null;
        }

        ApplyDefaults(builder);
        var masked = new NpgsqlConnectionStringBuilder(builder.ConnectionString);
        if (masked.Password is not null)
        {
            masked.Password = Masked;
        }

        if (masked.Passfile is not null)
        {
            masked.Passfile = Masked;
        }

        return new StorageConnection(StorageProvider.PostgreSql, builder.ConnectionString, masked.ConnectionString, sqlitePath: null);
    }

    private static void ApplyDefaults(NpgsqlConnectionStringBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "warden";
        }
    }
}
