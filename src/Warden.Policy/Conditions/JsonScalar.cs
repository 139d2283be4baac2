using System.Globalization;
using System.Text.Json;

namespace Warden.Policy.Conditions;

/// <summary>A literal from a policy compared against a JSON value: strings equal strings, numbers equal numbers.</summary>
internal sealed record JsonScalar(JsonValueKind Kind, string? Text, double Number)
{
    public bool Matches(JsonElement element) => Kind switch
    {
        JsonValueKind.String => element.ValueKind == JsonValueKind.String && element.ValueEquals(Text),
        JsonValueKind.Number => element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var d) && d == Number,
        _ => element.ValueKind == Kind,
    };

    public override string ToString() => Kind switch
    {
        JsonValueKind.String => $"'{Text}'",
        JsonValueKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };
}
