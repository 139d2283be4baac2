using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Warden.Core.Mcp;
using Warden.Guards;
using Warden.Server.Configuration;

namespace Warden.Server.Mcp;

/// <summary>Whether a tool may be listed and called, and why not.</summary>
internal sealed record ToolIntegrity(ToolPinState State, bool Poisoned, IReadOnlyList<string> PoisonFindings)
{
    public bool Usable => State == ToolPinState.Approved && !Poisoned;

    public McpError? Refusal(string name) =>
        Poisoned ? McpErrors.ToolPoisoned(name)
        : State == ToolPinState.Pending ? McpErrors.ToolPending(name)
        : State == ToolPinState.Changed ? McpErrors.ToolChanged(name)
        : null;
}

/// <summary>
/// Tool integrity: pins each tool's definition by hash (approved by an admin, or on first sight for
/// trust-on-first-use upstreams), hides and refuses tools whose definition changed since, and scans descriptions and
/// schemas with the prompt-attack guard so a poisoned tool never reaches the model. Pins live in the database, so every
/// node and every restart agrees.
/// </summary>
internal sealed class McpToolIntegrity(IToolPinStore store, McpAuditor auditor, WardenConfig config, TimeProvider time)
{
    private static readonly TimeSpan PinCacheTtl = TimeSpan.FromSeconds(2);

