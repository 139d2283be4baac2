using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warden.Core.Approvals;
using Warden.Storage.Approvals;
using Warden.Storage.Data;
using Warden.Storage.Tests.Infrastructure;

namespace Warden.Storage.Tests.Approvals;

/// <summary>The approval and elevation stores on every provider; two service providers act as two Warden nodes.</summary>
public abstract class ApprovalStoreContract(TestDatabase database)
{
    private static CancellationToken Ct => CancellationToken.None;

    private static readonly DateTimeOffset Now = TestData.Now;

    private IServiceProvider Node()
    {
        var provider = database.CreateServices(database.Options);
        return new ServiceCollection()
            .AddSingleton(provider.GetRequiredService<IDbContextFactory<WardenDbContext>>())
            .AddWardenApprovalStorage()
            .BuildServiceProvider();
    }

    private static ApprovalRequest Pending(string? key = null) => new()
    {
        Id = TestData.NewId("apr"),
        State = ApprovalRequestState.Pending,
        SubjectKey = key ?? TestData.NewId("key"),
        Agent = TestData.NewId("agt"),
        Chain = ["agt_planner"],
        Human = "bob@example.com",
        HumanIssuer = "corp",
        AgentOwner = "alice@example.com",
        Action = "llm.chat",
        Resource = "gpt-4o",
        ArgumentsHash = "hash",
        RuleId = "rule-1",
        Approvers = ["group:finance", "admin"],
        Reason = "risky",
        CreatedAt = Now,
        ExpiresAt = Now.AddHours(1),
        UsesAllowed = 2,
        Version = 1,
    };

    private static ApprovalRequest Decided(ApprovalRequest r, bool approve) => r with
    {
        State = approve ? ApprovalRequestState.Approved : ApprovalRequestState.Denied,
        DecidedAt = Now.AddMinutes(1),
        DecidedBy = approve ? "carol" : "dave",
        DecisionReason = "ok",
        UsesLeft = approve ? r.UsesAllowed : 0,
        GrantExpiresAt = approve ? Now.AddMinutes(20) : null,
        Version = r.Version + 1,
    };

    [Fact]
    public async Task CreateOrGetPending_RoundTrips_AndDeduplicatesPerSubjectAcrossNodes()
    {
        var a = Node().GetRequiredService<IApprovalStore>();
        var b = Node().GetRequiredService<IApprovalStore>();
        var key = TestData.NewId("key");
        var candidates = Enumerable.Range(0, 6).Select(_ => Pending(key)).ToList();

        var opened = await Task.WhenAll(candidates.Select((c, i) => (i % 2 == 0 ? a : b).CreateOrGetPendingAsync(c, Now, Ct)));

        Assert.Single(opened.Select(o => o.Id).Distinct());
        var stored = await a.FindAsync(opened[0].Id, Ct);
        Assert.NotNull(stored);
        Assert.Equal(["agt_planner"], stored.Chain);
        Assert.Equal(["group:finance", "admin"], stored.Approvers);
        Assert.Equal(Now.AddHours(1), stored.ExpiresAt);
        Assert.Equal(opened[0].Id, (await b.FindPendingAsync(key, Now, Ct))?.Id);
    }

    [Fact]
    public async Task ConcurrentApproveAndDeny_ExactlyOneWins_AcrossNodes()
    {
        var a = Node().GetRequiredService<IApprovalStore>();
        var b = Node().GetRequiredService<IApprovalStore>();
        for (var round = 0; round < 10; round++)
        {
            var request = await a.CreateOrGetPendingAsync(Pending(), Now, Ct);
            var results = await Task.WhenAll(
                Task.Run(() => a.TryDecideAsync(Decided(request, true), request.Version, Now, Ct)),
                Task.Run(() => b.TryDecideAsync(Decided(request, false), request.Version, Now, Ct)),
                Task.Run(() => b.TryDecideAsync(Decided(request, true), request.Version, Now, Ct)));

            Assert.Single(results, r => r);
            var stored = await a.FindAsync(request.Id, Ct);
            Assert.NotEqual(ApprovalRequestState.Pending, stored!.State);
            Assert.Equal(2, stored.Version);
            Assert.Null(await a.FindPendingAsync(request.SubjectKey, Now, Ct));
        }
    }

    [Fact]
    public async Task Decide_AfterExpiry_MatchesNothing_AndExpireMarksIt()
    {
        var store = Node().GetRequiredService<IApprovalStore>();
        var request = await store.CreateOrGetPendingAsync(Pending(), Now, Ct);

        Assert.False(await store.TryDecideAsync(Decided(request, true), request.Version, Now.AddHours(2), Ct));
        var expired = await store.ExpireAsync(Now.AddHours(2), Ct);

        Assert.Contains(expired, e => e.Id == request.Id);
        Assert.Equal(ApprovalRequestState.Expired, (await store.FindAsync(request.Id, Ct))!.State);
        Assert.DoesNotContain(await store.ExpireAsync(Now.AddHours(2), Ct), e => e.Id == request.Id);
    }

