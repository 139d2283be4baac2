using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Warden.Audit;
using Warden.Audit.Chain;
using Warden.Server.Tests.Infrastructure;

namespace Warden.Server.Tests.Audit;

/// <summary>
/// Two Warden hosts (as two nodes would be) on one PostgreSQL database, both answering token requests at once,
/// must extend one chain: no forks, no gaps, one event per issued token.
/// </summary>
public sealed class SharedPostgresTests
{
    private const string Variable = "WARDEN_TEST_POSTGRES";

    [Fact]
    public async Task TwoHostsOnOnePostgres_WritingConcurrently_KeepOneValidChain()
    {
        var admin = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{Variable} is not set, so this PostgreSQL test cannot run. Start the test database with: eval \"$(scripts/ensure-postgres.sh)\" and run the tests again in that shell.");
        var name = "warden_t_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin, $"CREATE DATABASE {name}");
        var database = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;

        // Nodes share the database and the key-encryption key (here: one data directory), like a real cluster.
        var dataDir = Path.Combine(Path.GetTempPath(), "warden-pg2-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var a = await WardenTestServer.StartAsync(c => c with { Database = database }, dataDir);
            await using var b = await WardenTestServer.StartAsync(c => c with { Database = database }, dataDir);
            var agent = await a.CreateAgentAsync();

            var issued = 0;
            await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
            {
                var node = w % 2 == 0 ? a : b;
                for (var i = 0; i < 25; i++)
                {
                    var (status, body) = await node.ClientCredentialsAsync(agent);
                    Assert.True(status == HttpStatusCode.OK, body.ToString());
                    Interlocked.Increment(ref issued);
                }
            })));
            await a.Services.GetRequiredService<Server.Audit.CheckpointService>().CheckpointAsync(CancellationToken.None);
            await b.Admin.PostAsync($"admin/v1/agents/{agent.Id}/suspend", null);
            await b.Services.GetRequiredService<Server.Audit.CheckpointService>().CheckpointAsync(CancellationToken.None);

            foreach (var node in new[] { a, b })
            {
                var verify = JsonDocument.Parse(await node.Admin.GetStringAsync("admin/v1/audit/verify")).RootElement;
                Assert.True(verify.GetProperty("valid").GetBoolean(), verify.ToString());
                Assert.Equal(2, verify.GetProperty("checkpointsChecked").GetInt32());
            }

            var store = a.Services.GetRequiredService<IAuditStore>();
            var records = new List<AuditRecord>();
            await foreach (var r in StoreVerification.ReadAllAsync(store, 0, CancellationToken.None))
            {
                records.Add(r);
            }

            Assert.Equal(Enumerable.Range(1, records.Count).Select(i => (long)i), records.Select(r => r.Sequence));
            Assert.Equal(200, issued);
            Assert.Equal(issued, records.Count(r => r.Projection!.Type == "token.issued"));
            Assert.Equal(records[^1].Sequence, (await store.GetHeadAsync(CancellationToken.None)).Sequence);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await Warden.Storage.Tests.Infrastructure.PostgresDrop.DropDatabaseAsync(connection, name);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
