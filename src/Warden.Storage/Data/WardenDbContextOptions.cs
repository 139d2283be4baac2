using Microsoft.EntityFrameworkCore;

namespace Warden.Storage.Data;

/// <summary>Provider selection: the only place that knows which engine is behind the context.</summary>
internal static class WardenDbContextOptions
{
    public static void Configure(DbContextOptionsBuilder builder, StorageConnection connection)
    {
        if (connection.Provider == StorageProvider.Sqlite)
        {
            builder.UseSqlite(connection.ConnectionString).AddInterceptors(SqliteConnectionInterceptor.For(connection.SqliteSynchronous));
        }
        else
        {
            builder.UseNpgsql(connection.ConnectionString);
        }

        // Stores map rows to immutable records and write with explicit statements; tracking would be pure overhead.
        builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
    }
}
