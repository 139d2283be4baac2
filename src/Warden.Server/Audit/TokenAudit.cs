using Warden.Core.Audit;
using Warden.Core.Errors;
using Warden.Core.Tokens;

namespace Warden.Server.Audit;

/// <summary>Token endpoint events. Each is durable before the response is written (fail closed).</summary>
internal static class TokenAudit
{
    public static ValueTask IssuedAsync(HttpContext context, TokenRequest request, GrantResult result)
    {
        var exchange = string.Equals(request.GrantType, TokenRequest.TokenExchange, StringComparison.Ordinal);
        var claims = result.Token.Claims;
        var e = AuditRequest.Event(
            context,
            exchange ? AuditEventIds.TokenExchanged : AuditEventIds.TokenIssued,
            exchange ? "token.exchanged" : "token.issued",
            "success",
            AuditRequest.FromClaims(claims)) with
        {
            Resource = claims.Audience,
            Action = request.GrantType,
            Details = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["jti"] = claims.Jti,
                ["scope"] = result.Token.Scope,
                ["expiresAt"] = claims.ExpiresAt,
                ["subject"] = claims.Subject,
            },
        };
        return Sink(context).RecordAsync(e, context.RequestAborted);
    }

    public static ValueTask DeniedAsync(HttpContext context, ClientAuthentication client, TokenRequest request, WardenError error)
    {
        // The client id is as claimed, not authenticated: useful to spot credential stuffing against one agent.
        var e = AuditRequest.Event(context, AuditEventIds.TokenDenied, "token.denied", "deny", new AuditActor { Agent = Truncate(client.ClientId) }) with
        {
            Action = Truncate(request.GrantType),
            ErrorId = error.Id,
            Reason = error.Message,
            Details = new Dictionary<string, object?>(StringComparer.Ordinal) { ["authMethod"] = client.Method, ["scope"] = Truncate(request.Scope) },
        };
        return Sink(context).RecordAsync(e, context.RequestAborted);
    }

    public static ValueTask RevokedAsync(HttpContext context, AccessTokenClaims claims, string? byAgent)
    {
        var actor = byAgent is null ? AuditRequest.Admin(context) : new AuditActor { Agent = byAgent };
        var e = AuditRequest.Event(context, AuditEventIds.TokenRevoked, "token.revoked", "success", actor) with
        {
            Resource = claims.Jti,
            Action = "token.revoke",
            Details = new Dictionary<string, object?>(StringComparer.Ordinal) { ["jti"] = claims.Jti, ["holder"] = claims.ClientId, ["subject"] = claims.Subject },
        };
        return Sink(context).RecordAsync(e, context.RequestAborted);
    }

    private static IAuditSink Sink(HttpContext context) => context.RequestServices.GetRequiredService<IAuditSink>();

    private static string? Truncate(string? value) => value is { Length: > 200 } ? value[..200] : value;
}
