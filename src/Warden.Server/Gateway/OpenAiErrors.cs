using System.Text.Json.Serialization;

namespace Warden.Server.Gateway;

/// <summary>Writes errors in OpenAI's shape, <c>{"error": {"message", "type", "param", "code"}}</c>, with the WRD id as the code.</summary>
internal static class OpenAiErrors
{
    public static Task WriteAsync(HttpContext context, GatewayError error)
    {
        var response = context.Response;
        response.Clear();
        response.StatusCode = error.Status;
        response.Headers.CacheControl = "no-store";
        if (error.Status == StatusCodes.Status401Unauthorized)
        {
            response.Headers.WWWAuthenticate = error.Id == "WRD4010" ? "Bearer realm=\"warden\"" : "Bearer realm=\"warden\", error=\"invalid_token\"";
        }

        if (error.RetryAfterSeconds is { } retry)
        {
            response.Headers.RetryAfter = retry.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return response.WriteAsJsonAsync(Body(error), GatewayJsonContext.Default.OpenAiErrorBody, contentType: "application/json", context.RequestAborted);
    }

    public static OpenAiErrorBody Body(GatewayError error) => new(new OpenAiErrorDetail($"{error.Id}: {error.Message}", error.Type, error.Param, error.Id));
}

internal sealed record OpenAiErrorBody([property: JsonPropertyName("error")] OpenAiErrorDetail Error);

internal sealed record OpenAiErrorDetail(
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("param")] string? Param,
    [property: JsonPropertyName("code")] string Code);

/// <summary>Source-generated serialisation for the gateway's own bodies (no reflection on the hot path).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(OpenAiErrorBody))]
internal sealed partial class GatewayJsonContext : JsonSerializerContext;
