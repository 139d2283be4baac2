using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Warden.Core.Agents;
using Warden.Core.Errors;
using Warden.Core.Security;

namespace Warden.Core.Tokens;

/// <summary>
/// Authenticates agents as OAuth clients: <c>client_secret_basic</c>, <c>client_secret_post</c> and
/// <c>private_key_jwt</c> (RFC 7523, assertion lifetime at most 5 minutes, jti replay refused).
/// </summary>
public sealed class ClientAuthenticator(AgentStatusCache agents, ITokenStateStore tokenState, TokenOptions options, TimeProvider time)
{
    public const string JwtBearerAssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private static readonly string[] AssertionAlgorithms =
    [
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
    ];

    // Verified (credential, secret fingerprint) pairs: PBKDF2 runs once per secret, not once per token request.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _verifiedSecrets = new(StringComparer.Ordinal);
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<Agent> AuthenticateAsync(ClientAuthentication input, CancellationToken cancellationToken)
    {
        var methods = (input.AuthorizationHeader is not null ? 1 : 0) + (input.ClientSecret is not null ? 1 : 0) + (input.ClientAssertion is not null ? 1 : 0);
        if (methods > 1)
        {
            throw new WardenException(Errors.Errors.MultipleClientAuthentication());
        }

        if (input.ClientAssertion is not null)
        {
            return await AuthenticateAssertionAsync(input, cancellationToken);
        }

        string clientId;
        string secret;
        if (input.AuthorizationHeader is not null)
        {
            (clientId, secret) = ParseBasic(input.AuthorizationHeader);
        }
        else if (input.ClientId is not null && input.ClientSecret is not null)
        {
            (clientId, secret) = (input.ClientId, input.ClientSecret);
        }
        else
        {
            throw new WardenException(Errors.Errors.ClientAuthenticationFailed());
        }

        var agent = await FindUsableAgentAsync(clientId, cancellationToken);
        var now = time.GetUtcNow();
        var fingerprint = SecretHasher.Fingerprint(secret);
        foreach (var credential in await agents.GetCredentialsAsync(agent.Id, cancellationToken))
        {
            if (credential.Kind != CredentialKind.Secret || credential.SecretHash is null || !credential.IsUsable(now))
            {
                continue;
            }

            var cacheKey = credential.Id + ":" + fingerprint;
            if (_verifiedSecrets.TryGetValue(cacheKey, out var until) && until > now)
            {
                return agent;
            }

            if (SecretHasher.Verify(secret, credential.SecretHash))
            {
                if (_verifiedSecrets.Count > 10_000)
                {
                    _verifiedSecrets.Clear();
                }

                _verifiedSecrets[cacheKey] = now + TimeSpan.FromMinutes(5);
                return agent;
            }
        }

        throw new WardenException(Errors.Errors.ClientAuthenticationFailed());
    }

