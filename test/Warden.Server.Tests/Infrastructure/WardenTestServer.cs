using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Warden.Server.Configuration;
using Warden.Server.Hosting;

namespace Warden.Server.Tests.Infrastructure;

/// <summary>A real Warden server on 127.0.0.1 with its own SQLite data directory.</summary>
public sealed class WardenTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WardenTestServer(WebApplication app, string baseUrl, string dataDir, ManualTimeProvider clock, CapturingLoggerProvider logs)
    {
        _app = app;
        BaseUrl = baseUrl;
        DataDir = dataDir;
        Clock = clock;
        Logs = logs;
        AdminToken = File.ReadAllText(Path.Combine(dataDir, "admin.token")).Trim();
        Http = new HttpClient { BaseAddress = new Uri(baseUrl + "/") };
        Admin = new HttpClient { BaseAddress = new Uri(baseUrl + "/") };
        Admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
    }

    public string BaseUrl { get; }

    public string DataDir { get; }

    public ManualTimeProvider Clock { get; }

    public CapturingLoggerProvider Logs { get; }

    public string AdminToken { get; }

    public HttpClient Http { get; }

    public HttpClient Admin { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<WardenTestServer> StartAsync(Func<WardenConfig, WardenConfig>? configure = null, string? dataDir = null, Action<IServiceCollection>? configureServices = null)
    {
        var port = LoopbackPort.Free();
        var url = $"http://127.0.0.1:{port}";
        dataDir ??= Path.Combine(Path.GetTempPath(), "warden-test-" + Guid.NewGuid().ToString("N"));
        var config = new WardenConfig { Urls = [url], DataDirectory = dataDir };
        config = configure?.Invoke(config) ?? config;
        var clock = new ManualTimeProvider();
        var logs = new CapturingLoggerProvider();
        var app = WardenHost.Build(config, b =>
        {
            b.Services.AddSingleton<TimeProvider>(clock);
            configureServices?.Invoke(b.Services);
            b.Logging.AddProvider(logs);
            b.Logging.SetMinimumLevel(LogLevel.Debug);
        });
        await WardenHost.InitializeAsync(app, CancellationToken.None);
        await app.StartAsync();
        return new WardenTestServer(app, config.EffectiveIssuer, dataDir, clock, logs);
    }

    public async Task<CreatedAgent> CreateAgentAsync(string owner = "alice@example.com", string[]? scopes = null, string[]? audiences = null, Dictionary<string, string>? labels = null, string? jwk = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["name"] = "agent-" + Guid.NewGuid().ToString("N")[..6],
            ["owner"] = owner,
            ["scopes"] = scopes ?? ["read", "write"],
            ["audiences"] = audiences ?? ["https://api.example.com"],
            ["labels"] = labels ?? new Dictionary<string, string>(),
            ["publicJwk"] = jwk,
        };
        var response = await Admin.PostAsJsonAsync("admin/v1/agents", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        using var doc = JsonDocument.Parse(text);
        var secret = doc.RootElement.TryGetProperty("clientSecret", out var s) ? s.GetString() : null;
        return new CreatedAgent(doc.RootElement.GetProperty("id").GetString()!, secret);
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> form, AuthenticationHeaderValue? auth = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = auth;
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public Task<(HttpStatusCode Status, JsonElement Body)> ClientCredentialsAsync(CreatedAgent agent, string? scope = null, string? resource = null)
    {
        var form = new List<KeyValuePair<string, string>> { new("grant_type", "client_credentials") };
        if (scope is not null)
        {
            form.Add(new("scope", scope));
        }

        if (resource is not null)
        {
            form.Add(new("resource", resource));
        }

        return PostFormAsync("oauth2/token", form, Basic(agent));
    }

    public async Task<string> TokenAsync(CreatedAgent agent, string? scope = null)
    {
        var (status, body) = await ClientCredentialsAsync(agent, scope);
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }

    public async Task<JsonElement> IntrospectAsync(string token)
    {
        var (status, body) = await PostFormAsync("oauth2/introspect", [new("token", token)], new AuthenticationHeaderValue("Bearer", AdminToken));
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    public static AuthenticationHeaderValue Basic(CreatedAgent agent) =>
        new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(agent.Id)}:{Uri.EscapeDataString(agent.Secret!)}")));

    /// <summary>Keep the data directory on dispose (to start another server on it: a restart, or a second node).</summary>
    public bool KeepDataOnDispose { get; set; }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Admin.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (KeepDataOnDispose)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file briefly; the temp directory is harmless.
        }
    }

}

public sealed record CreatedAgent(string Id, string? Secret);
