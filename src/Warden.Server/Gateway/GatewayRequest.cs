using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace Warden.Server.Gateway;

/// <summary>
/// A parsed OpenAI-compatible request body, held in a pooled buffer. The original bytes are forwarded unchanged
/// when nothing needs rewriting, so most requests are parsed once and never re-serialised.
/// </summary>
internal sealed class GatewayRequest : IDisposable
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };
    private byte[]? _buffer;

    private GatewayRequest(byte[] buffer, int length, JsonDocument document)
    {
        _buffer = buffer;
        Length = length;
        Document = document;
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new GatewayException(GatewayErrors.InvalidField("the body must be a JSON object"));
        }

        Model = root.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String && m.GetString() is { Length: > 0 } name
            ? name
            : throw new GatewayException(GatewayErrors.InvalidField("'model' is required and must be a string"));
        if (root.TryGetProperty("stream", out var s))
        {
            Stream = s.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False or JsonValueKind.Null => false,
                _ => throw new GatewayException(GatewayErrors.InvalidField("'stream' must be true or false")),
            };
        }

        CallerWantsUsage = root.TryGetProperty("stream_options", out var so) && so.ValueKind == JsonValueKind.Object &&
            so.TryGetProperty("include_usage", out var iu) && iu.ValueKind == JsonValueKind.True;
    }

    public JsonDocument Document { get; }

    public JsonElement Root => Document.RootElement;

    public int Length { get; }

    public ReadOnlyMemory<byte> Body => _buffer.AsMemory(0, Length);

    public string Model { get; }

    public bool Stream { get; }

    /// <summary>Whether the caller itself asked for the final usage chunk (Warden always asks upstream).</summary>
    public bool CallerWantsUsage { get; }

    public static async Task<GatewayRequest> ReadAsync(HttpContext context, long limit)
    {
        var request = context.Request;
        var type = request.ContentType;
        if (type is null || !(type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) &&
            (type.Length == 16 || type[16] is ';' or ' ')))
        {
            throw new GatewayException(GatewayErrors.UnsupportedMediaType(type));
        }

        if (request.ContentLength > limit)
        {
            throw new GatewayException(GatewayErrors.BodyTooLarge(limit));
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            // The gateway has its own limit; Kestrel's server-wide one must not cut it short (or let more through).
            size.MaxRequestBodySize = limit + 1;
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 16 * 1024, limit) + 1);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    buffer = PooledBytes.Grow(buffer, length, limit + 1);
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), context.RequestAborted);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > limit)
                {
                    throw new GatewayException(GatewayErrors.BodyTooLarge(limit));
                }
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(buffer.AsMemory(0, length), ParseOptions);
            }
            catch (JsonException ex)
            {
                throw new GatewayException(GatewayErrors.MalformedJson($"line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}"));
            }

            try
            {
                return new GatewayRequest(buffer, length, document);
            }
            catch
            {
                document.Dispose();
                throw;
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw new GatewayException(GatewayErrors.BodyTooLarge(limit));
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        Document.Dispose();
        if (_buffer is { } b)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(b);
        }
    }
}
