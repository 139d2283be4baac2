using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Warden.Core.Tokens;

namespace Warden.Core.Tests.Tokens;

public sealed class AccessTokenCodecTests
{
    private static readonly ECDsa Key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private static readonly Dictionary<string, ECDsa> Keys = new(StringComparer.Ordinal) { ["k1"] = Key };

    private static AccessTokenClaims Claims(Actor? act = null) => new()
    {
        Issuer = "http://warden",
        Subject = "alice@example.com",
        Audience = "https://api",
        ClientId = "agt_1",
        Jti = "j1",
        Scopes = ["read", "write"],
        IssuedAt = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000),
        ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(1_700_000_300),
        Act = act,
        SubjectIssuer = "corp",
        SubjectGroups = ["finance"],
    };

    [Fact]
    public void RoundTrip_PreservesClaimsAndNestedAct()
    {
        var claims = Claims(new Actor("agt_2", new Actor("agt_1", null)));
        var token = AccessTokenCodec.Write(claims, "k1", Key);
        var read = AccessTokenCodec.Read(token, Keys, 8192, out var failure);
        Assert.Null(failure);
        Assert.NotNull(read);
        Assert.Equal(claims.Subject, read.Subject);
        Assert.Equal(claims.Scopes, read.Scopes);
        Assert.Equal(["agt_2", "agt_1"], read.Act!.Subjects());
        Assert.Equal(["finance"], read.SubjectGroups);
        Assert.Equal("corp", read.SubjectIssuer);
    }

    [Theory]
    [InlineData("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"k1\"}", "algorithm")]
    [InlineData("{\"alg\":\"HS256\",\"typ\":\"at+jwt\",\"kid\":\"k1\"}", "algorithm")]
    [InlineData("{\"alg\":\"ES256\",\"typ\":\"JWT\",\"kid\":\"k1\"}", "type")]
    [InlineData("{\"alg\":\"ES256\",\"typ\":\"at+jwt\"}", "kid")]
    [InlineData("{\"alg\":\"ES256\",\"typ\":\"at+jwt\",\"kid\":\"k9\"}", "unknown")]
    [InlineData("{\"alg\":\"ES256\",\"typ\":\"at+jwt\",\"kid\":\"k1\",\"crit\":[\"x\"]}", "critical")]
    public void HostileHeaders_AreRejected(string header, string reason)
    {
        var valid = AccessTokenCodec.Write(Claims(), "k1", Key).Split('.');
        var input = System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header)) + "." + valid[1];
        var signature = Key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        var token = input + "." + System.Buffers.Text.Base64Url.EncodeToString(signature);
        Assert.Null(AccessTokenCodec.Read(token, Keys, 8192, out var failure));
        Assert.Contains(reason, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8InHeader_IsRejectedNotThrown()
    {
        // Found by MutatedValidTokens_NeverVerify: a header with invalid UTF-8 made GetString throw.
        var header = System.Buffers.Text.Base64Url.EncodeToString([(byte)'{', (byte)'"', 0xAC, (byte)'"', (byte)':', (byte)'1', (byte)'}']);
        Assert.Null(AccessTokenCodec.Read(header + ".e30.AAAA", Keys, 8192, out var failure));
        Assert.NotNull(failure);
    }

    [Fact]
    public void ForeignKey_FailsSignature()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var token = AccessTokenCodec.Write(Claims(), "k1", other);
        Assert.Null(AccessTokenCodec.Read(token, Keys, 8192, out var failure));
        Assert.Equal("signature verification failed", failure);
    }

    [Fact]
    public void TooLong_IsRejectedBeforeParsing()
    {
        Assert.Null(AccessTokenCodec.Read(new string('a', 9000), Keys, 8192, out var failure));
        Assert.Contains("longer", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void DeeplyNestedAct_IsRejected()
    {
        Actor? act = null;
        for (var i = 0; i < 40; i++)
        {
            act = new Actor("agt_" + i, act);
        }

        var token = AccessTokenCodec.Write(Claims(act), "k1", Key);
        Assert.Null(AccessTokenCodec.Read(token, Keys, 65536, out _));
    }

    [Fact]
    public void ArbitraryStrings_NeverThrow()
    {
        Prop.ForAll<string>(s =>
        {
            var result = AccessTokenCodec.Read(s ?? "", Keys, 8192, out var failure);
            return result is null && failure is not null;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void MutatedValidTokens_NeverVerify()
    {
        var token = AccessTokenCodec.Write(Claims(), "k1", Key);
        Prop.ForAll(Gen.Choose(0, token.Length - 1).ToArbitrary(), Gen.Elements('A', 'z', '0', '-', '_', '.').ToArbitrary(), (position, replacement) =>
        {
            if (token[position] == replacement)
            {
                return true;
            }

            var mutated = string.Concat(token.AsSpan(0, position), replacement.ToString(), token.AsSpan(position + 1));
            var read = AccessTokenCodec.Read(mutated, Keys, 8192, out _);

            // Base64url's last character can carry unused bits; a mutation there that decodes to the same bytes is not a change.
            return read is null || DecodesSame(token, mutated);
        }).QuickCheckThrowOnFailure();
    }

    private static bool DecodesSame(string a, string b)
    {
        var pa = a.Split('.');
        var pb = b.Split('.');
        return pa.Length == pb.Length && pa.Zip(pb).All(p => System.Buffers.Text.Base64Url.IsValid(p.Second) &&
            System.Buffers.Text.Base64Url.DecodeFromChars(p.First).AsSpan().SequenceEqual(System.Buffers.Text.Base64Url.DecodeFromChars(p.Second)));
    }
}
