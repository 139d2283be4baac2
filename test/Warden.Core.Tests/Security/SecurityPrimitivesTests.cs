using Warden.Core.Errors;
using Warden.Core.Security;
using Warden.Core.Tokens;

namespace Warden.Core.Tests.Security;

public sealed class SecurityPrimitivesTests
{
    [Fact]
    public void SecretHash_VerifiesOnlyTheSecret()
    {
        var hash = SecretHasher.Hash("wsk_secret", iterations: 1000);
        Assert.True(SecretHasher.Verify("wsk_secret", hash));
        Assert.False(SecretHasher.Verify("wsk_Secret", hash));
        Assert.DoesNotContain("wsk_secret", hash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("pbkdf2-sha256$x$y$z")]
    [InlineData("pbkdf2-sha256$1000$!!!$abc")]
    [InlineData("md5$1$a$b")]
    public void MalformedHashes_NeverVerify(string encoded) => Assert.False(SecretHasher.Verify("anything", encoded));

    [Fact]
    public void Kek_SealsAndDetectsTampering()
    {
        using var kek = new KeyEncryptionKey(new byte[32]);
        var sealedData = kek.Seal([1, 2, 3], "kid"u8);
        Assert.Equal([1, 2, 3], kek.Open(sealedData, "kid"u8));
        sealedData[^1] ^= 1;
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => kek.Open(sealedData, "kid"u8));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => kek.Open(kek.Seal([1], "a"u8), "b"u8));
    }

    [Fact]
    public void Kek_FromEnvironment_MustBe32Bytes()
    {
        var ex = Assert.Throws<WardenException>(() => KeyEncryptionKey.Load(Path.GetTempPath(), Convert.ToBase64String(new byte[16])));
        Assert.Equal("WRD1000", ex.Error.Id);
        Assert.Throws<WardenException>(() => KeyEncryptionKey.Load(Path.GetTempPath(), "not base64 !!"));
    }

    [Theory]
    [InlineData("read")]
    [InlineData("invoices:write")]
    [InlineData("a!#[]~")]
    public void ValidScopes_Parse(string scope) => Assert.Equal([scope], ScopeSet.Parse(scope)!);

    [Theory]
    [InlineData("\"quoted\"")]
    [InlineData("back\\slash")]
    [InlineData("   ")]
    public void InvalidScopes_AreRejected(string scope) => Assert.Throws<WardenException>(() => ScopeSet.Parse(scope));

    [Fact]
    public void Jwk_WithPrivateMembers_OrWeakRsa_IsRejected()
    {
        Assert.Contains("private", Assert.Throws<WardenException>(() => PublicJwk.Validate("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"a\",\"y\":\"b\",\"d\":\"c\"}")).Error.Message, StringComparison.Ordinal);
        using var rsa = System.Security.Cryptography.RSA.Create(1024);
        var p = rsa.ExportParameters(false);
        var weak = $"{{\"kty\":\"RSA\",\"n\":\"{System.Buffers.Text.Base64Url.EncodeToString(p.Modulus)}\",\"e\":\"AQAB\"}}";
        Assert.Contains("2048", Assert.Throws<WardenException>(() => PublicJwk.Validate(weak)).Error.Message, StringComparison.Ordinal);
        Assert.Throws<WardenException>(() => PublicJwk.Validate("[1,2,3]"));
        Assert.Throws<WardenException>(() => PublicJwk.Validate("{\"kty\":\"oct\",\"k\":\"AAAA\"}"));
    }

    [Fact]
    public async Task KeyEncryptionKey_ConcurrentSealAndOpen_AllSucceed()
    {
        // Regression: one AesGcm instance used from many threads at once failed tag checks (MCP session ids under load).
        using var kek = new KeyEncryptionKey(new byte[32]);
        var ad = "ad"u8.ToArray();
        var failures = 0;
        await Parallel.ForAsync(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, (i, _) =>
        {
            // Large enough that two threads are inside the cipher at the same time.
            var plain = new byte[16 * 1024];
            BitConverter.TryWriteBytes(plain, i);
            try
            {
                if (BitConverter.ToInt32(kek.Open(kek.Seal(plain, ad), ad)) != i)
                {
                    Interlocked.Increment(ref failures);
                }
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                Interlocked.Increment(ref failures);
            }

            return ValueTask.CompletedTask;
        });
        Assert.Equal(0, failures);
    }
}
