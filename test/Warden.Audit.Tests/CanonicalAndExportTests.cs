using System.Text;
using System.Text.Json;
using Warden.Audit.Chain;
using Warden.Audit.Export;
using Warden.Core.Audit;

namespace Warden.Audit.Tests;

public sealed class CanonicalAndExportTests
{
    [Fact]
    public void Canonical_IsAFixedPoint_AndOrderIndependent()
    {
        var e = ChainFixture.Event(1) with { Details = new Dictionary<string, object?>(StringComparer.Ordinal) { ["b"] = 1.50m, ["a"] = new { z = 1, y = "é<" } } };
        var body = AuditCanonical.Body(e).Json;
        var payload = AuditChain.Payload(7, body);
        var (seq, parsed) = AuditCanonical.Parse(payload);
        Assert.Equal(7, seq);
        Assert.Equal(body, AuditCanonical.Body(parsed).Json);
        Assert.True(body.IndexOf("\"a\"", StringComparison.Ordinal) < body.IndexOf("\"b\"", StringComparison.Ordinal));
        Assert.Contains("\"b\":1.50", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(3.0)]
    [InlineData(12.345)]
    [InlineData(1e21)]
    [InlineData(-0.000123)]
    public void Canonical_WritesDoublesAsTheSerializerDoes(double value)
    {
        // Doubles take a direct path; the text must be what JsonSerializer (the earlier path) wrote, or old hashes break.
        var e = ChainFixture.Event(1) with { Details = new Dictionary<string, object?>(StringComparer.Ordinal) { ["latencyMs"] = value } };
        var body = AuditCanonical.Body(e).Json;
        Assert.Contains("\"latencyMs\":" + JsonSerializer.Serialize(value) + "}", body, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => AuditCanonical.Body(e with { Details = new Dictionary<string, object?>(StringComparer.Ordinal) { ["x"] = double.NaN } }));
    }

    [Fact]
    public void Hash_MatchesSha256OfPreviousHashAndPayload_ForSmallAndLargePayloads()
    {
        foreach (var size in new[] { 10, 20_000 })
        {
            var payload = "{\"seq\":1,\"x\":\"" + new string('é', size) + "\"}";
            var previous = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("p"u8));
            var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([.. Convert.FromHexString(previous), .. Encoding.UTF8.GetBytes(payload)]));
            Assert.Equal(expected, AuditChain.ComputeHash(previous, payload));
        }

        Assert.Throws<FormatException>(() => AuditChain.ComputeHash("abc", "{}"));
    }

    [Fact]
    public void Hash_CommitsToThePreviousHash()
    {
        var chain = ChainFixture.Chain(2);
        Assert.Equal(AuditChain.GenesisHash, chain[0].PreviousHash);
        Assert.Equal(chain[0].Hash, chain[1].PreviousHash);
        Assert.NotEqual(AuditChain.ComputeHash(AuditChain.GenesisHash, chain[1].Payload), chain[1].Hash);
    }

    [Theory]
    [InlineData(AuditEventIds.TokenIssued, "token.issued", "success", 3002, 1)]
    [InlineData(AuditEventIds.TokenDenied, "token.denied", "deny", 3002, 1)]
    [InlineData(AuditEventIds.TokenRevoked, "token.revoked", "success", 3002, 2)]
    [InlineData(AuditEventIds.LlmCall, "gateway.llm.call", "success", 6003, 99)]
    [InlineData(AuditEventIds.PolicyDecision, "policy.decision", "deny", 6004, 2)]
    [InlineData(AuditEventIds.GuardBlocked, "guard.blocked", "block", 2004, 1)]
    [InlineData(AuditEventIds.AgentSuspended, "agent.suspended", "success", 3001, 5)]
    [InlineData(AuditEventIds.AdminChange, "admin.change", "success", 3004, 3)]
    public void Ocsf_MapsToTheDocumentedClass(int eventId, string type, string outcome, int classUid, int activityId)
    {
        var e = ChainFixture.Event(1) with { EventId = eventId, Type = type, Outcome = outcome, ClientAddress = "127.0.0.1", ErrorId = outcome == "success" ? null : "WRD2001" };
        var o = OcsfMapper.Map(new ExportItem(42, "ab", e));
        Assert.Equal(classUid, (int)o["class_uid"]!);
        Assert.Equal(activityId, (int)o["activity_id"]!);
        Assert.Equal((classUid * 100) + activityId, (int)o["type_uid"]!);
        Assert.Equal(outcome == "success" ? 1 : 2, (int)o["status_id"]!);
        Assert.Equal(e.Time.ToUnixTimeMilliseconds(), (long)o["time"]!);
        Assert.Equal("127.0.0.1", (string)o["src_endpoint"]!["ip"]!);
        Assert.Equal("42", (string)o["metadata"]!["uid"]!);
    }

    [Fact]
    public void Syslog_IsRfc5424()
    {
        var e = ChainFixture.Event(1) with { Outcome = "deny", Reason = "bad \"quote\" ]", RequestId = "r]1" };
        var line = SyslogFormatter.Format(new ExportItem(5, "ab", e), "host one");
        Assert.StartsWith("<108>1 2025-01-01T00:00:01.000000Z hostone warden - token.issued [warden@32473 seq=\"5\" eventId=\"2001\" outcome=\"deny\"", line, StringComparison.Ordinal);
        Assert.Contains("requestId=\"r\\]1\"", line, StringComparison.Ordinal);
        var msg = line[(line.IndexOf("] {", StringComparison.Ordinal) + 2)..];
        Assert.Equal(3002, JsonDocument.Parse(msg).RootElement.GetProperty("class_uid").GetInt32());
    }

    [Fact]
    public void Webhook_SignatureVerifies_AndRejectsChangedBody()
    {
        var secret = Encoding.UTF8.GetBytes("s3cret");
        var header = WebhookExporter.Sign(secret, 1_700_000_000, "{\"a\":1}");
        Assert.Matches("^t=1700000000,v1=[0-9a-f]{64}$", header);
        Assert.True(WebhookExporter.Verify(secret, header, "{\"a\":1}"));
        Assert.False(WebhookExporter.Verify(secret, header, "{\"a\":2}"));
        Assert.False(WebhookExporter.Verify(Encoding.UTF8.GetBytes("other"), header, "{\"a\":1}"));
    }

    [Fact]
    public void EventFilter_MatchesTypesPrefixesAndIds()
    {
        var e = ChainFixture.Event(1);
        Assert.True(new EventFilter([]).Matches(e));
        Assert.True(new EventFilter(["token.*"]).Matches(e));
        Assert.True(new EventFilter(["2001"]).Matches(e));
        Assert.False(new EventFilter(["agent.*", "2002"]).Matches(e));
    }
}