    private readonly GuardEngine _poisonScanner = GuardEngine.CreateDefault(config.Gateway.Guards with
    {
        Channels = new Dictionary<GuardChannel, ChannelGuardPolicy>
        {
            [GuardChannel.Retrieved] = ChannelGuardPolicy.Of((DetectorNames.PromptAttack, GuardAction.Block), (DetectorNames.InvisibleText, GuardAction.Block)),
        },
    });

    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _poisonByHash = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _poisonAudited = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, string), (DateTimeOffset At, string Hash, ToolPinState State)> _pins = new();

    public void Forget(string upstream, string tool) => _pins.TryRemove((upstream, tool), out _);

    public async Task<ToolIntegrity> CheckAsync(UpstreamTool tool, CancellationToken cancellationToken)
    {
        var poison = Poison(tool);
        var now = time.GetUtcNow();
        var key = (tool.Upstream, tool.Name);
        if (_pins.TryGetValue(key, out var cached) && now - cached.At < PinCacheTtl && cached.Hash == tool.Hash)
        {
            return new ToolIntegrity(cached.State, poison.Count > 0, poison);
        }

        var pin = await store.FindAsync(tool.Upstream, tool.Name, cancellationToken);
        var upstream = config.Mcp.Upstreams.First(u => u.Name == tool.Upstream);
        ToolPinState state;
        if (pin is null)
        {
            var tofu = upstream.TrustOnFirstUse && poison.Count == 0;
            pin = new ToolPin
            {
                Upstream = tool.Upstream,
                Tool = tool.Name,
                State = tofu ? ToolPinState.Approved : ToolPinState.Pending,
                ApprovedHash = tofu ? tool.Hash : null,
                ApprovedDefinition = tofu ? tool.Canonical : null,
                ApprovedAt = tofu ? now : null,
                ApprovedBy = tofu ? "trust-on-first-use" : null,
                SeenHash = tool.Hash,
                SeenDefinition = tool.Canonical,
                FirstSeenAt = now,
                LastSeenAt = now,
            };
            await store.SaveAsync(pin, cancellationToken);
            await auditor.ToolEventAsync(tool.NamespacedName, tofu ? McpAuditor.Pinned : McpAuditor.Seen, tool.Hash, null, cancellationToken);
            state = pin.State;
        }
        else if (pin.ApprovedHash == tool.Hash)
        {
            state = ToolPinState.Approved;
            if (pin.State != ToolPinState.Approved || pin.SeenHash != tool.Hash)
            {
                // The upstream went back to the approved definition.
                await store.SaveAsync(pin with { State = ToolPinState.Approved, SeenHash = tool.Hash, SeenDefinition = tool.Canonical, LastSeenAt = now }, cancellationToken);
            }
        }
        else if (pin.SeenHash != tool.Hash || (pin.ApprovedHash is not null && pin.State != ToolPinState.Changed))
        {
            state = pin.ApprovedHash is null ? ToolPinState.Pending : ToolPinState.Changed;
            await store.SaveAsync(pin with { State = state, SeenHash = tool.Hash, SeenDefinition = tool.Canonical, LastSeenAt = now }, cancellationToken);
            if (state == ToolPinState.Changed)
            {
                await auditor.ToolEventAsync(tool.NamespacedName, McpAuditor.Changed, tool.Hash, Diff(pin.ApprovedDefinition, tool.Canonical), cancellationToken);
            }
        }
        else
        {
            state = pin.State;
        }

        _pins[key] = (now, tool.Hash, state);
        if (poison.Count > 0 && _poisonAudited.TryAdd(tool.Hash, true))
        {
            await auditor.ToolEventAsync(tool.NamespacedName, McpAuditor.Poisoned, tool.Hash, new Dictionary<string, object?>(StringComparer.Ordinal) { ["findings"] = poison }, cancellationToken);
        }

        return new ToolIntegrity(state, poison.Count > 0, poison);
    }

    /// <summary>Approves the definition last seen (optionally only if it still has <paramref name="expectedHash"/>).</summary>
    public async Task<ToolPin?> ApproveAsync(string upstream, string tool, string? expectedHash, string approvedBy, CancellationToken cancellationToken)
    {
        var pin = await store.FindAsync(upstream, tool, cancellationToken);
        if (pin is null || (expectedHash is not null && !string.Equals(expectedHash, pin.SeenHash, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var approved = pin with
        {
            State = ToolPinState.Approved,
            ApprovedHash = pin.SeenHash,
            ApprovedDefinition = pin.SeenDefinition,
            ApprovedAt = time.GetUtcNow(),
            ApprovedBy = approvedBy,
        };
        await store.SaveAsync(approved, cancellationToken);
        Forget(upstream, tool);
        await auditor.ToolEventAsync(upstream + "." + tool, McpAuditor.Approved, pin.SeenHash, pin.ApprovedHash is null ? null : Diff(pin.ApprovedDefinition, pin.SeenDefinition), cancellationToken, approvedBy);
        return approved;
    }

    /// <summary>Prompt-attack findings in the tool's description and schema text (cached per definition hash).</summary>
    public IReadOnlyList<string> Poison(UpstreamTool tool)
    {
        if (!config.Mcp.ScanToolDefinitions)
        {
            return [];
        }

        if (_poisonByHash.Count > 10_000)
        {
            // An upstream that keeps changing its definitions must not grow this cache without bound.
            _poisonByHash.Clear();
            _poisonAudited.Clear();
        }

        return _poisonByHash.GetOrAdd(tool.Hash, _ =>
        {
            var text = new StringBuilder(tool.Description);
            CollectStrings(tool.Definition["inputSchema"], text);
            var verdict = _poisonScanner.Scan(text.ToString(), new GuardScanContext { Channel = GuardChannel.Retrieved });
            return verdict.Blocked ? [.. verdict.Findings.Where(f => f.Action == GuardAction.Block).Select(f => $"{f.Detector}:{f.Type}")] : [];
        });
    }

    /// <summary>Old and new description and input schema, for the fields that differ.</summary>
    public static Dictionary<string, object?> Diff(string? oldCanonical, string newCanonical)
    {
        var before = oldCanonical is null ? null : JsonNode.Parse(oldCanonical) as JsonObject;
        var after = JsonNode.Parse(newCanonical) as JsonObject;
        var diff = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in new[] { "description", "inputSchema" })
        {
            var o = before?[field]?.ToJsonString();
            var n = after?[field]?.ToJsonString();
            if (!string.Equals(o, n, StringComparison.Ordinal))
            {
                diff[field] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["old"] = o, ["new"] = n };
            }
        }

        return diff;
    }

    private static void CollectStrings(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o)
                {
                    if (k is "description" or "title" or "default" or "examples" or "enum" or "const" or "properties" or "items")
                    {
                        if (k == "properties" && v is JsonObject props)
                        {
                            foreach (var (name, schema) in props)
                            {
                                text.Append('\n').Append(name);
                                CollectStrings(schema, text);
                            }
                        }
                        else
                        {
                            CollectStrings(v, text);
                        }
                    }
                    else if (v is JsonObject or JsonArray)
                    {
                        CollectStrings(v, text);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    CollectStrings(item, text);
                }

                break;
            case JsonValue v when v.TryGetValue<string>(out var s):
                text.Append('\n').Append(s);
                break;
        }
    }
}
