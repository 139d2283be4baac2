using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Warden.Core.Security;

namespace Warden.Core.Tokens;

/// <summary>
/// The loaded signing keys: one active key that signs, and every unexpired key that still verifies.
/// Snapshots are immutable and swapped atomically on rotation.
/// </summary>
public sealed class SigningKeyRing : IDisposable
{
    private readonly ISigningKeyStore _store;
    private readonly KeyEncryptionKey _kek;
    private readonly TimeProvider _time;
    private readonly TokenOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private KeySnapshot? _snapshot;

    public SigningKeyRing(ISigningKeyStore store, KeyEncryptionKey kek, TokenOptions options, TimeProvider time)
    {
        _store = store;
        _kek = kek;
        _options = options;
        _time = time;
    }

    public bool IsLoaded => _snapshot is not null;

    internal KeySnapshot Current => _snapshot ?? throw new InvalidOperationException("Signing keys are not loaded; call LoadAsync at start-up.");

    /// <summary>Loads keys from the store, generating the first key if there is none.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var records = await _store.ListAsync(cancellationToken);
            if (!records.Any(r => r.RetiredAt is null))
            {
                await _store.AddAsync(Generate(), cancellationToken);
                records = await _store.ListAsync(cancellationToken);
            }

            Swap(records);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A new key signs from now on; old keys stay published until every token they signed has expired.</summary>
    public async Task<string> RotateAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = _time.GetUtcNow();
            var next = Generate();
            var oldExpire = now + TokenOptions.MaxAccessTokenLifetime + _options.ClockSkew;
            await _store.RotateAsync(next, now, oldExpire, cancellationToken);
            Swap(await _store.ListAsync(cancellationToken));
            return next.Kid;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Signs arbitrary data (ES256, IEEE P1363) with the active key, e.g. an audit checkpoint.</summary>
    public (string Kid, byte[] Signature) Sign(ReadOnlySpan<byte> data)
    {
        var snapshot = Current;
        return (snapshot.ActiveKid, snapshot.Active.SignData(data, HashAlgorithmName.SHA256));
    }

    /// <summary>Checks an ES256 signature made by <see cref="Sign"/> with any key that is still published.</summary>
    public bool Verify(string kid, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) =>
        Current.Verification.TryGetValue(kid, out var key) && key.VerifyData(data, signature, HashAlgorithmName.SHA256);

    /// <summary>The public JWK of a published key, or null.</summary>
    public string? PublicJwk(string kid) => Current.PublicJwks.GetValueOrDefault(kid);

    /// <summary>The JWKS document (RFC 7517) with every key that may still verify a token.</summary>
    public string JwksJson => Current.JwksJson;

    private void Swap(IReadOnlyList<SigningKeyRecord> records)
    {
        var now = _time.GetUtcNow();
        var verification = new Dictionary<string, ECDsa>(StringComparer.Ordinal);
        var publicJwks = new List<string>();
        var jwkByKid = new Dictionary<string, string>(StringComparer.Ordinal);
        SigningKeyRecord? active = null;
        foreach (var record in records.OrderBy(r => r.CreatedAt))
        {
            if (record.ExpiresAt is { } expires && expires <= now)
            {
                continue;
            }

            var ecdsa = ECDsa.Create();
            ecdsa.ImportPkcs8PrivateKey(_kek.Open(record.EncryptedPrivateKey, Encoding.UTF8.GetBytes(record.Kid)), out _);
            verification[record.Kid] = ecdsa;
            publicJwks.Add(record.PublicJwk);
            jwkByKid[record.Kid] = record.PublicJwk;
            if (record.RetiredAt is null)
            {
                active = record;
            }
        }

        if (active is null)
        {
            throw new InvalidOperationException("No active signing key in the store.");
        }

        var jwks = "{\"keys\":[" + string.Join(',', publicJwks) + "]}";
        // The previous snapshot is not disposed: in-flight requests may still sign or verify with it.
        Volatile.Write(ref _snapshot, new KeySnapshot(active.Kid, verification[active.Kid], verification, jwks) { PublicJwks = jwkByKid });
    }

    private SigningKeyRecord Generate()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = ecdsa.ExportParameters(false);
        var x = RandomIds.Base64Url(parameters.Q.X!);
        var y = RandomIds.Base64Url(parameters.Q.Y!);

        // RFC 7638 thumbprint as kid: stable, derived from the public key only.
        var thumbprintInput = $"{{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"{x}\",\"y\":\"{y}\"}}";
        var kid = RandomIds.Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes(thumbprintInput)));
        var jwk = JsonSerializer.Serialize(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["kty"] = "EC",
            ["crv"] = "P-256",
            ["x"] = x,
            ["y"] = y,
            ["kid"] = kid,
            ["use"] = "sig",
            ["alg"] = "ES256",
        });
        return new SigningKeyRecord
        {
            Kid = kid,
            PublicJwk = jwk,
            EncryptedPrivateKey = _kek.Seal(ecdsa.ExportPkcs8PrivateKey(), Encoding.UTF8.GetBytes(kid)),
            CreatedAt = _time.GetUtcNow(),
        };
    }

    public void Dispose() => _gate.Dispose();

    internal sealed class KeySnapshot(string activeKid, ECDsa active, IReadOnlyDictionary<string, ECDsa> verification, string jwksJson)
    {
        public string ActiveKid { get; } = activeKid;

        public ECDsa Active { get; } = active;

        public IReadOnlyDictionary<string, ECDsa> Verification { get; } = verification;

        public string JwksJson { get; } = jwksJson;

        public IReadOnlyDictionary<string, string> PublicJwks { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
    }
}
