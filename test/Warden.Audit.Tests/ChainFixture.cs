using System.Security.Cryptography;
using Warden.Audit.Chain;
using Warden.Core.Audit;
using Warden.Core.Security;

namespace Warden.Audit.Tests;

/// <summary>Builds chains and checkpoints in memory, signed with a throwaway P-256 key.</summary>
internal sealed class ChainFixture
{
    public const string Kid = "test-key";

    public ECDsa Key { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public static AuditEvent Event(int i) => new()
    {
        EventId = AuditEventIds.TokenIssued,
        Type = "token.issued",
        Time = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(i),
        Outcome = "success",
        Actor = new AuditActor { Agent = "agt_" + i, Chain = ["agt_" + i] },
        Reason = "event number " + i,
        Details = new Dictionary<string, object?>(StringComparer.Ordinal) { ["n"] = i },
    };

    public static List<AuditRecord> Chain(int count) =>
        AuditChain.Link(ChainAnchor.Genesis, [.. Enumerable.Range(1, count).Select(i => AuditCanonical.Body(Event(i)))]);

    public AuditCheckpoint Checkpoint(AuditRecord at)
    {
        var signedAt = new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero);
        var signature = Key.SignData(CheckpointSigner.SigningInput(at.Sequence, at.Hash, signedAt), HashAlgorithmName.SHA256);
        return new AuditCheckpoint { Sequence = at.Sequence, Hash = at.Hash, SignedAt = signedAt, KeyId = Kid, Signature = RandomIds.Base64Url(signature) };
    }

    public Task<VerificationReport> VerifyAsync(IEnumerable<AuditRecord> records, IReadOnlyList<AuditCheckpoint>? checkpoints = null, long? expectedLast = null) =>
        new AuditVerifier(kid => kid == Kid ? Key : null).VerifyAsync(ChainAnchor.Genesis, records.ToAsyncEnumerable(), checkpoints ?? [], expectedLast, CancellationToken.None);
}
