namespace Warden.Server.Mcp;

/// <summary>
/// One MCP gateway error: the stable id (also in <c>error.data.errorId</c>), the JSON-RPC error code and, for errors
/// that end the HTTP exchange itself (authentication, body, session), the HTTP status; otherwise the JSON-RPC error
/// travels in a 200 answer like any other JSON-RPC response.
/// </summary>
internal sealed record McpError(string Id, string Message, int Code, int HttpStatus = 200)
{
    /// <summary>Extra members of <c>error.data</c> (for example the approval request).</summary>
    public IReadOnlyDictionary<string, object?> Data { get; init; } = new Dictionary<string, object?>(StringComparer.Ordinal);
}

/// <summary>Raised by a stage of the MCP pipeline to answer with <see cref="Error"/>.</summary>
internal sealed class McpException(McpError error, Exception? inner = null) : Exception(error.Id + ": " + error.Message, inner)
{
    public McpError Error { get; } = error;
}

/// <summary>JSON-RPC error codes: the standard ones, plus Warden's for refusals.</summary>
internal static class JsonRpcCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;

    /// <summary>Warden refused the call (policy, approval, tool integrity, guards).</summary>
    public const int Refused = -32003;

    /// <summary>The upstream MCP server failed, timed out or could not be reached.</summary>
    public const int UpstreamFailed = -32004;

    /// <summary>Authentication required or failed (HTTP 401).</summary>
    public const int Unauthorized = -32001;
}

