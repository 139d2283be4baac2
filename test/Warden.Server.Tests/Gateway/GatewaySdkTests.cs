using System.ClientModel;
using OpenAI;
using OpenAI.Chat;
using Warden.Core.Audit;

namespace Warden.Server.Tests.Gateway;

/// <summary>The official OpenAI .NET SDK talking to Warden, which talks to a fake upstream.</summary>
public sealed class GatewaySdkTests : IAsyncLifetime
{
    private GatewayTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GatewayTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private OpenAIClient Client(string token) =>
        new(new ApiKeyCredential(token), new OpenAIClientOptions { Endpoint = new Uri(_host.BaseUrl + "/v1"), NetworkTimeout = TimeSpan.FromSeconds(20), RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) });

    [Fact]
    public async Task Chat_ReturnsTheUpstreamAnswer_WithTheProviderKeyNotTheAgentToken()
    {
        var (agent, token) = await _host.AgentTokenAsync();
        var completion = await Client(token).GetChatClient("fake-chat").CompleteChatAsync([new UserChatMessage("Say hello.")]);

        Assert.Equal(FakeUpstream.Answer, completion.Value.Content[0].Text);
        Assert.Equal(12, completion.Value.Usage.TotalTokenCount);
        Assert.All(_host.Upstream.Authorizations, a => Assert.Equal("Bearer " + FakeUpstream.ApiKey, a));
        Assert.DoesNotContain(_host.Upstream.Bodies, b => b.Contains(token, StringComparison.Ordinal));
        var call = await _host.Audit.WaitForAsync(e => e.EventId == AuditEventIds.LlmCall);
        Assert.Single(_host.Audit.Events, e => e.EventId == AuditEventIds.LlmCall);
        Assert.Equal(agent, call.Actor.Agent);
        Assert.Equal("fake-chat", call.Resource);
        Assert.Contains("research-models", call.RuleIds);
        Assert.Single(_host.Audit.Events, e => e.EventId == AuditEventIds.PolicyDecision && e.Outcome == "allow");
    }

    [Fact]
    public async Task ChatStreaming_RelaysEveryChunk_AndChargesTheFinalUsage()
    {
        var (agent, token) = await _host.AgentTokenAsync();
        var text = new System.Text.StringBuilder();
        var updates = 0;
        await foreach (var update in Client(token).GetChatClient("fake-chat").CompleteChatStreamingAsync([new UserChatMessage("Say hello.")]))
        {
            updates++;
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }
        }

        Assert.Equal(FakeUpstream.Answer, text.ToString());
        Assert.True(updates >= 5, $"expected the answer in several chunks, got {updates}");
        Assert.Contains("\"include_usage\":true", Assert.Single(_host.Upstream.Bodies), StringComparison.Ordinal);
        var usage = await _host.Admin.GetStringAsync($"admin/v1/usage?agent={agent}");
        Assert.Contains("\"totalTokens\":12", usage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Embeddings_AreForwarded()
    {
        var (_, token) = await _host.AgentTokenAsync();
        var embedding = await Client(token).GetEmbeddingClient("fake-embed").GenerateEmbeddingAsync("vector me");
        Assert.Equal(new[] { 0.1f, 0.2f, 0.3f }, embedding.Value.ToFloats().ToArray());
        await _host.Audit.WaitForAsync(e => e.EventId == AuditEventIds.LlmCall && e.Action == "llm.embed");
    }

    [Fact]
    public async Task Models_ListsOnlyWhatThePolicyAllows()
    {
        var (_, token) = await _host.AgentTokenAsync();
        var models = (await Client(token).GetOpenAIModelClient().GetModelsAsync()).Value.Select(m => m.Id).ToList();
        Assert.Contains("fake-chat", models);
        Assert.Contains("fast", models);
        Assert.DoesNotContain("fake-secret", models);

        var (_, outsider) = await _host.AgentTokenAsync(labels: new Dictionary<string, string> { ["team"] = "sales" });
        Assert.Empty((await Client(outsider).GetOpenAIModelClient().GetModelsAsync()).Value);
    }

    [Fact]
    public async Task DeniedModel_Is403_NamingTheRule()
    {
        var (_, token) = await _host.AgentTokenAsync();
        var ex = await Assert.ThrowsAsync<ClientResultException>(() => Client(token).GetChatClient("fake-secret").CompleteChatAsync([new UserChatMessage("hi")]));
        Assert.Equal(403, ex.Status);
        Assert.Contains("no-secret-model", ex.Message, StringComparison.Ordinal);
        Assert.Contains("WRD4020", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_host.Upstream.Bodies);
        Assert.Contains(_host.Audit.Events, e => e.EventId == AuditEventIds.LlmCallDenied);
    }

    [Fact]
    public async Task OtherTeam_IsDeniedByDefault()
    {
        var (_, token) = await _host.AgentTokenAsync(labels: new Dictionary<string, string> { ["team"] = "sales" });
        var ex = await Assert.ThrowsAsync<ClientResultException>(() => Client(token).GetChatClient("fake-chat").CompleteChatAsync([new UserChatMessage("hi")]));
        Assert.Equal(403, ex.Status);
        Assert.Contains("Denied by default", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownModel_Is404()
    {
        var (_, token) = await _host.AgentTokenAsync();
        var ex = await Assert.ThrowsAsync<ClientResultException>(() => Client(token).GetChatClient("gpt-unknown").CompleteChatAsync([new UserChatMessage("hi")]));
        Assert.Equal(404, ex.Status);
        Assert.Contains("WRD4004", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alias_IsSentUpstreamAsTheRealModel()
    {
        var (_, token) = await _host.AgentTokenAsync();
        await Client(token).GetChatClient("fast").CompleteChatAsync([new UserChatMessage("hi")]);
        Assert.Contains("\"model\":\"fake-chat\"", Assert.Single(_host.Upstream.Bodies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PolicyRateLimit_Is429_WithRetryAfter_AndMaxTokensIsClamped()
    {
        var (_, token) = await _host.AgentTokenAsync();
        var chat = Client(token).GetChatClient("fake-capped");
        _host.Clock.AdvanceToStartOfMinute();
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 4000 };
        await chat.CompleteChatAsync([new UserChatMessage("one")], options);
        await chat.CompleteChatAsync([new UserChatMessage("two")], options);
        var ex = await Assert.ThrowsAsync<ClientResultException>(() => chat.CompleteChatAsync([new UserChatMessage("three")], options));

        Assert.Equal(429, ex.Status);
        Assert.Contains("WRD4040", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.GetRawResponse()!.Headers.TryGetValue("Retry-After", out var retry) && int.Parse(retry!, System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        Assert.All(_host.Upstream.Bodies, b => Assert.Contains("\"max_completion_tokens\":50", b, StringComparison.Ordinal));
        Assert.Contains(_host.Audit.Events, e => e.EventId == AuditEventIds.RateLimited);
    }
}
