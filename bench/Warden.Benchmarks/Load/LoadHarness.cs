using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Warden.Core.Tokens;
using Warden.Server.Configuration;
using Warden.Server.Hosting;

namespace Warden.Benchmarks.Load;

/// <summary>
/// Bounded loopback load against a real Warden server started in this process:
/// <c>dotnet run -c Release --project bench/Warden.Benchmarks -- load [token|gateway|mcp|audit|guards] [--requests N] [--concurrency C] [--seconds S] [--rate R] [--guards] [--postgres] [--null-audit] [--upstream-ms MS] [--sqlite-normal] [--warmup N]</c>.
/// </summary>
internal static class LoadHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var requests = IntArg(args, "--requests", 3000);
        var concurrency = IntArg(args, "--concurrency", 8);
        var seconds = IntArg(args, "--seconds", 30);
        var scenario = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)) ?? "token";
        Console.WriteLine($"Scenario '{scenario}': up to {requests} requests, {concurrency} concurrent, at most {seconds}s each, on {Environment.ProcessorCount} cores.");
        return scenario switch
        {
            "token" => await TokenAsync(requests, concurrency, TimeSpan.FromSeconds(seconds)),
            "gateway" => await GatewayLoad.RunAsync(requests, concurrency, TimeSpan.FromSeconds(seconds), IntArg(args, "--rate", 1000), args.Contains("--guards"), args.Contains("--null-audit"), IntArg(args, "--upstream-ms", 0), args.Contains("--sqlite-normal"), IntArg(args, "--warmup", 10_000)),
            "mcp" => await McpLoad.RunAsync(requests, concurrency, TimeSpan.FromSeconds(seconds), IntArg(args, "--rate", 500), !args.Contains("--no-guards"), args.Contains("--null-audit")),
            "guards" => Guards.GuardLatency.Run(IntArg(args, "--requests", 5_000)),
            "audit" => await Audit.AuditLoad.RunAsync(requests, concurrency, TimeSpan.FromSeconds(seconds), IntArg(args, "--rate", 1000), args.Contains("--postgres")),
            _ => Usage(scenario),
        };
    }

    private static int Usage(string scenario)
    {
        Console.Error.WriteLine($"unknown scenario '{scenario}'; known: token, gateway, mcp, audit, guards");
        return 2;
    }

    private static async Task<int> TokenAsync(int requests, int concurrency, TimeSpan duration)
    {
        using var rsa = RSA.Create(2048);
        var idpKey = new RsaSecurityKey(rsa) { KeyId = "bench-idp" };
        var pub = rsa.ExportParameters(false);
        var jwks = $"{{\"keys\":[{{\"kty\":\"RSA\",\"kid\":\"bench-idp\",\"alg\":\"RS256\",\"n\":\"{Base64UrlEncoder.Encode(pub.Modulus)}\",\"e\":\"{Base64UrlEncoder.Encode(pub.Exponent)}\"}}]}}";
        await using var server = await BenchServer.StartAsync(c => c with
        {
            IdentityProviders = [new TrustedIdentityProvider { Name = "corp", Issuer = "https://idp.bench", Audience = "warden", JwksJson = jwks, SubjectClaim = "email" }],
        });
        var (id, secret) = await server.CreateAgentAsync();
        var human = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://idp.bench",
            Audience = "warden",
            Claims = new Dictionary<string, object> { ["email"] = "alice@example.com" },
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(idpKey, SecurityAlgorithms.RsaSha256),
        });
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(server.BaseUrl + "/") };
        var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id}:{secret}")));

        async Task<bool> Post(IEnumerable<KeyValuePair<string, string>> form)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "oauth2/token") { Content = new FormUrlEncodedContent(form), Headers = { Authorization = basic } };
            using var response = await http.SendAsync(request);
            return response.StatusCode == HttpStatusCode.OK;
        }

        KeyValuePair<string, string>[] cc = [new("grant_type", "client_credentials")];
        KeyValuePair<string, string>[] exchange =
        [
            new("grant_type", TokenRequest.TokenExchange), new("subject_token", human),
            new("subject_token_type", TokenRequest.JwtTokenType), new("resource", "https://api.example.com"),
        ];

        // Warm-up: JIT, connection pool, and the verified-secret cache.
        await LatencyRecorder.RunAsync("warm-up", concurrency, 300, duration, () => Post(cc));
        await LatencyRecorder.RunAsync("warm-up", concurrency, 300, duration, () => Post(exchange));
        Console.WriteLine(await LatencyRecorder.RunAsync("POST /oauth2/token client_credentials", concurrency, requests, duration, () => Post(cc)));
        Console.WriteLine(await LatencyRecorder.RunAsync("POST /oauth2/token token-exchange", concurrency, requests, duration, () => Post(exchange)));
        return 0;
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }
}

/// <summary>A Warden server on a free loopback port with a throw-away SQLite data directory.</summary>
internal sealed class BenchServer : IAsyncDisposable
{
    private readonly Microsoft.AspNetCore.Builder.WebApplication _app;
    private readonly string _dataDir;

    private BenchServer(Microsoft.AspNetCore.Builder.WebApplication app, string baseUrl, string dataDir)
    {
        _app = app;
        BaseUrl = baseUrl;
        _dataDir = dataDir;
        AdminToken = File.ReadAllText(Path.Combine(dataDir, "admin.token")).Trim();
    }

    public string BaseUrl { get; }

    public string AdminToken { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<BenchServer> StartAsync(Func<WardenConfig, WardenConfig>? configure = null, Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? services = null)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var dataDir = Path.Combine(Path.GetTempPath(), "warden-bench-" + Guid.NewGuid().ToString("N"));
        var config = new WardenConfig { Urls = [$"http://127.0.0.1:{port}"], DataDirectory = dataDir };
        config = configure?.Invoke(config) ?? config;
        var app = WardenHost.Build(config, b =>
        {
            b.Logging.SetMinimumLevel(LogLevel.Warning);
            services?.Invoke(b);
        });
        await WardenHost.InitializeAsync(app, CancellationToken.None);
        await app.StartAsync();
        return new BenchServer(app, config.EffectiveIssuer, dataDir);
    }

    public async Task<(string Id, string Secret)> CreateAgentAsync(string[]? scopes = null, string[]? audiences = null, Dictionary<string, string>? labels = null)
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl + "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        using var response = await http.PostAsJsonAsync("admin/v1/agents", new
        {
            name = "bench",
            owner = "alice@example.com",
            scopes = scopes ?? ["read", "write"],
            audiences = audiences ?? ["https://api.example.com"],
            labels = labels ?? [],
        });
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (doc.RootElement.GetProperty("id").GetString()!, doc.RootElement.GetProperty("clientSecret").GetString()!);
    }

    /// <summary>Creates an agent that may address <paramref name="audience"/> and returns a client-credentials token for it.</summary>
    public async Task<string> GatewayTokenAsync(string audience, Dictionary<string, string> labels)
    {
        var (id, secret) = await CreateAgentAsync(audiences: [audience], labels: labels);
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl + "/") };
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth2/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("resource", audience)]),
            Headers = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id}:{secret}"))) },
        };
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("access_token").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // Temp data; leaving it is harmless.
        }
    }
}
