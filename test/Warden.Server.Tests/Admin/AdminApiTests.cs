using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Warden.Server.Tests.Infrastructure;

namespace Warden.Server.Tests.Admin;

public sealed class AdminApiTests : IAsyncLifetime
{
    private WardenTestServer _server = null!;

    public async Task InitializeAsync() => _server = await WardenTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    /// <summary>Endpoints anyone may call. Every other mapped endpoint must refuse a caller without credentials.</summary>
    private static readonly string[] PublicRoutes =
    [
        "/healthz", "/readyz", "/.well-known/oauth-authorization-server", "/oauth2/jwks", "/openapi/{documentName}.json",
        // RFC 9728 metadata for the MCP endpoint: public by design, it tells MCP clients where to get a token.
        "/.well-known/oauth-protected-resource", "/.well-known/oauth-protected-resource/mcp",
    ];

    [Fact]
    public async Task EveryNonPublicEndpoint_RefusesMissingAndWrongCredentials()
    {
        var routes = _server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !PublicRoutes.Contains(e.RoutePattern.RawText, StringComparer.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Path: e.RoutePattern.RawText!)))
            .ToList();
        Assert.Contains(routes, r => r.Path.StartsWith("/admin/v1/agents", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.Path.StartsWith("/oauth2/token", StringComparison.Ordinal));
        foreach (var (method, pattern) in routes)
        {
            var path = System.Text.RegularExpressions.Regex.Replace(pattern, "{[^}]+}", "x", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).TrimStart('/');
            foreach (var auth in new AuthenticationHeaderValue?[] { null, new("Bearer", "wat_wrong"), new("Basic", "eDp5") })
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT" or "PATCH" or "DELETE")
                {
                    request.Content = pattern.StartsWith("/oauth2/", StringComparison.Ordinal)
                        ? new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("token", "x")])
                        : JsonContent.Create(new { });
                }

                request.Headers.Authorization = auth;
                using var response = await _server.Http.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {pattern} with '{auth}' answered {response.StatusCode}");
                var body = await response.Content.ReadAsStringAsync();
                Assert.Matches("WRD\\d{4}", body);
            }
        }
    }

    [Fact]
    public async Task Create_ReportsEveryValidationError()
    {
        using var response = await _server.Admin.PostAsJsonAsync("admin/v1/agents", new { name = "", scopes = new[] { "bad scope\"" }, audiences = new[] { " " }, labels = new Dictionary<string, string> { ["bad key!"] = "v" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("WRD1000", body, StringComparison.Ordinal);
        foreach (var part in new[] { "'name' is required", "'owner' is required", "scope", "audience", "label" })
        {
            Assert.Contains(part, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task MalformedJson_IsAClearError()
    {
        using var response = await _server.Admin.PostAsync("admin/v1/agents", new StringContent("{\"name\": [1,2", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("malformed JSON", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAgent_Is404()
    {
        using var response = await _server.Admin.GetAsync("admin/v1/agents/agt_missing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("WRD1001", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_PagesWithCursor_AndFiltersByStatus()
    {
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await _server.CreateAgentAsync()).Id);
        }

        (await _server.Admin.PostAsync($"admin/v1/agents/{ids[0]}/suspend", null)).EnsureSuccessStatusCode();
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = JsonDocument.Parse(await _server.Admin.GetStringAsync($"admin/v1/agents?limit=2{(after is null ? "" : "&after=" + after)}")).RootElement;
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()!));
            after = page.TryGetProperty("next", out var n) ? n.GetString() : null;
        }
        while (after is not null);
        Assert.Equal(ids.Order(StringComparer.Ordinal), seen);
        var suspended = JsonDocument.Parse(await _server.Admin.GetStringAsync("admin/v1/agents?status=suspended")).RootElement.GetProperty("items");
        Assert.Equal(ids[0], Assert.Single(suspended.EnumerateArray()).GetProperty("id").GetString());
        using var bad = await _server.Admin.GetAsync("admin/v1/agents?status=sleeping");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheAdminApi()
    {
        var doc = await _server.Http.GetStringAsync("openapi/v1.json");
        Assert.Contains("/admin/v1/agents", doc, StringComparison.Ordinal);
        Assert.Contains("/admin/v1/agents/{id}/suspend", doc, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_And_Readiness()
    {
        Assert.Contains("alive", await _server.Http.GetStringAsync("healthz"), StringComparison.Ordinal);
        var ready = await _server.Http.GetStringAsync("readyz");
        Assert.Contains("\"status\":\"ready\"", ready, StringComparison.Ordinal);
        Assert.Contains("loaded", ready, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataDirectory_HoldsAdminTokenAndKek_OwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var file in new[] { "admin.token", "kek.key", "warden.db" })
        {
            var mode = File.GetUnixFileMode(Path.Combine(_server.DataDir, file));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        }

        await Task.CompletedTask;
    }
}
