using Warden.Core.Errors;
using Warden.Core.Mcp;
using Warden.Server.Admin;
using Warden.Server.Hosting;

namespace Warden.Server.Mcp;

/// <summary>Admin endpoints for MCP tool integrity, under <c>/admin/v1/mcp</c>.</summary>
internal static class McpAdminApi
{
    public static IEndpointRouteBuilder MapMcpAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapAdminGroup("/admin/v1/mcp", "MCP");
        admin.MapGet("/tools", ListAsync)
            .WithName("ListMcpTools").WithSummary("Every upstream tool with its pin state (pending, approved, changed) and poisoning findings");
        admin.MapPost("/tools/{name}/approve", ApproveAsync)
            .WithName("ApproveMcpTool").WithSummary("Approve (pin) the definition of 'upstream.tool' last seen; optional body {\"hash\": \"…\"} approves only that definition");
        return app;
    }

    private static async Task<IResult> ListAsync(McpUpstreamPool pool, McpToolCatalog catalog, McpToolIntegrity integrity, IToolPinStore store, CancellationToken ct)
    {
        var views = new List<McpToolView>();
        var unreachable = new List<string>();
        foreach (var upstream in pool.All)
        {
            try
            {
                foreach (var tool in (await catalog.ToolsAsync(upstream.Name, refresh: true, ct)).Values)
                {
                    // Checking records the tool as pending (or pins it on first use) and notices changes.
                    await integrity.CheckAsync(tool, ct);
                }
            }
            catch (McpException)
            {
                unreachable.Add(upstream.Name);
            }
        }

        foreach (var pin in await store.ListAsync(ct))
        {
            var poison = await PoisonAsync(pin, catalog, integrity, unreachable, ct);
            views.Add(new McpToolView(
                pin.Upstream + "." + pin.Tool,
                pin.Upstream,
                pin.State.ToString().ToLowerInvariant(),
                pin.SeenHash,
                pin.ApprovedHash,
                pin.ApprovedBy,
                pin.ApprovedAt,
                pin.LastSeenAt,
                poison,
                pin.State == ToolPinState.Changed ? McpToolIntegrity.Diff(pin.ApprovedDefinition, pin.SeenDefinition) : null));
        }

        return TypedResults.Ok(new McpToolList(views, unreachable));
    }

    private static async Task<IReadOnlyList<string>> PoisonAsync(ToolPin pin, McpToolCatalog catalog, McpToolIntegrity integrity, List<string> unreachable, CancellationToken ct)
    {
        if (unreachable.Contains(pin.Upstream, StringComparer.Ordinal))
        {
            return [];
        }

        try
        {
            return await catalog.FindAsync(pin.Upstream, pin.Tool, ct) is { } tool && tool.Hash == pin.SeenHash ? integrity.Poison(tool) : [];
        }
        catch (McpException)
        {
            return [];
        }
    }

    private static async Task<IResult> ApproveAsync(string name, HttpContext context, McpToolIntegrity integrity, McpUpstreamPool pool, CancellationToken ct)
    {
        ApproveRequest? body = null;
        if (context.Request.ContentLength > 0)
        {
            try
            {
                body = await context.Request.ReadFromJsonAsync<ApproveRequest>(ct);
            }
            catch (System.Text.Json.JsonException)
            {
                return ErrorResponses.Result(Errors.InvalidRequest("the body must be {\"hash\": \"…\"} or empty"));
            }
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || pool.Find(name[..dot]) is null)
        {
            return ErrorResponses.Result(new WardenError("WRD4170", $"No MCP tool '{name}' is known. List tools with: warden mcp tools", "invalid_request", 404));
        }

        var admin = context.Items.TryGetValue(AdminAuthenticator.AdminNameItem, out var n) ? n as string ?? "admin" : "admin";
        var pin = await integrity.ApproveAsync(name[..dot], name[(dot + 1)..], body?.Hash, admin, ct);
        return pin is null
            ? ErrorResponses.Result(new WardenError("WRD4171", $"MCP tool '{name}' is not known with that definition (it was never listed, or its definition changed since you looked). Run 'warden mcp tools' and approve again.", "invalid_request", 409))
            : TypedResults.Ok(new McpToolView(name, pin.Upstream, "approved", pin.SeenHash, pin.ApprovedHash, pin.ApprovedBy, pin.ApprovedAt, pin.LastSeenAt, [], null));
    }
}

internal sealed record ApproveRequest(string? Hash);

/// <summary>An upstream tool as shown to admins.</summary>
internal sealed record McpToolView(
    string Name,
    string Upstream,
    string State,
    string DefinitionHash,
    string? ApprovedHash,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    DateTimeOffset LastSeenAt,
    IReadOnlyList<string> PoisonFindings,
    IReadOnlyDictionary<string, object?>? Diff);

internal sealed record McpToolList(IReadOnlyList<McpToolView> Tools, IReadOnlyList<string> Unreachable);
