using Microsoft.AspNetCore.Http.HttpResults;
using Warden.Core.Approvals;
using Warden.Core.Errors;
using Warden.Server.Admin;

namespace Warden.Server.Approvals;

/// <summary>
/// Approval requests under <c>/admin/v1/approvals</c>. Approvers authenticate with the Warden admin token or with a
/// token from a trusted identity provider (see docs/approvals.md).
/// </summary>
public static class ApprovalApi
{
    public static IEndpointRouteBuilder MapApprovalApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApprovalGroup("/admin/v1/approvals", "Approvals");
        group.MapGet("/", ListAsync).WithName("ListApprovals").WithSummary("List approval requests (an identity-provider approver sees the ones they may decide)");
        group.MapGet("/{id}", ShowAsync).WithName("GetApproval").WithSummary("Show one approval request");
        group.MapPost("/{id}/approve", (string id, HttpContext c, ApprovalService s, TimeProvider t) => DecideAsync(id, true, c, s, t))
            .WithName("ApproveRequest").WithSummary("Approve: the same call with the same arguments may run (once by default)");
        group.MapPost("/{id}/deny", (string id, HttpContext c, ApprovalService s, TimeProvider t) => DecideAsync(id, false, c, s, t))
            .WithName("DenyRequest").WithSummary("Deny the request");
        return app;
    }

    private static async Task<Ok<ApprovalPage>> ListAsync(HttpContext context, ApprovalService approvals, TimeProvider time, string? state, int? limit)
    {
        ApprovalRequestState? parsed = null;
        if (state is not null && !string.Equals(state, "all", StringComparison.OrdinalIgnoreCase))
        {
            parsed = Enum.TryParse<ApprovalRequestState>(state, ignoreCase: true, out var s) && Enum.IsDefined(s)
                ? s
                : throw new WardenException(ApprovalErrors.Invalid("state must be pending, approved, denied, expired or all"));
        }

        var caller = ApprovalCaller.Of(context).AsApprover();
        var now = time.GetUtcNow();
        var items = await approvals.ListAsync(parsed, limit ?? 100, context.RequestAborted);
        return TypedResults.Ok(new ApprovalPage([.. items.Where(r => caller.IsAdmin || caller.Matches(r.Approvers)).Select(r => ApprovalView.From(r, now, approvals.Options.UrlOf(r.Id)))]));
    }

    private static async Task<Ok<ApprovalView>> ShowAsync(string id, HttpContext context, ApprovalService approvals, TimeProvider time)
    {
        var request = await approvals.GetAsync(id, context.RequestAborted);
        var caller = ApprovalCaller.Of(context).AsApprover();
        if (!caller.IsAdmin && !caller.Matches(request.Approvers))
        {
            throw new WardenException(ApprovalErrors.NotAnApprover(caller.Display, id));
        }

        return TypedResults.Ok(ApprovalView.From(request, time.GetUtcNow(), approvals.Options.UrlOf(id)));
    }

    private static async Task<Ok<ApprovalView>> DecideAsync(string id, bool approve, HttpContext context, ApprovalService approvals, TimeProvider time)
    {
        var command = await AdminJson.ReadAsync<DecisionCommand>(context);
        var caller = ApprovalCaller.Of(context);
        if (caller.Kind == ApprovalCallerKind.Agent)
        {
            throw new WardenException(ApprovalErrors.NotAnApprover(caller.Subject, id));
        }

        var decided = await approvals.DecideAsync(id, approve, caller.AsApprover(), command.Reason, context.RequestAborted);
        return TypedResults.Ok(ApprovalView.From(decided, time.GetUtcNow(), approvals.Options.UrlOf(id)));
    }
}
