using Microsoft.EntityFrameworkCore;
using Warden.Core.Tokens;
using Warden.Storage.Data;
using Warden.Storage.Infrastructure;

namespace Warden.Storage.Tokens;

internal sealed class EfTokenStateStore(IDbContextFactory<WardenDbContext> factory) : StoreBase(factory), ITokenStateStore
{
    private const int MaxPageSize = 1000;

    public Task RevokeAsync(string jti, DateTimeOffset expiresAt, DateTimeOffset revokedAt, CancellationToken cancellationToken) =>
        RunAsync(
            async db =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

                // Serialising revocations makes sequence order equal commit order. Without it a PostgreSQL node
                // could see sequence 11 committed before 10 and, polling "after 11", miss 10 for ever.
                await DatabaseLock.AcquireAsync(db, DatabaseLock.Revocations, cancellationToken);
                if (await db.RevokedTokens.AnyAsync(r => r.Jti == jti, cancellationToken))
                {
                    return;
                }

                db.RevokedTokens.Add(new RevokedTokenEntity { Jti = jti, ExpiresAt = expiresAt, RevokedAt = revokedAt });
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            },
            cancellationToken);

    public Task<IReadOnlyList<RevokedToken>> GetRevokedAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<RevokedToken>>(
            async db =>
            {
                var rows = await db.RevokedTokens
                    .Where(r => r.Sequence > afterSequence)
                    .OrderBy(r => r.Sequence)
                    .Take(Math.Clamp(limit, 1, MaxPageSize))
                    .ToListAsync(cancellationToken);
                return rows.ConvertAll(r => new RevokedToken { Sequence = r.Sequence, Jti = r.Jti, ExpiresAt = r.ExpiresAt, RevokedAt = r.RevokedAt });
            },
            cancellationToken);

    public Task<bool> TryUseAssertionAsync(string clientId, string jti, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        RunAsync(
            async db =>
            {
                db.UsedAssertions.Add(new UsedAssertionEntity { ClientId = clientId, Jti = jti, ExpiresAt = expiresAt });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return true;
                }
                catch (DbUpdateException ex) when (StoreFailures.IsUniqueViolation(ex))
                {
                    // The primary key decided: another request (on any node) already used this jti.
                    return false;
                }
            },
            cancellationToken);

    public Task PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        RunAsync(
            async db =>
            {
                await db.RevokedTokens.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
                await db.UsedAssertions.Where(u => u.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
            },
            cancellationToken);
}
