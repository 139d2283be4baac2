using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Warden.Core.Audit;
using Warden.Server.Policy;

namespace Warden.Server.Tests.Gateway;

/// <summary>Policy loading, hot reload and the admin policy endpoints.</summary>
public sealed class PolicyHostTests
{
    private const string Hello = """{"model":"fake-chat","messages":[{"role":"user","content":"Say hello."}]}""";

    [Fact]
    public async Task NoPolicyConfigured_DeniesEveryModel()
    {
        await using var host = await GatewayTestHost.StartAsync(policy: null);
        var (_, token) = await host.AgentTokenAsync();
        using var r = await host.PostAsync("v1/chat/completions", token, Hello);
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Contains("Denied by default", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var view = await host.Admin.GetFromJsonAsync<JsonElement>("admin/v1/policy");
        Assert.Contains("every gateway request is denied", view.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenReload_KeepsTheOldVersionServing_AndIsAudited()
    {
        await using var host = await GatewayTestHost.StartAsync();
        var (_, token) = await host.AgentTokenAsync();
        var before = (await host.Admin.GetFromJsonAsync<JsonElement>("admin/v1/policy")).GetProperty("version").GetString();

        await File.WriteAllTextAsync(host.PolicyFile, "rules:\n  - id: x\n    effect: allow\n    colour: red\n");
        using var reload = await host.Admin.PostAsync("admin/v1/policy/reload", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reload.StatusCode);
        var view = await reload.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(before, view.GetProperty("version").GetString());
        Assert.Contains("WRD3004", view.GetProperty("lastErrors")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(host.Audit.Events, e => e.EventId == AuditEventIds.PolicyUpdateRejected);

        using var still = await host.PostAsync("v1/chat/completions", token, Hello);
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task ChangedFile_IsReloaded_AndTheNewVersionDecides()
    {
        await using var host = await GatewayTestHost.StartAsync();
        var (_, token) = await host.AgentTokenAsync();
        var policy = host.Services.GetRequiredService<PolicyHost>();
        var next = policy.NextReload;

        await File.WriteAllTextAsync(host.PolicyFile, "rules:\n  - id: only-embeddings\n    effect: allow\n    when: { action: llm.embed }\n");
        var status = await next.WaitAsync(TimeSpan.FromSeconds(10));
        while (status.LastErrors.Count > 0 || status.Version.Number < 2)
        {
            // Editors may be caught mid-write; the debounced watcher reloads again once the write completes.
            status = await policy.NextReload.WaitAsync(TimeSpan.FromSeconds(10));
        }

        using var r = await host.PostAsync("v1/chat/completions", token, Hello);
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Contains(host.Audit.Events, e => e.EventId == AuditEventIds.PolicyUpdated && e.PolicyVersion == status.Version.ToString());
    }

    [Fact]
    public async Task InvalidPolicyAtStart_RefusesToStart_WithEveryError()
    {
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => GatewayTestHost.StartAsync(policy: "rules:\n  - id: a\n    effect: maybe\n  - id: a\n    effect: allow\n"));
        Assert.Contains("WRD3100", ex.Message, StringComparison.Ordinal);
        Assert.Contains("WRD3012", ex.Message, StringComparison.Ordinal);
    }
}
