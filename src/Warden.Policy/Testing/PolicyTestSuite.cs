using Warden.Policy.Compilation;
using Warden.Policy.Yaml;

namespace Warden.Policy.Testing;

/// <summary>
/// Test cases for a policy (<c>warden policy test</c>): each case is an input, the expected outcome and optionally
/// the expected deciding rule (<c>none</c> for default deny).
/// </summary>
public sealed class PolicyTestSuite
{
    private readonly IReadOnlyList<PolicyTestCase> _cases;

    private PolicyTestSuite(IReadOnlyList<PolicyTestCase> cases) => _cases = cases;

    /// <summary>The cases.</summary>
    public IReadOnlyList<PolicyTestCase> Cases => _cases;

    /// <summary>Parses a cases document; returns every error and no suite when it is malformed.</summary>
    public static (PolicyTestSuite? Suite, IReadOnlyList<PolicyDiagnostic> Errors) Load(PolicySource source, PolicyLoadOptions? options = null)
    {
        options ??= PolicyLoadOptions.Default;
        var diagnostics = new DiagnosticBag();
        var cases = new List<PolicyTestCase>();
        foreach (var root in SafeYamlReader.Read(source.Name, source.Content, options.MaxDepth, options.MaxDocumentBytes, diagnostics))
        {
            var f = Fields.Of(root, "a test cases document", diagnostics, "cases");
            if (f?.Required("cases", "a test cases document") is not { } casesNode)
            {
                continue;
            }

            if (casesNode is not YamlSequence list)
            {
                diagnostics.Add(PolicyErrorIds.WrongType, casesNode, "'cases' must be a list");
                continue;
            }

            foreach (var item in list.Items)
            {
                if (ReadCase(item, cases.Count + 1, diagnostics) is { } c)
                {
                    cases.Add(c);
                }
            }
        }

        return diagnostics.HasErrors ? (null, diagnostics.Items) : (new PolicyTestSuite(cases), []);
    }

    /// <summary>Runs every case against <paramref name="policy"/>.</summary>
    public IReadOnlyList<PolicyTestResult> Run(PolicySet policy)
    {
        var results = new List<PolicyTestResult>(_cases.Count);
        foreach (var c in _cases)
        {
            var decision = policy.Evaluate(c.Input);
            var failure = decision.Outcome != c.ExpectedOutcome
                ? $"expected {c.ExpectedOutcome.Name()}, got {decision.Outcome.Name()} ({decision.Message})"
                : c.ExpectedRuleId is { } rule && !string.Equals(rule, decision.DecidingRuleId ?? "none", StringComparison.Ordinal)
                    ? $"expected rule '{rule}', got '{decision.DecidingRuleId ?? "none"}'"
                    : null;
            results.Add(new PolicyTestResult(c, decision, failure));
        }

        return results;
    }

    private static PolicyTestCase? ReadCase(YamlNode node, int number, DiagnosticBag diagnostics)
    {
        var f = Fields.Of(node, "a test case", diagnostics, "name", "input", "expect", "rule");
        if (f is null)
        {
            return null;
        }

        var name = f.String("name") ?? $"case {number}";
        var input = f.Required("input", "a test case") is { } i ? new InputReader(diagnostics).Read(i) : null;
        PolicyOutcome? expected = null;
        if (f.Required("expect", "a test case") is { } e)
        {
            var value = Fields.AsString(e, "expect", diagnostics);
            expected = PolicyOutcomeNames.Parse(value);
            if (value is not null && expected is null)
            {
                diagnostics.Add(PolicyErrorIds.InvalidInput, e, $"expect '{value}' is not one of {PolicyOutcomeNames.List}");
            }
        }

        var rule = f.String("rule");
        return input is null || expected is null ? null : new PolicyTestCase(name, input, expected.Value, rule, node.Position.Line);
    }
}

/// <summary>One test case.</summary>
/// <param name="Name">The case name.</param>
/// <param name="Input">The request.</param>
/// <param name="ExpectedOutcome">The expected outcome.</param>
/// <param name="ExpectedRuleId">The expected deciding rule id, <c>none</c> for default deny, or null to not check.</param>
/// <param name="Line">The line of the case in its file.</param>
public sealed record PolicyTestCase(string Name, PolicyRequest Input, PolicyOutcome ExpectedOutcome, string? ExpectedRuleId, int Line);

/// <summary>The result of one case.</summary>
/// <param name="Case">The case.</param>
/// <param name="Decision">The decision the policy took.</param>
/// <param name="Failure">Why it failed, or null when it passed.</param>
public sealed record PolicyTestResult(PolicyTestCase Case, PolicyDecision Decision, string? Failure)
{
    /// <summary>Whether the case passed.</summary>
    public bool Passed => Failure is null;
}
