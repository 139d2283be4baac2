using Microsoft.EntityFrameworkCore;
using Warden.Storage.Data;

namespace Warden.Storage.Infrastructure;

/// <summary>
/// Serialises a critical section across processes. On PostgreSQL a transaction-scoped advisory lock; on SQLite
/// the write transaction (BEGIN IMMEDIATE) already excludes every other writer, so nothing more is needed.
/// </summary>
internal static class DatabaseLock
{
    // Arbitrary fixed keys, one per critical section; "WRDN" in the high bytes keeps them recognisable in pg_locks.
    public const long Schema = 0x5752_444E_0000_0001;
    public const long Revocations = 0x5752_444E_0000_0002;
    public const long SigningKeys = 0x5752_444E_0000_0003;

    /// <summary>Takes the lock inside the current transaction; it is released by commit or rollback.</summary>
    public static async Task AcquireAsync(WardenDbContext db, long key, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A database lock must be taken inside a transaction.");
        }

        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
        }
    }
}
