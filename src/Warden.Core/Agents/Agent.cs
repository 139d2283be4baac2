namespace Warden.Core.Agents;

/// <summary>An AI agent: a first-class principal with an accountable human owner.</summary>
public sealed record Agent
{
    /// <summary>Stable id, also the OAuth <c>client_id</c>.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    /// <summary>The accountable human (an identity provider subject, usually an email).</summary>
    public required string Owner { get; init; }

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The most the agent can ever be granted.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>The resources (token audiences) the agent may address.</summary>
    public IReadOnlyList<string> Audiences { get; init; } = [];

    public AgentStatus Status { get; init; } = AgentStatus.Active;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Optimistic concurrency counter, incremented by every update.</summary>
    public long Version { get; init; }

    public string ClientId => Id;

    public bool IsExpired(DateTimeOffset now) => ExpiresAt is { } e && e <= now;
}
