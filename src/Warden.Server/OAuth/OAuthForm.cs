using Microsoft.AspNetCore.Http.Features;
using Warden.Core.Errors;
using Warden.Core.Tokens;
using Warden.Server.Configuration;

namespace Warden.Server.OAuth;

/// <summary>Reads OAuth form bodies strictly: right content type, bounded size, no repeated parameters.</summary>
internal static class OAuthForm
{
    private static readonly string[] Repeatable = ["resource", "audience"];

    public static async Task<IFormCollection> ReadAsync(HttpContext context, LimitsConfig limits)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            throw new WardenException(Errors.InvalidRequest("use POST"));
        }

        if (!request.HasFormContentType || !(request.ContentType ?? "").StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            throw new WardenException(Errors.InvalidRequest("the body must be application/x-www-form-urlencoded"));
        }

        if (request.ContentLength > limits.MaxFormBytes)
        {
            throw new WardenException(Errors.BodyTooLarge(limits.MaxFormBytes));
        }

        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = limits.MaxFormBytes;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions
            {
                ValueCountLimit = 64,
                KeyLengthLimit = 128,
                ValueLengthLimit = limits.MaxFormBytes,
                BufferBody = false,
            }, context.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new WardenException(Errors.BodyTooLarge(limits.MaxFormBytes), ex);
        }
        catch (InvalidDataException ex)
        {
            throw new WardenException(Errors.InvalidRequest("the form body is malformed or exceeds the form limits"), ex);
        }

        foreach (var (key, values) in form)
        {
            if (values.Count > 1 && !Repeatable.Contains(key, StringComparer.Ordinal))
            {
                throw new WardenException(Errors.InvalidRequest($"parameter '{key}' is repeated (RFC 6749 section 3.2)"));
            }
        }

        return form;
    }

    public static string? Value(this IFormCollection form, string key) =>
        form.TryGetValue(key, out var v) && v.Count > 0 && !string.IsNullOrEmpty(v[0]) ? v[0] : null;

    public static ClientAuthentication ClientAuthentication(HttpRequest request, IFormCollection form) => new()
    {
        AuthorizationHeader = request.Headers.Authorization.Count > 0 && request.Headers.Authorization[0]!.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)
            ? request.Headers.Authorization[0]
            : null,
        ClientId = form.Value("client_id"),
        ClientSecret = form.Value("client_secret"),
        ClientAssertionType = form.Value("client_assertion_type"),
        ClientAssertion = form.Value("client_assertion"),
    };
}
