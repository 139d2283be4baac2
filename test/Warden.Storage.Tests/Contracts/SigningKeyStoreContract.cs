using Microsoft.Extensions.DependencyInjection;
using Warden.Core.Tokens;
using Warden.Storage.Tests.Infrastructure;

namespace Warden.Storage.Tests.Contracts;

public abstract class SigningKeyStoreContract(TestDatabase database)
{
    private readonly ISigningKeyStore store = database.Services.GetRequiredService<ISigningKeyStore>();

    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task Add_ThenList_ReturnsTheKeyByteForByte()
    {
        var key = Key(TestData.Now);

        await store.AddAsync(key, Ct);
        var found = Assert.Single(await store.ListAsync(Ct), k => k.Kid == key.Kid);

        Assert.Equal(key.EncryptedPrivateKey, found.EncryptedPrivateKey);
        Assert.Equal(key.PublicJwk, found.PublicJwk);
        Assert.Equal("ES256", found.Algorithm);
        Assert.Equal(key.CreatedAt, found.CreatedAt);
        Assert.Null(found.RetiredAt);
    }

    [Fact]
    public async Task Rotate_RetiresEveryActiveKey_AndAddsTheNextAsTheOnlyActiveOne()
    {
        var first = Key(TestData.Now);
        await store.AddAsync(first, Ct);
        var retiredAt = TestData.Now.AddDays(1);
        var expireAt = retiredAt.AddMinutes(10);
        var next = Key(retiredAt);

        await store.RotateAsync(next, retiredAt, expireAt, Ct);
        var keys = await store.ListAsync(Ct);

        Assert.Equal(next.Kid, Assert.Single(keys, k => k.RetiredAt is null).Kid);
        var old = Assert.Single(keys, k => k.Kid == first.Kid);
        Assert.Equal(retiredAt, old.RetiredAt);
        Assert.Equal(expireAt, old.ExpiresAt);
    }

    [Fact]
    public async Task ConcurrentRotations_FromTwoNodes_LeaveExactlyOneActiveKey()
    {
        await store.AddAsync(Key(TestData.Now), Ct);
        var other = database.CreateServices(database.Options).GetRequiredService<ISigningKeyStore>();
        var at = TestData.Now.AddDays(2);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            Task.Run(() => (i % 2 == 0 ? store : other).RotateAsync(Key(at), at, at.AddMinutes(10), Ct))));

        Assert.Single(await store.ListAsync(Ct), k => k.RetiredAt is null);
    }

    private static SigningKeyRecord Key(DateTimeOffset createdAt) => new()
    {
        Kid = TestData.NewId("kid"),
        PublicJwk = """{"kty":"EC","crv":"P-256","x":"x","y":"y"}""",
        EncryptedPrivateKey = [0, 1, 2, 255, 254, 0, 42],
        CreatedAt = createdAt,
    };
}
