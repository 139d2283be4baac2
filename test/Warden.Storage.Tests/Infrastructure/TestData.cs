using Warden.Core.Agents;

namespace Warden.Storage.Tests.Infrastructure;

/// <summary>Builders with unique ids, so tests sharing a class database never collide.</summary>
public static class TestData
{
    /// <summary>A whole-second instant: storage keeps microseconds, so round trips compare equal.</summary>
    public static readonly DateTimeOffset Now = new(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static string NewId(string prefix) => $"{prefix}_{Guid.NewGuid():N}";

    public static Agent Agent(string? id = null, string? owner = null, AgentStatus status = AgentStatus.Active) => new()
    {
        Id = id ?? NewId("agt"),
        Name = "invoice-bot",
        Description = "Reads invoices",
        Owner = owner ?? NewId("owner") + "@example.com",
        Labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["team"] = "finance", ["tier"] = "1" },
        Scopes = ["invoices:read", "models:gpt"],
        Audiences = ["https://api.example.com"],
        Status = status,
        CreatedAt = Now,
        UpdatedAt = Now,
        ExpiresAt = Now.AddDays(30).AddTicks(1230),
        Version = 1,
    };

    public static AgentCredential Secret(string agentId, DateTimeOffset? createdAt = null) => new()
    {
        Id = NewId("cred"),
        AgentId = agentId,
        Kind = CredentialKind.Secret,
        SecretHash = "pbkdf2$sha256$600000$c2FsdA$aGFzaA",
        CreatedAt = createdAt ?? Now,
    };

    public static AgentCredential Key(string agentId, DateTimeOffset? createdAt = null) => new()
    {
        Id = NewId("cred"),
        AgentId = agentId,
        Kind = CredentialKind.PublicKey,
        PublicJwk = """{"kty":"EC","crv":"P-256","x":"x","y":"y","kid":"k1"}""",
        KeyId = "k1",
        CreatedAt = createdAt ?? Now,
    };
}
