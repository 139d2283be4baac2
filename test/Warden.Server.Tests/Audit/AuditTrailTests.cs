using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Warden.Audit;
using Warden.Audit.Chain;
using Warden.Server.Configuration;
using Warden.Server.Tests.Infrastructure;

namespace Warden.Server.Tests.Audit;

public sealed class AuditTrailTests
{
    [Fact]
    public async Task TokenAndAdminCalls_AreRecorded_AndTheChainVerifies()
    {
        await using var server = await WardenTestServer.StartAsync();
        var agent = await server.CreateAgentAsync();
        await server.TokenAsync(agent);
        var (denied, _) = await server.PostFormAsync("oauth2/token", [new("grant_type", "client_credentials")], WardenTestServer.Basic(agent with { Secret = "wrong" }));
        Assert.Equal(HttpStatusCode.Unauthorized, denied);
        Assert.Equal(HttpStatusCode.OK, (await server.Admin.PostAsync($"admin/v1/agents/{agent.Id}/suspend", null)).StatusCode);

        var page = JsonDocument.Parse(await server.Admin.GetStringAsync("admin/v1/audit?limit=50")).RootElement;
        var types = page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event").GetProperty("type").GetString()).ToList();
        Assert.Equal(["agent.suspended", "token.denied", "token.issued", "agent.created"], types);
        var created = page.GetProperty("events")[3].GetProperty("event");
        Assert.Equal("bootstrap", created.GetProperty("actor").GetProperty("admin").GetString());
        Assert.Equal("***", created.GetProperty("details").GetProperty("clientSecret").GetString());
        Assert.DoesNotContain(agent.Secret!, page.ToString(), StringComparison.Ordinal);
        var issued = page.GetProperty("events")[2].GetProperty("event");
        Assert.Equal(agent.Id, issued.GetProperty("actor").GetProperty("agent").GetString());
        Assert.Equal("127.0.0.1", issued.GetProperty("clientAddress").GetString());
        Assert.True(issued.TryGetProperty("requestId", out _));

        var filtered = JsonDocument.Parse(await server.Admin.GetStringAsync($"admin/v1/audit?type=token.*&outcome=deny&q=AUTHENTICATION")).RootElement;
        Assert.Single(filtered.GetProperty("events").EnumerateArray());
        var paged = JsonDocument.Parse(await server.Admin.GetStringAsync("admin/v1/audit?limit=3")).RootElement;
        var next = paged.GetProperty("next").GetString();
        var rest = JsonDocument.Parse(await server.Admin.GetStringAsync($"admin/v1/audit?limit=3&cursor={next}")).RootElement;
        Assert.Single(rest.GetProperty("events").EnumerateArray());

        await server.Services.GetRequiredService<Server.Audit.CheckpointService>().CheckpointAsync(CancellationToken.None);
        var verify = JsonDocument.Parse(await server.Admin.GetStringAsync("admin/v1/audit/verify")).RootElement;
        Assert.True(verify.GetProperty("valid").GetBoolean(), verify.ToString());
        Assert.Equal(1, verify.GetProperty("checkpointsChecked").GetInt32());
    }

    [Fact]
    public async Task FailedAuditStore_RefusesRequests_AndReadyzShowsWhy()
    {
        var failing = new FailingStore();
        await using var server = await WardenTestServer.StartAsync(configureServices: s => s.AddSingleton<IAuditStore>(sp => failing.Wrap(sp)));
        var agent = await server.CreateAgentAsync();
        failing.Fail = true;

        var (status, body) = await server.ClientCredentialsAsync(agent);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("WRD6101", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        var ready = await server.Http.GetAsync("readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("disk full", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        failing.Fail = false;
        await server.TokenAsync(agent);
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync("readyz")).StatusCode);
    }

    [Fact]
    public async Task SyslogReceiverDown_EventsAreDeliveredWhenItComesUp()
    {
        var port = LoopbackPort.Free();
        await using var server = await WardenTestServer.StartAsync(c => c with { Audit = c.Audit with { Syslog = new SyslogConfig { Host = "127.0.0.1", Port = port, Protocol = "tcp" } } });
        await server.CreateAgentAsync();
        await server.CreateAgentAsync();

        // Only now does the SIEM come up; nothing was lost while it was down.
        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        using var client = await listener.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(20));
        var received = new StringBuilder();
        var buffer = new byte[8192];
        var stream = client.GetStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (CountOf(received.ToString(), "agent.created") < 2)
        {
            var n = await stream.ReadAsync(buffer, timeout.Token);
            received.Append(Encoding.UTF8.GetString(buffer, 0, n));
        }

