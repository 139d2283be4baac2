using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Warden.Core.Audit;
using Warden.Server.Configuration;
using Warden.Server.Hosting;
using Warden.Server.Tests.Infrastructure;

namespace Warden.Server.Tests.Gateway;

/// <summary>Records every audit event; can be told to fail so tests prove the gateway fails closed.</summary>
public sealed class CapturingAuditSink : IAuditSink
{
    public ConcurrentQueue<AuditEvent> Events { get; } = new();

    public bool Fail { get; set; }

    /// <summary>Fails only the events this selects.</summary>
    public Func<AuditEvent, bool>? FailWhen { get; set; }

    public ValueTask RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        if (Fail || FailWhen?.Invoke(auditEvent) == true)
        {
            throw new IOException("audit store offline");
        }

        Events.Enqueue(auditEvent);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Waits (up to 10 s) for an event: a successful call's outcome event is written after the answer is delivered,
    /// so a test that reads it right after the response must wait for it.
    /// </summary>
    public async Task<AuditEvent> WaitForAsync(Func<AuditEvent, bool> predicate)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var found = Events.FirstOrDefault(predicate);
            if (found is not null)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The expected audit event was not recorded within 10 s.");
            }

            await Task.Delay(10);
        }
    }
}

/// <summary>A fake model upstream and a real Warden in front of it, with a policy file, a provider key file and budgets.</summary>
public sealed class GatewayTestHost : IAsyncDisposable
{
    public const string Policy = """
        rules:
          - id: research-models
            effect: allow
            when:
              action: [llm.chat, llm.embed]
              resource: { kind: model, name: ["fake-*"] }
              principal: { labels: { team: research } }
          - id: no-secret-model
            effect: deny
            reason: the secret model is reserved
            when:
              resource: { name: fake-secret }
          - id: capped-model
            effect: allow
            when:
              action: llm.chat
              resource: { name: fake-capped }
              principal: { labels: { team: research } }
            obligations:
              max_tokens: 50
              rate_limit: { requests_per_minute: 2, key: agent }
        """;

    private readonly WebApplication _app;

    private GatewayTestHost(WebApplication app, FakeUpstream upstream, string baseUrl, string dir, CapturingAuditSink audit, ManualTimeProvider clock)
    {
        _app = app;
        Upstream = upstream;
        BaseUrl = baseUrl;
        Directory = dir;
        Audit = audit;
        Clock = clock;
        AdminToken = File.ReadAllText(Path.Combine(dir, "data", "admin.token")).Trim();
        Admin = new HttpClient { BaseAddress = new Uri(baseUrl + "/") };
        Admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        Http = new HttpClient { BaseAddress = new Uri(baseUrl + "/") };
    }

    public FakeUpstream Upstream { get; }

    public string BaseUrl { get; }

    public string Audience => BaseUrl + "/v1";

    public string Directory { get; }

    public string PolicyFile => Path.Combine(Directory, "policy.yaml");

    public CapturingAuditSink Audit { get; }

    public ManualTimeProvider Clock { get; }

    public string AdminToken { get; }

    public HttpClient Admin { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<GatewayTestHost> StartAsync(string? policy = Policy, Func<GatewayConfig, GatewayConfig>? configure = null, Func<WardenConfig, WardenConfig>? configureWarden = null, Action<IServiceCollection>? configureServices = null)
    {
        var upstream = await FakeUpstream.StartAsync();
        var dir = Path.Combine(Path.GetTempPath(), "warden-gw-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(dir);
        var keyFile = Path.Combine(dir, "provider.key");
        await File.WriteAllTextAsync(keyFile, FakeUpstream.ApiKey + "\n");
        string[] files = [];
        if (policy is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(dir, "policy.yaml"), policy);
            files = [Path.Combine(dir, "policy.yaml")];
        }

        var url = $"http://127.0.0.1:{LoopbackPort.Free()}";
        var gateway = new GatewayConfig
        {
            PolicyFiles = files,
            Providers =
            [
                new ProviderConfig
                {
                    Name = "fake", BaseUrl = new Uri(upstream.BaseUrl + "/"), ApiKeyFile = keyFile,
                    Models = ["fake-chat", "fake-embed", "fake-secret", "fake-capped", "fake-garbage", "fake-500", "fake-close", "fake-slow"],
                    Aliases = new Dictionary<string, string>(StringComparer.Ordinal) { ["fast"] = "fake-chat" },
                },
                new ProviderConfig { Name = "fake-slowpoke", BaseUrl = new Uri(upstream.BaseUrl + "/"), ApiKeyFile = keyFile, Timeout = TimeSpan.FromSeconds(1), Models = ["fake-hang"] },
            ],
            MaxRequestBytes = 64 * 1024,
            Budgets =
            [
                new BudgetConfig { Agents = ["label:tier=limited"], RequestsPerMinute = 2 },
                new BudgetConfig { Agents = ["label:tier=tokens"], TokensPerMinute = 20 },
            ],
        };
        gateway = configure?.Invoke(gateway) ?? gateway;
        var config = new WardenConfig { Urls = [url], DataDirectory = Path.Combine(dir, "data"), Gateway = gateway };
        config = configureWarden?.Invoke(config) ?? config;
        var audit = new CapturingAuditSink();
        var clock = new ManualTimeProvider();
        var app = WardenHost.Build(config, b =>
        {
            b.Services.AddSingleton<TimeProvider>(clock);
            b.Services.AddSingleton<IAuditSink>(audit);
            configureServices?.Invoke(b.Services);
            b.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        try
        {
            await WardenHost.InitializeAsync(app, CancellationToken.None);
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            await upstream.DisposeAsync();
            throw;
        }

        return new GatewayTestHost(app, upstream, url, dir, audit, clock);
    }

    /// <summary>Creates an agent allowed to address the gateway and returns its id and a gateway token.</summary>
    public async Task<(string AgentId, string Token)> AgentTokenAsync(Dictionary<string, string>? labels = null, string owner = "alice@example.com")
    {
        using var created = await Admin.PostAsJsonAsync("admin/v1/agents", new
        {
            name = "gw-" + Guid.NewGuid().ToString("N")[..6],
            owner,
            scopes = new[] { "llm" },
            audiences = new[] { Audience },
            labels = labels ?? new Dictionary<string, string> { ["team"] = "research" },
        });
        var text = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, text);
        using var doc = JsonDocument.Parse(text);
        var id = doc.RootElement.GetProperty("id").GetString()!;
        var secret = doc.RootElement.GetProperty("clientSecret").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth2/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("resource", Audience)]),
        };
        request.Headers.Authorization = WardenTestServer.Basic(new CreatedAgent(id, secret));
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        using var token = JsonDocument.Parse(body);
        return (id, token.RootElement.GetProperty("access_token").GetString()!);
    }

    /// <summary>Posts a JSON body to a gateway endpoint with a bearer token.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, string token, string json, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Upstream.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file briefly; temp data is harmless.
        }
    }
}
