using Warden.Core.Agents;
using Warden.Core.Errors;
using Warden.Core.Tokens;
using Warden.Server.Configuration;
using Warden.Server.Gateway;

namespace Warden.Server.Mcp;

/// <summary>Stage 1: a Warden access token whose audience is the MCP endpoint; the caller's token never goes upstream.</summary>
internal sealed class McpAuthenticator(AccessTokenService tokens, AgentStatusCache agents, WardenConfig config)
{
    public string Audience { get; } = config.Mcp.EffectiveAudience(config.EffectiveIssuer);

    /// <summary>The RFC 9728 metadata URL announced in <c>WWW-Authenticate</c>.</summary>
    public string MetadataUrl { get; } = config.EffectiveIssuer + "/.well-known/oauth-protected-resource";

    public async ValueTask<GatewayCaller> AuthenticateAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= "Bearer ".Length)
        {
            throw new McpException(McpErrors.MissingToken());
        }

        AccessTokenClaims claims;
        try
        {
            claims = await tokens.ValidateAsync(tokens.TokenText(header.AsSpan("Bearer ".Length).Trim()), Audience, context.RequestAborted);
        }
        catch (WardenException ex) when (ex.Error.Status == StatusCodes.Status401Unauthorized)
        {
            throw new McpException(McpErrors.InvalidToken(ex.Error.Id, ex.Error.Message));
        }

        var agent = await agents.GetAsync(claims.ClientId, context.RequestAborted);
        return new GatewayCaller(claims, GatewayAuthenticator.Principal(claims, agent), context.Connection.RemoteIpAddress);
    }
}
