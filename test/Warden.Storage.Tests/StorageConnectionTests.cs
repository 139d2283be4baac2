using Warden.Core.Errors;

namespace Warden.Storage.Tests;

public sealed class StorageConnectionTests
{
    [Fact]
    public void Sqlite_Default_IsWardenDbInTheDataDirectory()
    {
        var connection = StorageConnection.Parse(new StorageOptions { Database = "sqlite", DataDirectory = "/var/lib/warden" });

        Assert.Equal(StorageProvider.Sqlite, connection.Provider);
        Assert.Equal("/var/lib/warden/warden.db", connection.SqlitePath);
        Assert.Equal("sqlite:/var/lib/warden/warden.db", connection.Describe());
    }

    [Fact]
    public void Sqlite_ExplicitPath_IsUsedAsIs()
    {
        var connection = StorageConnection.Parse(new StorageOptions { Database = "sqlite:/tmp/other/w.db" });

        Assert.Equal("/tmp/other/w.db", connection.SqlitePath);
        Assert.Contains("Foreign Keys=True", connection.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgresUrl_IsConvertedAndThePasswordMasked()
    {
        var connection = StorageConnection.Parse(new StorageOptions { Database = "postgres://warden:p%40ss%3Bword@db.internal:6543/wardendb?sslmode=require" });

        Assert.Equal(StorageProvider.PostgreSql, connection.Provider);
        Assert.Contains("Password=\"p@ss;word\"", connection.ConnectionString, StringComparison.Ordinal);
        Assert.Contains("SSL Mode=Require", connection.ConnectionString, StringComparison.Ordinal);
        Assert.Contains("Port=6543", connection.ConnectionString, StringComparison.Ordinal);
        Assert.Equal("postgres://warden:***@db.internal:6543/wardendb", connection.Describe());
        Assert.Equal(connection.Describe(), connection.ToString());
    }

    [Fact]
    public void PostgresqlUrl_WithoutPort_UsesTheDefault()
    {
        var connection = StorageConnection.Parse(new StorageOptions { Database = "postgresql://warden@db/wardendb" });

        Assert.Equal("postgresql://warden@db:5432/wardendb", connection.Describe());
    }

    [Fact]
    public void NpgsqlConnectionString_IsAccepted_AndDescribedWithoutThePassword()
    {
        var connection = StorageConnection.Parse(new StorageOptions { Database = "Host=127.0.0.1;Port=55432;Username=w;Password=hunter2-secret;Database=warden" });

        Assert.Equal(StorageProvider.PostgreSql, connection.Provider);
        Assert.DoesNotContain("hunter2-secret", connection.Describe(), StringComparison.Ordinal);
        Assert.Contains("Password=***", connection.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "WRD8000")]
    [InlineData("   ", "WRD8000")]
    [InlineData("mysql://u:p@h/db", "WRD8001")]
    [InlineData("warden.db", "WRD8001")]
    [InlineData("postgres://u:p@h:5432/", "WRD8002")]
    [InlineData("postgres://u:p@h:notaport/db", "WRD8002")]
    [InlineData("postgres://u@h/db?password=x", "WRD8002")]
    [InlineData("postgres://u@h/db?no_such_option=1", "WRD8002")]
    [InlineData("Host=h;Database=db;NoSuchKeyword=1", "WRD8003")]
    [InlineData("Host=h;Username=u", "WRD8003")]
    [InlineData("Database=db", "WRD8003")]
    [InlineData("sqlite:", "WRD8004")]
    [InlineData("sqlite:/tmp/", "WRD8004")]
    [InlineData("sqlite:///tmp/x.db", "WRD8004")]
    public void Malformed_IsRejectedWithAStableId(string database, string id)
    {
        var errors = StorageConnection.Validate(new StorageOptions { Database = database });
        var ex = Assert.Throws<WardenException>(() => StorageConnection.Parse(new StorageOptions { Database = database }));

        Assert.Equal(id, Assert.Single(errors).Id);
        Assert.Equal(id, ex.Error.Id);
    }

    [Fact]
    public void Sqlite_WithoutDataDirectory_IsRejected()
    {
        var errors = StorageConnection.Validate(new StorageOptions { Database = "sqlite", DataDirectory = "" });

        Assert.Equal("WRD8005", Assert.Single(errors).Id);
    }

    [Theory]
    [InlineData("Host=h;Database=db;Password=topsecret-1;Port=notanumber")]
    [InlineData("postgres://u:topsecret-1@h/db?sslmode=topsecret-1")]
    [InlineData("Host=h;Password=topsecret-1")]
    public void Errors_NeverEchoThePassword(string database)
    {
        var errors = StorageConnection.Validate(new StorageOptions { Database = database });

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.DoesNotContain("topsecret-1", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CollectsEveryProblem()
    {
        var errors = StorageConnection.Validate(new StorageOptions { Database = "postgres://u@h/?password=x&bogus=1" });

        Assert.Equal(3, errors.Count);
    }
}
