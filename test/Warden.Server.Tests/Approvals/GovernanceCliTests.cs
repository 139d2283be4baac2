using System.Net;
using System.Text.Json;
using Warden.Cli;
using Warden.Server.Configuration;
using Warden.Server.Tests.Infrastructure;

namespace Warden.Server.Tests.Approvals;

/// <summary>The README tour's elevation and access-review steps, from the command line.</summary>
[Collection("Console")]
public sealed class GovernanceCliTests : IAsyncLifetime
{
    private WardenTestServer _server = null!;

    public async Task InitializeAsync() => _server = await WardenTestServer.StartAsync(c => c with
    {
        Approvals = new ApprovalsConfig
        {
            Elevation = new ElevationConfig { Allowed = [new ElevationBound { Agents = ["label:team=finance"], Scopes = ["payments.transfer"], MaxDuration = TimeSpan.FromHours(1) }] },
        },
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<JsonElement> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        int exit;
        try
        {
            exit = await WardenCli.Create().Parse([.. args, "--json", "--server", _server.BaseUrl, "--data-dir", _server.DataDir]).InvokeAsync();
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }

        Assert.True(exit == 0, $"warden {string.Join(' ', args)} failed: {stderr}");
        return JsonDocument.Parse(stdout.ToString()).RootElement.Clone();
    }

    [Fact]
    public async Task ElevationThatExpires_AndAReviewThatRemovesAnUnusedPermission()
    {
        var agent = await _server.CreateAgentAsync(owner: "alice@example.com", scopes: ["read", "reports.export"], labels: new Dictionary<string, string> { ["team"] = "finance" });

        var requested = await RunAsync("elevation", "request", "--agent", agent.Id, "--scope", "payments.transfer", "--justification", "month-end close", "--duration", "30m");
        var grant = requested.GetProperty("id").GetString()!;
        Assert.Equal("pending", requested.GetProperty("state").GetString());
        Assert.Equal("active", (await RunAsync("elevation", "approve", grant, "--reason", "ticket FIN-7")).GetProperty("state").GetString());
        var (status, token) = await _server.ClientCredentialsAsync(agent, "read payments.transfer");
        Assert.True(status == HttpStatusCode.OK, token.ToString());

        _server.Clock.Advance(TimeSpan.FromMinutes(31));
        var listed = await RunAsync("elevation", "list", "--agent", agent.Id);
        Assert.Equal("expired", Assert.Single(listed.EnumerateArray()).GetProperty("state").GetString());
        (status, _) = await _server.ClientCredentialsAsync(agent, "read payments.transfer");
        Assert.Equal(HttpStatusCode.BadRequest, status);

        var review = await RunAsync("review", "start", "--name", "Q4", "--agent", agent.Id, "--duration", "7d");
        var id = review.GetProperty("id").GetString()!;
        var unused = review.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("permission").GetString() == "reports.export");
        Assert.False(unused.TryGetProperty("lastUsedAt", out _));
        var decided = await RunAsync("review", "decide", id, unused.GetProperty("id").GetString()!, "--decision", "revoke", "--reason", "never used");
        Assert.True(decided.GetProperty("applied").GetBoolean());
        var closed = await RunAsync("review", "close", id);
        Assert.Equal("closed", closed.GetProperty("state").GetString());
        var read = closed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("permission").GetString() == "read");
        Assert.Equal("revoke", read.GetProperty("decision").GetString());

        var shown = await RunAsync("agent", "show", agent.Id);
        Assert.Empty(shown.GetProperty("scopes").EnumerateArray());

        var findings = await RunAsync("agents", "findings");
        Assert.True(findings.GetProperty("agents").GetInt32() >= 1);
        var usage = await RunAsync("agents", "usage", agent.Id);
        Assert.True(usage.GetProperty("scopes").TryGetProperty("payments.transfer", out _));
    }
}
