namespace Warden.Core.Tokens;

/// <summary>One link of an RFC 8693 delegation chain: the acting party, and who acted before it.</summary>
public sealed record Actor(string Subject, Actor? Previous)
{
    /// <summary>Number of actors in the chain starting here.</summary>
    public int Depth => 1 + (Previous?.Depth ?? 0);

    /// <summary>The actors from the current one back to the first delegate.</summary>
    public IEnumerable<string> Subjects()
    {
        for (var a = this; a is not null; a = a.Previous)
        {
            yield return a.Subject;
        }
    }
}

/// <summary>The claims of a Warden access token (RFC 9068 profile).</summary>
public sealed record AccessTokenClaims
{
    public required string Issuer { get; init; }

    /// <summary>The principal: the agent itself, or the human on whose behalf the agent acts.</summary>
    public required string Subject { get; init; }

    public required string Audience { get; init; }

    /// <summary>The agent that holds the token.</summary>
    public required string ClientId { get; init; }

    public required string Jti { get; init; }

    public IReadOnlyList<string> Scopes { get; init; } = [];

    public DateTimeOffset IssuedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The delegation chain, most recent actor first; null for an agent acting as itself.</summary>
    public Actor? Act { get; init; }

    /// <summary>Where the subject came from: "agent", "warden", or the name of a trusted identity provider.</summary>
    public string? SubjectIssuer { get; init; }

    /// <summary>The human subject's groups, as asserted by the identity provider (for policy).</summary>
    public IReadOnlyList<string> SubjectGroups { get; init; } = [];

    /// <summary>The just-in-time elevation grant whose scopes the token carries; checked on every validation.</summary>
    public string? Elevation { get; init; }

    public bool IsDelegated => Act is not null;

    /// <summary>Every agent in the chain, current holder first.</summary>
    public IEnumerable<string> Agents() => Act is null ? [ClientId] : Act.Subjects();
}
