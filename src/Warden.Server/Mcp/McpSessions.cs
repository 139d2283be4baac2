using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.IdentityModel.Tokens;
using Warden.Core.Security;
using Warden.Core.Tokens;
using Warden.Server.Configuration;

namespace Warden.Server.Mcp;

/// <summary>The state of one MCP session, carried inside its id.</summary>
internal sealed record McpSession(
    [property: JsonPropertyName("i")] string Id,
    [property: JsonPropertyName("a")] string AgentId,
    [property: JsonPropertyName("v")] string ProtocolVersion,
    [property: JsonPropertyName("c")] string? ClientName,
    [property: JsonPropertyName("e")] long ExpiresAt);

/// <summary>
/// Issues and opens MCP session ids. The session state is sealed into the id with AES-256-GCM under the server's
/// key-encryption key (with its own associated data, so no other sealed blob opens as a session), so any node that
/// shares the key, and a restarted node, accepts it without shared memory. Ending a session (DELETE) records its id
/// in the shared revocation list, so that reaches every node too.
/// </summary>
internal sealed class McpSessions(KeyEncryptionKey kek, RevocationState revocations, TimeProvider time, WardenConfig config)
{
    private const string Prefix = "wms1.";
    private static readonly byte[] AssociatedData = Encoding.ASCII.GetBytes("warden:mcp-session:v1");

    public (McpSession Session, string Token) Create(string agentId, string protocolVersion, string? clientName)
    {
        var session = new McpSession(
            "mcs_" + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(12)),
            agentId,
            protocolVersion,
            clientName is { Length: > 100 } ? clientName[..100] : clientName,
            time.GetUtcNow().Add(config.Mcp.SessionLifetime).ToUnixTimeSeconds());
        var sealedBytes = kek.Seal(JsonSerializer.SerializeToUtf8Bytes(session), AssociatedData);
        return (session, Prefix + Base64UrlEncoder.Encode(sealedBytes));
    }

    /// <summary>Opens a session id presented by <paramref name="agentId"/>; throws WRD4112 when it is not a live session of that agent.</summary>
    public McpSession Open(string token, string agentId)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 1024)
        {
            throw new McpException(McpErrors.SessionUnknown());
        }

        McpSession? session;
        try
        {
            var plain = kek.Open(Base64UrlEncoder.DecodeBytes(token[Prefix.Length..]), AssociatedData);
            session = JsonSerializer.Deserialize<McpSession>(plain);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or JsonException or ArgumentException)
        {
            throw new McpException(McpErrors.SessionUnknown(), ex);
        }

        // A session belongs to the agent that opened it: another agent's token cannot ride on it.
        if (session is null || !string.Equals(session.AgentId, agentId, StringComparison.Ordinal) ||
            session.ExpiresAt <= time.GetUtcNow().ToUnixTimeSeconds() || revocations.IsRevoked(session.Id))
        {
            throw new McpException(McpErrors.SessionUnknown());
        }

        return session;
    }

    public Task EndAsync(McpSession session, CancellationToken cancellationToken) =>
        revocations.RevokeAsync(session.Id, DateTimeOffset.FromUnixTimeSeconds(session.ExpiresAt), cancellationToken);
}
