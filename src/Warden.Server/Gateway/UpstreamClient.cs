using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Warden.Server.Gateway;

/// <summary>
/// Stage 4: sends the body to the provider with Warden's provider key (never the caller's token) and turns transport
/// failures and upstream errors into gateway errors that leak neither the key nor internal addresses.
/// </summary>
internal static partial class UpstreamClient
{
    private const int MaxErrorBodyBytes = 64 * 1024;
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public static async Task<HttpResponseMessage> SendAsync(ResolvedModel model, string path, ReadOnlyMemory<byte> body, CancellationToken ct, CancellationToken clientAborted)
    {
        var provider = model.Provider;
        using var message = new HttpRequestMessage(HttpMethod.Post, provider.Endpoint(path))
        {
            Content = new ReadOnlyMemoryContent(body) { Headers = { ContentType = Json } },
            Version = System.Net.HttpVersion.Version11,
        };
        if (provider.ApiKey is { } key)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        else if (provider.Config.ApiKeyEnv is not null || provider.Config.ApiKeyFile is not null)
        {
            throw new GatewayException(GatewayErrors.ProviderKeyMissing(provider.Name));
        }

        try
        {
            var response = await provider.Http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                using (response)
                {
                    throw new GatewayException(await ErrorFromAsync(provider, response, ct));
                }
            }

            return response;
        }
        catch (OperationCanceledException ex) when (!clientAborted.IsCancellationRequested)
        {
            throw new GatewayException(GatewayErrors.UpstreamTimeout(provider.Name), ex);
        }
        catch (HttpRequestException ex)
        {
            throw new GatewayException(GatewayErrors.UpstreamUnreachable(provider.Name), ex);
        }
    }

    /// <summary>Passes the upstream's own message on, scrubbed of the provider key, URLs, host names and addresses.</summary>
    internal static async Task<GatewayError> ErrorFromAsync(Provider provider, HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        string? message = null;
        try
        {
            var bytes = await ReadCappedAsync(response.Content, MaxErrorBodyBytes, ct);
            using var doc = JsonDocument.Parse(bytes);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("error", out var e))
            {
                message = e.ValueKind == JsonValueKind.String ? e.GetString()
                    : e.ValueKind == JsonValueKind.Object && e.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or IOException or HttpRequestException)
        {
            // A non-JSON error page is not passed on: it is where internal details usually hide.
        }

        return GatewayErrors.UpstreamError(status, Scrub(message ?? "no error message", provider));
    }

    internal static string Scrub(string text, Provider provider)
    {
        if (provider.ApiKey is { Length: > 0 } key)
        {
            text = text.Replace(key, "[redacted]", StringComparison.Ordinal);
        }

        text = text.Replace(provider.Config.BaseUrl.Host, "[provider]", StringComparison.OrdinalIgnoreCase);
        text = UrlPattern().Replace(text, "[url]");
        text = AddressPattern().Replace(text, "[address]");
        text = HostPortPattern().Replace(text, "[address]");
        // Long opaque tokens (keys of other shapes, session ids) are dropped too.
        text = OpaqueTokenPattern().Replace(text, "[redacted]");
        return text.Length > 500 ? text[..500] + "…" : text;
    }

    internal static async Task<byte[]> ReadCappedAsync(HttpContent content, int max, CancellationToken ct)
    {
        if (content.Headers.ContentLength > max)
        {
            throw new InvalidDataException("upstream body too large");
        }

        await using var stream = await content.ReadAsStreamAsync(ct);
        if (content.Headers.ContentLength is { } length and > 0)
        {
            // The usual case: one exact allocation, no copying.
            var exact = new byte[length];
            await stream.ReadExactlyAsync(exact, ct);
            if (await stream.ReadAsync(new byte[1], ct) != 0)
            {
                throw new InvalidDataException("upstream body longer than its Content-Length");
            }

            return exact;
        }

        // No length (a chunked answer): read into pooled buffers and allocate the result once, at its exact size.
        var buffer = ArrayPool<byte>.Shared.Rent(4 * 1024);
        var total = 0;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(total), ct)) > 0)
            {
                total += read;
                if (total > max)
                {
                    throw new InvalidDataException("upstream body too large");
                }

                if (total == buffer.Length)
                {
                    buffer = PooledBytes.Grow(buffer, total, (long)max + 1);
                }
            }

            return buffer.AsSpan(0, total).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [GeneratedRegex(@"[a-zA-Z][a-zA-Z0-9+.-]*://[^\s""'<>]+", RegexOptions.NonBacktracking)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"\b\d{1,3}(\.\d{1,3}){3}(:\d{1,5})?\b|\b[0-9a-fA-F]{0,4}(:[0-9a-fA-F]{0,4}){2,7}\b", RegexOptions.NonBacktracking)]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"\b[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*:\d{2,5}\b|\b[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*\.(local|internal|corp|lan|intranet|localdomain|cluster)\b", RegexOptions.NonBacktracking)]
    private static partial Regex HostPortPattern();

    [GeneratedRegex(@"\b[A-Za-z0-9_\-]{32,}\b", RegexOptions.NonBacktracking)]
    private static partial Regex OpaqueTokenPattern();
}
