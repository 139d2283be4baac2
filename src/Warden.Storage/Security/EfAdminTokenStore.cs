using Microsoft.EntityFrameworkCore;
using Warden.Core.Security;
using Warden.Storage.Data;
using Warden.Storage.Infrastructure;

namespace Warden.Storage.Security;

internal sealed class EfAdminTokenStore(IDbContextFactory<WardenDbContext> factory) : StoreBase(factory), IAdminTokenStore
{
    public Task<AdminTokenRecord?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        RunAsync(
            async db =>
            {
                var row = await db.AdminTokens.FirstOrDefaultAsync(t => t.TokenHash == tokenHash, cancellationToken);
                return row is null
                    ? null
                    : new AdminTokenRecord { Id = row.Id, Name = row.Name, TokenHash = row.TokenHash, CreatedAt = row.CreatedAt, RevokedAt = row.RevokedAt };
            },
            cancellationToken);

    public Task AddAsync(AdminTokenRecord token, CancellationToken cancellationToken) =>
        RunAsync(
            db =>
            {
                db.AdminTokens.Add(new AdminTokenEntity
                {
                    Id = token.Id,
                    Name = token.Name,
                    TokenHash = token.TokenHash,
                    CreatedAt = token.CreatedAt,
                    RevokedAt = token.RevokedAt,
                });
                return db.SaveChangesAsync(cancellationToken);
            },
            cancellationToken);

    public Task<int> CountActiveAsync(CancellationToken cancellationToken) =>
        RunAsync(db => db.AdminTokens.CountAsync(t => t.RevokedAt == null, cancellationToken), cancellationToken);
}
