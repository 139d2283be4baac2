using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Warden.Core.Agents;
using Warden.Core.Security;
using Warden.Core.Tokens;

namespace Warden.Benchmarks.Tokens;

/// <summary>Access-token issuance (ES256 sign) and validation (verify + claims), against raw ECDSA as the baseline.</summary>
[MemoryDiagnoser]
public class TokenBenchmarks
{
    private readonly byte[] _data = new byte[300];
    private ECDsa _raw = null!;
    private byte[] _signature = null!;
    private AccessTokenService _service = null!;
    private FirstSight _fresh = null!;
    private string _token = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _raw = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        _signature = _raw.SignData(_data, HashAlgorithmName.SHA256);
        var options = new TokenOptions { Issuer = "http://127.0.0.1:8080" };
        var ring = new SigningKeyRing(new MemoryKeyStore(), new KeyEncryptionKey(new byte[32]), options, TimeProvider.System);
        await ring.LoadAsync(CancellationToken.None);
        var agents = new MemoryAgentStore();
        _service = new AccessTokenService(ring, options, TimeProvider.System, new AgentStatusCache(agents, TimeProvider.System), new RevocationState(new MemoryTokenState(), TimeProvider.System));
        _fresh = new FirstSight(ring, options, agents);
        _token = _service.Issue("alice@example.com", "agt_bench", "https://api.example.com", ["read", "write"], new Actor("agt_bench", null)).AccessToken;
    }

    [Benchmark(Baseline = true, Description = "raw ECDSA P-256 verify")]
    public bool RawVerify() => _raw.VerifyData(_data, _signature, HashAlgorithmName.SHA256);

    [Benchmark(Description = "issue (sign) access token")]
    public string Issue() => _service.Issue("alice@example.com", "agt_bench", "https://api.example.com", ["read", "write"], new Actor("agt_bench", null)).AccessToken;

    [Benchmark(Description = "validate a token seen before (cached signature check, claims, revocation, agent status)")]
    public ValueTask<AccessTokenClaims> ValidateRepeat() => _service.ValidateAsync(_token, "https://api.example.com", CancellationToken.None);

    [Benchmark(Description = "validate a token never seen (ECDSA verify, claims, revocation, agent status)")]
    public ValueTask<AccessTokenClaims> ValidateFirstSight() => _fresh.ValidateAsync(_token, "https://api.example.com", CancellationToken.None);

    /// <summary>A fresh service per call so the verified-token cache never hits.</summary>
    private sealed class FirstSight(SigningKeyRing ring, TokenOptions options, IAgentStore agents)
    {
        private readonly AgentStatusCache _status = new(agents, TimeProvider.System);
        private readonly RevocationState _revocations = new(new MemoryTokenState(), TimeProvider.System);

        public ValueTask<AccessTokenClaims> ValidateAsync(string token, string audience, CancellationToken ct) =>
            new AccessTokenService(ring, options, TimeProvider.System, _status, _revocations).ValidateAsync(token, audience, ct);
    }
}
