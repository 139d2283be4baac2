using Warden.Core.Agents;

namespace Warden.Storage.Agents;

/// <summary>Row shape of <c>agent_credentials</c>.</summary>
internal sealed class AgentCredentialEntity
{
    public string Id { get; set; } = "";

    public string AgentId { get; set; } = "";

    public CredentialKind Kind { get; set; }

    public string? SecretHash { get; set; }

    public string? PublicJwk { get; set; }

    public string? KeyId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? NotAfter { get; set; }
}