    private async Task<Agent> AuthenticateAssertionAsync(ClientAuthentication input, CancellationToken cancellationToken)
    {
        if (!string.Equals(input.ClientAssertionType, JwtBearerAssertionType, StringComparison.Ordinal))
        {
            throw new WardenException(Errors.Errors.InvalidAssertion($"client_assertion_type must be {JwtBearerAssertionType}"));
        }

        var assertion = input.ClientAssertion!;
        if (assertion.Length > options.MaxTokenLength)
        {
            throw new WardenException(Errors.Errors.InvalidAssertion($"longer than {options.MaxTokenLength} characters"));
        }

        JsonWebToken unverified;
        try
        {
            unverified = new JsonWebToken(assertion);
        }
        catch (ArgumentException ex)
        {
            throw new WardenException(Errors.Errors.InvalidAssertion("not a well-formed JWT"), ex);
        }

        var clientId = unverified.Issuer;
        if (string.IsNullOrEmpty(clientId) || !string.Equals(clientId, unverified.Subject, StringComparison.Ordinal))
        {
            throw new WardenException(Errors.Errors.InvalidAssertion("iss and sub must both be the client_id"));
        }

        if (input.ClientId is not null && !string.Equals(input.ClientId, clientId, StringComparison.Ordinal))
        {
            throw new WardenException(Errors.Errors.InvalidAssertion("client_id does not match the assertion's issuer"));
        }

        var agent = await FindUsableAgentAsync(clientId, cancellationToken);
        var now = time.GetUtcNow();
        var keys = (await agents.GetCredentialsAsync(agent.Id, cancellationToken))
            .Where(c => c.Kind == CredentialKind.PublicKey && c.PublicJwk is not null && c.IsUsable(now))
            .Select(c => (SecurityKey)PublicJwk.Parse(c.PublicJwk!, c.KeyId!))
            .ToList();
        if (keys.Count == 0)
        {
            throw new WardenException(Errors.Errors.InvalidAssertion("the agent has no registered public key"));
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = clientId,
            ValidAudiences = [options.TokenEndpoint, options.Issuer, options.Issuer.TrimEnd('/') + "/"],
            IssuerSigningKeys = keys,
            ValidAlgorithms = AssertionAlgorithms,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateLifetime = true,
            ClockSkew = options.ClockSkew,
            LifetimeValidator = null,
            TryAllIssuerSigningKeys = true,
        };
        parameters.LifetimeValidator = (notBefore, expires, _, _) => expires is { } e && e.ToUniversalTime() > now.UtcDateTime - options.ClockSkew &&
            (notBefore is not { } nb || nb.ToUniversalTime() <= now.UtcDateTime + options.ClockSkew);
        var result = await _handler.ValidateTokenAsync(assertion, parameters);
        if (!result.IsValid)
        {
            throw new WardenException(Errors.Errors.InvalidAssertion(DescribeFailure(result.Exception)));
        }

        var token = (JsonWebToken)result.SecurityToken;
        var expires = new DateTimeOffset(token.ValidTo, TimeSpan.Zero);
        var issuedAt = token.TryGetPayloadValue<long>("iat", out var iat) ? DateTimeOffset.FromUnixTimeSeconds(iat) : now;
        if (expires - issuedAt > options.MaxAssertionLifetime || expires - now > options.MaxAssertionLifetime + options.ClockSkew)
        {
            throw new WardenException(Errors.Errors.InvalidAssertion($"its lifetime exceeds {options.MaxAssertionLifetime.TotalMinutes:0} minutes"));
        }

        if (string.IsNullOrEmpty(token.Id))
        {
            throw new WardenException(Errors.Errors.InvalidAssertion("it has no jti"));
        }

        if (!await tokenState.TryUseAssertionAsync(clientId, token.Id, expires + options.ClockSkew, cancellationToken))
        {
            throw new WardenException(Errors.Errors.AssertionReplayed());
        }

        return agent;
    }

    private async Task<Agent> FindUsableAgentAsync(string clientId, CancellationToken cancellationToken)
    {
        if (clientId.Length is 0 or > 200)
        {
            throw new WardenException(Errors.Errors.ClientAuthenticationFailed());
        }

        var agent = await agents.GetAsync(clientId, cancellationToken) ?? throw new WardenException(Errors.Errors.ClientAuthenticationFailed());
        if (agent.Status != AgentStatus.Active)
        {
            throw new WardenException(Errors.Errors.AgentNotActive(agent.Id, agent.Status.ToString().ToLowerInvariant()));
        }

        if (agent.IsExpired(time.GetUtcNow()))
        {
            throw new WardenException(Errors.Errors.AgentExpired(agent.Id));
        }

        return agent;
    }

    private static (string ClientId, string Secret) ParseBasic(string header)
    {
        const string prefix = "Basic ";
        if (!header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || header.Length > 4096)
        {
            throw new WardenException(Errors.Errors.ClientAuthenticationFailed());
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[prefix.Length..].Trim()));
        }
        catch (FormatException ex)
        {
            throw new WardenException(Errors.Errors.ClientAuthenticationFailed(), ex);
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new WardenException(Errors.Errors.ClientAuthenticationFailed());
        }

        // RFC 6749 section 2.3.1: both parts are form-urlencoded before base64.
        return (WebUtility.UrlDecode(decoded[..colon]), WebUtility.UrlDecode(decoded[(colon + 1)..]));
    }

    private static string DescribeFailure(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "it has expired",
        SecurityTokenInvalidLifetimeException or SecurityTokenNotYetValidException => "it is expired or not yet valid",
        SecurityTokenInvalidAudienceException => "its audience must be the token endpoint or the issuer",
        SecurityTokenInvalidIssuerException => "wrong issuer",
        SecurityTokenInvalidAlgorithmException => "its algorithm is not accepted",
        SecurityTokenSignatureKeyNotFoundException => "no registered key matches its kid",
        SecurityTokenInvalidSignatureException => "its signature does not verify with the registered keys",
        SecurityTokenNoExpirationException => "it has no exp claim",
        _ => "it failed validation",
    };

}
