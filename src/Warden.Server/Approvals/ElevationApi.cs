using Microsoft.AspNetCore.Http.HttpResults;
using Warden.Core.Approvals;
using Warden.Server.Admin;
using Warden.Server.Configuration;

namespace Warden.Server.Approvals;

/// <summary>What an agent, its owner or an admin sends to ask for elevation.</summary>
public sealed record ElevationCommand
{
    public string? Agent { get; init; }

    public List<string>? Scopes { get; init; }

    public string? Justification { get; init; }

    /// <summary>A duration such as <c>30m</c>, <c>2h</c> or <c>01:00:00</c>.</summary>
    public string? Duration { get; init; }
}

/// <summary>An elevation grant as the admin API shows it.</summary>
public sealed record ElevationView(
    string Id, string State, string Agent, IReadOnlyList<string> Scopes, string RequestedBy, string Justification, long DurationSeconds,
    DateTimeOffset CreatedAt, DateTimeOffset RequestExpiresAt, DateTimeOffset? DecidedAt, string? DecidedBy, string? DecisionReason,
    DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, string? RevokedBy)
{
    public static ElevationView From(ElevationGrant g, DateTimeOffset now) => new(
        g.Id, g.EffectiveState(now).ToString().ToLowerInvariant(), g.Agent, g.Scopes, g.RequestedBy, g.Justification, (long)g.Duration.TotalSeconds,
        g.CreatedAt, g.RequestExpiresAt, g.DecidedAt, g.DecidedBy, g.DecisionReason, g.ExpiresAt, g.RevokedAt, g.RevokedBy);
}

/// <summary>A list of elevation grants.</summary>
public sealed record ElevationPage(IReadOnlyList<ElevationView> Items);

/// <summary>
/// Just-in-time elevation under <c>/admin/v1/elevations</c>. The agent itself (its Warden access token), its owner
/// (identity-provider token) or an admin may request; approvers decide; tokens issued in the window may carry the scopes.
/// </summary>
public static class ElevationApi
{
    public static IEndpointRouteBuilder MapElevationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApprovalGroup("/admin/v1/elevations", "Elevation", agentsAllowed: true);
        group.MapPost("/", RequestAsync).WithName("RequestElevation").WithSummary("Ask for a time-boxed grant of extra scopes");
        group.MapGet("/", ListAsync).WithName("ListElevations").WithSummary("List elevation grants");
        group.MapGet("/{id}", ShowAsync).WithName("GetElevation").WithSummary("Show one elevation grant");
        group.MapPost("/{id}/approve", (string id, HttpContext c, ElevationService s, TimeProvider t) => DecideAsync(id, true, c, s, t))
            .WithName("ApproveElevation").WithSummary("Approve: the window starts now");
        group.MapPost("/{id}/deny", (string id, HttpContext c, ElevationService s, TimeProvider t) => DecideAsync(id, false, c, s, t))
            .WithName("DenyElevation").WithSummary("Deny the elevation");
        group.MapPost("/{id}/revoke", RevokeAsync).WithName("RevokeElevation").WithSummary("End the grant now; tokens carrying it stop working");
        return app;
    }

    private static async Task<Created<ElevationView>> RequestAsync(HttpContext context, ElevationService elevations, TimeProvider time)
    {
        var command = await AdminJson.ReadAsync<ElevationCommand>(context);
        TimeSpan? duration = command.Duration is { } d && DurationParser.TryParse(d, out var parsed) ? parsed : null;
        if (command.Duration is not null && duration is null)
        {
            throw new Core.Errors.WardenException(ApprovalErrors.ElevationInvalid($"'duration' must be like 30m, 2h or 01:00:00, got '{Truncate(command.Duration)}'"));
        }

        var grant = await elevations.RequestAsync(Actor(context), command.Agent ?? "", command.Scopes, command.Justification, duration, context.RequestAborted);
        return TypedResults.Created($"/admin/v1/elevations/{grant.Id}", ElevationView.From(grant, time.GetUtcNow()));
    }

    private static async Task<Ok<ElevationPage>> ListAsync(ElevationService elevations, TimeProvider time, string? agent, int? limit, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var items = await elevations.ListAsync(agent, limit ?? 100, ct);
        return TypedResults.Ok(new ElevationPage([.. items.Select(g => ElevationView.From(g, now))]));
    }

    private static async Task<Ok<ElevationView>> ShowAsync(string id, ElevationService elevations, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok(ElevationView.From(await elevations.GetAsync(id, ct), time.GetUtcNow()));

    private static async Task<Ok<ElevationView>> DecideAsync(string id, bool approve, HttpContext context, ElevationService elevations, TimeProvider time)
    {
        var command = await AdminJson.ReadAsync<DecisionCommand>(context);
        var grant = await elevations.DecideAsync(id, approve, Actor(context), command.Reason, context.RequestAborted);
        return TypedResults.Ok(ElevationView.From(grant, time.GetUtcNow()));
    }

    private static async Task<Ok<ElevationView>> RevokeAsync(string id, HttpContext context, ElevationService elevations, TimeProvider time)
    {
        var command = context.Request.ContentLength is > 0 ? await AdminJson.ReadAsync<DecisionCommand>(context) : new DecisionCommand();
        var grant = await elevations.RevokeAsync(id, Actor(context), command.Reason, context.RequestAborted);
        return TypedResults.Ok(ElevationView.From(grant, time.GetUtcNow()));
    }

    private static ElevationActor Actor(HttpContext context)
    {
        var caller = ApprovalCaller.Of(context);
        return new ElevationActor(caller.Subject, caller.Groups, caller.Kind.ToString().ToLowerInvariant());
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
