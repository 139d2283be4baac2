using System.Text.Json.Serialization;
using Warden.Core.Agents;
using Warden.Core.Errors;
using Warden.Core.Tokens;
using Warden.Server.Admin;
using Warden.Server.Audit;
using Warden.Server.Configuration;

namespace Warden.Server.OAuth;

/// <summary>The OAuth 2.0 authorization server endpoints (RFC 6749, 7009, 7662, 8414, 8693, 9068).</summary>
public static class OAuthApi
{
    public const string TokenPath = "/oauth2/token";
    public const string JwksPath = "/oauth2/jwks";
    public const string IntrospectionPath = "/oauth2/introspect";
    public const string RevocationPath = "/oauth2/revoke";

    public static IEndpointRouteBuilder MapOAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/oauth-authorization-server", (TokenOptions options) => TypedResults.Json(Metadata(options.Issuer)))
            .WithName("AuthorizationServerMetadata").WithSummary("RFC 8414 authorization server metadata").WithTags("OAuth");
        app.MapGet(JwksPath, (SigningKeyRing keys, HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "public, max-age=60";
                return TypedResults.Text(keys.JwksJson, "application/jwk-set+json");
            })
            .WithName("Jwks").WithSummary("The token signing keys (RFC 7517)").WithTags("OAuth");

        var oauth = app.MapGroup("/oauth2").WithTags("OAuth").DisableAntiforgery();
        oauth.MapPost("/token", TokenAsync).WithName("Token").WithSummary("Client credentials and token exchange grants");
        oauth.MapPost("/introspect", IntrospectAsync).WithName("Introspect").WithSummary("RFC 7662 token introspection");
        oauth.MapPost("/revoke", RevokeAsync).WithName("Revoke").WithSummary("RFC 7009 token revocation");
        return app;
    }

    private static async Task<IResult> TokenAsync(HttpContext context, TokenService tokens, WardenConfig config)
    {
        var form = await OAuthForm.ReadAsync(context, config.Limits);
        var request = new TokenRequest
        {
            GrantType = form.Value("grant_type"),
            Scope = form.Value("scope"),
            Resources = [.. form["resource"].OfType<string>()],
            Audiences = [.. form["audience"].OfType<string>()],
            SubjectToken = form.Value("subject_token"),
            SubjectTokenType = form.Value("subject_token_type"),
            RequestedTokenType = form.Value("requested_token_type"),
            ActorToken = form.Value("actor_token"),
        };
        var client = OAuthForm.ClientAuthentication(context.Request, form);
        GrantResult result;
        try
        {
            result = await tokens.HandleAsync(client, request, context.RequestAborted);
        }
        catch (WardenException ex)
        {
            await TokenAudit.DeniedAsync(context, client, request, ex.Error);
            throw;
        }

        await TokenAudit.IssuedAsync(context, request, result);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        return TypedResults.Json(new TokenResponse(
            result.Token.AccessToken,
            "Bearer",
            result.Token.ExpiresIn,
            result.Token.Scope,
            string.Equals(request.GrantType, TokenRequest.TokenExchange, StringComparison.Ordinal) ? TokenRequest.AccessTokenType : null));
    }

    private static async Task<IResult> IntrospectAsync(
        HttpContext context, ClientAuthenticator clients, AdminAuthenticator admins, AccessTokenService tokens, WardenConfig config)
    {
        var caller = await AuthenticateCallerAsync(context, clients, admins, config);
        var form = caller.Form;
        var token = form.Value("token") ?? throw new WardenException(Errors.InvalidRequest("the 'token' parameter is required"));
        context.Response.Headers.CacheControl = "no-store";
        try
        {
            var claims = await tokens.ValidateAsync(token, expectedAudience: null, context.RequestAborted);
            return TypedResults.Json(IntrospectionResponse.From(claims));
        }
        catch (WardenException)
        {
            return TypedResults.Json(new IntrospectionResponse { Active = false });
        }
    }

    private static async Task<IResult> RevokeAsync(
        HttpContext context, ClientAuthenticator clients, AdminAuthenticator admins, AccessTokenService tokens, RevocationState revocations, WardenConfig config)
    {
        var caller = await AuthenticateCallerAsync(context, clients, admins, config);
        var token = caller.Form.Value("token") ?? throw new WardenException(Errors.InvalidRequest("the 'token' parameter is required"));
        AccessTokenClaims claims;
        try
        {
            claims = tokens.ValidateSignatureAndLifetime(token, expectedAudience: null);
        }
        catch (WardenException)
        {
            // RFC 7009 section 2.2: invalid tokens need no revocation; the answer is still 200.
            return TypedResults.Ok();
        }

        // A client may revoke only tokens it holds; an admin may revoke any.
        if (caller.Agent is null || string.Equals(caller.Agent.Id, claims.ClientId, StringComparison.Ordinal))
        {
            await revocations.RevokeAsync(claims.Jti, claims.ExpiresAt, context.RequestAborted);
            await TokenAudit.RevokedAsync(context, claims, caller.Agent?.Id);
        }

        return TypedResults.Ok();
    }

    private static async Task<(Agent? Agent, IFormCollection Form)> AuthenticateCallerAsync(
        HttpContext context, ClientAuthenticator clients, AdminAuthenticator admins, WardenConfig config)
    {
        var form = await OAuthForm.ReadAsync(context, config.Limits);
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            await admins.RequireAdminAsync(context);
            return (null, form);
        }

        var agent = await clients.AuthenticateAsync(OAuthForm.ClientAuthentication(context.Request, form), context.RequestAborted);
        return (agent, form);
    }

    private static Dictionary<string, object> Metadata(string issuer) => new(StringComparer.Ordinal)
    {
        ["issuer"] = issuer,
        ["token_endpoint"] = issuer + TokenPath,
        ["jwks_uri"] = issuer + JwksPath,
        ["introspection_endpoint"] = issuer + IntrospectionPath,
        ["revocation_endpoint"] = issuer + RevocationPath,
        ["grant_types_supported"] = new[] { TokenRequest.ClientCredentials, TokenRequest.TokenExchange },
        ["response_types_supported"] = Array.Empty<string>(),
        ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_basic", "client_secret_post", "private_key_jwt" },
        ["token_endpoint_auth_signing_alg_values_supported"] = new[] { "ES256", "ES384", "ES512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512" },
        ["introspection_endpoint_auth_methods_supported"] = new[] { "client_secret_basic", "client_secret_post", "private_key_jwt" },
        ["revocation_endpoint_auth_methods_supported"] = new[] { "client_secret_basic", "client_secret_post", "private_key_jwt" },
        ["code_challenge_methods_supported"] = Array.Empty<string>(),
    };
}

/// <summary>RFC 6749 section 5.1 token response (with RFC 8693 issued_token_type for exchanges).</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("scope")] string Scope,
    [property: JsonPropertyName("issued_token_type")] string? IssuedTokenType);
