using Warden.Core.Agents;
using Warden.Core.Approvals;
using Warden.Core.Errors;

namespace Warden.Core.Tokens;

/// <summary>The token endpoint's grants: client credentials, and token exchange (RFC 8693) for delegation.</summary>
public sealed class TokenService(
    ClientAuthenticator authenticator,
    AccessTokenService tokens,
    ExternalTokenValidator external,
    DelegationPolicy delegation,
    IAgentStore agents,
    IElevationGrants? elevations = null)
{
    /// <summary>Authenticates the client and runs the grant. Every rejection is a <see cref="WardenException"/>.</summary>
    public async Task<GrantResult> HandleAsync(ClientAuthentication client, TokenRequest request, CancellationToken cancellationToken)
    {
        var agent = await authenticator.AuthenticateAsync(client, cancellationToken);
        return request.GrantType switch
        {
            TokenRequest.ClientCredentials => await ClientCredentialsAsync(agent, request, cancellationToken),
            TokenRequest.TokenExchange => await ExchangeAsync(agent, request, cancellationToken),
            _ => throw new WardenException(Errors.Errors.UnsupportedGrantType(request.GrantType)),
        };
    }

    private async Task<GrantResult> ClientCredentialsAsync(Agent agent, TokenRequest request, CancellationToken cancellationToken)
    {
        var audience = ResolveAudience(agent, request, required: agent.Audiences.Count != 1);
        var requested = ScopeSet.Parse(request.Scope);

        // Scopes beyond the agent's standing ones come only from an active elevation grant, and only when asked for
        // explicitly; the token then carries the grant id and ends with the grant.
        var extra = requested?.Where(s => !agent.Scopes.Contains(s, StringComparer.Ordinal)).ToList() ?? [];
        if (extra.Count > 0 && elevations is not null && await elevations.CoveringGrantAsync(agent.Id, extra, cancellationToken) is { } grant)
        {
            return new GrantResult(agent, tokens.Issue(agent.Id, agent.Id, audience, requested!, notAfter: grant.ExpiresAt, elevation: grant.Id), null);
        }

        var scopes = Narrow(requested, agent.Scopes, "the agent's allowed scopes");
        return new GrantResult(agent, tokens.Issue(agent.Id, agent.Id, audience, scopes), null);
    }

    private async Task<GrantResult> ExchangeAsync(Agent agent, TokenRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.SubjectToken))
        {
            throw new WardenException(Errors.Errors.InvalidRequest("subject_token is required for token exchange"));
        }

        if (request.SubjectTokenType is not (TokenRequest.AccessTokenType or TokenRequest.JwtTokenType))
        {
            throw new WardenException(Errors.Errors.UnsupportedTokenType(request.SubjectTokenType));
        }

        if (request.RequestedTokenType is not (null or TokenRequest.AccessTokenType or TokenRequest.JwtTokenType))
        {
            throw new WardenException(Errors.Errors.UnsupportedTokenType(request.RequestedTokenType));
        }

        if (request.ActorToken is not null)
        {
            throw new WardenException(Errors.Errors.InvalidRequest("actor_token is not supported; the authenticated client is the actor"));
        }

        if (request.SubjectToken.Length > tokens.Options.MaxTokenLength)
        {
            throw new WardenException(Errors.Errors.InvalidSubjectToken($"longer than {tokens.Options.MaxTokenLength} characters"));
        }

        var audience = ResolveAudience(agent, request, required: true);
        var issuer = UnverifiedIssuer(request.SubjectToken);
        var requested = ScopeSet.Parse(request.Scope);
        if (string.Equals(issuer, tokens.Options.Issuer, StringComparison.Ordinal))
        {
            return await ExchangeWardenTokenAsync(agent, request.SubjectToken, audience, requested, cancellationToken);
        }

        if (issuer is null || !external.IsTrustedIssuer(issuer))
        {
            throw new WardenException(Errors.Errors.InvalidSubjectToken("its issuer is not a trusted identity provider"));
        }

        var human = await external.ValidateAsync(request.SubjectToken, issuer, cancellationToken);
        if (!delegation.HumanMayDelegate(human.Subject, human.Groups, agent))
        {
            throw new WardenException(Errors.Errors.DelegationNotAllowed(human.Subject, agent.Id));
        }

        var ceiling = human.Scopes is null ? agent.Scopes : Intersect(agent.Scopes, human.Scopes);
        var scopes = Narrow(requested, ceiling, "the intersection of the human's and the agent's scopes");
        var act = new Actor(agent.Id, null);
        CheckDepth(act);
        var issued = tokens.Issue(human.Subject, agent.Id, audience, scopes, act, human.Provider, human.Groups, human.ExpiresAt);
        return new GrantResult(agent, issued, human.Subject);
    }

    private async Task<GrantResult> ExchangeWardenTokenAsync(Agent agent, string subjectToken, string audience, IReadOnlyList<string>? requested, CancellationToken cancellationToken)
    {
        AccessTokenClaims subject;
        try
        {
            subject = await tokens.ValidateAsync(subjectToken, expectedAudience: null, cancellationToken);
        }
        catch (WardenException ex)
        {
            throw new WardenException(Errors.Errors.InvalidSubjectToken(ex.Error.Message), ex);
        }

        // The holder of the subject token is the agent passing its delegation on.
        var holder = await agents.FindAsync(subject.ClientId, cancellationToken)
            ?? throw new WardenException(Errors.Errors.InvalidSubjectToken("its holder no longer exists"));
        if (!string.Equals(holder.Id, agent.Id, StringComparison.Ordinal) && !delegation.AgentMayDelegate(holder, agent))
        {
            throw new WardenException(Errors.Errors.DelegationNotAllowed(holder.Id, agent.Id));
        }

        // The existing chain is kept verbatim: a re-exchange can only add the new actor on top.
        var existing = subject.Act ?? (string.Equals(subject.Subject, subject.ClientId, StringComparison.Ordinal) ? null : new Actor(subject.ClientId, null));
        var act = new Actor(agent.Id, existing);
        CheckDepth(act);
        var scopes = Narrow(requested, Intersect(agent.Scopes, subject.Scopes), "the intersection of the subject token's and the agent's scopes");
        var issued = tokens.Issue(subject.Subject, agent.Id, audience, scopes, act, subject.SubjectIssuer, subject.SubjectGroups, subject.ExpiresAt);
        return new GrantResult(agent, issued, subject.SubjectIssuer is null ? null : subject.Subject);
    }

    private void CheckDepth(Actor act)
    {
        if (act.Depth > tokens.Options.MaxDelegationDepth)
        {
            throw new WardenException(Errors.Errors.ChainTooDeep(tokens.Options.MaxDelegationDepth));
        }
    }

    private static string ResolveAudience(Agent agent, TokenRequest request, bool required)
    {
        var targets = request.Resources.Concat(request.Audiences).Distinct(StringComparer.Ordinal).ToList();
        if (targets.Count > 1)
        {
            throw new WardenException(Errors.Errors.InvalidTarget("request exactly one resource or audience per token"));
        }

        if (targets.Count == 0)
        {
            if (required)
            {
                throw new WardenException(Errors.Errors.InvalidTarget("a 'resource' (or 'audience') parameter naming the target is required"));
            }

            return agent.Audiences[0];
        }

        var target = targets[0];
        if (target.Length > 512 || !agent.Audiences.Contains(target, StringComparer.Ordinal))
        {
            throw new WardenException(Errors.Errors.InvalidTarget($"agent '{agent.Id}' may not address '{Truncate(target)}'"));
        }

        return target;
    }

    private static IReadOnlyList<string> Narrow(IReadOnlyList<string>? requested, IReadOnlyList<string> ceiling, string ceilingName)
    {
        if (requested is null)
        {
            if (ceiling.Count == 0)
            {
                throw new WardenException(Errors.Errors.InvalidScope($"no scope is available ({ceilingName} is empty)"));
            }

            return ceiling;
        }

        var outside = requested.Where(s => !ceiling.Contains(s, StringComparer.Ordinal)).ToList();
        if (outside.Count > 0)
        {
            throw new WardenException(Errors.Errors.InvalidScope($"'{Truncate(string.Join(' ', outside))}' exceeds {ceilingName}; scopes can only narrow"));
        }

        return requested;
    }

    private static List<string> Intersect(IReadOnlyList<string> a, IReadOnlyList<string> b) => [.. a.Where(s => b.Contains(s, StringComparer.Ordinal))];

    private static string? UnverifiedIssuer(string token)
    {
        try
        {
            return new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token).Issuer;
        }
        catch (ArgumentException ex)
        {
            throw new WardenException(Errors.Errors.InvalidSubjectToken("not a well-formed JWT"), ex);
        }
    }

    private static string Truncate(string value) => value.Length <= 80 ? value : value[..80] + "…";
}

/// <summary>The outcome of a grant: the authenticated agent, the token, and the human initiator if any.</summary>
public sealed record GrantResult(Agent Agent, IssuedToken Token, string? HumanInitiator);
