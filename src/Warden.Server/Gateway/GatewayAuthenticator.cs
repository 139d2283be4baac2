using System.Net;
using Warden.Core.Agents;
using Warden.Core.Errors;
using Warden.Core.Tokens;
using Warden.Policy;
using Warden.Server.Configuration;

namespace Warden.Server.Gateway;

/// <summary>The authenticated caller: token claims, the agent record and the policy principal built from them.</summary>
internal sealed record GatewayCaller(AccessTokenClaims Claims, PolicyPrincipal Principal, IPAddress? ClientAddress)
{
    public string AgentId => Claims.ClientId;

    public string? Human => Principal.Initiator?.Subject;
}

/// <summary>Stage 1: a Warden access token for the gateway audience, with revocation and agent status checked.</summary>
internal sealed class GatewayAuthenticator(AccessTokenService tokens, AgentStatusCache agents, WardenConfig config)
{
    public string Audience { get; } = config.Gateway.EffectiveAudience(config.EffectiveIssuer);

    public async ValueTask<GatewayCaller> AuthenticateAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= "Bearer ".Length)
        {
            throw new GatewayException(GatewayErrors.MissingToken());
        }

        var token = tokens.TokenText(header.AsSpan("Bearer ".Length).Trim());
        AccessTokenClaims claims;
        try
        {
            // AccessTokenService remembers verified signatures and still checks lifetime, revocation and every agent per call.
            claims = await tokens.ValidateAsync(token, Audience, context.RequestAborted);
        }
        catch (WardenException ex) when (ex.Error.Status == StatusCodes.Status401Unauthorized)
        {
            throw new GatewayException(GatewayErrors.InvalidToken(ex.Error.Id, ex.Error.Message));
        }

        var agent = await agents.GetAsync(claims.ClientId, context.RequestAborted);
        return new GatewayCaller(claims, Principal(claims, agent), context.Connection.RemoteIpAddress);
    }

    /// <summary>Maps token claims onto the policy principal; see docs/gateway.md for the rules.</summary>
    internal static PolicyPrincipal Principal(AccessTokenClaims claims, Agent? agent)
    {
        // Agents the call passed through before the current holder, outermost first. An agent subject (no identity
        // provider) started the chain; earlier actors sit behind the current one in 'act'.
        var chain = new List<string>();
        if (claims.SubjectIssuer is null && !string.Equals(claims.Subject, claims.ClientId, StringComparison.Ordinal))
        {
            chain.Add(claims.Subject);
        }

        if (claims.Act?.Previous is { } previous)
        {
            chain.AddRange(previous.Subjects().Reverse());
        }

        return new PolicyPrincipal
        {
            AgentId = claims.ClientId,
            Labels = agent?.Labels ?? new Dictionary<string, string>(StringComparer.Ordinal),
            Owner = agent?.Owner,
            Initiator = claims.SubjectIssuer is null ? null : new HumanInitiator { Subject = claims.Subject, Groups = claims.SubjectGroups },
            DelegationChain = chain,
            Scopes = claims.Scopes,
        };
    }
}
