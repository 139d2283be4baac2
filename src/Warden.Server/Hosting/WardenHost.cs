using System.Text.Json;
using System.Text.Json.Serialization;
using Warden.Server.Admin;
using Warden.Server.Approvals;
using Warden.Server.Audit;
using Warden.Server.Configuration;
using Warden.Server.Gateway;
using Warden.Server.Health;
using Warden.Server.Mcp;
using Warden.Server.OAuth;
using Warden.Server.Policy;

namespace Warden.Server.Hosting;

/// <summary>Builds and starts the Warden server from a validated configuration.</summary>
public static class WardenHost
{
    /// <summary>Creates the web application with every Warden service and endpoint; call <see cref="InitializeAsync"/> before running it.</summary>
    public static WebApplication Build(WardenConfig config, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls([.. config.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = config.Limits.MaxRequestBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestLineSize = 8 * 1024;
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);

        // The MCP SDK's client warns on every tools/call it has no cached schema for; Warden logs upstream failures itself.
        builder.Logging.AddFilter("ModelContextProtocol", LogLevel.Error);
        builder.Services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        builder.Services.AddOpenApi("v1");
        // The caller's registrations come first so they win over Warden's TryAdd defaults (tests swap the clock this way).
        configure?.Invoke(builder);
        builder.Services.AddWardenCore(config);

        var app = builder.Build();
        app.UseMiddleware<ErrorBoundaryMiddleware>();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealthApi();
        app.MapOAuthApi();
        app.MapAdminApi();
        app.MapAuditApi();
        app.MapPolicyAdminApi();
        app.MapUsageAdminApi();
        app.MapGatewayApi();
        app.MapApprovalApi();
        app.MapElevationApi();
        app.MapGovernanceApi();
        app.MapMcpApi();
        app.MapMcpAdminApi();
        return app;
    }

    /// <summary>Creates or upgrades the database, loads signing keys and bootstraps the admin token.</summary>
    public static Task InitializeAsync(WebApplication app, CancellationToken cancellationToken) =>
        app.Services.GetRequiredService<WardenBootstrap>().RunAsync(cancellationToken);

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MaxDepth = 32;
        return options;
    }
}
