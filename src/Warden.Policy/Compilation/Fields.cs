using System.Globalization;
using Warden.Policy.Yaml;

namespace Warden.Policy.Compilation;

/// <summary>
/// Reads the fields of one YAML mapping against the list of fields the language allows there, reporting unknown
/// fields and type errors with their positions. Every accessor returns <see langword="null"/> after reporting, so
/// binding continues and collects all errors.
/// </summary>
internal sealed class Fields
{
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;

    private Fields(YamlMapping mapping, DiagnosticBag diagnostics)
    {
        Node = mapping;
        _diagnostics = diagnostics;
    }

    public YamlMapping Node { get; }

    public int Count => _values.Count;

    /// <summary>Returns null (after reporting) when the node is not a mapping.</summary>
    public static Fields? Of(YamlNode node, string what, DiagnosticBag diagnostics, params string[] allowed)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Add(PolicyErrorIds.WrongType, node, $"{what} must be a mapping, not {node.KindName}");
            return null;
        }

        var fields = new Fields(mapping, diagnostics);
        foreach (var (key, value) in mapping.Entries)
        {
            if (Array.IndexOf(allowed, key.Value) < 0)
            {
                diagnostics.Add(PolicyErrorIds.UnknownField, key,
                    $"unknown field '{key.Value}' in {what}; allowed: {string.Join(", ", allowed)}");
                continue;
            }

            fields._values[key.Value] = value;
        }

        return fields;
    }

    public YamlNode? Get(string name) => _values.GetValueOrDefault(name);

    public bool Has(string name) => _values.ContainsKey(name);

    public YamlNode? Required(string name, string what)
    {
        var node = Get(name);
        if (node is null)
        {
            _diagnostics.Add(PolicyErrorIds.MissingField, Node, $"{what} needs the field '{name}'");
        }

        return node;
    }

    public string? String(string name) => Get(name) is { } n ? AsString(n, name, _diagnostics) : null;

    public IReadOnlyList<string>? StringList(string name) => Get(name) is { } n ? AsStringList(n, name, _diagnostics) : null;

    public static string? AsString(YamlNode node, string name, DiagnosticBag diagnostics)
    {
        if (node is YamlScalar scalar && !scalar.IsNull)
        {
            return scalar.Value;
        }

        diagnostics.Add(PolicyErrorIds.WrongType, node, $"'{name}' must be a string, not {Describe(node)}");
        return null;
    }

    /// <summary>A single string is accepted where a list is expected, because <c>action: llm.chat</c> reads naturally.</summary>
    public static IReadOnlyList<string>? AsStringList(YamlNode node, string name, DiagnosticBag diagnostics)
    {
        if (node is YamlScalar)
        {
            return AsString(node, name, diagnostics) is { } single ? [single] : null;
        }

        if (node is not YamlSequence sequence)
        {
            diagnostics.Add(PolicyErrorIds.WrongType, node, $"'{name}' must be a string or a list of strings, not {node.KindName}");
            return null;
        }

        if (sequence.Items.Count == 0)
        {
            diagnostics.Add(PolicyErrorIds.InvalidValue, node, $"'{name}' is an empty list, which can never match; remove the field or list values");
            return null;
        }

        var result = new List<string>(sequence.Items.Count);
        var ok = true;
        foreach (var item in sequence.Items)
        {
            if (AsString(item, name, diagnostics) is { } s)
            {
                result.Add(s);
            }
            else
            {
                ok = false;
            }
        }

        return ok ? result : null;
    }

    public static long? AsInteger(YamlNode node, string name, DiagnosticBag diagnostics, long min = long.MinValue, long max = long.MaxValue)
    {
        if (node is YamlScalar { IsPlain: true } s && long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            if (value < min || value > max)
            {
                diagnostics.Add(PolicyErrorIds.InvalidValue, node, $"'{name}' must be between {min} and {max}, not {value}");
                return null;
            }

            return value;
        }

        diagnostics.Add(PolicyErrorIds.WrongType, node, $"'{name}' must be an integer, not {Describe(node)}");
        return null;
    }

    public static double? AsNumber(YamlNode node, string name, DiagnosticBag diagnostics)
    {
        if (node is YamlScalar { IsPlain: true } s && TryNumber(s.Value, out var value))
        {
            return value;
        }

        diagnostics.Add(PolicyErrorIds.WrongType, node, $"'{name}' must be a number, not {Describe(node)}");
        return null;
    }

    public static bool? AsBool(YamlNode node, string name, DiagnosticBag diagnostics)
    {
        if (node is YamlScalar { IsPlain: true } s && TryBool(s.Value, out var value))
        {
            return value;
        }

        diagnostics.Add(PolicyErrorIds.WrongType, node, $"'{name}' must be true or false, not {Describe(node)}");
        return null;
    }

    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool TryBool(string text, out bool value)
    {
        switch (text)
        {
            case "true" or "True" or "TRUE":
                value = true;
                return true;
            case "false" or "False" or "FALSE":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalar s when s.IsNull => "null",
        YamlScalar s => $"'{Truncate(s.Value)}'",
        _ => node.KindName,
    };

    private static string Truncate(string s) => s.Length <= 40 ? s : string.Concat(s.AsSpan(0, 40), "…");
}
