namespace Warden.Server.Gateway;

/// <summary>One gateway error: the stable id (sent as OpenAI's <c>code</c>), the OpenAI error type and the HTTP status.</summary>
internal sealed record GatewayError(string Id, string Message, string Type, int Status)
{
    /// <summary>Seconds the caller should wait, sent as <c>Retry-After</c> on 429.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Sent as OpenAI's <c>param</c>: for WRD4021 the approval request id.</summary>
    public string? Param { get; init; }
}

/// <summary>Raised by a pipeline stage to stop the request with <see cref="Error"/>.</summary>
internal sealed class GatewayException(GatewayError error, Exception? inner = null) : Exception(error.Id + ": " + error.Message, inner)
{
    public GatewayError Error { get; } = error;
}

/// <summary>The catalogue of gateway errors, WRD4000–WRD4099. Ids never change meaning once shipped.</summary>
internal static class GatewayErrors
{
    private const string Invalid = "invalid_request_error";

    public static GatewayError MalformedJson(string detail) =>
        new("WRD4000", $"The request body is not valid JSON: {detail}. Send an OpenAI-compatible JSON body.", Invalid, 400);
    public static GatewayError UnsupportedMediaType(string? contentType) =>
        new("WRD4001", $"Content type '{contentType}' is not supported; send 'Content-Type: application/json'.", Invalid, 415);
    public static GatewayError BodyTooLarge(long limit) =>
        new("WRD4002", $"The request body exceeds the gateway limit of {limit} bytes (gateway.maxRequestBytes).", Invalid, 413);
    public static GatewayError InvalidField(string detail) =>
        new("WRD4003", $"The request is invalid: {detail}.", Invalid, 400);
    public static GatewayError UnknownModel(string model) =>
        new("WRD4004", $"The model '{model}' is not offered by this gateway. List the models you may use with GET /v1/models.", Invalid, 404);
    public static GatewayError ClientDisconnected() =>
        new("WRD4005", "The client disconnected before the answer was complete; the upstream call was cancelled.", Invalid, 499);
    public static GatewayError MissingToken() =>
        new("WRD4010", "Missing access token. Send 'Authorization: Bearer <token>' with a Warden access token whose audience is the gateway.", "authentication_error", 401);
    public static GatewayError InvalidToken(string id, string message) =>
        new(id, message, "authentication_error", 401);
    public static GatewayError Denied(string message) =>
        new("WRD4020", message, "permission_error", 403);
    public static GatewayError ApprovalRequired(string message, string requestId, string url, DateTimeOffset expiresAt) =>
        new("WRD4021", $"{message} Approval request {requestId} is pending at {url} until {expiresAt:u}; once an approver approves it, retry the same call with the same arguments.", "permission_error", 403) { Param = requestId };
    public static GatewayError ApprovalUnavailable() =>
        new("WRD7008", "The call requires approval but the approval store could not be reached, so it was refused. Retry later.", "api_error", 503);
    public static GatewayError InputBlocked(string detectors) =>
        new("WRD4030", $"The request was blocked by input guards ({detectors}). Remove the flagged content and retry.", "permission_error", 403);
    public static GatewayError OutputBlocked(string detectors) =>
        new("WRD4031", $"The model's answer was blocked by output guards ({detectors}).", "permission_error", 403);
    public static GatewayError GuardFailed(string id) =>
        new("WRD4032", $"The guards could not check the request ({id}); it was refused because guards fail closed.", "api_error", 503);
    public static GatewayError RateLimited(string scope, int limit, int retryAfter) =>
        new("WRD4040", $"Rate limit reached: {limit} requests per minute ({scope}). Retry after {retryAfter}s.", "rate_limit_error", 429) { RetryAfterSeconds = retryAfter };
    public static GatewayError TokensPerMinute(long limit, int retryAfter) =>
        new("WRD4041", $"Token budget reached: {limit} tokens per minute for this agent. Retry after {retryAfter}s.", "rate_limit_error", 429) { RetryAfterSeconds = retryAfter };
    public static GatewayError TokensPerDay(long limit, int retryAfter) =>
        new("WRD4042", $"Daily token budget reached: {limit} tokens per day (UTC) for this agent. Retry after {retryAfter}s.", "rate_limit_error", 429) { RetryAfterSeconds = retryAfter };
    public static GatewayError UpstreamError(int status, string message) =>
        new("WRD4050", $"The model provider answered {status}: {message}", status is >= 400 and < 500 ? Invalid : "api_error", status is >= 400 and < 500 && status != 401 && status != 403 ? status : 502);
    public static GatewayError UpstreamUnreachable(string provider) =>
        new("WRD4051", $"The model provider '{provider}' could not be reached. Retry later.", "api_error", 502);
    public static GatewayError UpstreamTimeout(string provider) =>
        new("WRD4052", $"The model provider '{provider}' did not answer in time. Retry later or with a smaller request.", "api_error", 504);
    public static GatewayError UpstreamGarbage(string provider) =>
        new("WRD4053", $"The model provider '{provider}' returned an answer that is not valid OpenAI-compatible JSON.", "api_error", 502);
    public static GatewayError UpstreamClosed(string provider) =>
        new("WRD4054", $"The model provider '{provider}' closed the stream before it finished.", "api_error", 502);
    public static GatewayError ProviderKeyMissing(string provider) =>
        new("WRD4055", $"The model provider '{provider}' has no API key configured; an admin must set its apiKeyEnv or apiKeyFile.", "api_error", 503);
    public static GatewayError AuditUnavailable() =>
        new("WRD4060", "The audit trail could not record the call, so it was refused. Retry later.", "api_error", 503);
}
