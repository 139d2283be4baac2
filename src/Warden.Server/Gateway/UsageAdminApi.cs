using Microsoft.AspNetCore.Http.HttpResults;
using Warden.Server.Admin;

namespace Warden.Server.Gateway;

/// <summary><c>GET /admin/v1/usage</c>: token usage per agent and per human initiator (in memory, per node, since start).</summary>
internal static class UsageAdminApi
{
    public static IEndpointRouteBuilder MapUsageAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapAdminGroup("/admin/v1/usage", "Gateway")
            .MapGet("", (string? agent, string? human, UsageLedger ledger) => Query(agent, human, ledger))
            .WithName("GetUsage").WithSummary("Token usage per agent and per human initiator since this node started");
        return app;
    }

    private static Ok<UsageReport> Query(string? agent, string? human, UsageLedger ledger)
    {
        var all = agent is null && human is null;
        var agents = all ? ledger.Agents : agent is null ? [] : [ledger.Agent(agent) ?? new UsageView(agent, 0, 0, 0, 0)];
        var humans = all ? ledger.Humans : human is null ? [] : [ledger.Human(human) ?? new UsageView(human, 0, 0, 0, 0)];
        return TypedResults.Ok(new UsageReport(ledger.Since, "memory", agents, humans));
    }
}

/// <summary>Usage since <see cref="Since"/> on this node.</summary>
internal sealed record UsageReport(DateTimeOffset Since, string Store, IReadOnlyList<UsageView> Agents, IReadOnlyList<UsageView> Humans);
