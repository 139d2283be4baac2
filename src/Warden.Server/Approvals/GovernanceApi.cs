using Microsoft.AspNetCore.Http.HttpResults;
using Warden.Core.Approvals;
using Warden.Core.Errors;
using Warden.Server.Admin;
using Warden.Server.Configuration;

namespace Warden.Server.Approvals;

/// <summary>
/// Access governance: usage evidence and findings under <c>/admin/v1/governance</c> (admin token), access reviews
/// under <c>/admin/v1/reviews</c> (admins start and close; owners and named reviewers decide with their
/// identity-provider token).
/// </summary>
public static class GovernanceApi
{
    public static IEndpointRouteBuilder MapGovernanceApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapAdminGroup("/admin/v1/governance", "Governance");
        admin.MapGet("/usage/{agent}", (string agent, GovernanceService g, CancellationToken ct) => g.UsageAsync(agent, ct))
            .WithName("GetAgentUsage").WithSummary("When the agent last used each scope, model and tool (from the audit trail)");
        admin.MapGet("/findings", (GovernanceService g, CancellationToken ct) => g.FindingsAsync(apply: false, ct))
            .WithName("GetFindings").WithSummary("Unused permissions, orphaned, inactive and expired agents, stale credentials");
        admin.MapPost("/findings/apply", (GovernanceService g, CancellationToken ct) => g.FindingsAsync(apply: true, ct))
            .WithName("ApplyFindings").WithSummary("Compute findings and suspend inactive agents when approvals.governance.autoSuspend is on");

        var reviews = app.MapApprovalGroup("/admin/v1/reviews", "Reviews");
        reviews.MapPost("/", StartAsync).WithName("StartReview").WithSummary("Open an access-review campaign: one item per agent per scope");
        reviews.MapGet("/", ListAsync).WithName("ListReviews").WithSummary("List access reviews");
        reviews.MapGet("/{id}", ShowAsync).WithName("GetReview").WithSummary("Show a review and its items (a reviewer sees their own items)");
        reviews.MapPost("/{id}/items/{item}/decide", DecideAsync).WithName("DecideReviewItem").WithSummary("Certify (keep) or revoke one permission");
        reviews.MapPost("/{id}/close", CloseAsync).WithName("CloseReview").WithSummary("Close: undecided items get the default; revocations are applied");
        return app;
    }

    private static async Task<Created<ReviewView>> StartAsync(HttpContext context, ReviewService reviews)
    {
        var caller = RequireAdmin(context);
        var command = await AdminJson.ReadAsync<StartReviewCommand>(context);
        TimeSpan? duration = null;
        if (command.Duration is { } d)
        {
            duration = DurationParser.TryParse(d, out var parsed) && parsed > TimeSpan.Zero
                ? parsed
                : throw new WardenException(ApprovalErrors.ReviewInvalid("'duration' must be like 7d, 12h or 30m"));
        }

        var (campaign, items) = await reviews.StartAsync(command, caller.Subject, duration, context.RequestAborted);
        return TypedResults.Created($"/admin/v1/reviews/{campaign.Id}", ReviewView.From(campaign, items));
    }

    private static async Task<Ok<ReviewPage>> ListAsync(HttpContext context, ReviewService reviews)
    {
        RequireAdmin(context);
        return TypedResults.Ok(new ReviewPage([.. (await reviews.ListAsync(context.RequestAborted)).Select(c => ReviewView.From(c, null))]));
    }

    private static async Task<Ok<ReviewView>> ShowAsync(string id, HttpContext context, ReviewService reviews)
    {
        var caller = ApprovalCaller.Of(context);
        var campaign = await reviews.GetAsync(id, context.RequestAborted);
        var items = await reviews.ItemsAsync(id, context.RequestAborted);
        if (caller.Kind != ApprovalCallerKind.Admin)
        {
            items = [.. items.Where(i => string.Equals(i.Reviewer, caller.Subject, StringComparison.OrdinalIgnoreCase))];
        }

        return TypedResults.Ok(ReviewView.From(campaign, items));
    }

    private static async Task<Ok<ReviewItemView>> DecideAsync(string id, string item, HttpContext context, ReviewService reviews)
    {
        var caller = ApprovalCaller.Of(context);
        var command = await AdminJson.ReadAsync<ReviewDecisionCommand>(context);
        var decided = await reviews.DecideAsync(id, item, command.Decision, command.Reason, caller.Subject, caller.Kind == ApprovalCallerKind.Admin, context.RequestAborted);
        return TypedResults.Ok(ReviewItemView.From(decided));
    }

    private static async Task<Ok<ReviewView>> CloseAsync(string id, HttpContext context, ReviewService reviews)
    {
        var caller = RequireAdmin(context);
        var campaign = await reviews.CloseAsync(id, caller.Subject, context.RequestAborted);
        return TypedResults.Ok(ReviewView.From(campaign, await reviews.ItemsAsync(id, context.RequestAborted)));
    }

    private static ApprovalCaller RequireAdmin(HttpContext context)
    {
        var caller = ApprovalCaller.Of(context);
        return caller.Kind == ApprovalCallerKind.Admin ? caller : throw new WardenException(Errors.AdminUnauthorized());
    }
}

internal sealed class ReviewDeadlineSweep(ReviewService reviews) : IGovernanceSweep
{
    public Task SweepAsync(CancellationToken cancellationToken) => reviews.SweepAsync(cancellationToken);
}

/// <summary>Runs findings with auto-suspend about once an hour when approvals.governance.autoSuspend is on.</summary>
internal sealed class AutoSuspendSweep(GovernanceService governance, TimeProvider time) : IGovernanceSweep
{
    private DateTimeOffset _last = DateTimeOffset.MinValue;

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!governance.Options.AutoSuspend || now - _last < TimeSpan.FromHours(1))
        {
            return;
        }

        _last = now;
        await governance.FindingsAsync(apply: true, cancellationToken);
    }
}
