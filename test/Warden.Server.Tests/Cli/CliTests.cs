using System.Text.Json;
using Warden.Cli;
using Warden.Server.Tests.Infrastructure;

namespace Warden.Server.Tests.Cli;

[CollectionDefinition("Console", DisableParallelization = true)]
public sealed class ConsoleCollection;

/// <summary>The warden command against a real server, as a script would use it (--json).</summary>
[Collection("Console")]
public sealed class CliTests : IAsyncLifetime
{
    private WardenTestServer _server = null!;

    public async Task InitializeAsync() => _server = await WardenTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) =>
        CliRunner.RunAsync(null, [.. args, "--server", _server.BaseUrl, "--data-dir", _server.DataDir]);

    [Fact]
    public async Task AgentLifecycle_FromTheCommandLine()
    {
        var (exit, output, _) = await RunAsync("agent", "create", "--name", "cli-bot", "--owner", "alice@example.com", "--scope", "read", "--audience", "https://api.example.com", "--label", "team=ops", "--json");
        Assert.Equal(0, exit);
        var created = JsonDocument.Parse(output).RootElement;
        var id = created.GetProperty("id").GetString()!;
        Assert.StartsWith("wsk_", created.GetProperty("clientSecret").GetString(), StringComparison.Ordinal);

        (exit, output, _) = await RunAsync("agent", "list", "--json");
        Assert.Equal(0, exit);
        Assert.Contains(id, output, StringComparison.Ordinal);
        Assert.DoesNotContain(created.GetProperty("clientSecret").GetString()!, output, StringComparison.Ordinal);

        (exit, output, _) = await RunAsync("agent", "suspend", id, "--json");
        Assert.Equal(0, exit);
        Assert.Equal("suspended", JsonDocument.Parse(output).RootElement.GetProperty("status").GetString());

        (exit, output, _) = await RunAsync("agent", "rotate-secret", id, "--json");
        Assert.Equal(0, exit);
        Assert.StartsWith("wsk_", JsonDocument.Parse(output).RootElement.GetProperty("clientSecret").GetString(), StringComparison.Ordinal);

        (exit, output, _) = await RunAsync("keys", "rotate", "--json");
        Assert.Equal(0, exit);
        Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(output).RootElement.GetProperty("kid").GetString()));
    }

    [Fact]
    public async Task Errors_AreOneClearLine_WithExitCode1()
    {
        var (exit, _, err) = await RunAsync("agent", "show", "agt_nope");
        Assert.Equal(1, exit);
        Assert.Contains("WRD1001", err, StringComparison.Ordinal);

        (exit, _, err) = await RunAsync("agent", "list", "--token", "wat_wrong");
        Assert.Equal(1, exit);
        Assert.Contains("WRD1010", err, StringComparison.Ordinal);

        (exit, _, err) = await RunAsync("agent", "create", "--name", "x", "--owner", "o", "--label", "novalue");
        Assert.Equal(1, exit);
        Assert.Contains("key=value", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableServer_SaysSo()
    {
        var stderr = new StringWriter();
        var old = Console.Error;
        Console.SetError(stderr);
        try
        {
            var exit = await WardenCli.Create().Parse(["agent", "list", "--server", "http://127.0.0.1:1", "--token", "t"]).InvokeAsync();
            Assert.Equal(1, exit);
        }
        finally
        {
            Console.SetError(old);
        }

        Assert.Contains("cannot reach Warden", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidServeConfiguration_ListsAllErrors()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "server:\n  urls: [nope]\ntokens:\n  maxDelegationDepth: 0\nbogus: 1\n");
        var result = Warden.Cli.Commands.ServeCommand.LoadConfig(new FileInfo(file), null, null, "mysql://x");
        File.Delete(file);
        Assert.Null(result.Config);
        Assert.True(result.Errors.Count >= 3, string.Join('\n', result.Errors));
    }
}
