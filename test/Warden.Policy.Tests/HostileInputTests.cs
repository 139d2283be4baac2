using System.Diagnostics;
using System.Text;

namespace Warden.Policy.Tests;

public sealed class HostileInputTests
{
    [Fact]
    public void HugeDocument_IsRefusedBeforeParsing()
    {
        var errors = Helpers.Errors("rules: []\n" + new string(' ', (int)PolicyLoadOptions.DefaultMaxDocumentBytes));
        Assert.Equal(PolicyErrorIds.TooLarge, Assert.Single(errors).Id);
    }

    [Fact]
    public void DeepNesting_IsRefused()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        var errors = Helpers.Errors("rules: " + deep + "\n");
        Assert.Equal(PolicyErrorIds.TooDeep, Assert.Single(errors).Id);
    }

    [Fact]
    public void BillionLaughs_AliasesAreRefused()
    {
        var sb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            sb.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        sb.Append("rules: [*a9]\n");
        var watch = Stopwatch.StartNew();
        var errors = Helpers.Errors(sb.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        Assert.All(errors, e => Assert.Equal(PolicyErrorIds.AliasNotAllowed, e.Id));
        Assert.NotEmpty(errors);
    }

    [Fact]
    public void MergeKeys_AreRefused()
    {
        var errors = Helpers.Errors("rules:\n  - id: x\n    effect: allow\n    <<: {when: {}}\n");
        Assert.Contains(errors, e => e.Id == PolicyErrorIds.AliasNotAllowed);
    }

    [Fact]
    public void DuplicateKeys_AreRefused()
    {
        var errors = Helpers.Errors("rules:\n  - id: x\n    effect: deny\n    effect: allow\n");
        Assert.Equal(PolicyErrorIds.DuplicateKey, Assert.Single(errors).Id);
        Assert.Equal(4, errors[0].Line);
    }

    [Fact]
    public void CatastrophicRegex_RunsInLinearTime()
    {
        var set = Helpers.Load("rules:\n  - id: r\n    effect: allow\n    when:\n      args:\n        - { path: $.s, regex: \"^(a+)+$\" }\n");
        var evil = "{\"s\": \"" + new string('a', 50_000) + "!\"}";
        var watch = Stopwatch.StartNew();
        var decision = set.Evaluate(Helpers.Request(action: "mcp.tools.call", kind: ResourceKind.Tool, model: "t", args: evil));
        Assert.False(decision.IsAllowed);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void OverlongRegex_IsRefused()
    {
        var errors = Helpers.Errors($"rules:\n  - id: r\n    effect: allow\n    when:\n      args:\n        - {{ path: $.s, regex: \"{new string('a', 600)}\" }}\n");
        Assert.Equal(PolicyErrorIds.InvalidRegex, Assert.Single(errors).Id);
    }

    [Fact]
    public void TooManyRules_IsRefused()
    {
        var yaml = "rules:\n" + string.Concat(Enumerable.Range(0, 11).Select(i => Helpers.Rule($"r{i}", "allow", $"{{ action: a{i} }}")));
        var result = PolicySet.Load([new PolicySource("p.yaml", yaml)], new PolicyLoadOptions { MaxRules = 10 });
        Assert.Equal(PolicyErrorIds.TooManyRules, Assert.Single(result.Errors).Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("just a string")]
    [InlineData("- a\n- b\n")]
    [InlineData("rules: 5")]
    [InlineData("\t\tbad: [indent")]
    [InlineData("---\nrules: []\n---\nrules: {}\n")]
    public void Garbage_IsReportedNotThrown(string yaml)
    {
        var result = PolicySet.Load([new PolicySource("p.yaml", yaml)]);
        Assert.True(result.Succeeded == (yaml.Length == 0), string.Join("\n", result.Errors));
        Assert.All(result.Errors, e => Assert.StartsWith("WRD30", e.Id, StringComparison.Ordinal));
    }
}
