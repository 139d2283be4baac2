using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Warden.Policy.Compilation;
using Warden.Policy.Conditions;
using Warden.Policy.Yaml;

namespace Warden.Policy.Testing;

/// <summary>Reads a <see cref="PolicyRequest"/> written in YAML or JSON, for <c>policy test</c> and <c>policy explain</c>.</summary>
internal sealed class InputReader(DiagnosticBag diagnostics)
{
    /// <summary>The time used when an input gives none: a fixed Monday noon UTC, so test runs are reproducible.</summary>
    public static readonly DateTimeOffset DefaultTime = new(2025, 1, 6, 12, 0, 0, TimeSpan.Zero);

    public PolicyRequest? Read(YamlNode node)
    {
        var f = Fields.Of(node, "an input", diagnostics, "principal", "resource", "action", "request", "args");
        if (f is null)
        {
            return null;
        }

        var errors = diagnostics.Items.Count;
        var action = f.Required("action", "an input") is { } a ? Fields.AsString(a, "action", diagnostics) : null;
        var principal = f.Required("principal", "an input") is { } p ? ReadPrincipal(p) : null;
        var resource = f.Required("resource", "an input") is { } r ? ReadResource(r) : null;
        long size = 0;
        var time = DefaultTime;
        IPAddress? client = null;
        if (f.Get("request") is { } requestNode && Fields.Of(requestNode, "request", diagnostics, "size", "time", "client") is { } rf)
        {
            size = rf.Get("size") is { } s ? Fields.AsInteger(s, "size", diagnostics, 0) ?? 0 : 0;
            if (rf.String("time") is { } t && !DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time))
            {
                diagnostics.Add(PolicyErrorIds.InvalidInput, rf.Get("time")!, $"time '{t}' must be an ISO 8601 instant like 2025-01-06T12:00:00Z");
            }

            if (rf.String("client") is { } c && !IPAddress.TryParse(c, out client))
            {
                diagnostics.Add(PolicyErrorIds.InvalidInput, rf.Get("client")!, $"client '{c}' is not an IP address");
            }
        }

        var args = f.Get("args") is { } argsNode ? ToJson(argsNode) : default;
        if (diagnostics.Items.Count > errors || action is null || principal is null || resource is null)
        {
            return null;
        }

        return new PolicyRequest
        {
            Action = action,
            Principal = principal,
            Resource = resource,
            SizeBytes = size,
            Time = time,
            ClientAddress = client,
            Arguments = args,
        };
    }

    private PolicyPrincipal? ReadPrincipal(YamlNode node)
    {
        var f = Fields.Of(node, "principal", diagnostics, "agent", "labels", "owner", "initiator", "chain", "scopes");
        if (f?.Required("agent", "principal") is not { } agentNode || Fields.AsString(agentNode, "agent", diagnostics) is not { } agent)
        {
            return null;
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (f.Get("labels") is YamlMapping labelMap)
        {
            foreach (var (key, value) in labelMap.Entries)
            {
                labels[key.Value] = Fields.AsString(value, key.Value, diagnostics) ?? string.Empty;
            }
        }
        else if (f.Get("labels") is { } other)
        {
            diagnostics.Add(PolicyErrorIds.WrongType, other, "'labels' must be a mapping of label name to value");
        }

        HumanInitiator? initiator = null;
        if (f.Get("initiator") is { } i && Fields.Of(i, "initiator", diagnostics, "subject", "groups") is { } fi)
        {
            initiator = new HumanInitiator { Subject = fi.String("subject") ?? string.Empty, Groups = fi.StringList("groups") ?? [] };
        }

        return new PolicyPrincipal
        {
            AgentId = agent,
            Labels = labels,
            Owner = f.String("owner"),
            Initiator = initiator,
            DelegationChain = f.StringList("chain") ?? [],
            Scopes = f.StringList("scopes") ?? [],
        };
    }

    private PolicyResource? ReadResource(YamlNode node)
    {
        var f = Fields.Of(node, "resource", diagnostics, "kind", "name", "provider", "mcp_server", "data_labels");
        if (f is null)
        {
            return null;
        }

        var kindText = f.Required("kind", "resource") is { } k ? Fields.AsString(k, "kind", diagnostics) : null;
        var name = f.Required("name", "resource") is { } n ? Fields.AsString(n, "name", diagnostics) : null;
        if (kindText is null || name is null)
        {
            return null;
        }

        if (!KindNames.TryParse(kindText, out var kind))
        {
            diagnostics.Add(PolicyErrorIds.InvalidInput, f.Get("kind")!, $"resource kind '{kindText}' is not one of model, tool, mcp_server, data");
            return null;
        }

        return new PolicyResource
        {
            Kind = kind,
            Name = name,
            Provider = f.String("provider"),
            McpServer = f.String("mcp_server"),
            DataLabels = f.StringList("data_labels") ?? [],
        };
    }

    /// <summary>Converts YAML to JSON: plain scalars become numbers, booleans or null when they read as such.</summary>
    private static JsonElement ToJson(YamlNode node)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, node);
        }

        using var doc = JsonDocument.Parse(stream.ToArray());
        return doc.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlMapping m:
                writer.WriteStartObject();
                foreach (var (key, value) in m.Entries)
                {
                    writer.WritePropertyName(key.Value);
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case YamlSequence s:
                writer.WriteStartArray();
                foreach (var item in s.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlScalar { IsNull: true }:
                writer.WriteNullValue();
                break;
            case YamlScalar { IsPlain: true } sc when Fields.TryBool(sc.Value, out var b):
                writer.WriteBooleanValue(b);
                break;
            case YamlScalar { IsPlain: true } sc when Fields.TryNumber(sc.Value, out _) && !sc.Value.StartsWith('.'):
                writer.WriteRawValue(Encoding.UTF8.GetBytes(NormalizeNumber(sc.Value)));
                break;
            case YamlScalar sc:
                writer.WriteStringValue(sc.Value);
                break;
        }
    }

    private static string NormalizeNumber(string text) =>
        double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
}
