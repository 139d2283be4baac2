namespace Warden.Policy.Tests;

public sealed class ValidationTests
{
    [Fact]
    public void SyntaxError_ReportsLineAndColumn()
    {
        var errors = Helpers.Errors("rules:\n  - id: x\n    effect: [allow\n");
        var e = Assert.Single(errors);
        Assert.Equal(PolicyErrorIds.Syntax, e.Id);
        Assert.Equal("policy.yaml", e.File);
        Assert.Equal(4, e.Line);
        Assert.StartsWith("policy.yaml:4:", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownField_ReportsItsPosition()
    {
        var errors = Helpers.Errors("rules:\n  - id: x\n    effect: allow\n    colour: red\n");
        var e = Assert.Single(errors);
        Assert.Equal(PolicyErrorIds.UnknownField, e.Id);
        Assert.Equal((4, 5), (e.Line, e.Column));
        Assert.Contains("colour", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongType_IsReported()
    {
        var errors = Helpers.Errors("rules:\n  - id: x\n    effect: allow\n    when:\n      principal: { chain: { max_depth: lots } }\n");
        var e = Assert.Single(errors);
        Assert.Equal(PolicyErrorIds.WrongType, e.Id);
        Assert.Equal(5, e.Line);
    }

    [Fact]
    public void BadRegex_IsReported()
    {
        var errors = Helpers.Errors("rules:\n  - id: x\n    effect: allow\n    when:\n      args:\n        - { path: $.a, regex: \"(open\" }\n");
        Assert.Equal(PolicyErrorIds.InvalidRegex, Assert.Single(errors).Id);
        Assert.Equal(6, errors[0].Line);
    }

    [Fact]
    public void DuplicateRuleIds_AcrossDocuments_AreReported()
    {
        var result = PolicySet.Load([
            new PolicySource("a.yaml", "rules:\n  - id: same\n    effect: allow\n    when: { action: llm.chat }\n"),
            new PolicySource("b.yaml", "rules:\n  - id: same\n    effect: allow\n    when: { action: llm.embed }\n"),
        ]);
        var e = Assert.Single(result.Errors);
        Assert.Equal(PolicyErrorIds.DuplicateRuleId, e.Id);
        Assert.Equal("b.yaml", e.File);
        Assert.Contains("a.yaml:2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleShadowedByBroaderDeny_IsUnreachable()
    {
        var errors = Helpers.Errors("""
            rules:
              - id: no-llm
                effect: deny
                when: { action: "llm.*" }
              - id: chat
                effect: allow
                when: { action: llm.chat, resource: { name: gpt-4o } }
            """);
        var e = Assert.Single(errors);
        Assert.Equal(PolicyErrorIds.UnreachableRule, e.Id);
        Assert.Equal(5, e.Line);
        Assert.Contains("no-llm", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NarrowerDeny_DoesNotMakeAllowUnreachable()
    {
        Helpers.Load("""
            rules:
              - id: no-confidential
                effect: deny
                when: { action: "llm.*", resource: { data_labels: [confidential] } }
              - id: chat
                effect: allow
                when: { action: llm.chat }
            """);
    }

    [Fact]
    public void EmptyRange_IsContradictory()
    {
        var errors = Helpers.Errors("rules:\n  - id: x\n    effect: allow\n    when: { request: { size: { gt: 10, lt: 5 } } }\n");
        Assert.Equal(PolicyErrorIds.ContradictoryCondition, Assert.Single(errors).Id);
    }

    [Fact]
    public void EveryError_IsCollected_NotJustTheFirst()
    {
        var errors = Helpers.Errors("""
            rules:
              - id: a
                effect: maybe
              - id: b
                effect: allow
                when: { resource: { kind: spaceship } }
              - id: c
                effect: deny
                obligations: { log_full: true }
              - id: d
                effect: require_approval
              - effect: allow
              - id: "bad id!"
                effect: allow
            """);
        Assert.Equal(
            [PolicyErrorIds.InvalidValue, PolicyErrorIds.InvalidValue, PolicyErrorIds.FieldNotAllowedForEffect, PolicyErrorIds.MissingField, PolicyErrorIds.MissingField, PolicyErrorIds.InvalidRuleId],
            errors.Select(e => e.Id));
        Assert.Equal([3, 6, 9, 10, 12, 13], errors.Select(e => e.Line));
    }

    [Theory]
    [InlineData("{ path: \"$.a[\", exists: true }", PolicyErrorIds.InvalidJsonPath)]
    [InlineData("{ path: $.a }", PolicyErrorIds.InvalidOperator)]
    [InlineData("{ path: $.a, equals: 1, prefix: x }", PolicyErrorIds.InvalidOperator)]
    [InlineData("{ path: $.a, in: [] }", PolicyErrorIds.WrongType)]
    [InlineData("{ path: $.a, gt: abc }", PolicyErrorIds.WrongType)]
    public void BadArgumentConditions_AreReported(string condition, string id)
    {
        var errors = Helpers.Errors($"rules:\n  - id: x\n    effect: allow\n    when:\n      args:\n        - {condition}\n");
        Assert.Equal(id, Assert.Single(errors).Id);
    }

    [Theory]
    [InlineData("request: { client: [\"10.0.0.1/8\"] }", PolicyErrorIds.InvalidCidr)]
    [InlineData("request: { client: [\"nope\"] }", PolicyErrorIds.InvalidCidr)]
    [InlineData("request: { time: { from: \"25:00\", to: \"26:00\" } }", PolicyErrorIds.InvalidTime)]
    [InlineData("request: { time: { days: [funday] } }", PolicyErrorIds.InvalidTime)]
    [InlineData("principal: { initiator: sometimes }", PolicyErrorIds.InvalidValue)]
    public void BadRequestConditions_AreReported(string when, string id)
    {
        var errors = Helpers.Errors($"rules:\n  - id: x\n    effect: allow\n    when: {{ {when} }}\n");
        Assert.Contains(errors, e => e.Id == id);
    }

    [Fact]
    public void Hash_DependsOnContent_NotOnLoadOrder()
    {
        PolicySource a = new("a.yaml", "rules: []\n"), b = new("b.yaml", "rules:\n  - id: x\n    effect: allow\n");
        var one = PolicySet.Load([a, b]).Policy!;
        var two = PolicySet.Load([b, a]).Policy!;
        var three = PolicySet.Load([a]).Policy!;
        Assert.Equal(one.Version.Hash, two.Version.Hash);
        Assert.NotEqual(one.Version.Hash, three.Version.Hash);
        Assert.Equal(16, one.Version.Hash.Length);
    }
}
