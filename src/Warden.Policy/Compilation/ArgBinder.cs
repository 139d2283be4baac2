using System.Text.Json;
using System.Text.RegularExpressions;
using Warden.Policy.Conditions;
using Warden.Policy.Yaml;

namespace Warden.Policy.Compilation;

/// <summary>Binds argument conditions: a path with one operator, or the not/any/all combinators.</summary>
internal sealed class ArgBinder(DiagnosticBag diagnostics, PolicyLoadOptions options)
{
    private static readonly string[] Keys = ["path", "equals", "in", "prefix", "regex", "lt", "lte", "gt", "gte", "exists", "not", "any", "all"];
    private static readonly string[] RangeOps = ["lt", "lte", "gt", "gte"];
    // NonBacktracking is linear in the input; the timeout is only a fence, wide enough that the lazy DFA construction of a
    // first match on a loaded machine never trips it (a tripped fence refuses the call: fail closed).
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);
    private readonly RequestConditionBinder _ranges = new(diagnostics);

    public void BindList(YamlNode node, List<Condition> conditions)
    {
        if (node is not YamlSequence list)
        {
            diagnostics.Add(PolicyErrorIds.WrongType, node, $"'args' must be a list of argument conditions, not {node.KindName}");
            return;
        }

        foreach (var item in list.Items)
        {
            if (Bind(item) is { } condition)
            {
                conditions.Add(condition);
            }
        }
    }

    private Condition? Bind(YamlNode node)
    {
        var f = Fields.Of(node, "an argument condition", diagnostics, Keys);
        if (f is null)
        {
            return null;
        }

        var combinators = new[] { "not", "any", "all" }.Where(f.Has).ToList();
        var operators = new[] { "equals", "in", "prefix", "regex", "exists" }.Where(f.Has).ToList();
        var hasRange = RangeOps.Any(f.Has);
        if (hasRange)
        {
            operators.Add("lt/lte/gt/gte");
        }

        if (combinators.Count + operators.Count != 1 || (combinators.Count == 1 && f.Has("path")))
        {
            diagnostics.Add(PolicyErrorIds.InvalidOperator, node,
                "an argument condition needs exactly one of: path with equals / in / prefix / regex / exists / lt,lte,gt,gte; or not / any / all"
                + (combinators.Count + operators.Count > 1 ? $" (found {string.Join(", ", combinators.Concat(operators))})" : string.Empty));
            return null;
        }

        if (combinators.Count == 1)
        {
            return BindCombinator(combinators[0], f.Get(combinators[0])!);
        }

        var path = f.Required("path", "an argument condition") is { } pathNode ? BindPath(pathNode) : null;
        var op = operators[0];
        var value = op == "lt/lte/gt/gte" ? node : f.Get(op)!;
        if (path is null)
        {
            return null;
        }

        switch (op)
        {
            case "equals":
                return Scalar(value, "equals") is { } eq ? new ArgEquals(path, eq) : null;
            case "in":
                return BindIn(path, value);
            case "prefix":
                return Fields.AsString(value, "prefix", diagnostics) is { } prefix ? new ArgPrefix(path, prefix) : null;
            case "regex":
                return BindRegex(path, value);
            case "exists":
                return Fields.AsBool(value, "exists", diagnostics) is { } exists ? new ArgExists(path, exists) : null;
            default:
                return _ranges.BindRange(f, node, $"args {path}") is { } range ? new ArgRange(path, range) : null;
        }
    }

    private Condition? BindCombinator(string kind, YamlNode operand)
    {
        if (kind == "not")
        {
            return Bind(operand) is { } inner ? new ArgCombinator("not", [inner]) : null;
        }

        if (operand is not YamlSequence { Items.Count: > 0 } list)
        {
            diagnostics.Add(PolicyErrorIds.WrongType, operand, $"'{kind}' must be a non-empty list of argument conditions");
            return null;
        }

        var operands = list.Items.Select(Bind).ToList();
        return operands.Contains(null) ? null : new ArgCombinator(kind, [.. operands!]);
    }

    private JsonPath? BindPath(YamlNode node)
    {
        if (Fields.AsString(node, "path", diagnostics) is not { } text)
        {
            return null;
        }

        if (JsonPath.TryParse(text, out var path, out var error))
        {
            return path;
        }

        diagnostics.Add(PolicyErrorIds.InvalidJsonPath, node, $"invalid JSON path '{text}': {error}");
        return null;
    }

    private ArgIn? BindIn(JsonPath path, YamlNode node)
    {
        if (node is not YamlSequence { Items.Count: > 0 } list)
        {
            diagnostics.Add(PolicyErrorIds.WrongType, node, "'in' must be a non-empty list of values");
            return null;
        }

        var values = list.Items.Select(i => Scalar(i, "in")).ToList();
        return values.Contains(null) ? null : new ArgIn(path, [.. values!]);
    }

    private ArgRegex? BindRegex(JsonPath path, YamlNode node)
    {
        if (Fields.AsString(node, "regex", diagnostics) is not { } pattern)
        {
            return null;
        }

        if (pattern.Length > options.MaxRegexLength)
        {
            diagnostics.Add(PolicyErrorIds.InvalidRegex, node, $"the regex is {pattern.Length} characters, over the limit of {options.MaxRegexLength}");
            return null;
        }

        try
        {
            // NonBacktracking makes matching linear in the input, so no pattern can cause catastrophic backtracking;
            // the timeout is a second fence for construction-heavy patterns.
            return new ArgRegex(path, new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, RegexTimeout));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or OutOfMemoryException or InsufficientExecutionStackException)
        {
            diagnostics.Add(PolicyErrorIds.InvalidRegex, node, $"invalid regex '{pattern}': {ex.Message}");
            return null;
        }
    }

    private JsonScalar? Scalar(YamlNode node, string name)
    {
        if (node is not YamlScalar s)
        {
            diagnostics.Add(PolicyErrorIds.WrongType, node, $"'{name}' values must be strings, numbers, booleans or null, not {node.KindName}");
            return null;
        }

        if (!s.IsPlain)
        {
            return new JsonScalar(JsonValueKind.String, s.Value, 0);
        }

        if (s.IsNull)
        {
            return new JsonScalar(JsonValueKind.Null, null, 0);
        }

        if (Fields.TryBool(s.Value, out var b))
        {
            return new JsonScalar(b ? JsonValueKind.True : JsonValueKind.False, null, 0);
        }

        return Fields.TryNumber(s.Value, out var d)
            ? new JsonScalar(JsonValueKind.Number, null, d)
            : new JsonScalar(JsonValueKind.String, s.Value, 0);
    }
}
