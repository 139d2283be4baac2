using Warden.Core.Agents;

namespace Warden.Storage.Agents;

/// <summary>Row shape of <c>agents</c>. Collections are JSON text so both providers store them the same way.</summary>
internal sealed class AgentEntity
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string Owner { get; set; } = "";

    public string LabelsJson { get; set; } = "{}";

    public string ScopesJson { get; set; } = "[]";

    public string AudiencesJson { get; set; } = "[]";

    public AgentStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public long Version { get; set; }
}
