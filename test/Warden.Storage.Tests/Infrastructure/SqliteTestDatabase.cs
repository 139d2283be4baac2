using Microsoft.Data.Sqlite;

namespace Warden.Storage.Tests.Infrastructure;

/// <summary>SQLite files in a temporary directory, deleted afterwards.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "warden-storage-tests-" + Guid.NewGuid().ToString("N"));

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override Task<StorageOptions> CreateFreshAsync()
    {
        var directory = Path.Combine(root, Guid.NewGuid().ToString("N"));
        return Task.FromResult(new StorageOptions { Database = "sqlite", DataDirectory = directory });
    }

    protected override Task DropAllAsync()
    {
        // Pooled connections keep the files open.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        return Task.CompletedTask;
    }
}
