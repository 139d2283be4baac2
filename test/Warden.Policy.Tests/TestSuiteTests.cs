using Warden.Policy.Testing;

namespace Warden.Policy.Tests;

public sealed class TestSuiteTests
{
    private static string Examples => Path.Combine(FindRoot(), "examples", "policies");

    [Fact]
    public void ExamplePolicies_PassTheirCases()
    {
        var set = PolicySet.Load([Read("llm-access.yaml"), Read("mcp-tools.yaml")]);
        Assert.True(set.Succeeded, string.Join("\n", set.Errors));
        var (suite, errors) = PolicyTestSuite.Load(Read("cases.yaml"));
        Assert.Empty(errors);
        var results = suite!.Run(set.Policy!);
        Assert.All(results, r => Assert.True(r.Passed, r.Failure));
        Assert.True(results.Count >= 7);
    }

    [Fact]
    public void WrongExpectation_FailsWithAReason()
    {
        var set = Helpers.Load("rules:\n" + Helpers.Rule("chat", "allow", "{ action: llm.chat }"));
        var (suite, _) = PolicyTestSuite.Load(new PolicySource("cases.yaml", """
            cases:
              - name: wrong outcome
                input: { action: llm.chat, principal: { agent: a }, resource: { kind: model, name: m } }
                expect: deny
              - name: wrong rule
                input: { action: llm.chat, principal: { agent: a }, resource: { kind: model, name: m } }
                expect: allow
                rule: other
              - name: default deny
                input: { action: llm.embed, principal: { agent: a }, resource: { kind: model, name: m } }
                expect: deny
                rule: none
            """));
        var results = suite!.Run(set);
        Assert.Equal([false, false, true], results.Select(r => r.Passed));
        Assert.Contains("expected deny, got allow", results[0].Failure, StringComparison.Ordinal);
        Assert.Contains("expected rule 'other'", results[1].Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedCases_ReportErrorsWithLines()
    {
        var (suite, errors) = PolicyTestSuite.Load(new PolicySource("cases.yaml", "cases:\n  - input: { action: llm.chat, principal: {}, resource: { kind: boat, name: m } }\n    expect: maybe\n"));
        Assert.Null(suite);
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.InRange(e.Line, 2, 3));
    }

    [Fact]
    public void JsonInput_IsAccepted()
    {
        var (request, errors) = PolicyInput.Parse(Read("explain-input.json"));
        Assert.Empty(errors);
        Assert.Equal("llm.chat", request!.Action);
        Assert.Equal(["orchestrator"], request.Principal.DelegationChain);
        Assert.Equal("research", request.Principal.Labels["team"]);
    }

    private static PolicySource Read(string name) => new(name, File.ReadAllText(Path.Combine(Examples, name)));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "examples", "policies")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("examples/policies not found above the test directory");
    }
}