        Assert.Matches(@"^\d+ <110>1 ", received.ToString());
    }

    [Fact]
    public async Task Webhook_PostsSignedEvents_ForChosenTypes()
    {
        Environment.SetEnvironmentVariable("WARDEN_TEST_HOOK_SECRET", "hook-secret");
        var port = LoopbackPort.Free();
        using var http = new HttpListener();
        http.Prefixes.Add($"http://127.0.0.1:{port}/hook/");
        http.Start();
        await using var server = await WardenTestServer.StartAsync(c => c with
        {
            Audit = c.Audit with { Webhooks = [new WebhookConfig { Url = new Uri($"http://127.0.0.1:{port}/hook/"), SecretEnv = "WARDEN_TEST_HOOK_SECRET", Events = ["token.*"] }] },
        });
        var agent = await server.CreateAgentAsync();
        await server.TokenAsync(agent);

        var context = await http.GetContextAsync().WaitAsync(TimeSpan.FromSeconds(20));
        using var reader = new StreamReader(context.Request.InputStream);
        var body = await reader.ReadToEndAsync();
        var signature = context.Request.Headers[Warden.Audit.Export.WebhookExporter.SignatureHeader]!;
        context.Response.StatusCode = 204;
        context.Response.Close();
        Assert.True(Warden.Audit.Export.WebhookExporter.Verify(Encoding.UTF8.GetBytes("hook-secret"), signature, body));
        Assert.Equal("token.issued", JsonDocument.Parse(body).RootElement.GetProperty("event").GetProperty("type").GetString());
    }

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;


    /// <summary>Stands in for a full disk or read-only database behind the audit store.</summary>
    private sealed class FailingStore
    {
        public volatile bool Fail;

        public IAuditStore Wrap(IServiceProvider services) =>
            new Store(this, (IAuditStore)ActivatorUtilities.CreateInstance(services, typeof(Warden.Storage.Audit.AuditStorageServiceCollectionExtensions).Assembly.GetType("Warden.Storage.Audit.EfAuditStore")!));

        private sealed class Store(FailingStore owner, IAuditStore inner) : IAuditStore
        {
            public Task<IReadOnlyList<AuditRecord>> AppendAsync(IReadOnlyList<AuditBody> bodies, CancellationToken cancellationToken) =>
                owner.Fail ? throw new IOException("disk full") : inner.AppendAsync(bodies, cancellationToken);

            public Task<ChainAnchor> GetHeadAsync(CancellationToken cancellationToken) => inner.GetHeadAsync(cancellationToken);

            public Task<ChainAnchor> GetAnchorAsync(CancellationToken cancellationToken) => inner.GetAnchorAsync(cancellationToken);

            public Task<IReadOnlyList<AuditRecord>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken) => inner.ReadAsync(afterSequence, limit, cancellationToken);

            public Task<IReadOnlyList<AuditRecord>> SearchAsync(AuditQuery query, CancellationToken cancellationToken) => inner.SearchAsync(query, cancellationToken);

            public Task AddCheckpointAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken) => inner.AddCheckpointAsync(checkpoint, cancellationToken);

            public Task<IReadOnlyList<AuditCheckpoint>> GetCheckpointsAsync(long afterSequence, CancellationToken cancellationToken) => inner.GetCheckpointsAsync(afterSequence, cancellationToken);

            public Task<int> PruneAsync(long throughSequence, CancellationToken cancellationToken) => inner.PruneAsync(throughSequence, cancellationToken);

            public Task<long> GetCursorAsync(string name, CancellationToken cancellationToken) => inner.GetCursorAsync(name, cancellationToken);

            public Task SetCursorAsync(string name, long sequence, CancellationToken cancellationToken) => inner.SetCursorAsync(name, sequence, cancellationToken);
        }
    }
}
