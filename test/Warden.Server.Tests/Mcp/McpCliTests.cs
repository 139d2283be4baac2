using System.Text.Json;
using Warden.Cli;

namespace Warden.Server.Tests.Mcp;

/// <summary><c>warden mcp tools</c> and <c>warden mcp approve</c> against a real server.</summary>
[Collection("Console")]
public sealed class McpCliTests : IAsyncLifetime
{
    private McpTestHost _host = null!;

    public async Task InitializeAsync() => _host = await McpTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var exit = await WardenCli.Create().Parse([.. args, "--server", _host.Server.BaseUrl, "--data-dir", _host.Server.DataDir]).InvokeAsync();
            return (exit, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }

    [Fact]
    public async Task McpTools_ListsPinStates_AndApprove_PinsAPendingTool()
    {
        var (exit, output, err) = await RunAsync("mcp", "tools", "--json");
        Assert.True(exit == 0, err);
        var tools = JsonDocument.Parse(output).RootElement.GetProperty("tools").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => t);
        Assert.Equal("pending", tools["payments.transfer"].GetProperty("state").GetString());
        Assert.Equal("approved", tools["web.echo"].GetProperty("state").GetString());
        Assert.NotEmpty(tools["web.add_numbers"].GetProperty("poisonFindings").EnumerateArray());

        var (approveExit, _, approveErr) = await RunAsync("mcp", "approve", "payments.transfer");
        Assert.True(approveExit == 0, approveErr);
        var (_, after, _) = await RunAsync("mcp", "tools", "--json");
        var transfer = JsonDocument.Parse(after).RootElement.GetProperty("tools").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "payments.transfer");
        Assert.Equal("approved", transfer.GetProperty("state").GetString());

        var (unknownExit, _, unknownErr) = await RunAsync("mcp", "approve", "nowhere.tool");
        Assert.Equal(1, unknownExit);
        Assert.Contains("WRD4170", unknownErr, StringComparison.Ordinal);
    }
}
