using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Warden.Server.Hosting;

namespace Warden.Cli.Commands;

/// <summary>An HTTP client for the admin API that turns every failure into a readable message.</summary>
internal sealed class AdminClient : IDisposable
{
    public static readonly JsonSerializerOptions Json = WardenHost.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
    private readonly HttpClient _http;

    public AdminClient(string server, string token)
    {
        _http = new HttpClient { BaseAddress = new Uri(server.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public string Server => _http.BaseAddress!.ToString().TrimEnd('/');

    public Task<T> GetAsync<T>(string path, CancellationToken ct) => SendAsync<T>(new HttpRequestMessage(HttpMethod.Get, path), ct);

    public Task<T> PostAsync<T>(string path, object? body, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (body is not null)
        {
            request.Content = body is string raw
                ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json")
                : JsonContent.Create(body, body.GetType(), options: Json);
        }

        return SendAsync<T>(request, ct);
    }

    public Task<JsonElement> DeleteAsync(string path, CancellationToken ct) => SendAsync<JsonElement>(new HttpRequestMessage(HttpMethod.Delete, path), ct);

    private async Task<T> SendAsync<T>(HttpRequestMessage request, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, ct);
        }
        catch (HttpRequestException ex)
        {
            throw new CliException($"cannot reach Warden at {Server} ({ex.Message}). Is 'warden serve' running? Use --server to point elsewhere.");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new CliException($"Warden at {Server} did not answer within 30 seconds.");
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new CliException(DescribeError(response.StatusCode, text));
            }

            if (typeof(T) == typeof(JsonElement) && text.Length == 0)
            {
                return (T)(object)default(JsonElement);
            }

            return JsonSerializer.Deserialize<T>(text, Json) ?? throw new CliException("Warden returned an empty answer.");
        }
    }

    private static string DescribeError(HttpStatusCode status, string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.TryGetProperty("title", out var title) && root.TryGetProperty("detail", out var detail))
            {
                return $"{title.GetString()}: {detail.GetString()}";
            }

            if (root.TryGetProperty("error_description", out var desc))
            {
                return desc.GetString() ?? status.ToString();
            }
        }
        catch (JsonException)
        {
            // Not a Warden error body; fall through to the status line.
        }

        return $"Warden answered {(int)status} {status}.";
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>A failure to show the user as one line, exit code 1.</summary>
internal sealed class CliException(string message) : Exception(message);
