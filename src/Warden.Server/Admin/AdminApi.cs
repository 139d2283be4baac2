using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Warden.Core.Agents;
using Warden.Core.Audit;
using Warden.Core.Errors;
using Warden.Core.Tokens;
using Warden.Server.Audit;

namespace Warden.Server.Admin;

/// <summary>The admin REST API under <c>/admin/v1</c> (bearer admin token).</summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapAdminGroup("/admin/v1", "Admin");

        admin.MapPost("/agents", CreateAsync).WithName("CreateAgent").WithSummary("Create an agent; the client secret is returned once");
        admin.MapGet("/agents", ListAsync).WithName("ListAgents").WithSummary("List agents, paged by cursor");
        admin.MapGet("/agents/{id}", ShowAsync).WithName("GetAgent").WithSummary("Show one agent and its credential metadata");
        admin.MapPost("/agents/{id}/suspend", (string id, AgentService s, HttpContext c) => Status(c, id, s, s.SuspendAsync, AuditEventIds.AgentSuspended, "agent.suspended"))
            .WithName("SuspendAgent").WithSummary("Suspend: every token of the agent stops working at once");
        admin.MapPost("/agents/{id}/resume", (string id, AgentService s, HttpContext c) => Status(c, id, s, s.ResumeAsync, AuditEventIds.AgentResumed, "agent.resumed"))
            .WithName("ResumeAgent").WithSummary("Resume a suspended agent");
        admin.MapPost("/agents/{id}/deactivate", (string id, AgentService s, HttpContext c) => Status(c, id, s, s.DeactivateAsync, AuditEventIds.AgentDeactivated, "agent.deactivated"))
            .WithName("DeactivateAgent").WithSummary("Deactivate permanently");
        admin.MapPost("/agents/{id}/secrets", RotateSecretAsync).WithName("RotateSecret").WithSummary("Add a new client secret; old ones expire after the overlap");
        admin.MapPost("/agents/{id}/keys", AddKeyAsync).WithName("AddKey").WithSummary("Register a public JWK for private_key_jwt");
        admin.MapDelete("/agents/{id}/keys/{keyId}", DeleteKeyAsync).WithName("DeleteKey").WithSummary("Remove a public key");
        admin.MapGet("/keys", ListKeysAsync).WithName("ListSigningKeys").WithSummary("List token signing keys");
        admin.MapPost("/keys/rotate", RotateKeysAsync).WithName("RotateSigningKey").WithSummary("A new key signs from now on");
        return app;
    }

    private static async Task<Created<CreatedAgentView>> CreateAsync(HttpContext context, AgentService agents)
    {
        var command = await AdminJson.ReadAsync<CreateAgentCommand>(context);
        var created = await agents.CreateAsync(command, context.RequestAborted);
        var view = AgentView.From(created.Agent);
        await AuditRequest.AdminAsync(context, AuditEventIds.AgentCreated, "agent.created", created.Agent.Id, "agent.create", new(StringComparer.Ordinal)
        {
            ["after"] = new { name = created.Agent.Name, owner = created.Agent.Owner, scopes = created.Agent.Scopes, audiences = created.Agent.Audiences, status = created.Agent.Status.ToString() },
            ["clientSecret"] = AuditRequest.Mask(created.ClientSecret),
        });
        return TypedResults.Created($"/admin/v1/agents/{created.Agent.Id}", new CreatedAgentView(created.Agent.Id, created.Agent.ClientId, created.ClientSecret, view));
    }

    private static async Task<Ok<AgentPage>> ListAsync(IAgentStore store, string? status, string? owner, string? after, int? limit, CancellationToken ct)
    {
        AgentStatus? parsed = null;
        if (status is not null)
        {
            parsed = Enum.TryParse<AgentStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s)
                ? s
                : throw new WardenException(Errors.InvalidRequest("status must be active, suspended or deactivated"));
        }

        var size = Math.Clamp(limit ?? 100, 1, 1000);
        var page = await store.ListAsync(new AgentQuery { Status = parsed, Owner = owner, After = after, Limit = size }, ct);
        return TypedResults.Ok(new AgentPage([.. page.Select(a => AgentView.From(a))], page.Count == size ? page[^1].Id : null));
    }

    private static async Task<Ok<AgentView>> ShowAsync(string id, AgentService agents, CancellationToken ct)
    {
        var agent = await agents.GetAsync(id, ct);
        return TypedResults.Ok(AgentView.From(agent, await agents.GetCredentialsAsync(id, ct)));
    }

    private static async Task<Ok<AgentView>> Status(HttpContext context, string id, AgentService agents, Func<string, CancellationToken, Task<Agent>> change, int eventId, string type)
    {
        var before = await agents.GetAsync(id, context.RequestAborted);
        var after = await change(id, context.RequestAborted);
        await AuditRequest.AdminAsync(context, eventId, type, id, type, new(StringComparer.Ordinal)
        {
            ["before"] = new { status = before.Status.ToString() },
            ["after"] = new { status = after.Status.ToString() },
        });
        return TypedResults.Ok(AgentView.From(after));
    }

    private static async Task<Ok<RotatedSecretView>> RotateSecretAsync(string id, AgentService agents, HttpContext context)
    {
        var (secret, until) = await agents.RotateSecretAsync(id, context.RequestAborted);
        await AuditRequest.AdminAsync(context, AuditEventIds.AgentSecretRotated, "agent.secret_rotated", id, "agent.rotate_secret", new(StringComparer.Ordinal)
        {
            ["newSecret"] = AuditRequest.Mask(secret),
            ["oldSecretsValidUntil"] = until,
        });
        return TypedResults.Ok(new RotatedSecretView(secret, until));
    }

    private static async Task<Created<CredentialView>> AddKeyAsync(string id, HttpContext context, AgentService agents)
    {
        var jwk = await AdminJson.ReadAsync<JsonElement>(context);
        var credential = await agents.AddKeyAsync(id, jwk.GetRawText(), context.RequestAborted);
        await AuditRequest.AdminAsync(context, AuditEventIds.AgentKeyAdded, "agent.key_added", id, "agent.add_key", new(StringComparer.Ordinal) { ["credentialId"] = credential.Id, ["kid"] = credential.KeyId });
        return TypedResults.Created($"/admin/v1/agents/{id}/keys/{credential.Id}", CredentialView.From(credential));
    }

    private static async Task<NoContent> DeleteKeyAsync(string id, string keyId, AgentService agents, HttpContext context)
    {
        await agents.DeleteKeyAsync(id, keyId, context.RequestAborted);
        await AuditRequest.AdminAsync(context, AuditEventIds.AgentKeyDeleted, "agent.key_deleted", id, "agent.delete_key", new(StringComparer.Ordinal) { ["key"] = keyId });
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<SigningKeyView>>> ListKeysAsync(ISigningKeyStore store, CancellationToken ct)
    {
        var keys = await store.ListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<SigningKeyView>>([.. keys.Select(k => new SigningKeyView(k.Kid, k.Algorithm, k.CreatedAt, k.RetiredAt, k.ExpiresAt))]);
    }

    private static async Task<Ok<SigningKeyView>> RotateKeysAsync(SigningKeyRing ring, ISigningKeyStore store, HttpContext context)
    {
        var ct = context.RequestAborted;
        var kid = await ring.RotateAsync(ct);
        await AuditRequest.AdminAsync(context, AuditEventIds.SigningKeyRotated, "signing_key.rotated", kid, "keys.rotate", new(StringComparer.Ordinal) { ["kid"] = kid });
        var key = (await store.ListAsync(ct)).Single(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        return TypedResults.Ok(new SigningKeyView(key.Kid, key.Algorithm, key.CreatedAt, key.RetiredAt, key.ExpiresAt));
    }
}
