using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Warden.Audit.Chain;

/// <summary>Verifies what a store holds: from its anchor, every event, every checkpoint, up to the head it records.</summary>
public static class StoreVerification
{
    public static async Task<VerificationReport> VerifyAsync(IAuditStore store, Func<string, ECDsa?> keys, CancellationToken cancellationToken)
    {
        var anchor = await store.GetAnchorAsync(cancellationToken);
        var head = await store.GetHeadAsync(cancellationToken);
        var checkpoints = await store.GetCheckpointsAsync(anchor.Sequence, cancellationToken);
        return await new AuditVerifier(keys).VerifyAsync(anchor, ReadAllAsync(store, anchor.Sequence, cancellationToken), checkpoints, head.Sequence, cancellationToken);
    }

    /// <summary>Every stored event after <paramref name="after"/>, page by page.</summary>
    public static async IAsyncEnumerable<AuditRecord> ReadAllAsync(IAuditStore store, long after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await store.ReadAsync(after, 2_000, cancellationToken);
            foreach (var record in page)
            {
                yield return record;
            }

            if (page.Count < 2_000)
            {
                yield break;
            }

            after = page[^1].Sequence;
        }
    }
}
