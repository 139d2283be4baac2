using System.Text.Json.Serialization;

namespace Warden.Server.Gateway;

/// <summary>The OpenAI-compatible endpoints under <c>/v1</c>; callers present a Warden access token for the gateway audience.</summary>
internal static class GatewayApi
{
    public static IEndpointRouteBuilder MapGatewayApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/v1").WithTags("Gateway");
        v1.MapPost("/chat/completions", (HttpContext context, GatewayPipeline pipeline) => pipeline.HandleAsync(context, GatewayActions.Chat))
            .WithName("ChatCompletions").WithSummary("OpenAI-compatible chat completions, streaming or not, through policy, budgets and guards");
        v1.MapPost("/embeddings", (HttpContext context, GatewayPipeline pipeline) => pipeline.HandleAsync(context, GatewayActions.Embed))
            .WithName("Embeddings").WithSummary("OpenAI-compatible embeddings through policy, budgets and guards");
        v1.MapGet("/models", ListModelsAsync)
            .WithName("ListModels").WithSummary("The models (and aliases) the caller's policy allows");
        v1.MapPost("/guard/scan", GuardScanApi.ScanAsync)
            .WithName("GuardScan").WithSummary("Scan text or chat messages with the guards; returns findings and the verdict");
        return app;
    }

    private static async Task ListModelsAsync(HttpContext context, GatewayAuthenticator authenticator, GatewayAuthorizer authorizer, ProviderRegistry providers)
    {
        GatewayCaller caller;
        try
        {
            caller = await authenticator.AuthenticateAsync(context);
        }
        catch (GatewayException ex)
        {
            await OpenAiErrors.WriteAsync(context, ex.Error);
            return;
        }

        var models = providers.All.Where(m => authorizer.MayUse(caller, m))
            .Select(m => new ModelView(m.Requested, "model", 0, m.Provider.Name))
            .ToArray();
        await context.Response.WriteAsJsonAsync(new ModelList("list", models), context.RequestAborted);
    }
}

internal sealed record ModelList([property: JsonPropertyName("object")] string Object, [property: JsonPropertyName("data")] IReadOnlyList<ModelView> Data);

internal sealed record ModelView(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("object")] string Object,
    [property: JsonPropertyName("created")] long Created,
    [property: JsonPropertyName("owned_by")] string OwnedBy);
