using Microsoft.Extensions.DependencyInjection;
using Warden.Core.Mcp;
using Warden.Storage.Tests.Infrastructure;

namespace Warden.Storage.Tests.Contracts;

public abstract class ToolPinStoreContract(TestDatabase database)
{
    private readonly IToolPinStore store = database.Services.GetRequiredService<IToolPinStore>();

    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task Save_ThenFind_RoundTrips_AndSaveReplaces()
    {
        var upstream = "up" + Guid.NewGuid().ToString("N")[..8];
        var pending = new ToolPin
        {
            Upstream = upstream,
            Tool = "create_issue",
            State = ToolPinState.Pending,
            SeenHash = new string('a', 64),
            SeenDefinition = "{\"description\":\"d1\"}",
            FirstSeenAt = TestData.Now,
            LastSeenAt = TestData.Now,
        };
        await store.SaveAsync(pending, Ct);
        Assert.Equal(pending, await store.FindAsync(upstream, "create_issue", Ct));

        var approved = pending with
        {
            State = ToolPinState.Approved,
            ApprovedHash = pending.SeenHash,
            ApprovedDefinition = pending.SeenDefinition,
            ApprovedAt = TestData.Now.AddMinutes(1),
            ApprovedBy = "bootstrap",
        };
        await store.SaveAsync(approved, Ct);
        Assert.Equal(approved, await store.FindAsync(upstream, "create_issue", Ct));
        Assert.Null(await store.FindAsync(upstream, "other", Ct));
    }

    [Fact]
    public async Task List_IsOrderedByUpstreamThenTool()
    {
        var upstream = "up" + Guid.NewGuid().ToString("N")[..8];
        foreach (var tool in new[] { "zeta", "alpha", "mid" })
        {
            await store.SaveAsync(new ToolPin { Upstream = upstream, Tool = tool, State = ToolPinState.Pending, SeenHash = "h", SeenDefinition = "{}", FirstSeenAt = TestData.Now, LastSeenAt = TestData.Now }, Ct);
        }

        var mine = (await store.ListAsync(Ct)).Where(p => p.Upstream == upstream).Select(p => p.Tool).ToArray();
        Assert.Equal(["alpha", "mid", "zeta"], mine);
    }
}
