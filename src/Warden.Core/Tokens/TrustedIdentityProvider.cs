namespace Warden.Core.Tokens;

/// <summary>An external identity provider whose tokens may be exchanged for delegated agent tokens.</summary>
public sealed record TrustedIdentityProvider
{
    /// <summary>Short name, recorded in delegated tokens and audit events.</summary>
    public required string Name { get; init; }

    public required string Issuer { get; init; }

    /// <summary>The audience its tokens must carry to be accepted by Warden.</summary>
    public required string Audience { get; init; }

    /// <summary>JWKS JSON given inline or read from a file at configuration time.</summary>
    public string? JwksJson { get; init; }

    /// <summary>A URL to fetch the JWKS from (refreshed when an unknown kid arrives, at most once a minute).</summary>
    public Uri? JwksUri { get; init; }

    /// <summary>The claim that names the human (compared with agent owners and delegation rules).</summary>
    public string SubjectClaim { get; init; } = "sub";

    public string GroupsClaim { get; init; } = "groups";

    /// <summary>The claim with the human's scopes; when absent from a token, the human adds no restriction.</summary>
    public string ScopeClaim { get; init; } = "scope";
}

/// <summary>Who may delegate to which agents, beyond the default (the agent's owner).</summary>
public sealed record DelegationRule
{
    /// <summary>Agent selectors: an agent id, <c>label:key=value</c>, or <c>*</c>.</summary>
    public IReadOnlyList<string> Agents { get; init; } = [];

    /// <summary>Human subjects allowed to delegate to the selected agents.</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];

    /// <summary>Identity-provider groups whose members may delegate to the selected agents.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>Agent selectors for agents allowed to pass their delegation on to the selected agents.</summary>
    public IReadOnlyList<string> FromAgents { get; init; } = [];
}
