using System.Text.Json.Serialization;
using Warden.Core.Tokens;

namespace Warden.Server.OAuth;

/// <summary>RFC 7662 introspection response.</summary>
internal sealed record IntrospectionResponse
{
    [JsonPropertyName("active")]
    public bool Active { get; init; }

    [JsonPropertyName("scope")]
    public string? Scope { get; init; }

    [JsonPropertyName("client_id")]
    public string? ClientId { get; init; }

    [JsonPropertyName("sub")]
    public string? Subject { get; init; }

    [JsonPropertyName("aud")]
    public string? Audience { get; init; }

    [JsonPropertyName("iss")]
    public string? Issuer { get; init; }

    [JsonPropertyName("exp")]
    public long? ExpiresAt { get; init; }

    [JsonPropertyName("iat")]
    public long? IssuedAt { get; init; }

    [JsonPropertyName("jti")]
    public string? Jti { get; init; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }

    [JsonPropertyName("act")]
    public ActorView? Act { get; init; }

    public static IntrospectionResponse From(AccessTokenClaims c) => new()
    {
        Active = true,
        Scope = string.Join(' ', c.Scopes),
        ClientId = c.ClientId,
        Subject = c.Subject,
        Audience = c.Audience,
        Issuer = c.Issuer,
        ExpiresAt = c.ExpiresAt.ToUnixTimeSeconds(),
        IssuedAt = c.IssuedAt.ToUnixTimeSeconds(),
        Jti = c.Jti,
        TokenType = "Bearer",
        Act = ActorView.From(c.Act),
    };
}

/// <summary>The nested <c>act</c> claim.</summary>
internal sealed record ActorView(
    [property: JsonPropertyName("sub")] string Subject,
    [property: JsonPropertyName("act")] ActorView? Act)
{
    public static ActorView? From(Actor? actor) => actor is null ? null : new ActorView(actor.Subject, From(actor.Previous));
}
