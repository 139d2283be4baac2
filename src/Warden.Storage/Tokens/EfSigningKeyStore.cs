using Microsoft.EntityFrameworkCore;
using Warden.Core.Tokens;
using Warden.Storage.Data;
using Warden.Storage.Infrastructure;

namespace Warden.Storage.Tokens;

internal sealed class EfSigningKeyStore(IDbContextFactory<WardenDbContext> factory) : StoreBase(factory), ISigningKeyStore
{
    public Task<IReadOnlyList<SigningKeyRecord>> ListAsync(CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<SigningKeyRecord>>(
            async db =>
            {
                var rows = await db.SigningKeys.OrderBy(k => k.CreatedAt).ThenBy(k => k.Kid).ToListAsync(cancellationToken);
                return rows.ConvertAll(ToRecord);
            },
            cancellationToken);

    public Task AddAsync(SigningKeyRecord key, CancellationToken cancellationToken) =>
        RunAsync(
            db =>
            {
                db.SigningKeys.Add(ToEntity(key));
                return db.SaveChangesAsync(cancellationToken);
            },
            cancellationToken);

    public Task RotateAsync(SigningKeyRecord next, DateTimeOffset retiredAt, DateTimeOffset oldKeysExpireAt, CancellationToken cancellationToken) =>
        RunAsync(
            async db =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

                // Two nodes rotating at once must not leave two active keys: the second waits, then finds
                // the first one's new key active and retires it in turn.
                await DatabaseLock.AcquireAsync(db, DatabaseLock.SigningKeys, cancellationToken);
                await db.SigningKeys
                    .Where(k => k.RetiredAt == null)
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(k => k.RetiredAt, retiredAt).SetProperty(k => k.ExpiresAt, oldKeysExpireAt),
                        cancellationToken);
                db.SigningKeys.Add(ToEntity(next));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            },
            cancellationToken);

    private static SigningKeyEntity ToEntity(SigningKeyRecord key) => new()
    {
        Kid = key.Kid,
        Algorithm = key.Algorithm,
        PublicJwk = key.PublicJwk,
        EncryptedPrivateKey = key.EncryptedPrivateKey,
        CreatedAt = key.CreatedAt,
        RetiredAt = key.RetiredAt,
        ExpiresAt = key.ExpiresAt,
    };

    private static SigningKeyRecord ToRecord(SigningKeyEntity entity) => new()
    {
        Kid = entity.Kid,
        Algorithm = entity.Algorithm,
        PublicJwk = entity.PublicJwk,
        EncryptedPrivateKey = entity.EncryptedPrivateKey,
        CreatedAt = entity.CreatedAt,
        RetiredAt = entity.RetiredAt,
        ExpiresAt = entity.ExpiresAt,
    };
}
