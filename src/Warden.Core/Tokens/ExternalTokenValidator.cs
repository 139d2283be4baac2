using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Warden.Core.Errors;

namespace Warden.Core.Tokens;

/// <summary>A validated human identity from a trusted identity provider's token.</summary>
public sealed record ExternalSubject(string Provider, string Subject, IReadOnlyList<string> Groups, IReadOnlyList<string>? Scopes, DateTimeOffset ExpiresAt);

/// <summary>Validates subject tokens issued by trusted identity providers (asymmetric algorithms only).</summary>
public sealed class ExternalTokenValidator
{
    private static readonly string[] Algorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    private readonly Dictionary<string, TrustedIdentityProvider> _byIssuer;
    private readonly ConcurrentDictionary<string, (IReadOnlyList<SecurityKey> Keys, DateTimeOffset FetchedAt)> _keys = new(StringComparer.Ordinal);
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly HttpClient? _http;
    private readonly TokenOptions _options;
    private readonly TimeProvider _time;

    public ExternalTokenValidator(IEnumerable<TrustedIdentityProvider> providers, TokenOptions options, TimeProvider time, HttpClient? http = null)
    {
        _byIssuer = providers.ToDictionary(p => p.Issuer, StringComparer.Ordinal);
        _options = options;
        _time = time;
        _http = http;
        foreach (var p in _byIssuer.Values.Where(p => p.JwksJson is not null))
        {
            _keys[p.Issuer] = ([.. new JsonWebKeySet(p.JwksJson).GetSigningKeys()], DateTimeOffset.MaxValue);
        }
    }

    public bool IsTrustedIssuer(string issuer) => _byIssuer.ContainsKey(issuer);

    public async Task<ExternalSubject> ValidateAsync(string token, string issuer, CancellationToken cancellationToken)
    {
        var provider = _byIssuer[issuer];
        var keys = await GetKeysAsync(provider, forceRefresh: false, cancellationToken);
        var result = await _handler.ValidateTokenAsync(token, Parameters(provider, keys));
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException && provider.JwksUri is not null)
        {
            keys = await GetKeysAsync(provider, forceRefresh: true, cancellationToken);
            result = await _handler.ValidateTokenAsync(token, Parameters(provider, keys));
        }

        if (!result.IsValid)
        {
            throw new WardenException(Errors.Errors.InvalidSubjectToken(result.Exception switch
            {
                SecurityTokenExpiredException => "it has expired",
                SecurityTokenInvalidAudienceException => $"its audience must be '{provider.Audience}'",
                SecurityTokenInvalidAlgorithmException => "its algorithm is not accepted (asymmetric algorithms only)",
                SecurityTokenSignatureKeyNotFoundException => "no key of the identity provider matches its kid",
                SecurityTokenInvalidSignatureException => "its signature does not verify",
                SecurityTokenNotYetValidException => "it is not yet valid",
                _ => "it failed validation",
            }));
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        if (!jwt.TryGetPayloadValue<string>(provider.SubjectClaim, out var subject) || string.IsNullOrEmpty(subject))
        {
            throw new WardenException(Errors.Errors.InvalidSubjectToken($"it has no '{provider.SubjectClaim}' claim"));
        }

        var groups = jwt.Claims.Where(c => string.Equals(c.Type, provider.GroupsClaim, StringComparison.Ordinal)).Select(c => c.Value).ToList();
        IReadOnlyList<string>? scopes = jwt.TryGetPayloadValue<string>(provider.ScopeClaim, out var scope)
            ? scope.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : null;
        return new ExternalSubject(provider.Name, subject, groups, scopes, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero));
    }

    private TokenValidationParameters Parameters(TrustedIdentityProvider provider, IReadOnlyList<SecurityKey> keys) => new()
    {
        ValidIssuer = provider.Issuer,
        ValidAudience = provider.Audience,
        IssuerSigningKeys = keys,
        ValidAlgorithms = Algorithms,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = _options.ClockSkew,
        LifetimeValidator = (notBefore, expires, _, p) =>
        {
            var now = _time.GetUtcNow().UtcDateTime;
            return expires is { } e && e.ToUniversalTime() > now - p.ClockSkew && (notBefore is not { } nb || nb.ToUniversalTime() <= now + p.ClockSkew);
        },
    };

    private async Task<IReadOnlyList<SecurityKey>> GetKeysAsync(TrustedIdentityProvider provider, bool forceRefresh, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (_keys.TryGetValue(provider.Issuer, out var cached) && (!forceRefresh || now - cached.FetchedAt < TimeSpan.FromMinutes(1)) &&
            (provider.JwksUri is null || now - cached.FetchedAt < TimeSpan.FromHours(1)))
        {
            return cached.Keys;
        }

        if (provider.JwksUri is null || _http is null)
        {
            return cached.Keys ?? [];
        }

        try
        {
            var json = await _http.GetStringAsync(provider.JwksUri, cancellationToken);
            IReadOnlyList<SecurityKey> keys = [.. new JsonWebKeySet(json).GetSigningKeys()];
            _keys[provider.Issuer] = (keys, now);
            return keys;
        }
        catch (Exception ex) when (ex is HttpRequestException or ArgumentException or TaskCanceledException)
        {
            if (cached.Keys is not null)
            {
                return cached.Keys;
            }

            throw new WardenException(Errors.Errors.InvalidSubjectToken($"the identity provider's JWKS at {provider.JwksUri} could not be fetched"), ex);
        }
    }
}
