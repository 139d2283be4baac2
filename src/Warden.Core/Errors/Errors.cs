namespace Warden.Core.Errors;

/// <summary>
/// The catalogue of identity, token and admin errors. Ranges: WRD1xxx identity and admin input,
/// WRD2xxx tokens and client authentication, WRD9xxx server faults.
/// </summary>
public static class Errors
{
    // Admin input (WRD1000-1099)
    public static WardenError InvalidRequest(string detail) =>
        new("WRD1000", $"The request is invalid: {detail}", "invalid_request", 400);

    public static WardenError AgentNotFound(string id) =>
        new("WRD1001", $"No agent with id '{id}'. List agents with 'warden agent list'.", "invalid_request", 404);

    public static WardenError AgentDeactivated(string id) =>
        new("WRD1002", $"Agent '{id}' is deactivated; deactivation is permanent. Create a new agent instead.", "invalid_request", 409);

    public static WardenError CredentialNotFound(string id) =>
        new("WRD1003", $"No key with id '{id}' on this agent.", "invalid_request", 404);

    public static WardenError InvalidJwk(string detail) =>
        new("WRD1004", $"The public key is not a usable JWK: {detail}. Send an EC P-256 or RSA (2048+ bits) public JWK without private members.", "invalid_request", 400);

    public static WardenError ConcurrentUpdate(string id) =>
        new("WRD1005", $"Agent '{id}' was changed by another request; retry the operation.", "invalid_request", 409);

    public static WardenError AdminUnauthorized() =>
        new("WRD1010", "Missing or wrong admin token. Send 'Authorization: Bearer <token>' with the token from <data-dir>/admin.token.", "invalid_token", 401);

    public static WardenError BodyTooLarge(long limit) =>
        new("WRD1011", $"The request body exceeds the limit of {limit} bytes.", "invalid_request", 413);

    // Client authentication and grants (WRD2000-2099)
    public static WardenError ClientAuthenticationFailed() =>
        new("WRD2001", "Client authentication failed: unknown client, wrong secret or invalid assertion.", "invalid_client", 401);

    public static WardenError AgentNotActive(string id, string status) =>
        new("WRD2002", $"Agent '{id}' is {status} and cannot obtain or use tokens. An admin can resume a suspended agent.", "invalid_client", 401);

    public static WardenError AgentExpired(string id) =>
        new("WRD2003", $"Agent '{id}' has passed its expiry time and cannot authenticate.", "invalid_client", 401);

    public static WardenError MultipleClientAuthentication() =>
        new("WRD2004", "The client used more than one authentication method; use exactly one.", "invalid_request", 400);

    public static WardenError InvalidAssertion(string detail) =>
        new("WRD2005", $"The client assertion is invalid: {detail}.", "invalid_client", 401);

    public static WardenError AssertionReplayed() =>
        new("WRD2006", "The client assertion was already used (jti replay); sign a new assertion with a fresh jti.", "invalid_client", 401);

    public static WardenError UnsupportedGrantType(string? grant) =>
        new("WRD2010", $"Grant type '{grant}' is not supported. Use client_credentials or urn:ietf:params:oauth:grant-type:token-exchange.", "unsupported_grant_type", 400);

    public static WardenError InvalidScope(string detail) =>
        new("WRD2011", $"Invalid scope: {detail}.", "invalid_scope", 400);

    public static WardenError InvalidTarget(string detail) =>
        new("WRD2012", $"Invalid resource or audience: {detail}.", "invalid_target", 400);

    public static WardenError InvalidSubjectToken(string detail) =>
        new("WRD2013", $"The subject token is not acceptable: {detail}.", "invalid_grant", 400);

    public static WardenError DelegationNotAllowed(string subject, string agent) =>
        new("WRD2014", $"'{subject}' may not delegate to agent '{agent}'. By default only the agent's owner may; see delegation rules in the config.", "invalid_grant", 400);

    public static WardenError ChainTooDeep(int max) =>
        new("WRD2015", $"The delegation chain would exceed the maximum depth of {max}.", "invalid_grant", 400);

    public static WardenError UnsupportedTokenType(string? type) =>
        new("WRD2016", $"Token type '{type}' is not supported; use urn:ietf:params:oauth:token-type:access_token or :jwt.", "invalid_request", 400);

    public static WardenError InvalidToken(string detail) =>
        new("WRD2020", $"The access token is invalid: {detail}.", "invalid_token", 401);

    public static WardenError TokenRevoked() =>
        new("WRD2021", "The access token was revoked or its agent is no longer active.", "invalid_token", 401);

    public static WardenError InsufficientScope(string needed) =>
        new("WRD2022", $"The token lacks the required scope '{needed}'.", "insufficient_scope", 403);

    // Server faults (WRD9000-9099)
    public static WardenError StoreUnavailable() =>
        new("WRD9001", "The Warden store is unavailable; the request was refused. Check /readyz and the database.", "temporarily_unavailable", 503);

    public static WardenError Internal() =>
        new("WRD9000", "Warden failed to process the request; it was refused. The server log has details.", "server_error", 500);
}
