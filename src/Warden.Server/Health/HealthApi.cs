using Warden.Audit;
using Warden.Core.Tokens;
using Warden.Storage;

namespace Warden.Server.Health;

/// <summary>Liveness and readiness.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "alive" })).WithName("Healthz").WithSummary("The process is alive").WithTags("Health");
        app.MapGet("/readyz", async (IWardenStorage storage, SigningKeyRing keys, AuditHealth audit, CancellationToken ct) =>
        {
            var db = await storage.CheckAsync(ct);
            var ready = db.Reachable && db.Error is null && keys.IsLoaded && audit.Writable;
            var body = new
            {
                status = ready ? "ready" : "not_ready",
                database = new { db.Provider, db.Database, db.Reachable, db.SchemaVersion, db.ExpectedSchemaVersion, db.Error },
                signingKeys = keys.IsLoaded ? "loaded" : "not_loaded",
                audit = new { writable = audit.Writable, error = audit.Writable ? null : audit.LastError, audit.LastFailureAt },
            };
            return ready ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        }).WithName("Readyz").WithSummary("Database reachable and signing keys loaded").WithTags("Health");
        return app;
    }
}
