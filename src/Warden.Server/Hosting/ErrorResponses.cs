using Microsoft.AspNetCore.Mvc;
using Warden.Core.Errors;

namespace Warden.Server.Hosting;

/// <summary>Error bodies per area: RFC 6749 JSON on OAuth endpoints, ProblemDetails elsewhere.</summary>
internal static class ErrorResponses
{
    public static bool IsOAuthPath(PathString path) => path.StartsWithSegments("/oauth2", StringComparison.Ordinal);

    public static Task WriteAsync(HttpContext context, WardenError error)
    {
        context.Response.Clear();
        context.Response.StatusCode = error.Status;
        context.Response.Headers.CacheControl = "no-store";
        if (IsOAuthPath(context.Request.Path))
        {
            if (error.Status == StatusCodes.Status401Unauthorized && string.Equals(error.OAuthError, "invalid_client", StringComparison.Ordinal))
            {
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"warden\"";
            }

            return context.Response.WriteAsJsonAsync(new OAuthError(error.OAuthError, error.Describe()));
        }

        if (error.Status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = $"Bearer error=\"{error.OAuthError}\"";
        }

        return context.Response.WriteAsJsonAsync(Problem(error), options: null, contentType: "application/problem+json");
    }

    public static IResult Result(WardenError error) =>
        TypedResults.Problem(Problem(error));

    public static ProblemDetails Problem(WardenError error) => new()
    {
        Status = error.Status,
        Title = error.Id,
        Detail = error.Message,
        Type = "urn:warden:error:" + error.Id,
        Extensions = { ["errorId"] = error.Id },
    };
}

/// <summary>RFC 6749 section 5.2 error body.</summary>
internal sealed record OAuthError(
    [property: System.Text.Json.Serialization.JsonPropertyName("error")] string Error,
    [property: System.Text.Json.Serialization.JsonPropertyName("error_description")] string ErrorDescription);