/// <summary>The catalogue of MCP gateway errors, WRD4100–WRD4199. Ids never change meaning once shipped.</summary>
internal static class McpErrors
{
    public static McpError ParseError(string detail) =>
        new("WRD4100", $"The body is not valid JSON: {detail}. Send a JSON-RPC 2.0 message or batch.", JsonRpcCodes.ParseError, 400);
    public static McpError InvalidRequest(string detail) =>
        new("WRD4101", $"Invalid JSON-RPC request: {detail}.", JsonRpcCodes.InvalidRequest, 400);
    public static McpError MethodNotFound(string method) =>
        new("WRD4102", $"Method '{method}' is not supported by the Warden MCP gateway. Supported: initialize, ping, tools/list, tools/call, resources/list, resources/read, resources/templates/list, prompts/list, prompts/get.", JsonRpcCodes.MethodNotFound);
    public static McpError InvalidParams(string detail) =>
        new("WRD4103", $"Invalid params: {detail}.", JsonRpcCodes.InvalidParams);
    public static McpError BodyTooLarge(long limit) =>
        new("WRD4104", $"The request body exceeds the MCP gateway limit of {limit} bytes (mcp.maxRequestBytes). Send smaller messages.", JsonRpcCodes.InvalidRequest, 413);
    public static McpError UnsupportedMediaType(string? contentType) =>
        new("WRD4105", $"Content type '{contentType}' is not supported; send 'Content-Type: application/json'.", JsonRpcCodes.InvalidRequest, 415);
    public static McpError NotAcceptable() =>
        new("WRD4106", "The Accept header must include 'application/json' and/or 'text/event-stream'.", JsonRpcCodes.InvalidRequest, 406);
    public static McpError UnsupportedProtocolVersion(string version) =>
        new("WRD4107", $"MCP protocol version '{version}' is not supported; supported: {string.Join(", ", McpProtocol.SupportedVersions)}.", JsonRpcCodes.InvalidRequest, 400);
    public static McpError BatchTooLarge(int limit) =>
        new("WRD4108", $"A batch may hold at most {limit} messages (mcp.maxBatchSize).", JsonRpcCodes.InvalidRequest, 400);
    public static McpError MissingToken() =>
        new("WRD4110", "Missing access token. Send 'Authorization: Bearer <token>' with a Warden access token whose audience is the MCP endpoint (see /.well-known/oauth-protected-resource).", JsonRpcCodes.Unauthorized, 401);
    public static McpError InvalidToken(string id, string message) =>
        new(id, message, JsonRpcCodes.Unauthorized, 401);
    public static McpError SessionRequired() =>
        new("WRD4111", "Missing 'Mcp-Session-Id' header. Send 'initialize' first and repeat the session id it returns on every later request.", JsonRpcCodes.InvalidRequest, 400);
    public static McpError SessionUnknown() =>
        new("WRD4112", "The MCP session is unknown, expired or ended. Start a new session with 'initialize'.", JsonRpcCodes.InvalidRequest, 404);
    public static McpError InitializeInBatch() =>
        new("WRD4113", "'initialize' must be sent alone, not inside a batch.", JsonRpcCodes.InvalidRequest, 400);
    public static McpError StreamNotSupported() =>
        new("WRD4114", "The Warden MCP gateway sends no server-initiated messages, so it offers no GET stream; use POST.", JsonRpcCodes.InvalidRequest, 405);
    public static McpError Denied(string message) =>
        new("WRD4120", message, JsonRpcCodes.Refused);
    public static McpError ApprovalRequired(string message, string requestId, string url, DateTimeOffset expiresAt) =>
        new("WRD4121", $"{message} Approval request {requestId} is waiting for an approver ({url}); retry the same call once it is approved, before {expiresAt:O}.", JsonRpcCodes.Refused)
        {
            Data = new Dictionary<string, object?>(StringComparer.Ordinal) { ["approvalRequestId"] = requestId, ["approvalUrl"] = url, ["approvalExpiresAt"] = expiresAt },
        };
    public static McpError ApprovalsNotConfigured(string message) =>
        new("WRD4122", message + " Approvals are not configured on this server, so the call was refused; ask an admin to enable approvals or allow the call.", JsonRpcCodes.Refused);
    public static McpError UnknownTool(string name) =>
        new("WRD4123", $"Unknown tool '{name}'. Tools are named 'upstream.tool'; list them with tools/list.", JsonRpcCodes.InvalidParams);
    public static McpError ToolPending(string name) =>
        new("WRD4124", $"Tool '{name}' has not been approved yet. An admin must approve it: warden mcp approve {name}.", JsonRpcCodes.Refused);
    public static McpError ToolChanged(string name) =>
        new("WRD4125", $"Tool '{name}' changed its definition since it was approved, so it is blocked. An admin must review the change and re-approve it: warden mcp tools; warden mcp approve {name}.", JsonRpcCodes.Refused);
    public static McpError ToolPoisoned(string name) =>
        new("WRD4126", $"Tool '{name}' is blocked: its description or schema carries instructions aimed at the model (tool poisoning). Ask the tool's owner to fix it.", JsonRpcCodes.Refused);
    public static McpError UnknownResource(string what) =>
        new("WRD4127", $"Unknown {what}. Names are 'upstream.name' and resource URIs 'upstream+uri'; list them first.", JsonRpcCodes.InvalidParams);
    public static McpError ArgumentsBlocked(string detectors) =>
        new("WRD4130", $"The tool arguments were blocked by guards ({detectors}). Remove the secret or personal data and retry.", JsonRpcCodes.Refused);
    public static McpError ResultBlocked(string detectors) =>
        new("WRD4131", $"The tool result was blocked by guards ({detectors}); it may carry instructions aimed at the model.", JsonRpcCodes.Refused);
    public static McpError GuardFailed(string id) =>
        new("WRD4132", $"The guards could not check the call ({id}); it was refused because guards fail closed.", JsonRpcCodes.InternalError);
    public static McpError UpstreamError(string upstream, int code, string message) =>
        new("WRD4140", $"The MCP server '{upstream}' answered error {code}: {message}", JsonRpcCodes.UpstreamFailed);
    public static McpError UpstreamUnreachable(string upstream) =>
        new("WRD4141", $"The MCP server '{upstream}' could not be reached or stopped answering; Warden reconnects on the next call. Retry later.", JsonRpcCodes.UpstreamFailed);
    public static McpError UpstreamTimeout(string upstream, TimeSpan timeout) =>
        new("WRD4142", $"The MCP server '{upstream}' did not answer within {timeout.TotalSeconds:0.#}s (its configured timeout). Retry later.", JsonRpcCodes.UpstreamFailed);
    public static McpError UpstreamSecretMissing(string upstream) =>
        new("WRD4143", $"The MCP server '{upstream}' has no credential configured; an admin must set its secretEnv or secretFile.", JsonRpcCodes.UpstreamFailed);
    public static McpError AuditUnavailable() =>
        new("WRD4150", "The audit trail could not record the call, so it was refused. Retry later.", JsonRpcCodes.InternalError);
    public static McpError Internal() =>
        new("WRD4160", "The MCP gateway failed to process the message; details are in the server log.", JsonRpcCodes.InternalError);
}
