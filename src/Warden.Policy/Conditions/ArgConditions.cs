using System.Text.Json;
using System.Text.RegularExpressions;

namespace Warden.Policy.Conditions;

/// <summary>Base of conditions on tool arguments. A path with <c>[*]</c> holds when any selected value passes.</summary>
internal abstract class ArgCondition(JsonPath path) : Condition
{
    public override string Dimension => "args";

    public override bool ReadsArguments => true;

    protected JsonPath Path { get; } = path;

    public override bool Evaluate(PolicyRequest request) =>
        Path.Any(request.Arguments, this, static (element, self) => self.Test(element));

    public override string? DescribeActual(PolicyRequest request)
    {
        string? found = null;
        Path.Any(request.Arguments, 0, (element, _) =>
        {
            found = element.GetRawText();
            return true;
        });
        return found is null ? "absent" : found.Length > 80 ? string.Concat(found.AsSpan(0, 80), "…") : found;
    }

    protected abstract bool Test(JsonElement element);
}

internal sealed class ArgEquals(JsonPath path, JsonScalar value) : ArgCondition(path)
{
    protected override bool Test(JsonElement element) => value.Matches(element);

    public override string Describe() => $"args {Path} equals {value}";
}

internal sealed class ArgIn(JsonPath path, JsonScalar[] values) : ArgCondition(path)
{
    protected override bool Test(JsonElement element)
    {
        foreach (var value in values)
        {
            if (value.Matches(element))
            {
                return true;
            }
        }

        return false;
    }

    public override string Describe() => $"args {Path} in [{string.Join(", ", values.Select(v => v.ToString()))}]";
}

internal sealed class ArgPrefix(JsonPath path, string prefix) : ArgCondition(path)
{
    protected override bool Test(JsonElement element) =>
        element.ValueKind == JsonValueKind.String && element.GetString()!.StartsWith(prefix, StringComparison.Ordinal);

    public override string Describe() => $"args {Path} starts with '{prefix}'";
}

/// <summary>Regexes are compiled with <see cref="RegexOptions.NonBacktracking"/>: matching is linear in the input.</summary>
internal sealed class ArgRegex(JsonPath path, Regex regex) : ArgCondition(path)
{
    protected override bool Test(JsonElement element) =>
        element.ValueKind == JsonValueKind.String && regex.IsMatch(element.GetString()!);

    public override string Describe() => $"args {Path} matches /{regex}/";
}

internal sealed class ArgRange(JsonPath path, NumericRange range) : ArgCondition(path)
{
    protected override bool Test(JsonElement element) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var d) && range.Contains(d);

    public override string Describe() => $"args {Path} {range}";
}

internal sealed class ArgExists(JsonPath path, bool exists) : ArgCondition(path)
{
    public override bool Evaluate(PolicyRequest request) => base.Evaluate(request) == exists;

    protected override bool Test(JsonElement element) => true;

    public override string Describe() => exists ? $"args {Path} exists" : $"args {Path} is absent";
}

/// <summary>The <c>not</c>, <c>any</c> and <c>all</c> combinators over argument conditions.</summary>
internal sealed class ArgCombinator(string kind, Condition[] operands) : Condition
{
    public override string Dimension => "args";

    public override bool ReadsArguments => true;

    public override int Specificity => kind == "not" ? 1 : operands.Sum(o => o.Specificity);

    public override bool Evaluate(PolicyRequest request)
    {
        switch (kind)
        {
            case "not":
                return !operands[0].Evaluate(request);
            case "any":
                foreach (var operand in operands)
                {
                    if (operand.Evaluate(request))
                    {
                        return true;
                    }
                }

                return false;
            default:
                foreach (var operand in operands)
                {
                    if (!operand.Evaluate(request))
                    {
                        return false;
                    }
                }

                return true;
        }
    }

    public override string Describe() => kind == "not"
        ? $"not ({operands[0].Describe()})"
        : $"{kind} of ({string.Join("; ", operands.Select(o => o.Describe()))})";
}
