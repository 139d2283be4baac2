using Warden.Core.Approvals;
using Warden.Server.Configuration;

namespace Warden.Server.Tests.Approvals;

public sealed class ApprovalsConfigTests
{
    [Fact]
    public void ApprovalsSection_IsLoaded()
    {
        var result = ConfigLoader.Load("""
            approvals:
              requestTtl: 2h
              grantTtl: 10m
              uses: 2
              ownerMayApprove: true
              publicUrl: https://warden.example.com/
              rules:
                payments-need-approval: { uses: 5, grantTtl: 1h }
              elevation:
                maxDuration: 4h
                approvers: [admin, "group:security"]
                allowed:
                  - agents: ["label:team=finance"]
                    scopes: [payments.transfer]
                    maxDuration: 1h
              governance:
                unusedDays: 45
                inactiveDays: 60
                autoSuspend: true
                credentialMaxAge: 30d
                owners: [alice@example.com]
                reviewDuration: 7d
                reviewDefault: keep
            """, "warden.yaml", new WardenConfig());

        Assert.Empty(result.Errors);
        var a = result.Config!.Approvals;
        Assert.Equal(TimeSpan.FromHours(2), a.RequestTtl);
        Assert.Equal(TimeSpan.FromMinutes(10), a.GrantTtl);
        Assert.Equal(2, a.Uses);
        Assert.True(a.OwnerMayApprove);
        Assert.Equal("https://warden.example.com", a.PublicUrl);
        Assert.Equal(5, a.Rules["payments-need-approval"].Uses);
        Assert.Equal(TimeSpan.FromHours(1), a.Rules["payments-need-approval"].GrantTtl);
        Assert.Equal(TimeSpan.FromHours(4), a.Elevation.MaxDuration);
        Assert.Equal(["payments.transfer"], Assert.Single(a.Elevation.Allowed).Scopes);
        Assert.Equal(45, a.Governance.UnusedDays);
        Assert.True(a.Governance.AutoSuspend);
        Assert.Equal(["alice@example.com"], a.Governance.Owners);
        Assert.Equal(ReviewDecision.Keep, a.Governance.ReviewDefault);
    }

    [Fact]
    public void BadApprovalsSection_ListsEveryError()
    {
        var result = ConfigLoader.Load("""
            approvals:
              requestTtl: 0s
              uses: 0
              rules: [nope]
              elevation:
                allowed:
                  - agents: ["*"]
                    scopes: ["bad scope\""]
                  - scopes: [x]
              governance:
                unusedDays: 0
                ownersFile: ./missing-owners.txt
                reviewDefault: maybe
                colour: blue
            """, "warden.yaml", new WardenConfig());

        Assert.Null(result.Config);
        var all = string.Join('\n', result.Errors);
        foreach (var id in new[] { "WRD8230", "WRD8231", "WRD8232", "WRD8233", "WRD8234", "WRD8235", "WRD8236", "WRD8237", "WRD8105" })
        {
            Assert.Contains(id, all, StringComparison.Ordinal);
        }
    }
}
