using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warden.Core.Agents;
using Warden.Core.Errors;
using Warden.Storage.Agents;
using Warden.Storage.Data;
using Warden.Storage.Tests.Infrastructure;

namespace Warden.Storage.Tests.Contracts;

public abstract class AgentStoreContract(TestDatabase database)
{
    private readonly IAgentStore store = database.Services.GetRequiredService<IAgentStore>();

    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task Create_ThenFind_ReturnsEveryField()
    {
        var agent = TestData.Agent();
        await store.CreateAsync(agent, [TestData.Secret(agent.Id)], Ct);

        var found = await store.FindAsync(agent.Id, Ct);

        AssertSame(agent, found);
    }

    [Fact]
    public async Task Find_UnknownId_ReturnsNull()
    {
        Assert.Null(await store.FindAsync(TestData.NewId("missing"), Ct));
    }

    [Fact]
    public async Task Create_DuplicateId_IsRejectedAndKeepsTheOriginal()
    {
        var agent = TestData.Agent();
        await store.CreateAsync(agent, [], Ct);

        var ex = await Assert.ThrowsAsync<WardenException>(() => store.CreateAsync(agent with { Name = "other" }, [], Ct));

        Assert.Equal("WRD1000", ex.Error.Id);
        Assert.Equal("invoice-bot", (await store.FindAsync(agent.Id, Ct))!.Name);
    }

    [Fact]
    public async Task Create_WithCredentials_IsAllOrNothing()
    {
        var agent = TestData.Agent();
        var orphan = TestData.Secret(TestData.NewId("missing"));

        // The second credential violates its foreign key after the agent row was written: both must roll back.
        await Assert.ThrowsAnyAsync<Exception>(() => store.CreateAsync(agent, [TestData.Secret(agent.Id), orphan], Ct));

        Assert.Null(await store.FindAsync(agent.Id, Ct));
    }

    [Fact]
    public async Task List_OrdersById_AndPagesAfterTheCursor()
    {
        var owner = TestData.NewId("owner");
        var ids = new[] { "c", "a", "E", "b", "d-1", "d" }.Select(s => $"{owner}_{s}").ToList();
        foreach (var id in ids)
        {
            await store.CreateAsync(TestData.Agent(id, owner), [], Ct);
        }

        var expected = ids.Order(StringComparer.Ordinal).ToList();
        var seen = new List<string>();
        string? after = null;
        while (true)
        {
            var page = await store.ListAsync(new AgentQuery { Owner = owner, After = after, Limit = 4 }, Ct);
            seen.AddRange(page.Select(a => a.Id));
            if (page.Count < 4)
            {
                break;
            }

            after = page[^1].Id;
        }

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task List_FiltersByStatusAndOwner()
    {
        var owner = TestData.NewId("owner");
        var active = TestData.Agent(owner: owner);
        var suspended = TestData.Agent(owner: owner, status: AgentStatus.Suspended);
        var otherOwner = TestData.Agent(status: AgentStatus.Suspended);
        foreach (var agent in new[] { active, suspended, otherOwner })
        {
            await store.CreateAsync(agent, [], Ct);
        }

        var mine = await store.ListAsync(new AgentQuery { Owner = owner }, Ct);
        var mineSuspended = await store.ListAsync(new AgentQuery { Owner = owner, Status = AgentStatus.Suspended }, Ct);
        var allSuspended = await store.ListAsync(new AgentQuery { Status = AgentStatus.Suspended, Limit = 1000 }, Ct);

        Assert.Equal(new[] { active.Id, suspended.Id }.Order(StringComparer.Ordinal), mine.Select(a => a.Id));
        Assert.Equal([suspended.Id], mineSuspended.Select(a => a.Id));
        Assert.Contains(allSuspended, a => a.Id == otherOwner.Id);
        Assert.All(allSuspended, a => Assert.Equal(AgentStatus.Suspended, a.Status));
    }

    [Fact]
    public async Task List_LimitIsCappedAtOneThousand()
    {
        var owner = TestData.NewId("owner");

        // Inserted in one batch through the context: 1,001 separate creates would dominate the suite's runtime.
        var factory = database.Services.GetRequiredService<IDbContextFactory<WardenDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(Ct))
        {
            db.Agents.AddRange(Enumerable.Range(0, 1001).Select(i => AgentMapper.ToEntity(TestData.Agent($"{owner}_{i:D4}", owner))));
            await db.SaveChangesAsync(Ct);
        }

        var page = await store.ListAsync(new AgentQuery { Owner = owner, Limit = int.MaxValue }, Ct);
        var one = await store.ListAsync(new AgentQuery { Owner = owner, Limit = 0 }, Ct);

        Assert.Equal(1000, page.Count);
        Assert.Single(one);
    }

