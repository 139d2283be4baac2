using Warden.Core.Errors;

namespace Warden.Server.Hosting;

/// <summary>
/// The last line of defence: an unhandled exception becomes a clear WRD error, never a stack trace;
/// an oversized body becomes 413 with WRD1011.
/// </summary>
internal sealed partial class ErrorBoundaryMiddleware(RequestDelegate next, ILogger<ErrorBoundaryMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            var error = ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? Errors.BodyTooLarge(context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? 0)
                : Errors.InvalidRequest("the request could not be read");
            await ErrorResponses.WriteAsync(context, error);
        }
        catch (WardenException ex) when (!context.Response.HasStarted)
        {
            await ErrorResponses.WriteAsync(context, ex.Error);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            LogUnhandled(ex, context.Request.Path);
            await ErrorResponses.WriteAsync(context, Errors.Internal());
        }
    }

    [LoggerMessage(EventId = 9000, Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private partial void LogUnhandled(Exception exception, string path);
}
