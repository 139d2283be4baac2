using System.Text.Json;

namespace Warden.Guards.Evaluation;

/// <summary>Reads JSON Lines files, reporting the line number of malformed input.</summary>
internal static class JsonlReader
{
    public static IEnumerable<(int Line, JsonElement Row)> Read(string path)
    {
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
            }
            catch (JsonException ex)
            {
                throw new GuardException(GuardErrors.BadEvalData, $"{path}:{n}: not valid JSON ({ex.Message}); each line must be one JSON object.", ex);
            }

            using (doc)
            {
                yield return (n, doc.RootElement.Clone());
            }
        }
    }

    public static string? String(JsonElement row, string name) =>
        row.ValueKind == JsonValueKind.Object && row.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
