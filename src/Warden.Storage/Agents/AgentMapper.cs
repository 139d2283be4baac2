using System.Text.Json;
using Warden.Core.Agents;

namespace Warden.Storage.Agents;

/// <summary>Converts between the immutable domain records and the mutable rows EF needs.</summary>
internal static class AgentMapper
{
    public static AgentEntity ToEntity(Agent agent) => new()
    {
        Id = agent.Id,
        Name = agent.Name,
        Description = agent.Description,
        Owner = agent.Owner,
        LabelsJson = JsonSerializer.Serialize(agent.Labels, StorageJsonContext.Default.IReadOnlyDictionaryStringString),
        ScopesJson = JsonSerializer.Serialize(agent.Scopes, StorageJsonContext.Default.IReadOnlyListString),
        AudiencesJson = JsonSerializer.Serialize(agent.Audiences, StorageJsonContext.Default.IReadOnlyListString),
        Status = agent.Status,
        CreatedAt = agent.CreatedAt,
        UpdatedAt = agent.UpdatedAt,
        ExpiresAt = agent.ExpiresAt,
        Version = agent.Version,
    };

    public static Agent ToRecord(AgentEntity entity) => new()
    {
        Id = entity.Id,
        Name = entity.Name,
        Description = entity.Description,
        Owner = entity.Owner,
        Labels = new Dictionary<string, string>(
            JsonSerializer.Deserialize(entity.LabelsJson, StorageJsonContext.Default.DictionaryStringString) ?? [],
            StringComparer.Ordinal),
        Scopes = JsonSerializer.Deserialize(entity.ScopesJson, StorageJsonContext.Default.ListString) ?? [],
        Audiences = JsonSerializer.Deserialize(entity.AudiencesJson, StorageJsonContext.Default.ListString) ?? [],
        Status = entity.Status,
        CreatedAt = entity.CreatedAt,
        UpdatedAt = entity.UpdatedAt,
        ExpiresAt = entity.ExpiresAt,
        Version = entity.Version,
    };

    public static AgentCredentialEntity ToEntity(AgentCredential credential) => new()
    {
        Id = credential.Id,
        AgentId = credential.AgentId,
        Kind = credential.Kind,
        SecretHash = credential.SecretHash,
        PublicJwk = credential.PublicJwk,
        KeyId = credential.KeyId,
        CreatedAt = credential.CreatedAt,
        NotAfter = credential.NotAfter,
    };

    public static AgentCredential ToRecord(AgentCredentialEntity entity) => new()
    {
        Id = entity.Id,
        AgentId = entity.AgentId,
        Kind = entity.Kind,
        SecretHash = entity.SecretHash,
        PublicJwk = entity.PublicJwk,
        KeyId = entity.KeyId,
        CreatedAt = entity.CreatedAt,
        NotAfter = entity.NotAfter,
    };
}
