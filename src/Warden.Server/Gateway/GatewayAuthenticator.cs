using System.Net;
using Warden.Core.Agents;
using Warden.Core.Errors;
using Errors = Warden.Core.Errors.Errors;
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
internal sealed class GatewayAuthenticator(AccessTokenService tokens, AgentStatusCache agents, RevocationState revocations, TimeProvider time, WardenConfig config)
{
    // Agents send the same token many times a minute. A token string whose signature, issuer and audience were
    // verified is remembered briefly, so repeat calls skip the signature check; lifetime, revocation and the status of
    // every agent in the chain are still checked on every call.
    private static readonly TimeSpan VerifiedFor = TimeSpan.FromSeconds(30);
    private const int MaxVerified = 10_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (AccessTokenClaims Claims, DateTimeOffset Until)> _verified = new(StringComparer.Ordinal);

    public string Audience { get; } = config.Gateway.EffectiveAudience(config.EffectiveIssuer);

    public async ValueTask<GatewayCaller> AuthenticateAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= "Bearer ".Length)
        {
            throw new GatewayException(GatewayErrors.MissingToken());
        }

        var token = header["Bearer ".Length..].Trim();
        AccessTokenClaims claims;
        try
        {
            claims = await ValidateAsync(token, context.RequestAborted);
        }
        catch (WardenException ex) when (ex.Error.Status == StatusCodes.Status401Unauthorized)
        {
            throw new GatewayException(GatewayErrors.InvalidToken(ex.Error.Id, ex.Error.Message));
        }

        var agent = await agents.GetAsync(claims.ClientId, context.RequestAborted);
        return new GatewayCaller(claims, Principal(claims, agent), context.Connection.RemoteIpAddress);
    }

    private async ValueTask<AccessTokenClaims> ValidateAsync(string token, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_verified.TryGetValue(token, out var hit) && now < hit.Until)
        {
            var c = hit.Claims;
            if (c.ExpiresAt + tokens.Options.ClockSkew <= now)
            {
                throw new WardenException(Errors.InvalidToken("expired"));
            }

            if (revocations.IsRevoked(c.Jti) || !await AllAgentsUsableAsync(c, now, ct))
            {
                throw new WardenException(Errors.TokenRevoked());
            }

            return c;
        }

        var claims = await tokens.ValidateAsync(token, Audience, ct);
        if (_verified.Count >= MaxVerified)
        {
            _verified.Clear();
        }

        _verified[token] = (claims, now + VerifiedFor);
        return claims;
    }

    private async ValueTask<bool> AllAgentsUsableAsync(AccessTokenClaims c, DateTimeOffset now, CancellationToken ct)
    {
        // The same agents AccessTokenService.ValidateAsync checks: the holder, an agent subject, and every actor.
        foreach (var id in c.Agents().Append(c.ClientId).Concat(c.SubjectIssuer is null ? [c.Subject] : []))
        {
            var agent = await agents.GetAsync(id, ct);
            if (agent is not { Status: AgentStatus.Active } || agent.IsExpired(now))
            {
                return false;
            }
        }

        return true;
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
