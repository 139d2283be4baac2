using Warden.Core.Errors;

namespace Warden.Core.Approvals;

/// <summary>
/// Errors of approvals (WRD7000–7009), elevation (WRD7010–7019), access reviews (WRD7020–7029) and findings (WRD7030–7039).
/// Ids never change meaning once shipped.
/// </summary>
public static class ApprovalErrors
{
    public static WardenError Invalid(string detail) =>
        new("WRD7000", $"The approval request is invalid: {detail}.", "invalid_request", 400);

    public static WardenError NotFound(string id) =>
        new("WRD7001", $"No approval request with id '{id}'. List pending requests with 'warden approvals list'.", "invalid_request", 404);

    public static WardenError AlreadyDecided(string id, string state) =>
        new("WRD7002", $"Approval request '{id}' was already decided ({state}); a decision is final. The caller can retry the call to open a new request.", "invalid_request", 409);

    public static WardenError Expired(string id) =>
        new("WRD7003", $"Approval request '{id}' has expired and can no longer be decided. The caller must retry the call to open a new request.", "invalid_request", 409);

    public static WardenError NotAnApprover(string who, string id) =>
        new("WRD7004", $"'{who}' is not an approver of request '{id}'. The request's 'approvers' list (from the policy rule) says who may decide it.", "access_denied", 403);

    public static WardenError OwnRequest(string who, string id) =>
        new("WRD7005", $"'{who}' initiated the action of request '{id}' and cannot approve it (segregation of duties). Ask another approver.", "access_denied", 403);

    public static WardenError OwnerMayNotApprove(string who, string id) =>
        new("WRD7006", $"'{who}' owns the agent of request '{id}' and cannot approve it (approvals.ownerMayApprove is false). Ask another approver.", "access_denied", 403);

    public static WardenError ApproverUnauthorized() =>
        new("WRD7007", "Missing or invalid approver credentials. Send 'Authorization: Bearer <token>' with the Warden admin token or a token from a trusted identity provider.", "invalid_token", 401);

    public static WardenError ElevationNotFound(string id) =>
        new("WRD7010", $"No elevation grant with id '{id}'. List grants with 'warden elevation list'.", "invalid_request", 404);

    public static WardenError ElevationTooLong(TimeSpan requested, TimeSpan max) =>
        new("WRD7011", $"The elevation of {Format(requested)} is longer than the {Format(max)} allowed for this agent. Request a shorter duration.", "invalid_request", 400);

    public static WardenError ElevationForbiddenScopes(string scopes) =>
        new("WRD7012", $"Elevation to '{scopes}' is not allowed for this agent (outside approvals.elevation allowedScopes). Request only scopes the elevation policy allows.", "invalid_scope", 403);

    public static WardenError ElevationNotPending(string id, string state) =>
        new("WRD7013", $"Elevation grant '{id}' is {state}; only a pending grant can be approved or denied and only a pending or active grant revoked.", "invalid_request", 409);

    public static WardenError ElevationNotRequester(string who, string agent) =>
        new("WRD7014", $"'{who}' may not request elevation for agent '{agent}': only the agent itself (with its token) or its owner may.", "access_denied", 403);

    public static WardenError ElevationRevoked() =>
        new("WRD7015", "The access token carries an elevation grant that was revoked or has expired. Get a new token.", "invalid_token", 401);

    public static WardenError ElevationInvalid(string detail) =>
        new("WRD7016", $"The elevation request is invalid: {detail}.", "invalid_request", 400);

    public static WardenError CampaignNotFound(string id) =>
        new("WRD7020", $"No access review with id '{id}'. List reviews with 'warden review list'.", "invalid_request", 404);

    public static WardenError ReviewItemNotFound(string id) =>
        new("WRD7021", $"No review item with id '{id}' in this review. Show the review with 'warden review show ID'.", "invalid_request", 404);

    public static WardenError CampaignClosed(string id) =>
        new("WRD7022", $"Access review '{id}' is closed; its decisions were applied. Start a new review.", "invalid_request", 409);

    public static WardenError NotAReviewer(string who, string item) =>
        new("WRD7023", $"'{who}' is not the reviewer of item '{item}'. The agent's owner (or the named reviewer) decides it; admins may too.", "access_denied", 403);

    public static WardenError ReviewInvalid(string detail) =>
        new("WRD7024", $"The review request is invalid: {detail}.", "invalid_request", 400);

    private static string Format(TimeSpan t) => t.TotalHours >= 1 && t.TotalMinutes % 60 == 0 ? $"{t.TotalHours:0}h" : $"{t.TotalMinutes:0}m";
}
