using System.Text.Json;
using System.Text.Json.Nodes;
using Warden.Core.Approvals;
using Warden.Core.Errors;
using Warden.Policy;
using Warden.Server.Gateway;

namespace Warden.Server.Mcp;

/// <summary>
/// Answers one JSON-RPC request of an established session. Calls run the ordered pipeline
/// authorize (policy, approval) → tool integrity → guard arguments → forward → guard result → audit.
/// </summary>
internal sealed partial class McpDispatcher(
    McpUpstreamPool pool,
    McpToolCatalog catalog,
    McpToolIntegrity integrity,
    McpAuthorizer authorizer,
    McpGuards guards,
    McpAuditor auditor,
    IServiceProvider services,
    ILogger<McpDispatcher> logger)
{
    public Task<JsonNode?> HandleAsync(HttpContext context, GatewayCaller caller, McpSession session, string method, JsonObject? parameters) => method switch
    {
        "ping" => Task.FromResult<JsonNode?>(new JsonObject()),
        "logging/setLevel" => Task.FromResult<JsonNode?>(new JsonObject()),
        "tools/list" => ListToolsAsync(caller, context.RequestAborted),
        "tools/call" => CallToolAsync(context, caller, session, parameters),
        "resources/list" => ListResourcesAsync(caller, context.RequestAborted),
        "resources/templates/list" => ListTemplatesAsync(context.RequestAborted),
        "resources/read" => ReadResourceAsync(context, caller, session, parameters),
        "prompts/list" => ListPromptsAsync(caller, context.RequestAborted),
        "prompts/get" => GetPromptAsync(context, caller, session, parameters),
        _ => throw new McpException(McpErrors.MethodNotFound(method)),
    };

    private async Task<JsonNode?> ListToolsAsync(GatewayCaller caller, CancellationToken ct)
    {
        var perUpstream = await Task.WhenAll(pool.All.Select(async u =>
        {
            var listed = new List<JsonObject>();
            IReadOnlyDictionary<string, UpstreamTool> tools;
            try
            {
                tools = await catalog.ToolsAsync(u.Name, refresh: true, ct);
            }
            catch (McpException ex)
            {
                // One unreachable upstream must not hide the others' tools.
                LogListFailed(u.Name, ex.Error.Id);
                return listed;
            }

            foreach (var tool in tools.Values.OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                var state = await integrity.CheckAsync(tool, ct);
                if (!state.Usable || !authorizer.MayList(caller, McpActions.ToolsCall, ToolTarget(tool.Upstream, tool.Name)))
                {
                    continue;
                }

                var exposed = (JsonObject)tool.Definition.DeepClone();
                exposed["name"] = tool.NamespacedName;
                listed.Add(exposed);
            }

            return listed;
        }));
        return new JsonObject { ["tools"] = new JsonArray([.. perUpstream.SelectMany(l => l)]) };
    }

    private async Task<JsonNode?> CallToolAsync(HttpContext context, GatewayCaller caller, McpSession session, JsonObject? parameters)
    {
        var name = RequiredString(parameters, "name");
        var arguments = parameters?["arguments"];
        if (arguments is not null and not JsonObject)
        {
            throw new McpException(McpErrors.InvalidParams("'arguments' must be an object"));
        }

        var (upstream, tool) = Split(name, '.') ?? throw new McpException(McpErrors.UnknownTool(name));
        return await RunAsync(context, caller, session, McpActions.ToolsCall, ToolTarget(upstream, tool), arguments, async (call, ct) =>
        {
            var definition = await catalog.FindAsync(upstream, tool, ct) ?? throw new McpException(McpErrors.UnknownTool(name));
            var state = await integrity.CheckAsync(definition, ct);
            if (state.Refusal(name) is { } refusal)
            {
                throw new McpException(refusal);
            }

            var forwarded = arguments?.DeepClone() ?? new JsonObject();
            guards.ScanArguments(forwarded, call.Decision!.Obligations, call.Findings);
            var result = await pool.SendAsync(upstream, "tools/call", new JsonObject { ["name"] = tool, ["arguments"] = forwarded }, ct);
            guards.ScanResult(result, call.Decision.Obligations, call.Findings);
            return result;
        });
    }

    private async Task<JsonNode?> ListResourcesAsync(GatewayCaller caller, CancellationToken ct)
    {
        var lists = await Task.WhenAll(pool.All.Select(async u =>
        {
            var listed = new List<JsonObject>();
            if ((await pool.CapabilitiesAsync(u.Name, ct))?.Resources is null)
            {
                return listed;
            }

            try
            {
                var result = await pool.SendAsync(u.Name, "resources/list", new JsonObject(), ct);
                foreach (var r in (result?["resources"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    var uri = r["uri"]?.GetValue<string>() ?? "";
                    var target = new McpTarget(u.Name, uri, u.Name + "+" + uri, ResourceKind.Data);
                    if (authorizer.MayList(caller, McpActions.ResourcesRead, target))
                    {
                        var exposed = (JsonObject)r.DeepClone();
                        exposed["uri"] = target.NamespacedName;
                        listed.Add(exposed);
                    }
                }
            }
            catch (McpException ex)
            {
                LogListFailed(u.Name, ex.Error.Id);
            }

            return listed;
        }));
        return new JsonObject { ["resources"] = new JsonArray([.. lists.SelectMany(l => l)]) };
    }

    private async Task<JsonNode?> ListTemplatesAsync(CancellationToken ct)
    {
        // Templates are patterns, not resources: reading one is still authorized per concrete URI.
        var lists = await Task.WhenAll(pool.All.Select(async u =>
        {
            var listed = new List<JsonObject>();
            if ((await pool.CapabilitiesAsync(u.Name, ct))?.Resources is null)
            {
                return listed;
            }

            try
            {
                var result = await pool.SendAsync(u.Name, "resources/templates/list", new JsonObject(), ct);
                foreach (var t in (result?["resourceTemplates"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    var exposed = (JsonObject)t.DeepClone();
                    exposed["uriTemplate"] = u.Name + "+" + (t["uriTemplate"]?.GetValue<string>() ?? "");
                    listed.Add(exposed);
                }
            }
            catch (McpException ex)
            {
                LogListFailed(u.Name, ex.Error.Id);
            }

            return listed;
        }));
        return new JsonObject { ["resourceTemplates"] = new JsonArray([.. lists.SelectMany(l => l)]) };
    }

    private async Task<JsonNode?> ReadResourceAsync(HttpContext context, GatewayCaller caller, McpSession session, JsonObject? parameters)
    {
        var uri = RequiredString(parameters, "uri");
        var (upstream, original) = Split(uri, '+') ?? throw new McpException(McpErrors.UnknownResource($"resource '{uri}'"));
        var target = new McpTarget(upstream, original, uri, ResourceKind.Data);
        return await RunAsync(context, caller, session, McpActions.ResourcesRead, target, null, async (call, ct) =>
        {
            var result = await pool.SendAsync(upstream, "resources/read", new JsonObject { ["uri"] = original }, ct);
            if (result?["contents"] is JsonArray contents)
            {
                foreach (var c in contents.OfType<JsonObject>())
                {
                    c["uri"] = uri;
                }
            }

            guards.ScanResult(result, call.Decision!.Obligations, call.Findings);
            return result;
        });
    }

    private async Task<JsonNode?> ListPromptsAsync(GatewayCaller caller, CancellationToken ct)
    {
        var lists = await Task.WhenAll(pool.All.Select(async u =>
        {
            var listed = new List<JsonObject>();
            if ((await pool.CapabilitiesAsync(u.Name, ct))?.Prompts is null)
            {
                return listed;
            }

            try
            {
                var result = await pool.SendAsync(u.Name, "prompts/list", new JsonObject(), ct);
                foreach (var p in (result?["prompts"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    var name = p["name"]?.GetValue<string>() ?? "";
                    var target = new McpTarget(u.Name, name, u.Name + "." + name, ResourceKind.Tool);
                    if (authorizer.MayList(caller, McpActions.PromptsGet, target))
                    {
                        var exposed = (JsonObject)p.DeepClone();
                        exposed["name"] = target.NamespacedName;
                        listed.Add(exposed);
                    }
                }
            }
            catch (McpException ex)
            {
                LogListFailed(u.Name, ex.Error.Id);
            }

            return listed;
        }));
        return new JsonObject { ["prompts"] = new JsonArray([.. lists.SelectMany(l => l)]) };
    }

    private async Task<JsonNode?> GetPromptAsync(HttpContext context, GatewayCaller caller, McpSession session, JsonObject? parameters)
    {
        var name = RequiredString(parameters, "name");
        var arguments = parameters?["arguments"];
        var (upstream, prompt) = Split(name, '.') ?? throw new McpException(McpErrors.UnknownResource($"prompt '{name}'"));
        var target = new McpTarget(upstream, prompt, name, ResourceKind.Tool);
        return await RunAsync(context, caller, session, McpActions.PromptsGet, target, arguments, async (call, ct) =>
        {
            var forwarded = arguments?.DeepClone() ?? new JsonObject();
            guards.ScanArguments(forwarded, call.Decision!.Obligations, call.Findings);
            var result = await pool.SendAsync(upstream, "prompts/get", new JsonObject { ["name"] = prompt, ["arguments"] = forwarded }, ct);
            guards.ScanResult(result, call.Decision.Obligations, call.Findings);
            return result;
        });
    }

    /// <summary>Authorize (policy, then the approval gate), run the stage, audit the outcome whatever it is.</summary>
    private async Task<JsonNode?> RunAsync(
        HttpContext context, GatewayCaller caller, McpSession session, string action, McpTarget target, JsonNode? arguments,
        Func<McpCall, CancellationToken, Task<JsonNode?>> forward)
    {
        using var argsDoc = arguments is null ? null : JsonDocument.Parse(arguments.ToJsonString());
        var argsElement = argsDoc?.RootElement ?? default;
        var call = new McpCall(context, caller, action, target, ApprovalArguments.Hash(argsElement), session.Id);
        try
        {
            if (pool.Find(target.Upstream) is null)
            {
                throw new McpException(action == McpActions.ToolsCall ? McpErrors.UnknownTool(target.NamespacedName) : McpErrors.UnknownResource($"'{target.NamespacedName}'"));
            }

            call.Decision = authorizer.Decide(caller, action, target, argsElement);
            if (!call.Decision.IsAllowed)
            {
                await auditor.DecisionAsync(call);
                if (call.Decision.Outcome != PolicyOutcome.RequireApproval)
                {
                    throw new McpException(McpErrors.Denied(call.Decision.Message));
                }

                await CheckApprovalAsync(call, context.RequestAborted);
                return await forward(call, context.RequestAborted);
            }

            // The decision record is written while the call runs; the answer waits for it (a failed write refuses the answer).
            var decision = auditor.DecisionAsync(call).AsTask();
            JsonNode? result;
            try
            {
                result = await forward(call, context.RequestAborted);
            }
            finally
            {
                await decision;
            }

            return result;
        }
        catch (McpException ex)
        {
            call.Error = ex.Error;
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCallFailed(ex, target.NamespacedName);
            call.Error = McpErrors.Internal();
            throw new McpException(call.Error, ex);
        }
        finally
        {
            if (call.Error is null)
            {
                // The decision is durable already; the outcome shares the next decision's commit instead of holding the answer.
                auditor.FinishWithoutWaiting(call);
            }
            else if (call.Error.Id != "WRD4150")
            {
                await auditor.FinishAsync(call);
            }
        }
    }

    private async Task CheckApprovalAsync(McpCall call, CancellationToken ct)
    {
        var decision = call.Decision!;
        if (services.GetService<IApprovalGate>() is not { } gate)
        {
            throw new McpException(McpErrors.ApprovalsNotConfigured(decision.Message));
        }

        var claims = call.Caller.Claims;
        ApprovalCheck check;
        try
        {
            check = await gate.CheckAsync(new ApprovalSubject
            {
                Agent = claims.ClientId,
                Chain = call.Caller.Principal.DelegationChain,
                Human = claims.SubjectIssuer is null ? null : claims.Subject,
                HumanIssuer = claims.SubjectIssuer,
                Action = call.Action,
                Resource = call.Target.NamespacedName,
                ArgumentsHash = call.ArgumentsHash,
                RuleId = decision.DecidingRuleId ?? "",
                PolicyVersion = decision.Version.ToString(),
                Approvers = decision.Approval?.Approvers ?? [],
                Reason = decision.Approval?.Reason ?? decision.Reason ?? decision.Message,
            }, ct);
        }
        catch (WardenException ex)
        {
            // The approval store is unreachable: fail closed.
            throw new McpException(McpErrors.ApprovalsNotConfigured(decision.Message + " (" + ex.Error.Id + ")"), ex);
        }

        call.ApprovalRequestId = check.RequestId;
        if (check.State != ApprovalState.Approved)
        {
            throw new McpException(McpErrors.ApprovalRequired(decision.Message, check.RequestId, check.Url, check.ExpiresAt));
        }
    }

    private static McpTarget ToolTarget(string upstream, string tool) => new(upstream, tool, upstream + "." + tool, ResourceKind.Tool);

    private static (string, string)? Split(string name, char separator)
    {
        var i = name.IndexOf(separator, StringComparison.Ordinal);
        return i <= 0 || i == name.Length - 1 ? null : (name[..i], name[(i + 1)..]);
    }

    private static string RequiredString(JsonObject? parameters, string field) =>
        parameters?[field] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0
            ? s
            : throw new McpException(McpErrors.InvalidParams($"'{field}' is required and must be a non-empty string"));

    [LoggerMessage(EventId = 4143, Level = LogLevel.Warning, Message = "MCP upstream {Upstream} left out of a listing ({ErrorId})")]
    private partial void LogListFailed(string upstream, string errorId);

    [LoggerMessage(EventId = 4160, Level = LogLevel.Error, Message = "MCP call to {Target} failed unexpectedly")]
    private partial void LogCallFailed(Exception exception, string target);
}
