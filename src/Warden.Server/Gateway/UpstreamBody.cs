using System.Buffers;
using System.Text.Json;

namespace Warden.Server.Gateway;

/// <summary>What must change in the caller's body before it goes upstream.</summary>
internal sealed record BodyChanges(string Model, int? MaxTokens, bool RequestUsage, Dictionary<TextSlot, string> Texts, bool Embeddings)
{
    public bool IsNone(string requestedModel) =>
        string.Equals(Model, requestedModel, StringComparison.Ordinal) && MaxTokens is null && !RequestUsage && Texts.Count == 0;
}

/// <summary>Writes the upstream body in one pass over the parsed request, copying untouched properties verbatim.</summary>
internal static class UpstreamBody
{
    public static ArrayBufferWriter<byte> Write(JsonElement root, BodyChanges changes)
    {
        var output = new ArrayBufferWriter<byte>(4096);
        using var w = new Utf8JsonWriter(output);
        w.WriteStartObject();
        var sawMax = false;
        foreach (var p in root.EnumerateObject())
        {
            switch (p.Name)
            {
                case "model":
                    w.WriteString("model", changes.Model);
                    break;
                case "max_tokens" or "max_completion_tokens" when changes.MaxTokens is { } cap:
                    sawMax = true;
                    w.WriteNumber(p.Name, p.Value.TryGetInt64(out var asked) && asked > 0 && asked < cap ? asked : cap);
                    break;
                case "stream_options" when changes.RequestUsage:
                    break;
                case "messages" when !changes.Embeddings && changes.Texts.Count > 0:
                    w.WritePropertyName("messages");
                    WriteMessages(w, p.Value, changes.Texts);
                    break;
                case "input" when changes.Embeddings && changes.Texts.Count > 0:
                    w.WritePropertyName("input");
                    WriteInput(w, p.Value, changes.Texts);
                    break;
                default:
                    p.WriteTo(w);
                    break;
            }
        }

        if (changes.MaxTokens is { } max && !sawMax)
        {
            w.WriteNumber("max_tokens", max);
        }

        if (changes.RequestUsage)
        {
            // Warden needs the final usage chunk to charge token budgets; other stream options are kept.
            w.WritePropertyName("stream_options");
            w.WriteStartObject();
            if (root.TryGetProperty("stream_options", out var so) && so.ValueKind == JsonValueKind.Object)
            {
                foreach (var o in so.EnumerateObject().Where(o => o.Name != "include_usage"))
                {
                    o.WriteTo(w);
                }
            }

            w.WriteBoolean("include_usage", true);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.Flush();
        return output;
    }

    private static void WriteMessages(Utf8JsonWriter w, JsonElement messages, Dictionary<TextSlot, string> texts)
    {
        w.WriteStartArray();
        var i = 0;
        foreach (var m in messages.EnumerateArray())
        {
            if (m.ValueKind != JsonValueKind.Object)
            {
                m.WriteTo(w);
                i++;
                continue;
            }

            w.WriteStartObject();
            foreach (var p in m.EnumerateObject())
            {
                if (p.Name != "content")
                {
                    p.WriteTo(w);
                }
                else if (p.Value.ValueKind == JsonValueKind.String)
                {
                    w.WriteString("content", texts.TryGetValue(new TextSlot(i, -1), out var t) ? t : p.Value.GetString());
                }
                else if (p.Value.ValueKind == JsonValueKind.Array)
                {
                    w.WritePropertyName("content");
                    WriteParts(w, p.Value, i, texts);
                }
                else
                {
                    p.WriteTo(w);
                }
            }

            w.WriteEndObject();
            i++;
        }

        w.WriteEndArray();
    }

    private static void WriteParts(Utf8JsonWriter w, JsonElement parts, int message, Dictionary<TextSlot, string> texts)
    {
        w.WriteStartArray();
        var j = 0;
        foreach (var part in parts.EnumerateArray())
        {
            if (part.ValueKind == JsonValueKind.Object && texts.TryGetValue(new TextSlot(message, j), out var replaced))
            {
                w.WriteStartObject();
                foreach (var p in part.EnumerateObject())
                {
                    if (p.Name == "text")
                    {
                        w.WriteString("text", replaced);
                    }
                    else
                    {
                        p.WriteTo(w);
                    }
                }

                w.WriteEndObject();
            }
            else
            {
                part.WriteTo(w);
            }

            j++;
        }

        w.WriteEndArray();
    }

    private static void WriteInput(Utf8JsonWriter w, JsonElement input, Dictionary<TextSlot, string> texts)
    {
        if (input.ValueKind == JsonValueKind.String)
        {
            w.WriteStringValue(texts.TryGetValue(new TextSlot(-1, -1), out var t) ? t : input.GetString());
            return;
        }

        w.WriteStartArray();
        var j = 0;
        foreach (var item in input.EnumerateArray())
        {
            if (texts.TryGetValue(new TextSlot(-1, j), out var t))
            {
                w.WriteStringValue(t);
            }
            else
            {
                item.WriteTo(w);
            }

            j++;
        }

        w.WriteEndArray();
    }
}
