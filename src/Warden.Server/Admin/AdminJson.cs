using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Warden.Core.Errors;

namespace Warden.Server.Admin;

/// <summary>Reads admin JSON bodies with clear errors instead of framework binding failures.</summary>
internal static class AdminJson
{
    public static async Task<T> ReadAsync<T>(HttpContext context)
    {
        if (!context.Request.HasJsonContentType())
        {
            throw new WardenException(Errors.InvalidRequest("the body must be application/json"));
        }

        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, options, context.RequestAborted);
            return value ?? throw new WardenException(Errors.InvalidRequest("the body is empty or null"));
        }
        catch (JsonException ex)
        {
            var where = ex.Path is null ? "" : $" at {ex.Path}";
            throw new WardenException(Errors.InvalidRequest($"malformed JSON{where}: check types and syntax"), ex);
        }
    }
}
