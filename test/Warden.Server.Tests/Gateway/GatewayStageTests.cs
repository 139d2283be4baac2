using System.Net;
using System.Text.Json;
using Warden.Core.Tokens;
using Warden.Policy;
using Warden.Server.Configuration;
using Warden.Server.Gateway;

namespace Warden.Server.Tests.Gateway;

/// <summary>Pipeline stages tested alone: principal mapping, budget selectors, upstream error scrubbing, body rewriting.</summary>
public sealed class GatewayStageTests
{
    private static AccessTokenClaims Claims(string subject, string client, string? subjectIssuer, Actor? act) => new()
    {
        Issuer = "http://w",
        Subject = subject,
        Audience = "http://w/v1",
        ClientId = client,
        Jti = "j",
        Act = act,
        SubjectIssuer = subjectIssuer,
        SubjectGroups = subjectIssuer is null ? [] : ["eng"],
        Scopes = ["llm"],
    };

    [Fact]
    public void AgentActingAlone_HasNoInitiatorAndNoChain()
    {
        var p = GatewayAuthenticator.Principal(Claims("agt_a", "agt_a", null, null), null);
        Assert.Null(p.Initiator);
        Assert.Empty(p.DelegationChain);
        Assert.Equal(["llm"], p.Scopes);
    }

    [Fact]
    public void HumanDelegation_MakesTheHumanTheInitiator_AndAgentHopsTheChain()
    {
        var p = GatewayAuthenticator.Principal(Claims("alice@example.com", "agt_c", "corp", new Actor("agt_c", new Actor("agt_b", null))), null);
        Assert.Equal("alice@example.com", p.Initiator!.Subject);
        Assert.Equal(["eng"], p.Initiator.Groups);
        Assert.Equal(["agt_b"], p.DelegationChain);
    }

    [Fact]
    public void AgentToAgentDelegation_PutsTheOriginatingAgentFirst()
    {
        var p = GatewayAuthenticator.Principal(Claims("agt_a", "agt_c", null, new Actor("agt_c", new Actor("agt_b", null))), null);
        Assert.Null(p.Initiator);
        Assert.Equal(["agt_a", "agt_b"], p.DelegationChain);
    }

    [Theory]
    [InlineData("*", true)]
    [InlineData("agt_x", true)]
    [InlineData("agt_y", false)]
    [InlineData("label:team=research", true)]
    [InlineData("label:team=sales", false)]
    [InlineData("label:=research", false)]
    public void BudgetSelectors_MatchIdsLabelsAndEveryone(string selector, bool expected)
    {
        var principal = new PolicyPrincipal { AgentId = "agt_x", Labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["team"] = "research" } };
        var caller = new GatewayCaller(Claims("agt_x", "agt_x", null, null), principal, IPAddress.Loopback);
        Assert.Equal(expected, BudgetEnforcer.Applies(new BudgetConfig { Agents = [selector] }, caller));
    }

    [Fact]
    public void UpstreamErrorText_LosesKeysUrlsHostsAndAddresses()
    {
        var provider = new Provider(new ProviderConfig { Name = "p", BaseUrl = new Uri("http://llm.corp.example:8000/v1/") }, "sk-secret-123", new HttpClient());
        var text = UpstreamClient.Scrub("key sk-secret-123 rejected by http://10.0.0.5:8000/x via llm.corp.example and db.internal, 192.168.1.1:5432, token abcdefghijklmnopqrstuvwxyz0123456789", provider);
        foreach (var leak in new[] { "sk-secret", "10.0.0.5", "llm.corp", "db.internal", "192.168", "abcdefghijklmnop" })
        {
            Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
        }

        Assert.StartsWith("key [redacted] rejected by", text, StringComparison.Ordinal);
    }

    [Fact]
    public void UpstreamBody_ClampsMaxTokens_RequestsUsage_AndKeepsEverythingElse()
    {
        using var doc = JsonDocument.Parse("""{"model":"fast","stream":true,"stream_options":{"include_usage":false,"x":1},"max_tokens":9000,"temperature":0.2,"messages":[{"role":"user","content":"hi"}]}""");
        var body = UpstreamBody.Write(doc.RootElement, new BodyChanges("real-model", 100, true, new Dictionary<TextSlot, string> { [new TextSlot(0, -1)] = "[redacted]" }, false));
        using var written = JsonDocument.Parse(body.WrittenMemory);
        var r = written.RootElement;
        Assert.Equal("real-model", r.GetProperty("model").GetString());
        Assert.Equal(100, r.GetProperty("max_tokens").GetInt32());
        Assert.True(r.GetProperty("stream_options").GetProperty("include_usage").GetBoolean());
        Assert.Equal(1, r.GetProperty("stream_options").GetProperty("x").GetInt32());
        Assert.Equal(0.2, r.GetProperty("temperature").GetDouble());
        Assert.Equal("[redacted]", r.GetProperty("messages")[0].GetProperty("content").GetString());
    }

    [Fact]
    public void UpstreamBody_AddsACapWhenTheCallerSentNone()
    {
        using var doc = JsonDocument.Parse("""{"model":"m","messages":[]}""");
        var body = UpstreamBody.Write(doc.RootElement, new BodyChanges("m", 64, false, [], false));
        using var written = JsonDocument.Parse(body.WrittenMemory);
        Assert.Equal(64, written.RootElement.GetProperty("max_tokens").GetInt32());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4096)]
    [InlineData(100_000)]
    public async Task ReadCapped_ChunkedBody_IsReadWhole(int size)
    {
        var data = new byte[size];
        new Random(size).NextBytes(data);
        using var content = new StreamContent(new TrickleStream(data)); // no Content-Length, like a chunked answer
        Assert.Null(content.Headers.ContentLength);
        Assert.Equal(data, await UpstreamClient.ReadCappedAsync(content, 200_000, CancellationToken.None));
    }

    [Theory]
    [InlineData(4097, 4096)]
    [InlineData(100_001, 100_000)]
    public async Task ReadCapped_ChunkedBodyOverTheLimit_IsRefused(int size, int max)
    {
        using var content = new StreamContent(new TrickleStream(new byte[size]));
        await Assert.ThrowsAsync<InvalidDataException>(() => UpstreamClient.ReadCappedAsync(content, max, CancellationToken.None));
    }

    /// <summary>Hands out at most 1,000 bytes per read and has no length, as a chunked network stream does.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1000));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1000)], cancellationToken);
    }
}
