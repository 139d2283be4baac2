using Microsoft.AspNetCore.Http.HttpResults;
using Warden.Server.Admin;

namespace Warden.Server.Policy;

/// <summary>Admin endpoints for the served policy, under <c>/admin/v1/policy</c>.</summary>
internal static class PolicyAdminApi
{
    public static IEndpointRouteBuilder MapPolicyAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapAdminGroup("/admin/v1/policy", "Policy");
        admin.MapGet("", (PolicyHost host) => TypedResults.Ok(View(host, host.Status)))
            .WithName("GetPolicy").WithSummary("The policy version serving, its files and the errors of the last reload");
        admin.MapPost("/reload", ReloadAsync)
            .WithName("ReloadPolicy").WithSummary("Reload the policy files; on any error the previous version keeps serving");
        return app;
    }

    private static async Task<Results<Ok<PolicyView>, UnprocessableEntity<PolicyView>>> ReloadAsync(PolicyHost host, CancellationToken ct)
    {
        var status = await host.ReloadAsync("admin", ct);
        var view = View(host, status);
        return status.LastErrors.Count == 0 ? TypedResults.Ok(view) : TypedResults.UnprocessableEntity(view);
    }

    private static PolicyView View(PolicyHost host, PolicyStatus s) =>
        new(s.Version.ToString(), host.Store.Current.RuleCount, s.Files, s.LastErrors, s.LastAttemptAt, s.LoadedAt, s.Files.Count == 0 ? "no policy files configured: every gateway request is denied" : null);
}

/// <summary>The served policy as shown to admins.</summary>
internal sealed record PolicyView(string Version, int Rules, IReadOnlyList<string> Files, IReadOnlyList<string> LastErrors, DateTimeOffset? LastAttemptAt, DateTimeOffset? LoadedAt, string? Note);
