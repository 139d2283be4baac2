using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Warden.Policy.Conditions;

/// <summary>
/// A small JSON path over tool arguments: <c>$.a.b</c>, <c>$['a b']</c>, <c>$.items[0]</c> and <c>$.items[*]</c>
/// (any element). Parsed once at load; resolving walks <see cref="JsonElement"/> without allocating.
/// </summary>
internal sealed class JsonPath
{
    private readonly Segment[] _segments;

    private JsonPath(string text, Segment[] segments)
    {
        Text = text;
        _segments = segments;
    }

    public string Text { get; }

    /// <summary>Calls nothing back: returns whether any element the path selects satisfies <paramref name="test"/>.</summary>
    public bool Any<TState>(JsonElement root, TState state, Func<JsonElement, TState, bool> test) =>
        root.ValueKind != JsonValueKind.Undefined && Walk(root, 0, state, test);

    public static bool TryParse(string text, out JsonPath? path, out string? error)
    {
        path = null;
        var segments = new List<Segment>();
        var i = 0;
        if (text.StartsWith('$'))
        {
            i = 1;
        }
        else if (text.Length > 0 && text[0] != '[')
        {
            // Bare "a.b" reads as "$.a.b".
            text = "$." + text;
            i = 1;
        }

        while (i < text.Length)
        {
            if (text[i] == '.')
            {
                i++;
                if (i < text.Length && text[i] == '*')
                {
                    segments.Add(Segment.Wildcard);
                    i++;
                    continue;
                }

                var start = i;
                while (i < text.Length && text[i] is not ('.' or '[') && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i == start)
                {
                    error = $"expected a property name at character {i + 1}";
                    return false;
                }

                segments.Add(Segment.Property(text[start..i]));
            }
            else if (text[i] == '[')
            {
                if (!TryParseBracket(text, ref i, segments, out error))
                {
                    return false;
                }
            }
            else
            {
                error = $"unexpected '{text[i]}' at character {i + 1}; use .name, ['name'], [0] or [*]";
                return false;
            }
        }

        if (segments.Count == 0)
        {
            error = "the path selects nothing; write e.g. $.path";
            return false;
        }

        error = null;
        path = new JsonPath(text, [.. segments]);
        return true;
    }

    private static bool TryParseBracket(string text, ref int i, List<Segment> segments, out string? error)
    {
        var open = i;
        var close = text.IndexOf(']', i);
        if (close < 0)
        {
            error = $"'[' at character {open + 1} is never closed";
            return false;
        }

        var inner = text[(i + 1)..close];
        i = close + 1;
        if (inner == "*")
        {
            segments.Add(Segment.Wildcard);
        }
        else if (inner.Length >= 2 && inner[0] is '\'' or '"' && inner[^1] == inner[0])
        {
            segments.Add(Segment.Property(inner[1..^1]));
        }
        else if (int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            segments.Add(Segment.Index(index));
        }
        else
        {
            error = $"'[{inner}]' at character {open + 1} must be an index, [*] or a quoted name";
            return false;
        }

        error = null;
        return true;
    }

    private bool Walk<TState>(JsonElement current, int depth, TState state, Func<JsonElement, TState, bool> test)
    {
        if (depth == _segments.Length)
        {
            return test(current, state);
        }

        var segment = _segments[depth];
        switch (segment.Kind)
        {
            case SegmentKind.Property:
                return current.ValueKind == JsonValueKind.Object
                    && current.TryGetProperty(segment.Name!, out var child)
                    && Walk(child, depth + 1, state, test);
            case SegmentKind.Index:
                return current.ValueKind == JsonValueKind.Array
                    && segment.Position < current.GetArrayLength()
                    && Walk(current[segment.Position], depth + 1, state, test);
            default:
                if (current.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in current.EnumerateArray())
                    {
                        if (Walk(item, depth + 1, state, test))
                        {
                            return true;
                        }
                    }
                }
                else if (current.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in current.EnumerateObject())
                    {
                        if (Walk(property.Value, depth + 1, state, test))
                        {
                            return true;
                        }
                    }
                }

                return false;
        }
    }

    public override string ToString()
    {
        var sb = new StringBuilder("$");
        foreach (var s in _segments)
        {
            sb.Append(s.Kind switch
            {
                SegmentKind.Property => $"['{s.Name}']",
                SegmentKind.Index => $"[{s.Position.ToString(CultureInfo.InvariantCulture)}]",
                _ => "[*]",
            });
        }

        return sb.ToString();
    }

    private enum SegmentKind
    {
        Property,
        Index,
        Wildcard,
    }

    private readonly record struct Segment(SegmentKind Kind, string? Name, int Position)
    {
        public static Segment Wildcard => new(SegmentKind.Wildcard, null, 0);

        public static Segment Property(string name) => new(SegmentKind.Property, name, 0);

        public static Segment Index(int index) => new(SegmentKind.Index, null, index);
    }
}
