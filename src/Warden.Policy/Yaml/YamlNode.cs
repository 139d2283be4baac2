namespace Warden.Policy.Yaml;

/// <summary>A position in a source document, 1-based.</summary>
internal readonly record struct SourcePosition(string File, int Line, int Column);

/// <summary>
/// A minimal YAML tree that keeps the position of every node, so every validation error can point at its line.
/// Built by <see cref="SafeYamlReader"/>, which refuses anchors and aliases.
/// </summary>
internal abstract class YamlNode(SourcePosition position)
{
    public SourcePosition Position { get; } = position;

    public abstract string KindName { get; }
}

internal sealed class YamlScalar(SourcePosition position, string value, bool isPlain) : YamlNode(position)
{
    public string Value { get; } = value;

    /// <summary>Plain (unquoted) scalars may be numbers, booleans or null; quoted ones are always strings.</summary>
    public bool IsPlain { get; } = isPlain;

    public bool IsNull => IsPlain && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");

    public override string KindName => "a scalar";
}

internal sealed class YamlSequence(SourcePosition position, List<YamlNode> items) : YamlNode(position)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override string KindName => "a list";
}

internal sealed class YamlMapping(SourcePosition position, List<KeyValuePair<YamlScalar, YamlNode>> entries) : YamlNode(position)
{
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = entries;

    public override string KindName => "a mapping";
}
