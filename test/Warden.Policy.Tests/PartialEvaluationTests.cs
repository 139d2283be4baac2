using FsCheck;
using FsCheck.Fluent;

namespace Warden.Policy.Tests;

/// <summary><see cref="PolicySet.CouldPermit"/>: may some arguments make the call allowed (what a tool listing shows)?</summary>
public sealed class PartialEvaluationTests
{
    private static readonly PolicySet Payments = Helpers.Load("""
        rules:
          - id: transfer-small
            effect: allow
            when:
              action: mcp.tools.call
              resource: { kind: tool, name: payments.transfer }
              principal: { labels: { team: finance } }
              args: [ { path: $.amount, gt: 0, lt: 1000 } ]
          - id: transfer-large
            effect: require_approval
            when:
              action: mcp.tools.call
              resource: { kind: tool, name: payments.refund }
              args: [ { path: $.amount, gte: 1000 } ]
            approval: { approvers: [alice] }
          - id: no-blocked-accounts
            effect: deny
            when:
              action: mcp.tools.call
              resource: { kind: tool, name: "payments.*" }
              args: [ { path: $.to, in: [mallory] } ]
          - id: interns-never
            effect: deny
            when:
              action: mcp.tools.call
              resource: { kind: tool, name: payments.transfer }
              principal: { labels: { role: intern } }
          - id: no-wires-on-mondays
            effect: deny
            when:
              action: mcp.tools.call
              resource: { name: payments.wire }
              request: { time: { days: [mon] } }
          - id: wire
            effect: allow
            when:
              action: mcp.tools.call
              resource: { name: payments.wire }
              principal: { labels: { team: finance } }
              args: [ { path: $.amount, lt: 10 } ]
        """);

    private static PolicyRequest Call(string tool, string? args = null, params (string Key, string Value)[] labels) => Helpers.Request(
        action: "mcp.tools.call", model: tool, kind: ResourceKind.Tool, args: args,
        labels: labels.ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal));

    [Fact]
    public void ArgumentConditionedAllow_CouldPermit_ThoughTheCallWithoutArgumentsIsDenied()
    {
        var request = Call("payments.transfer", labels: ("team", "finance"));

        Assert.True(Payments.CouldPermit(request));
        Assert.True(Payments.Evaluate(request).IsDefaultDeny);
        Assert.True(Payments.Evaluate(Call("payments.transfer", """{"amount": 5, "to": "acme"}""", ("team", "finance"))).IsAllowed);
    }

    [Fact]
    public void ArgumentConditionedRequireApproval_CouldPermit() =>
        Assert.True(Payments.CouldPermit(Call("payments.refund")));

    [Fact]
    public void ArgumentConditionedDeny_DoesNotHide_ButDecidesTheCallsItMatches()
    {
        Assert.True(Payments.CouldPermit(Call("payments.transfer", labels: ("team", "finance"))));

        var denied = Payments.Evaluate(Call("payments.transfer", """{"amount": 5, "to": "mallory"}""", ("team", "finance")));

        Assert.Equal("no-blocked-accounts", denied.DecidingRuleId);
    }

    [Fact]
    public void DenyWithoutArgumentConditions_Hides()
    {
        Assert.False(Payments.CouldPermit(Call("payments.transfer", labels: [("team", "finance"), ("role", "intern")])));
        Assert.False(Payments.CouldPermit(Call("payments.wire", labels: ("team", "finance"))));
    }

    [Fact]
    public void AllowWhoseOtherConditionsFail_OrNoRule_DoesNotPermit()
    {
        Assert.False(Payments.CouldPermit(Call("payments.transfer", labels: ("team", "sales"))));
        Assert.False(Payments.CouldPermit(Call("payments.unknown")));
        Assert.False(PolicySet.Empty.CouldPermit(Call("payments.transfer")));
    }

    [Fact]
    public void ArgumentsInTheRequest_AreIgnored() =>
        Assert.True(Payments.CouldPermit(Call("payments.transfer", """{"amount": 5000}""", ("team", "finance"))));

    [Fact]
    public void CouldPermit_DoesNotAllocate()
    {
        var request = Call("payments.transfer", labels: ("team", "finance"));
        for (var i = 0; i < 100; i++)
        {
            Payments.CouldPermit(request);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            Payments.CouldPermit(request);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void EveryPermittedCall_IsOneThatCouldPermit() =>
        Prop.ForAll(Calls().ToArbitrary(), request =>
        {
            var decision = Payments.Evaluate(request);
            return decision.Outcome == PolicyOutcome.Deny || Payments.CouldPermit(request);
        }).QuickCheckThrowOnFailure();

    private static Gen<PolicyRequest> Calls() =>
        from tool in Gen.Elements("payments.transfer", "payments.refund", "payments.wire", "payments.other")
        from team in Gen.Elements("finance", "sales")
        from intern in Gen.Elements(true, false)
        from args in Gen.Elements("{}", """{"amount": 5, "to": "acme"}""", """{"amount": 5, "to": "mallory"}""", """{"amount": 5000}""", """{"amount": -1}""", "null")
        select intern
            ? Call(tool, args, ("team", team), ("role", "intern"))
            : Call(tool, args, ("team", team));
}
