using System.Collections.Concurrent;

namespace Warden.Core.Tokens;

/// <summary>
/// The set of revoked token ids, held in memory for validation and refreshed from the shared store
/// (the host polls <see cref="RefreshAsync"/> so revocations made on other nodes arrive within a second).
/// </summary>
public sealed class RevocationState(ITokenStateStore store, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _revoked = new(StringComparer.Ordinal);
    private long _lastSequence;

    public bool IsRevoked(string jti) => _revoked.ContainsKey(jti);

    public async Task RevokeAsync(string jti, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await store.RevokeAsync(jti, expiresAt, time.GetUtcNow(), cancellationToken);
        _revoked[jti] = expiresAt;
    }

    /// <summary>Pulls revocations recorded since the last refresh and forgets expired ones.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var batch = await store.GetRevokedAfterAsync(Volatile.Read(ref _lastSequence), 1000, cancellationToken);
            foreach (var r in batch)
            {
                _revoked[r.Jti] = r.ExpiresAt;
                Volatile.Write(ref _lastSequence, Math.Max(Volatile.Read(ref _lastSequence), r.Sequence));
            }

            if (batch.Count < 1000)
            {
                break;
            }
        }

        var now = time.GetUtcNow();
        foreach (var (jti, expires) in _revoked)
        {
            if (expires < now - TimeSpan.FromMinutes(5))
            {
                _revoked.TryRemove(jti, out _);
            }
        }
    }
}
