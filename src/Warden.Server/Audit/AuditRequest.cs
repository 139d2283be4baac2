using System.Diagnostics;
using Warden.Core.Audit;
using Warden.Core.Tokens;
using Warden.Server.Admin;

namespace Warden.Server.Audit;

/// <summary>Builds events with the request's context: request id, W3C trace id, client address, admin or actor chain.</summary>
internal static class AuditRequest
{
    public const string RequestIdHeader = "X-Request-Id";

    public static AuditEvent Event(HttpContext context, int eventId, string type, string outcome, AuditActor? actor = null) => new()
    {
        EventId = eventId,
        Type = type,
        Outcome = outcome,
        Actor = actor ?? Admin(context),
        RequestId = RequestId(context),
        TraceId = TraceId(context),
        ClientAddress = context.Connection.RemoteIpAddress?.ToString(),
    };

    /// <summary>The admin who made the request (the admin token's name).</summary>
    public static AuditActor Admin(HttpContext context) =>
        new() { Admin = context.Items.TryGetValue(AdminAuthenticator.AdminNameItem, out var name) ? name as string : null };

    /// <summary>The actor chain carried by a token: human initiator, then agents, current actor first.</summary>
    public static AuditActor FromClaims(AccessTokenClaims claims) => new()
    {
        Human = claims.SubjectIssuer is null ? null : claims.Subject,
        HumanIssuer = claims.SubjectIssuer,
        Agent = claims.ClientId,
        Chain = [.. claims.Agents()],
    };

    public static string RequestId(HttpContext context)
    {
        var header = context.Request.Headers[RequestIdHeader].ToString();
        return header.Length is > 0 and <= 128 ? header : context.TraceIdentifier;
    }

    public static string? TraceId(HttpContext context)
    {
        if (Activity.Current is { } activity && activity.TraceId != default)
        {
            return activity.TraceId.ToHexString();
        }

        // traceparent: version-traceid-parentid-flags (W3C Trace Context).
        var traceparent = context.Request.Headers["traceparent"].ToString();
        var parts = traceparent.Split('-');
        return parts.Length == 4 && parts[1].Length == 32 && parts[1].All(char.IsAsciiHexDigitLower) ? parts[1] : null;
    }

    /// <summary>Records an admin action; throws (fail closed) when the trail cannot be written.</summary>
    public static ValueTask AdminAsync(HttpContext context, int eventId, string type, string resource, string action, Dictionary<string, object?>? details = null) =>
        context.RequestServices.GetRequiredService<IAuditSink>().RecordAsync(
            Event(context, eventId, type, "success") with { Resource = resource, Action = action, Details = details ?? new Dictionary<string, object?>(StringComparer.Ordinal) },
            context.RequestAborted);

    /// <summary>Secret-bearing fields are replaced before anything reaches the trail.</summary>
    public static string Mask(string? secret) => string.IsNullOrEmpty(secret) ? "" : "***";
}
