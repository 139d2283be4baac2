using Warden.Core.Security;
using Warden.Core.Tokens;

namespace Warden.Core.Tests.Tokens;

/// <summary>An in-memory key store and a token service over it, for unit tests.</summary>
internal sealed class InMemoryKeys : ISigningKeyStore
{
    private readonly List<SigningKeyRecord> _keys = [];

    public Task<IReadOnlyList<SigningKeyRecord>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SigningKeyRecord>>([.. _keys]);

    public Task AddAsync(SigningKeyRecord key, CancellationToken cancellationToken)
    {
        _keys.Add(key);
        return Task.CompletedTask;
    }

    public Task RotateAsync(SigningKeyRecord next, DateTimeOffset retiredAt, DateTimeOffset oldKeysExpireAt, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _keys.Count; i++)
        {
            if (_keys[i].RetiredAt is null)
            {
                _keys[i] = _keys[i] with { RetiredAt = retiredAt, ExpiresAt = oldKeysExpireAt };
            }
        }

        _keys.Add(next);
        return Task.CompletedTask;
    }

    public static async Task<SigningKeyRing> RingAsync(TokenOptions options)
    {
        var ring = new SigningKeyRing(new InMemoryKeys(), new KeyEncryptionKey(new byte[32]), options, TimeProvider.System);
        await ring.LoadAsync(CancellationToken.None);
        return ring;
    }
}
