namespace Warden.Storage;

/// <summary>The database engine behind the stores. Both hold the same schema.</summary>
public enum StorageProvider
{
    Sqlite = 0,
    PostgreSql = 1,
}
