using Microsoft.IdentityModel.JsonWebTokens;
using Warden.Core.Approvals;
using Warden.Core.Errors;
using Warden.Core.Tokens;
using Warden.Server.Admin;

namespace Warden.Server.Approvals;

/// <summary>Who called an approvals endpoint: a Warden admin, a human from a trusted identity provider, or an agent.</summary>
internal sealed record ApprovalCaller(ApprovalCallerKind Kind, string Subject, IReadOnlyList<string> Groups, string? Issuer)
{
    public const string Item = "warden.approval-caller";

    public Approver AsApprover() => new(Subject, Groups, Kind == ApprovalCallerKind.Admin, Issuer);

    public string Display => Kind == ApprovalCallerKind.Admin ? "admin:" + Subject : Subject;

    public static ApprovalCaller Of(HttpContext context) => (ApprovalCaller)context.Items[Item]!;
}

internal enum ApprovalCallerKind
{
    Admin,
    Human,
    Agent,
}

/// <summary>
/// Authenticates approvers. A bearer token whose issuer is a trusted identity provider is validated with the
/// existing trusted-IdP machinery (subject and groups); a Warden access token identifies an agent (only where
/// agents may call); anything else must be the Warden admin token. Every failure is WRD7007.
/// </summary>
internal sealed class ApprovalAuthenticator(AdminAuthenticator admins, ExternalTokenValidator external, AccessTokenService tokens)
{
    public async Task<ApprovalCaller> AuthenticateAsync(HttpContext context, bool agentsAllowed)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length > 16 * 1024)
        {
            throw new WardenException(ApprovalErrors.ApproverUnauthorized());
        }

        var token = header["Bearer ".Length..].Trim();
        var issuer = UnverifiedIssuer(token);
        if (issuer is not null && external.IsTrustedIssuer(issuer))
        {
            try
            {
                var human = await external.ValidateAsync(token, issuer, context.RequestAborted);
                return new ApprovalCaller(ApprovalCallerKind.Human, human.Subject, human.Groups, human.Provider);
            }
            catch (WardenException ex)
            {
                throw new WardenException(ApprovalErrors.ApproverUnauthorized(), ex);
            }
        }

        if (issuer is not null && agentsAllowed && string.Equals(issuer, tokens.Options.Issuer, StringComparison.Ordinal))
        {
            try
            {
                var claims = await tokens.ValidateAsync(token, expectedAudience: null, context.RequestAborted);
                return new ApprovalCaller(ApprovalCallerKind.Agent, claims.ClientId, [], null);
            }
            catch (WardenException ex)
            {
                throw new WardenException(ApprovalErrors.ApproverUnauthorized(), ex);
            }
        }

        try
        {
            await admins.RequireAdminAsync(context);
        }
        catch (WardenException ex)
        {
            throw new WardenException(ApprovalErrors.ApproverUnauthorized(), ex);
        }

        var name = context.Items.TryGetValue(AdminAuthenticator.AdminNameItem, out var n) ? n as string : null;
        return new ApprovalCaller(ApprovalCallerKind.Admin, name ?? "admin", [], null);
    }

    private static string? UnverifiedIssuer(string token)
    {
        if (token.Count(c => c == '.') != 2)
        {
            return null;
        }

        try
        {
            return new JsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

/// <summary>Route groups for approvers: admin token, identity-provider token, or (when allowed) an agent token.</summary>
internal static class ApprovalRoutes
{
    public static RouteGroupBuilder MapApprovalGroup(this IEndpointRouteBuilder app, string prefix, string tag, bool agentsAllowed = false) =>
        app.MapGroup(prefix).WithTags(tag).AddEndpointFilter(async (ctx, next) =>
        {
            var caller = await ctx.HttpContext.RequestServices.GetRequiredService<ApprovalAuthenticator>().AuthenticateAsync(ctx.HttpContext, agentsAllowed);
            ctx.HttpContext.Items[ApprovalCaller.Item] = caller;
            return await next(ctx);
        });
}
