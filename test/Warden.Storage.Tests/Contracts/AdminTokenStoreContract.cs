using Microsoft.Extensions.DependencyInjection;
using Warden.Core.Security;
using Warden.Storage.Tests.Infrastructure;

namespace Warden.Storage.Tests.Contracts;

public abstract class AdminTokenStoreContract(TestDatabase database)
{
    private readonly IAdminTokenStore store = database.Services.GetRequiredService<IAdminTokenStore>();

    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task FindByHash_ReturnsTheToken_AndCountActiveIgnoresRevoked()
    {
        var before = await store.CountActiveAsync(Ct);
        var active = Token();
        var revoked = Token() with { RevokedAt = TestData.Now.AddMinutes(1) };
        await store.AddAsync(active, Ct);
        await store.AddAsync(revoked, Ct);

        var found = await store.FindByHashAsync(active.TokenHash, Ct);
        var foundRevoked = await store.FindByHashAsync(revoked.TokenHash, Ct);

        Assert.Equal(active, found);
        Assert.Equal(revoked.RevokedAt, foundRevoked!.RevokedAt);
        Assert.Equal(before + 1, await store.CountActiveAsync(Ct));
    }

    [Fact]
    public async Task FindByHash_UnknownHash_ReturnsNull()
    {
        Assert.Null(await store.FindByHashAsync(new string('0', 64), Ct));
    }

    private static AdminTokenRecord Token() => new()
    {
        Id = TestData.NewId("adm"),
        Name = "bootstrap",
        TokenHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
        CreatedAt = TestData.Now,
    };
}