    [Fact]
    public async Task Consume_IsAtomic_AndStopsAtZeroUses()
    {
        var a = Node().GetRequiredService<IApprovalStore>();
        var b = Node().GetRequiredService<IApprovalStore>();
        var request = await a.CreateOrGetPendingAsync(Pending(), Now, Ct);
        Assert.True(await a.TryDecideAsync(Decided(request, true), request.Version, Now, Ct));
        Assert.Single(await b.FindUsableAsync(request.SubjectKey, Now.AddMinutes(2), Ct));

        var consumed = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => (i % 2 == 0 ? a : b).TryConsumeAsync(request.Id, Now.AddMinutes(2), Ct))));

        Assert.Equal(2, consumed.Count(c => c));
        Assert.Empty(await a.FindUsableAsync(request.SubjectKey, Now.AddMinutes(2), Ct));
        Assert.Equal(0, (await a.FindAsync(request.Id, Ct))!.UsesLeft);
    }

    [Fact]
    public async Task Consume_AfterTheGrantExpired_Fails()
    {
        var store = Node().GetRequiredService<IApprovalStore>();
        var request = await store.CreateOrGetPendingAsync(Pending(), Now, Ct);
        Assert.True(await store.TryDecideAsync(Decided(request, true), request.Version, Now, Ct));

        Assert.False(await store.TryConsumeAsync(request.Id, Now.AddMinutes(21), Ct));
        Assert.Empty(await store.FindUsableAsync(request.SubjectKey, Now.AddMinutes(21), Ct));
    }

    [Fact]
    public async Task ElevationGrant_RoundTrips_AndOnlyOneConcurrentUpdateWins()
    {
        var a = Node().GetRequiredService<IElevationStore>();
        var b = Node().GetRequiredService<IElevationStore>();
        var grant = new ElevationGrant
        {
            Id = TestData.NewId("elv"),
            Agent = TestData.NewId("agt"),
            RequestedBy = "alice@example.com",
            Scopes = ["payments.write"],
            Justification = "month-end close",
            Duration = TimeSpan.FromHours(2),
            State = ElevationState.Pending,
            CreatedAt = Now,
            RequestExpiresAt = Now.AddHours(1),
            Version = 1,
        };
        await a.CreateAsync(grant, Ct);
        var active = grant with { State = ElevationState.Active, DecidedAt = Now, DecidedBy = "admin:ops", ExpiresAt = Now.AddHours(2), Version = 2 };
        var denied = grant with { State = ElevationState.Denied, DecidedAt = Now, DecidedBy = "admin:sec", Version = 2 };

        var results = await Task.WhenAll(Task.Run(() => a.TryUpdateAsync(active, 1, Ct)), Task.Run(() => b.TryUpdateAsync(denied, 1, Ct)));

        Assert.Single(results, r => r);
        var stored = await b.FindAsync(grant.Id, Ct);
        Assert.Equal(TimeSpan.FromHours(2), stored!.Duration);
        Assert.Equal(["payments.write"], stored.Scopes);
        if (stored.State == ElevationState.Active)
        {
            Assert.Single(await a.ActiveAsync(grant.Agent, Now.AddHours(1), Ct));
            Assert.Empty(await a.ActiveAsync(grant.Agent, Now.AddHours(2), Ct));
        }
    }

    [Fact]
    public async Task ReviewCampaign_RoundTrips_ItemsUpdateOnce_AndOnlyOneCloserWins()
    {
        var a = Node().GetRequiredService<IReviewStore>();
        var b = Node().GetRequiredService<IReviewStore>();
        var campaign = new ReviewCampaign { Id = TestData.NewId("rev"), Name = "Q3", CreatedAt = Now, CreatedBy = "ops", Deadline = Now.AddDays(7), DefaultDecision = ReviewDecision.Revoke };
        var item = new ReviewItem { Id = TestData.NewId("rvi"), CampaignId = campaign.Id, Agent = "agt_x", Permission = "files.delete", Reviewer = "alice@example.com", LastUsedAt = Now.AddDays(-40) };
        await a.CreateAsync(campaign, [item, item with { Id = TestData.NewId("rvi"), Permission = "read", LastUsedAt = null }], Ct);

        var items = await b.ItemsAsync(campaign.Id, Ct);
        Assert.Equal(2, items.Count);
        Assert.Equal(Now.AddDays(-40), items.Single(i => i.Permission == "files.delete").LastUsedAt);
        var keep = item with { Decision = ReviewDecision.Keep, DecidedBy = "alice@example.com", DecidedAt = Now, Version = 2 };
        var revoke = item with { Decision = ReviewDecision.Revoke, DecidedBy = "admin:ops", DecidedAt = Now, Version = 2 };
        var updates = await Task.WhenAll(Task.Run(() => a.TryUpdateItemAsync(keep, 1, Ct)), Task.Run(() => b.TryUpdateItemAsync(revoke, 1, Ct)));
        Assert.Single(updates, u => u);

        Assert.Empty(await a.DueAsync(Now.AddDays(6), Ct));
        Assert.Contains(await a.DueAsync(Now.AddDays(8), Ct), c => c.Id == campaign.Id);
        var closes = await Task.WhenAll(Task.Run(() => a.TryCloseAsync(campaign.Id, Now.AddDays(8), Ct)), Task.Run(() => b.TryCloseAsync(campaign.Id, Now.AddDays(8), Ct)));
        Assert.Single(closes, c => c);
        Assert.True((await b.FindAsync(campaign.Id, Ct))!.Closed);
        Assert.DoesNotContain(await a.DueAsync(Now.AddDays(9), Ct), c => c.Id == campaign.Id);
    }
}

public sealed class SqliteApprovalStoreTests(SqliteTestDatabase database) : ApprovalStoreContract(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresApprovalStoreTests(PostgresTestDatabase database) : ApprovalStoreContract(database), IClassFixture<PostgresTestDatabase>;
