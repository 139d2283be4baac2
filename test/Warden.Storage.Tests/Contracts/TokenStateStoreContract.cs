using Microsoft.Extensions.DependencyInjection;
using Warden.Core.Tokens;
using Warden.Storage.Tests.Infrastructure;

namespace Warden.Storage.Tests.Contracts;

public abstract class TokenStateStoreContract(TestDatabase database)
{
    private readonly ITokenStateStore store = database.Services.GetRequiredService<ITokenStateStore>();

    private static CancellationToken Ct => CancellationToken.None;

    private static DateTimeOffset Later => TestData.Now.AddMinutes(5);

    [Fact]
    public async Task Assertion_UsedTwice_IsAReplay()
    {
        var jti = TestData.NewId("jti");

        Assert.True(await store.TryUseAssertionAsync("client-a", jti, Later, Ct));
        Assert.False(await store.TryUseAssertionAsync("client-a", jti, Later, Ct));
    }

    [Fact]
    public async Task Assertion_SameJtiFromAnotherClient_IsNotAReplay()
    {
        var jti = TestData.NewId("jti");

        Assert.True(await store.TryUseAssertionAsync("client-a", jti, Later, Ct));
        Assert.True(await store.TryUseAssertionAsync("client-b", jti, Later, Ct));
    }

    [Fact]
    public async Task Assertion_ConcurrentUsesFromTwoNodes_ExactlyOneWins()
    {
        // Two service providers stand in for two Warden nodes sharing the database.
        var other = database.CreateServices(database.Options).GetRequiredService<ITokenStateStore>();
        var jti = TestData.NewId("jti");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => (i % 2 == 0 ? store : other).TryUseAssertionAsync("client-a", jti, Later, Ct))));

        Assert.Single(results, r => r);
    }

    [Fact]
    public async Task Revocations_GetIncreasingSequences_InOrder()
    {
        var start = await LastSequenceAsync();
        var jtis = Enumerable.Range(0, 5).Select(_ => TestData.NewId("jti")).ToList();
        foreach (var jti in jtis)
        {
            await store.RevokeAsync(jti, Later, TestData.Now, Ct);
        }

        var all = await store.GetRevokedAfterAsync(start, 100, Ct);
        var afterSecond = await store.GetRevokedAfterAsync(all[1].Sequence, 2, Ct);

        Assert.Equal(jtis, all.Select(r => r.Jti));
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        Assert.Equal(jtis.Skip(2).Take(2), afterSecond.Select(r => r.Jti));
        Assert.Equal(Later, all[0].ExpiresAt);
        Assert.Equal(TestData.Now, all[0].RevokedAt);
    }

    [Fact]
    public async Task Revoke_SameJtiTwice_IsNotAnErrorAndRecordsOnce()
    {
        var start = await LastSequenceAsync();
        var jti = TestData.NewId("jti");

        await store.RevokeAsync(jti, Later, TestData.Now, Ct);
        await store.RevokeAsync(jti, Later, TestData.Now.AddSeconds(1), Ct);

        Assert.Single(await store.GetRevokedAfterAsync(start, 100, Ct));
    }

    [Fact]
    public async Task ConcurrentRevocations_AllRecorded_WithDistinctSequences()
    {
        var start = await LastSequenceAsync();
        var other = database.CreateServices(database.Options).GetRequiredService<ITokenStateStore>();
        var jtis = Enumerable.Range(0, 10).Select(_ => TestData.NewId("jti")).ToList();

        await Task.WhenAll(jtis.Select((jti, i) => Task.Run(() => (i % 2 == 0 ? store : other).RevokeAsync(jti, Later, TestData.Now, Ct))));
        var revoked = await store.GetRevokedAfterAsync(start, 100, Ct);

        Assert.Equal(jtis.Order(StringComparer.Ordinal), revoked.Select(r => r.Jti).Order(StringComparer.Ordinal));
        Assert.Equal(revoked.Count, revoked.Select(r => r.Sequence).Distinct().Count());
    }

    [Fact]
    public async Task Purge_RemovesOnlyExpiredEntries_AndNeverReusesSequences()
    {
        var start = await LastSequenceAsync();
        var expiredJti = TestData.NewId("jti");
        var liveJti = TestData.NewId("jti");
        var farFuture = TestData.Now.AddYears(50);
        await store.RevokeAsync(expiredJti, TestData.Now.AddSeconds(-1), TestData.Now.AddMinutes(-5), Ct);
        await store.RevokeAsync(liveJti, farFuture, TestData.Now, Ct);
        await store.TryUseAssertionAsync("client-a", expiredJti, TestData.Now.AddSeconds(-1), Ct);
        await store.TryUseAssertionAsync("client-a", liveJti, farFuture, Ct);

        await store.PurgeExpiredAsync(TestData.Now, Ct);
        var last = await LastSequenceAsync();
        var newJti = TestData.NewId("jti");
        await store.RevokeAsync(newJti, farFuture, TestData.Now, Ct);
        var remaining = await store.GetRevokedAfterAsync(start, 100, Ct);

        Assert.Equal([liveJti, newJti], remaining.Select(r => r.Jti));
        Assert.True(remaining[1].Sequence > last);
        Assert.True(await store.TryUseAssertionAsync("client-a", expiredJti, farFuture, Ct));
        Assert.False(await store.TryUseAssertionAsync("client-a", liveJti, farFuture, Ct));
    }

    private async Task<long> LastSequenceAsync()
    {
        long last = 0;
        while (true)
        {
            var page = await store.GetRevokedAfterAsync(last, 1000, Ct);
            if (page.Count == 0)
            {
                return last;
            }

            last = page[^1].Sequence;
        }
    }
}
