namespace Warden.Policy.Tests;

public sealed class CombiningTests
{
    private const string Policy = """
        rules:
          - id: chat-any-model
            effect: allow
            when: { action: llm.chat }
            obligations: { redact: [pii], rate_limit: { requests_per_minute: 100 }, max_tokens: 4000 }
          - id: chat-gpt
            effect: allow
            when: { action: llm.chat, resource: { name: gpt-4o } }
            obligations: { redact: [secrets], log_full: true, rate_limit: { requests_per_minute: 20 }, max_tokens: 8000 }
          - id: no-secret-data
            effect: deny
            reason: secret data stays home
            when: { action: "llm.*", resource: { data_labels: [secret] } }
          - id: big-needs-approval
            effect: require_approval
            when: { action: llm.chat, request: { size: { gt: 1000 } } }
            approval: { approvers: [alice], reason: big prompt }
        """;

    private static readonly PolicySet Set = Helpers.Load(Policy);

    [Fact]
    public void NoMatchingRule_DeniesByDefault_AndSaysSo()
    {
        var d = Set.Evaluate(Helpers.Request(action: "llm.embed"));
        Assert.Equal(PolicyOutcome.Deny, d.Outcome);
        Assert.True(d.IsDefaultDeny);
        Assert.Null(d.DecidingRuleId);
        Assert.Empty(d.MatchedRuleIds);
        Assert.Contains("Denied by default", d.Message, StringComparison.Ordinal);
        Assert.Contains("no rule", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyPolicy_DeniesEverything() =>
        Assert.True(PolicySet.Empty.Evaluate(Helpers.Request()).IsDefaultDeny);

    [Fact]
    public void DenyOverridesEverything()
    {
        var d = Set.Evaluate(Helpers.Request(dataLabels: ["secret"], size: 5000));
        Assert.Equal(PolicyOutcome.Deny, d.Outcome);
        Assert.Equal("no-secret-data", d.DecidingRuleId);
        Assert.Equal(["chat-any-model", "chat-gpt", "no-secret-data", "big-needs-approval"], d.MatchedRuleIds);
        Assert.Equal("secret data stays home", d.Reason);
        Assert.True(d.Obligations.IsEmpty);
    }

    [Fact]
    public void RequireApproval_OverridesAllow()
    {
        var d = Set.Evaluate(Helpers.Request(size: 5000));
        Assert.Equal(PolicyOutcome.RequireApproval, d.Outcome);
        Assert.Equal(["alice"], d.Approval!.Approvers);
        Assert.Equal("big prompt", d.Approval.Reason);
    }

    [Fact]
    public void MostSpecificAllowDecides_AndObligationsMergeStrictest()
    {
        var d = Set.Evaluate(Helpers.Request());
        Assert.Equal(PolicyOutcome.Allow, d.Outcome);
        Assert.Equal("chat-gpt", d.DecidingRuleId);
        Assert.Equal(["pii", "secrets"], d.Obligations.Redact);
        Assert.True(d.Obligations.LogFull);
        Assert.Equal(20, Assert.Single(d.Obligations.RateLimits).RequestsPerMinute);
        Assert.Equal(4000, d.Obligations.MaxTokens);

        var other = Set.Evaluate(Helpers.Request(model: "llama"));
        Assert.Equal("chat-any-model", other.DecidingRuleId);
        Assert.Equal(["pii"], other.Obligations.Redact);
        Assert.False(other.Obligations.LogFull);
    }

    [Fact]
    public void SpecificityTie_EarlierRuleWins()
    {
        var set = Helpers.Load("rules:\n" + Helpers.Rule("first", "allow", "{ action: llm.chat }") + Helpers.Rule("second", "allow", "{ action: llm.chat }"));
        Assert.Equal("first", set.Evaluate(Helpers.Request()).DecidingRuleId);
    }

    [Fact]
    public void Explanation_ListsCandidatesConditionsAndVersion()
    {
        var d = Set.Evaluate(Helpers.Request(size: 10));
        var e = d.Explain();
        Assert.Equal(d.Version, e.Version);
        Assert.Equal("chat-gpt", e.DecidingRuleId);
        var big = Assert.Single(e.Candidates, c => c.RuleId == "big-needs-approval");
        Assert.False(big.Matched);
        var failed = Assert.Single(big.Conditions, c => !c.Held);
        Assert.Equal("request.size > 1000", failed.Description);
        Assert.Equal("10", failed.Actual);
        Assert.True(Assert.Single(e.Candidates, c => c.RuleId == "chat-gpt").Matched);
        var text = e.ToText();
        Assert.Contains("failed: request.size > 1000", text, StringComparison.Ordinal);
        Assert.Contains(d.Version.Hash, text, StringComparison.Ordinal);
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream))
        {
            e.WriteJson(writer);
        }

        using var json = System.Text.Json.JsonDocument.Parse(stream.ToArray());
        Assert.Equal("allow", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("candidates").GetArrayLength());
    }

    [Fact]
    public void Index_SkipsRulesForOtherActionsAndNames()
    {
        var rules = string.Concat(Enumerable.Range(0, 200).Select(i => Helpers.Rule($"r{i}", "allow", $"{{ action: llm.chat, resource: {{ name: m{i} }} }}")));
        var set = Helpers.Load("rules:\n" + rules + Helpers.Rule("wild", "allow", "{ action: \"llm.*\", resource: { name: \"m1*\" } }"));
        var d = set.Evaluate(Helpers.Request(model: "m150"));
        Assert.Equal(2, d.CandidateCount);
        Assert.Equal(["r150", "wild"], d.MatchedRuleIds);
        Assert.Equal("r150", d.DecidingRuleId);
        Assert.Equal(1, set.Evaluate(Helpers.Request(action: "llm.other", model: "m150")).CandidateCount);
    }
}