    [Fact]
    public async Task Update_WithCurrentVersion_ReplacesTheAgent()
    {
        var agent = TestData.Agent();
        await store.CreateAsync(agent, [], Ct);
        var changed = agent with
        {
            Status = AgentStatus.Suspended,
            Scopes = ["invoices:read"],
            Labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["team"] = "ops" },
            UpdatedAt = TestData.Now.AddMinutes(1),
            ExpiresAt = null,
            Version = 2,
        };

        Assert.True(await store.UpdateAsync(changed, expectedVersion: 1, Ct));

        AssertSame(changed, await store.FindAsync(agent.Id, Ct));
    }

    [Fact]
    public async Task Update_WithStaleVersion_ReturnsFalseAndChangesNothing()
    {
        var agent = TestData.Agent();
        await store.CreateAsync(agent, [], Ct);
        Assert.True(await store.UpdateAsync(agent with { Name = "first", Version = 2 }, 1, Ct));

        Assert.False(await store.UpdateAsync(agent with { Name = "stale", Version = 2 }, 1, Ct));

        Assert.Equal("first", (await store.FindAsync(agent.Id, Ct))!.Name);
    }

    [Fact]
    public async Task Update_UnknownAgent_ReturnsFalse()
    {
        Assert.False(await store.UpdateAsync(TestData.Agent() with { Version = 2 }, 1, Ct));
    }

    [Fact]
    public async Task ConcurrentUpdates_OfOneVersion_ExactlyOneWins()
    {
        var agent = TestData.Agent();
        await store.CreateAsync(agent, [], Ct);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => store.UpdateAsync(agent with { Name = $"writer-{i}", Version = 2 }, 1, Ct))));

        Assert.Single(results, r => r);
        var stored = await store.FindAsync(agent.Id, Ct);
        Assert.Equal(2, stored!.Version);
        Assert.StartsWith("writer-", stored.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credentials_AddListExpireDelete()
    {
        var agent = TestData.Agent();
        var secret = TestData.Secret(agent.Id, TestData.Now);
        await store.CreateAsync(agent, [secret], Ct);
        var key = TestData.Key(agent.Id, TestData.Now.AddSeconds(1));
        var newSecret = TestData.Secret(agent.Id, TestData.Now.AddSeconds(2));
        await store.AddCredentialAsync(key, Ct);

        // Rotation: the old secret gets an end of overlap, keys are untouched, then the new secret arrives.
        var overlapEnd = TestData.Now.AddHours(1);
        await store.ExpireCredentialsAsync(agent.Id, CredentialKind.Secret, overlapEnd, Ct);
        await store.AddCredentialAsync(newSecret, Ct);
        await store.ExpireCredentialsAsync(agent.Id, CredentialKind.Secret, TestData.Now.AddHours(5), Ct);
        var credentials = await store.GetCredentialsAsync(agent.Id, Ct);

        Assert.Equal([secret.Id, key.Id, newSecret.Id], credentials.Select(c => c.Id));
        Assert.Equal(overlapEnd, credentials[0].NotAfter);
        Assert.Null(credentials[1].NotAfter);
        Assert.Equal(TestData.Now.AddHours(5), credentials[2].NotAfter);
        Assert.Equal(secret.SecretHash, credentials[0].SecretHash);
        Assert.Equal(key.PublicJwk, credentials[1].PublicJwk);
        Assert.Equal("k1", credentials[1].KeyId);

        Assert.False(await store.DeleteCredentialAsync(TestData.NewId("other"), key.Id, Ct));
        Assert.True(await store.DeleteCredentialAsync(agent.Id, key.Id, Ct));
        Assert.False(await store.DeleteCredentialAsync(agent.Id, key.Id, Ct));
        Assert.Equal(2, (await store.GetCredentialsAsync(agent.Id, Ct)).Count);
    }

    [Fact]
    public async Task AddCredential_ToUnknownAgent_IsAgentNotFound()
    {
        var ex = await Assert.ThrowsAsync<WardenException>(() => store.AddCredentialAsync(TestData.Key(TestData.NewId("missing")), Ct));

        Assert.Equal("WRD1001", ex.Error.Id);
    }

    private static void AssertSame(Agent expected, Agent? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Description, actual.Description);
        Assert.Equal(expected.Owner, actual.Owner);
        Assert.Equal(expected.Labels.OrderBy(p => p.Key, StringComparer.Ordinal), actual.Labels.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(expected.Scopes, actual.Scopes);
        Assert.Equal(expected.Audiences, actual.Audiences);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.CreatedAt, actual.CreatedAt);
        Assert.Equal(expected.UpdatedAt, actual.UpdatedAt);
        Assert.Equal(expected.ExpiresAt, actual.ExpiresAt);
        Assert.Equal(expected.Version, actual.Version);
    }
}
