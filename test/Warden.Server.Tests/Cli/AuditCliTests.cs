using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Warden.Server.Tests.Infrastructure;

namespace Warden.Server.Tests.Cli;

/// <summary><c>warden audit verify --data-dir</c> end to end, on a database someone edited behind Warden's back.</summary>
[Collection("Console")]
public sealed class AuditCliTests
{
    private static Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) => CliRunner.RunAsync(null, args);

    [Fact]
    public async Task Verify_OnATamperedDatabase_ExitsNonZero_AndNamesThePosition()
    {
        await using var server = await WardenTestServer.StartAsync();
        var agent = await server.CreateAgentAsync();
        await server.TokenAsync(agent);
        await server.TokenAsync(agent);
        await server.Services.GetRequiredService<Server.Audit.CheckpointService>().CheckpointAsync(CancellationToken.None);

        var (exit, output, err) = await RunAsync("audit", "verify", "--data-dir", server.DataDir);
        Assert.True(exit == 0, err);
        Assert.Contains("OK: events 1..3", output, StringComparison.Ordinal);

        // An insider rewrites the second event's outcome in the payload and in the searchable column.
        await using (var db = new SqliteConnection($"Data Source={Path.Combine(server.DataDir, "warden.db")};Pooling=False"))
        {
            await db.OpenAsync();
            await using var update = db.CreateCommand();
            update.CommandText = "UPDATE audit_events SET payload = replace(payload, '\"outcome\":\"success\"', '\"outcome\":\"failure\"'), outcome = 'failure' WHERE seq = 2";
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        (exit, _, err) = await RunAsync("audit", "verify", "--data-dir", server.DataDir);
        Assert.Equal(3, exit);
        Assert.Contains("TAMPERED", err, StringComparison.Ordinal);
        Assert.Contains("first bad position: 2; kind: modified", err, StringComparison.Ordinal);
    }
}
