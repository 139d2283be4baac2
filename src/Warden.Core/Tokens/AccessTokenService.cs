using Warden.Core.Agents;
using Warden.Core.Approvals;
using Warden.Core.Errors;
using Warden.Core.Security;

namespace Warden.Core.Tokens;

/// <summary>Signs Warden access tokens and validates them, including revocation and agent status.</summary>
public sealed class AccessTokenService(
    SigningKeyRing keys, TokenOptions options, TimeProvider time, AgentStatusCache agents, RevocationState revocations, IElevationGrants? elevations = null)
{
    private const int MaxVerifiedTokens = 100_000;

    // Tokens whose signature already verified: an agent presents the same token for many calls during its
    // few minutes of life, so the ECDSA verification runs once per token, not once per request. Keyed by the
    // whole compact token, so a hit is byte-for-byte the string that verified.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, AccessTokenClaims> _verified = new(StringComparer.Ordinal);

    public TokenOptions Options => options;

    /// <summary>
    /// The token text as a string: the instance already in the verified-token cache when there is one (a bearer
    /// header's token is then not copied out of the header on every request), a new string otherwise.
    /// </summary>
    public string TokenText(ReadOnlySpan<char> token) =>
        _verified.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var cached, out _) ? cached : token.ToString();

    public IssuedToken Issue(
        string subject, string clientId, string audience, IReadOnlyList<string> scopes, Actor? act = null,
        string? subjectIssuer = null, IReadOnlyList<string>? subjectGroups = null, DateTimeOffset? notAfter = null, string? elevation = null)
    {
        var now = time.GetUtcNow();
        var lifetime = options.AccessTokenLifetime < TokenOptions.MaxAccessTokenLifetime ? options.AccessTokenLifetime : TokenOptions.MaxAccessTokenLifetime;
        var expires = now + lifetime;
        if (notAfter is { } cap && cap < expires)
        {
            expires = cap;
        }

        var claims = new AccessTokenClaims
        {
            Issuer = options.Issuer,
            Subject = subject,
            Audience = audience,
            ClientId = clientId,
            Jti = RandomIds.New("", 16),
            Scopes = scopes,
            IssuedAt = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds()),
            ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()),
            Act = act,
            SubjectIssuer = subjectIssuer,
            SubjectGroups = subjectGroups ?? [],
            Elevation = elevation,
        };
        var snapshot = keys.Current;
        return new IssuedToken(AccessTokenCodec.Write(claims, snapshot.ActiveKid, snapshot.Active), claims);
    }

    /// <summary>Verifies signature, lifetime, issuer and audience only (no store access).</summary>
    public AccessTokenClaims ValidateSignatureAndLifetime(string token, string? expectedAudience)
    {
        if (!_verified.TryGetValue(token, out var claims))
        {
            claims = AccessTokenCodec.Read(token, keys.Current.Verification, options.MaxTokenLength, out var failure)
                ?? throw new WardenException(Errors.Errors.InvalidToken(failure ?? "malformed"));
            if (_verified.Count >= MaxVerifiedTokens)
            {
                _verified.Clear();
            }

            _verified[token] = claims;
        }

        var now = time.GetUtcNow();
        if (claims.ExpiresAt + options.ClockSkew <= now)
        {
            throw new WardenException(Errors.Errors.InvalidToken("expired"));
        }

        if (claims.IssuedAt - options.ClockSkew > now)
        {
            throw new WardenException(Errors.Errors.InvalidToken("not yet valid (issued in the future)"));
        }

        if (!string.Equals(claims.Issuer, options.Issuer, StringComparison.Ordinal))
        {
            throw new WardenException(Errors.Errors.InvalidToken("wrong issuer"));
        }

        if (expectedAudience is not null && !string.Equals(claims.Audience, expectedAudience, StringComparison.Ordinal))
        {
            throw new WardenException(Errors.Errors.InvalidToken($"wrong audience; this endpoint accepts tokens for '{expectedAudience}'"));
        }

        return claims;
    }

    /// <summary>Full validation: signature, lifetime, audience, revocation, and every agent in the chain active.</summary>
    public async ValueTask<AccessTokenClaims> ValidateAsync(string token, string? expectedAudience, CancellationToken cancellationToken)
    {
        var claims = ValidateSignatureAndLifetime(token, expectedAudience);
        if (revocations.IsRevoked(claims.Jti))
        {
            throw new WardenException(Errors.Errors.TokenRevoked());
        }

        var now = time.GetUtcNow();
        if (!await IsAgentUsableAsync(claims.ClientId, now, cancellationToken))
        {
            throw new WardenException(Errors.Errors.TokenRevoked());
        }

        // A subject without an identity-provider origin is itself an agent (agent-to-agent delegation): it must be usable too.
        if (claims.SubjectIssuer is null && !string.Equals(claims.Subject, claims.ClientId, StringComparison.Ordinal) &&
            !await IsAgentUsableAsync(claims.Subject, now, cancellationToken))
        {
            throw new WardenException(Errors.Errors.TokenRevoked());
        }

        // An elevated token dies with its grant: revoked early or past its window, the token is refused.
        if (claims.Elevation is not null && (elevations is null || !await elevations.IsActiveAsync(claims.Elevation, claims.ClientId, cancellationToken)))
        {
            throw new WardenException(ApprovalErrors.ElevationRevoked());
        }

        for (var actor = claims.Act; actor is not null; actor = actor.Previous)
        {
            if (!string.Equals(actor.Subject, claims.ClientId, StringComparison.Ordinal) && !await IsAgentUsableAsync(actor.Subject, now, cancellationToken))
            {
                throw new WardenException(Errors.Errors.TokenRevoked());
            }
        }

        return claims;
    }

    private async ValueTask<bool> IsAgentUsableAsync(string agentId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var agent = await agents.GetAsync(agentId, cancellationToken);
        return agent is { Status: AgentStatus.Active } && !agent.IsExpired(now);
    }
}
