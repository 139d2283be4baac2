namespace Warden.Policy.Conditions;

/// <summary>A string attribute of the request matches any of a set of glob patterns.</summary>
internal sealed class PatternCondition(string dimension, IReadOnlyList<Glob> patterns, Func<PolicyRequest, string?> select) : Condition
{
    private readonly Glob[] _patterns = [.. patterns];

    public override string Dimension { get; } = dimension;

    public IReadOnlyList<Glob> Patterns => _patterns;

    /// <summary>Exact names are more specific than wildcards, so <c>gpt-4o</c> beats <c>gpt-*</c>.</summary>
    public override int Specificity => Array.TrueForAll(_patterns, p => p.IsExact) ? 3 : Array.Exists(_patterns, p => p.IsAny) ? 0 : 2;

    public override bool Evaluate(PolicyRequest request)
    {
        var value = select(request);
        if (value is null)
        {
            return false;
        }

        return Glob.AnyMatch(_patterns, value);
    }

    public override string Describe() => _patterns.Length == 1
        ? $"{Dimension} matches '{_patterns[0]}'"
        : $"{Dimension} matches one of [{string.Join(", ", _patterns.Select(p => $"'{p}'"))}]";

    public override string? DescribeActual(PolicyRequest request) => select(request) is { } v ? $"'{v}'" : "none";

    public override bool Covers(Condition other) =>
        other is PatternCondition o && string.Equals(o.Dimension, Dimension, StringComparison.Ordinal)
        && o._patterns.All(theirs => _patterns.Any(mine => mine.Covers(theirs)));
}
