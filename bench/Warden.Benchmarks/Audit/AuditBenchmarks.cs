using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Warden.Audit.Chain;
using Warden.Core.Audit;

namespace Warden.Benchmarks.Audit;

/// <summary>
/// Per-event CPU cost of the chain, without the database: canonicalising a typical <c>token.issued</c> event, placing
/// the sequence number and hashing it after the previous link. The baseline is one bare SHA-256 over the same
/// number of bytes, the floor any hash chain pays.
/// </summary>
[MemoryDiagnoser]
public class AuditBenchmarks
{
    private AuditEvent _event = null!;
    private AuditBody _body = null!;
    private string _payload = null!;
    private byte[] _bytes = null!;
    private AuditBody[] _batch = null!;

    [GlobalSetup]
    public void Setup()
    {
        _event = new AuditEvent
        {
            EventId = AuditEventIds.TokenIssued,
            Type = "token.issued",
            Time = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1234560),
            Outcome = "success",
            Actor = new AuditActor { Human = "alice@example.com", HumanIssuer = "https://idp.example.com", Agent = "agt_01JXR7Q4M2B8", Chain = ["agt_01JXR7Q4M2B8", "agt_01JXR7Q9ZZKD"] },
            Resource = "https://api.example.com",
            Action = "urn:ietf:params:oauth:grant-type:token-exchange",
            RequestId = "0HNAB2C3D4E5F:00000001",
            TraceId = "4bf92f3577b34da6a3ce929d0e0e4736",
            ClientAddress = "10.1.2.3",
            Details = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["jti"] = "01JXR7QBDW6T8Y4V2KF3N9P5HC",
                ["scope"] = "read write",
                ["expiresAt"] = new DateTimeOffset(2025, 6, 1, 12, 15, 0, TimeSpan.Zero),
                ["subject"] = "alice@example.com",
            },
        };
        _body = AuditCanonical.Body(_event);
        _payload = AuditChain.Payload(1, _body.Json);
        _bytes = Encoding.UTF8.GetBytes(_payload);
        _batch = [.. Enumerable.Repeat(_body, 100)];
    }

    [Benchmark(Baseline = true, Description = "SHA-256 of the payload bytes (floor)")]
    public byte[] Sha256Only() => SHA256.HashData(_bytes);

    [Benchmark(Description = "Link: seq + chain hash, one event")]
    public string LinkOne() => AuditChain.ComputeHash(AuditChain.GenesisHash, AuditChain.Payload(1, _body.Json));

    [Benchmark(Description = "Canonicalise one event (Body)")]
    public AuditBody Canonicalise() => AuditCanonical.Body(_event);

    [Benchmark(Description = "Canonicalise + link, one event")]
    public string CanonicaliseAndLink() => AuditChain.ComputeHash(AuditChain.GenesisHash, AuditChain.Payload(1, AuditCanonical.Body(_event).Json));

    [Benchmark(OperationsPerInvoke = 100, Description = "Link a batch of 100, per event")]
    public int LinkBatchPerEvent() => AuditChain.Link(ChainAnchor.Genesis, _batch).Count;
}
