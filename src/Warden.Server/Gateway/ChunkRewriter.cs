using System.Buffers;
using System.Text.Json;

namespace Warden.Server.Gateway;

/// <summary>Rewrites <c>choices[i].{message|delta}.content</c> in an upstream answer, copying everything else verbatim.</summary>
internal static class ChunkRewriter
{
    public static byte[] Rewrite(JsonElement root, string container, IReadOnlyDictionary<int, string> contents)
    {
        var output = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(output))
        {
            w.WriteStartObject();
            foreach (var p in root.EnumerateObject())
            {
                if (p.Name != "choices" || p.Value.ValueKind != JsonValueKind.Array)
                {
                    p.WriteTo(w);
                    continue;
                }

                w.WritePropertyName("choices");
                w.WriteStartArray();
                var i = 0;
                foreach (var choice in p.Value.EnumerateArray())
                {
                    var index = IndexOf(choice, i);
                    if (choice.ValueKind != JsonValueKind.Object || !contents.TryGetValue(index, out var text))
                    {
                        choice.WriteTo(w);
                        i++;
                        continue;
                    }

                    w.WriteStartObject();
                    var wrote = false;
                    foreach (var c in choice.EnumerateObject())
                    {
                        if (c.Name != container || c.Value.ValueKind != JsonValueKind.Object)
                        {
                            c.WriteTo(w);
                            continue;
                        }

                        wrote = true;
                        w.WritePropertyName(container);
                        WriteContainer(w, c.Value, text);
                    }

                    if (!wrote)
                    {
                        w.WritePropertyName(container);
                        w.WriteStartObject();
                        w.WriteString("content", text);
                        w.WriteEndObject();
                    }

                    w.WriteEndObject();
                    i++;
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        return output.WrittenSpan.ToArray();
    }

    /// <summary>The choice's <c>index</c>, or its position when the upstream leaves it out.</summary>
    public static int IndexOf(JsonElement choice, int position) =>
        choice.ValueKind == JsonValueKind.Object && choice.TryGetProperty("index", out var ix) && ix.TryGetInt32(out var n) ? n : position;

    private static void WriteContainer(Utf8JsonWriter w, JsonElement value, string text)
    {
        w.WriteStartObject();
        var wrote = false;
        foreach (var p in value.EnumerateObject())
        {
            if (p.Name == "content")
            {
                w.WriteString("content", text);
                wrote = true;
            }
            else
            {
                p.WriteTo(w);
            }
        }

        if (!wrote)
        {
            w.WriteString("content", text);
        }

        w.WriteEndObject();
    }
}
