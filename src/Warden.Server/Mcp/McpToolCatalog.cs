using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Warden.Core.Approvals;
using Warden.Server.Configuration;

namespace Warden.Server.Mcp;

/// <summary>One tool as an upstream currently defines it.</summary>
/// <param name="Upstream">The upstream name.</param>
/// <param name="Name">The tool name as the upstream spells it.</param>
/// <param name="Definition">The tool object from the upstream's <c>tools/list</c>.</param>
/// <param name="Canonical">Canonical JSON of name, description and input schema: what is pinned.</param>
/// <param name="Hash">Hex SHA-256 of <paramref name="Canonical"/>.</param>
internal sealed record UpstreamTool(string Upstream, string Name, JsonObject Definition, string Canonical, string Hash)
{
    public string NamespacedName => Upstream + "." + Name;

    public string Description => Definition["description"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";

    public static UpstreamTool From(string upstream, JsonObject definition)
    {
        var name = definition["name"]?.GetValue<string>() ?? "";
        var pinned = new JsonObject
        {
            ["name"] = name,
            ["description"] = definition["description"]?.DeepClone(),
            ["inputSchema"] = definition["inputSchema"]?.DeepClone(),
        };
        using var doc = JsonDocument.Parse(pinned.ToJsonString());
        var canonical = ApprovalArguments.Canonical(doc.RootElement);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        return new UpstreamTool(upstream, name, definition, canonical, hash);
    }
}

/// <summary>
/// The tools each upstream serves, fetched with <c>tools/list</c>. <c>tools/list</c> from a caller always refetches
/// (so a changed definition is seen at once); <c>tools/call</c> reuses a list younger than <c>mcp.toolCacheTtl</c>.
/// </summary>
internal sealed class McpToolCatalog(McpUpstreamPool pool, WardenConfig config, TimeProvider time)
{
    private const int MaxPages = 20;
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, IReadOnlyDictionary<string, UpstreamTool> Tools)> _cache = new(StringComparer.Ordinal);

    public async Task<IReadOnlyDictionary<string, UpstreamTool>> ToolsAsync(string upstream, bool refresh, CancellationToken cancellationToken)
    {
        if (!refresh && _cache.TryGetValue(upstream, out var hit) && time.GetUtcNow() - hit.At < config.Mcp.ToolCacheTtl)
        {
            return hit.Tools;
        }

        var tools = new Dictionary<string, UpstreamTool>(StringComparer.Ordinal);
        string? cursor = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var parameters = cursor is null ? new JsonObject() : new JsonObject { ["cursor"] = cursor };
            var result = await pool.SendAsync(upstream, "tools/list", parameters, cancellationToken) as JsonObject;
            if (result?["tools"] is JsonArray array)
            {
                foreach (var item in array.OfType<JsonObject>())
                {
                    if (item["name"] is JsonValue n && n.TryGetValue<string>(out var name) && name.Length > 0)
                    {
                        tools[name] = UpstreamTool.From(upstream, (JsonObject)item.DeepClone());
                    }
                }
            }

            cursor = result?["nextCursor"] is JsonValue c && c.TryGetValue<string>(out var next) ? next : null;
            if (cursor is null)
            {
                break;
            }
        }

        _cache[upstream] = (time.GetUtcNow(), tools);
        return tools;
    }

    /// <summary>The current definition of one tool, refetching once if it is not in the cached list.</summary>
    public async Task<UpstreamTool?> FindAsync(string upstream, string tool, CancellationToken cancellationToken)
    {
        var tools = await ToolsAsync(upstream, refresh: false, cancellationToken);
        if (tools.TryGetValue(tool, out var t))
        {
            return t;
        }

        tools = await ToolsAsync(upstream, refresh: true, cancellationToken);
        return tools.GetValueOrDefault(tool);
    }
}
