using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Warden.Server.Configuration;
using Warden.Server.Gateway;

namespace Warden.Server.Mcp;

/// <summary>
/// <c>/mcp</c>, the Streamable HTTP MCP endpoint (POST JSON-RPC, single or batch; answers in JSON, or as one SSE event
/// when the client accepts only <c>text/event-stream</c>; DELETE ends a session; GET answers 405 because Warden sends no
/// server-initiated messages), and the RFC 9728 protected resource metadata that tells MCP clients where to get a token.
/// </summary>
internal static partial class McpApi
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static IEndpointRouteBuilder MapMcpApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/mcp", PostAsync).WithTags("MCP").WithName("McpPost").WithSummary("MCP Streamable HTTP: JSON-RPC messages to the aggregated MCP servers");
        app.MapGet("/mcp", GetAsync).WithTags("MCP").WithName("McpGet").WithSummary("MCP Streamable HTTP: server-initiated stream (not offered: 405)");
        app.MapDelete("/mcp", DeleteAsync).WithTags("MCP").WithName("McpDelete").WithSummary("MCP Streamable HTTP: end a session");
        app.MapGet("/.well-known/oauth-protected-resource", Metadata).WithTags("MCP").WithName("McpProtectedResourceMetadata")
            .WithSummary("RFC 9728 protected resource metadata for the MCP endpoint");
        app.MapGet("/.well-known/oauth-protected-resource/mcp", Metadata).WithTags("MCP").WithName("McpProtectedResourceMetadataPath")
            .WithSummary("RFC 9728 protected resource metadata (path-suffixed form)");
        return app;
    }

    private static IResult Metadata(WardenConfig config, McpAuthenticator authenticator) => TypedResults.Json(new
    {
        resource = authenticator.Audience,
        authorization_servers = new[] { config.EffectiveIssuer },
        bearer_methods_supported = new[] { "header" },
        scopes_supported = new[] { "mcp" },
        resource_name = "Warden MCP gateway",
    });

    private static async Task PostAsync(HttpContext context, McpAuthenticator authenticator, McpSessions sessions, McpDispatcher dispatcher, WardenConfig config)
    {
        try
        {
            var caller = await authenticator.AuthenticateAsync(context);
            var contentType = context.Request.ContentType;
            if (contentType is null || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            {
                throw new McpException(McpErrors.UnsupportedMediaType(contentType));
            }

            var accept = context.Request.Headers.Accept.ToString();
            var json = accept.Length == 0 || accept.Contains("application/json", StringComparison.OrdinalIgnoreCase) || accept.Contains("*/*", StringComparison.Ordinal);
            if (!json && !accept.Contains("text/event-stream", StringComparison.OrdinalIgnoreCase))
            {
                throw new McpException(McpErrors.NotAcceptable());
            }

            if (context.Request.Headers[McpProtocol.VersionHeader].ToString() is { Length: > 0 } version && !McpProtocol.IsSupported(version))
            {
                throw new McpException(McpErrors.UnsupportedProtocolVersion(version));
            }

            var body = await ReadBodyAsync(context, Math.Min(config.Mcp.MaxRequestBytes, config.Limits.MaxRequestBodyBytes));
            JsonNode? root;
            try
            {
                root = JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
            }
            catch (JsonException ex)
            {
                throw new McpException(McpErrors.ParseError(ex.Message.Split('.')[0]));
            }

            var batch = root is JsonArray;
            var messages = root switch
            {
                JsonArray { Count: 0 } => throw new McpException(McpErrors.InvalidRequest("an empty batch")),
                JsonArray a when a.Count > config.Mcp.MaxBatchSize => throw new McpException(McpErrors.BatchTooLarge(config.Mcp.MaxBatchSize)),
                JsonArray a => [.. a],
                _ => new List<JsonNode?> { root },
            };

            // initialize opens a session and must come alone; everything else needs a live session of this agent.
            McpSession session;
            string? issued = null;
            var first = messages[0] as JsonObject;
            if (!batch && first?["method"] is JsonValue m && m.TryGetValue<string>(out var method) && method == "initialize")
            {
                var response = Initialize(first, caller, sessions, out issued);
                context.Response.Headers[McpProtocol.SessionHeader] = issued;
                await WriteAsync(context, json, response, 200);
                return;
            }

            if (messages.Any(x => x is JsonObject o && o["method"] is JsonValue mv && mv.TryGetValue<string>(out var s) && s == "initialize"))
            {
                throw new McpException(McpErrors.InitializeInBatch());
            }

            var sessionHeader = context.Request.Headers[McpProtocol.SessionHeader].ToString();
            if (sessionHeader.Length == 0)
            {
                throw new McpException(McpErrors.SessionRequired());
            }

            session = sessions.Open(sessionHeader, caller.AgentId);
            var responses = new List<JsonObject>();
            foreach (var message in messages)
            {
                if (await HandleOneAsync(context, caller, session, dispatcher, message) is { } r)
                {
                    responses.Add(r);
                }
            }

            if (responses.Count == 0)
            {
                // Only notifications and responses: accepted, nothing to answer.
                context.Response.StatusCode = StatusCodes.Status202Accepted;
                return;
            }

            await WriteAsync(context, json, batch ? new JsonArray([.. responses]) : responses[0], 200);
        }
        catch (McpException ex) when (!context.Response.HasStarted)
        {
            await WriteErrorAsync(context, authenticator, ex.Error, null);
        }
    }

    private static async Task<JsonObject?> HandleOneAsync(HttpContext context, GatewayCaller caller, McpSession session, McpDispatcher dispatcher, JsonNode? message)
    {
        if (message is not JsonObject o || o["jsonrpc"] is not JsonValue v || !v.TryGetValue<string>(out var rpc) || rpc != "2.0")
        {
            return Error(null, McpErrors.InvalidRequest("a message must be an object with \"jsonrpc\": \"2.0\""));
        }

        var hasId = o.TryGetPropertyValue("id", out var id);
        if (hasId && id is not null && !(id is JsonValue idv && (idv.TryGetValue<string>(out _) || idv.TryGetValue<long>(out _))))
        {
            return Error(null, McpErrors.InvalidRequest("'id' must be a string or an integer"));
        }

        if (!o.TryGetPropertyValue("method", out var methodNode))
        {
            // A response to a server request; Warden sends none, so there is nothing to correlate.
            return hasId && (o.ContainsKey("result") || o.ContainsKey("error")) ? null : Error(id, McpErrors.InvalidRequest("missing 'method'"));
        }

        if (methodNode is not JsonValue mv || !mv.TryGetValue<string>(out var method) || method.Length == 0)
        {
            return Error(id, McpErrors.InvalidRequest("'method' must be a string"));
        }

        if (!hasId)
        {
            // Notifications (initialized, cancelled, roots changed…) need no answer; nothing is forwarded upstream.
            return null;
        }

        if (id is null)
        {
            return Error(null, McpErrors.InvalidRequest("'id' must not be null"));
        }

        var parameters = o["params"];
        if (parameters is not null and not JsonObject)
        {
            return Error(id, McpErrors.InvalidParams("'params' must be an object"));
        }

        try
        {
            var result = await dispatcher.HandleAsync(context, caller, session, method, parameters as JsonObject);
            return new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result ?? new JsonObject() };
        }
        catch (McpException ex)
        {
            return Error(id, ex.Error);
        }
    }

    private static JsonObject Initialize(JsonObject request, GatewayCaller caller, McpSessions sessions, out string issued)
    {
        var parameters = request["params"] as JsonObject;
        var requested = parameters?["protocolVersion"] is JsonValue pv && pv.TryGetValue<string>(out var p) ? p : null;
        if (requested is null || request["id"] is null)
        {
            throw new McpException(McpErrors.InvalidRequest("'initialize' needs an 'id' and 'params.protocolVersion'"));
        }

        var version = McpProtocol.IsSupported(requested) ? requested : McpProtocol.SupportedVersions[0];
        var clientName = parameters?["clientInfo"]?["name"] is JsonValue cn && cn.TryGetValue<string>(out var n) ? n : null;
        (_, issued) = sessions.Create(caller.AgentId, version, clientName);
        return new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = request["id"]!.DeepClone(),
            ["result"] = new JsonObject
            {
                ["protocolVersion"] = version,
                ["capabilities"] = new JsonObject
                {
                    ["tools"] = new JsonObject { ["listChanged"] = false },
                    ["resources"] = new JsonObject { ["listChanged"] = false, ["subscribe"] = false },
                    ["prompts"] = new JsonObject { ["listChanged"] = false },
                },
                ["serverInfo"] = new JsonObject { ["name"] = "warden", ["version"] = typeof(McpApi).Assembly.GetName().Version?.ToString() ?? "1.0" },
                ["instructions"] = "Tools from several MCP servers, named 'server.tool'. Calls are authorized by policy, guarded and audited by Warden.",
            },
        };
    }

    private static async Task GetAsync(HttpContext context, McpAuthenticator authenticator)
    {
        try
        {
            await authenticator.AuthenticateAsync(context);
            context.Response.Headers.Allow = "POST, DELETE";
            throw new McpException(McpErrors.StreamNotSupported());
        }
        catch (McpException ex)
        {
            await WriteErrorAsync(context, authenticator, ex.Error, null);
        }
    }

    private static async Task DeleteAsync(HttpContext context, McpAuthenticator authenticator, McpSessions sessions)
    {
        try
        {
            var caller = await authenticator.AuthenticateAsync(context);
            var header = context.Request.Headers[McpProtocol.SessionHeader].ToString();
            if (header.Length == 0)
            {
                throw new McpException(McpErrors.SessionRequired());
            }

            await sessions.EndAsync(sessions.Open(header, caller.AgentId), context.RequestAborted);
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        }
        catch (McpException ex)
        {
            await WriteErrorAsync(context, authenticator, ex.Error, null);
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContext context, long limit)
    {
        if (context.Request.ContentLength > limit)
        {
            throw new McpException(McpErrors.BodyTooLarge(limit));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new McpException(McpErrors.BodyTooLarge(limit));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new McpException(McpErrors.BodyTooLarge(limit), ex);
        }

        return buffer.ToArray();
    }

    internal static JsonObject Error(JsonNode? id, McpError error)
    {
        var data = new JsonObject { ["errorId"] = error.Id };
        foreach (var (k, v) in error.Data)
        {
            data[k] = JsonSerializer.SerializeToNode(v, JsonOptions);
        }

        return new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = id?.DeepClone(),
            ["error"] = new JsonObject { ["code"] = error.Code, ["message"] = error.Id + ": " + error.Message, ["data"] = data },
        };
    }

    private static Task WriteErrorAsync(HttpContext context, McpAuthenticator authenticator, McpError error, JsonNode? id)
    {
        if (error.HttpStatus == StatusCodes.Status401Unauthorized)
        {
            var challenge = $"Bearer resource_metadata=\"{authenticator.MetadataUrl}\"";
            context.Response.Headers.WWWAuthenticate = error.Id == "WRD4110" ? challenge : challenge + ", error=\"invalid_token\"";
        }

        return WriteAsync(context, json: true, Error(id, error), error.HttpStatus);
    }

    private static async Task WriteAsync(HttpContext context, bool json, JsonNode payload, int status)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        var text = payload.ToJsonString();
        if (json)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(text, Encoding.UTF8, context.RequestAborted);
        }
        else
        {
            context.Response.ContentType = "text/event-stream";
            await context.Response.WriteAsync("event: message\ndata: " + text + "\n\n", Encoding.UTF8, context.RequestAborted);
        }
    }
}
