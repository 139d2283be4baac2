namespace Warden.Core.Tokens;

/// <summary>Token service settings. Validated by the host as part of the configuration.</summary>
public sealed record TokenOptions
{
    /// <summary>The issuer identifier (RFC 8414), e.g. <c>http://127.0.0.1:8080</c>.</summary>
    public required string Issuer { get; init; }

    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Hard cap: no configuration can issue tokens living longer than this.</summary>
    public static TimeSpan MaxAccessTokenLifetime { get; } = TimeSpan.FromHours(1);

    public int MaxDelegationDepth { get; init; } = 3;

    public TimeSpan MaxAssertionLifetime { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the previous client secret keeps working after a rotation.</summary>
    public TimeSpan SecretRotationOverlap { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Longest compact JWT accepted anywhere (subject tokens, assertions, access tokens).</summary>
    public int MaxTokenLength { get; init; } = 8192;

    public string TokenEndpoint => Issuer.TrimEnd('/') + "/oauth2/token";
}
