namespace Warden.Core.Tokens;

/// <summary>The grant parameters of a token request (client authentication is separate).</summary>
public sealed record TokenRequest
{
    public const string ClientCredentials = "client_credentials";
    public const string TokenExchange = "urn:ietf:params:oauth:grant-type:token-exchange";
    public const string AccessTokenType = "urn:ietf:params:oauth:token-type:access_token";
    public const string JwtTokenType = "urn:ietf:params:oauth:token-type:jwt";

    public string? GrantType { get; init; }

    public string? Scope { get; init; }

    /// <summary>RFC 8707 <c>resource</c> values.</summary>
    public IReadOnlyList<string> Resources { get; init; } = [];

    /// <summary>RFC 8693 <c>audience</c> values.</summary>
    public IReadOnlyList<string> Audiences { get; init; } = [];

    public string? SubjectToken { get; init; }

    public string? SubjectTokenType { get; init; }

    public string? RequestedTokenType { get; init; }

    public string? ActorToken { get; init; }
}
