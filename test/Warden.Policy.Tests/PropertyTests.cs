using FsCheck;
using FsCheck.Fluent;

namespace Warden.Policy.Tests;

public sealed class PropertyTests
{
    private static readonly string[] Actions = ["llm.chat", "llm.embed", "mcp.tools.call", "x"];
    private static readonly string[] Models = ["gpt-4o", "m1", "m2", ""];

    private static readonly PolicySet Mixed = Helpers.Load("""
        rules:
          - id: allow-chat
            effect: allow
            when: { action: "llm.*" }
            obligations: { max_tokens: 10 }
          - id: approve-m1
            effect: require_approval
            when: { resource: { name: m1 }, principal: { scopes: [s] } }
            approval: { approvers: [a] }
          - id: deny-secret
            effect: deny
            when: { resource: { data_labels: [secret] } }
          - id: args
            effect: allow
            when: { args: [ { path: "$.a[*]", regex: "x+y" }, { not: { path: $.b, gt: 3 } } ] }
        """);

    private static Gen<PolicyRequest> Requests() =>
        from action in Gen.Elements(Actions)
        from model in Gen.Elements(Models)
        from secret in Gen.Elements(true, false)
        from scoped in Gen.Elements(true, false)
        from size in Gen.Choose(0, int.MaxValue)
        from json in Gen.Elements("{}", "{\"a\": [\"xxy\", 1]}", "{\"b\": 4}", "[1,2]", "\"s\"", "null", "{\"a\": {\"b\": []}}")
        select Helpers.Request(action: action, model: model, dataLabels: secret ? ["secret"] : [], scopes: scoped ? ["s"] : [], size: size, args: json);

    [Fact]
    public void RandomRequests_NeverThrow_AndAlwaysExplain() =>
        Prop.ForAll(Requests().ToArbitrary(), request =>
        {
            var d = Mixed.Evaluate(request);
            var e = d.Explain();
            return e.Outcome == d.Outcome && d.Message.Length > 0 && e.Version == Mixed.Version;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void MatchingDenyRule_AlwaysWins() =>
        Prop.ForAll(Requests().ToArbitrary(), request =>
        {
            var d = Mixed.Evaluate(request);
            var secret = request.Resource.DataLabels.Contains("secret");
            return secret == (d.Outcome == PolicyOutcome.Deny && !d.IsDefaultDeny) && (!secret || d.DecidingRuleId == "deny-secret");
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void RandomText_NeverThrows_AndNeverHalfLoads()
    {
        var fragments = Gen.Elements("rules:", "\n", "  - ", "id: a", "effect: allow", "when:", "{", "}", "[", "]", "action: llm.*",
            "&x", "*x", "<<", ":", "'", "\"", "args:", "path: $.a", "regex: (", "\t", "#", "---", "! tag", "|", ">");
        var documents = Gen.ListOf(fragments).Select(parts => string.Concat(parts));
        Prop.ForAll(documents.ToArbitrary(), text =>
        {
            var result = PolicySet.Load([new PolicySource("fuzz.yaml", text)]);
            return result.Succeeded != result.Errors.Count > 0
                && result.Errors.All(e => e.Id.StartsWith("WRD30", StringComparison.Ordinal) && e.Line >= 0);
        }).QuickCheckThrowOnFailure();
    }
}
