using Warden.Guards.Detectors;

namespace Warden.Guards.Tests;

/// <summary>
/// Round 22: OAuth 1 signing keys handed to a signing call. The key is "consumer_secret&amp;token_secret"; before a token
/// secret exists it is written <c>"secret&amp;"</c> or <c>"secret" + "&amp;"</c>, and the secret is the part before the '&amp;'.
/// Every value below is random text written for these tests; none is taken from another project.
/// </summary>
public sealed class SecretRound22Tests
{
    private const string Key30 = "Tq7mVz2XkR9pLw4NbC8sHd3YfG6jQe";
    private const string Hex32 = "8d3f1a6c9e0b47d2a5c8f3e6b1d4a7c9";

    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    /// <summary>Exactly one finding, and it covers the secret and not the '&amp;' after it.</summary>
    private static void FindsExactly(string text, string value) => DetectorProbe.SecretsFindExactly(text, value);

    private static void FindsNothing(string text) => DetectorProbe.SecretsFindNothing(text);

    [Theory]
    [InlineData("using (var hmac = new HMACSHA1(Encoding.ASCII.GetBytes(\"" + Hex32 + "&\")))", Hex32)]
    [InlineData("var hmac = new HMACSHA1(Encoding.ASCII.GetBytes(\"" + Key30 + "\" + \"&\"));", Key30)]
    [InlineData("var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(\"" + Key30 + "\"  +  '&'));", Key30)]
    [InlineData("sig = hmac.new(b\"" + Key30 + "&\", base, hashlib.sha1).digest()", Key30)]
    [InlineData("sig = hmac.new(\"" + Key30 + "&\".encode(), base, hashlib.sha1).digest()", Key30)]
    [InlineData("const sig = crypto.createHmac('sha1', '" + Key30 + "&').update(base).digest('base64');", Key30)]
    [InlineData("const sig = crypto.createHmac('sha1', '" + Key30 + "' + '&').update(base).digest('base64');", Key30)]
    [InlineData("$sig = base64_encode(hash_hmac('sha1', $base, '" + Key30 + "&', true));", Key30)]
    [InlineData("mac.init(new SecretKeySpec(\"" + Key30 + "&\".getBytes(), \"HmacSHA1\"));", Key30)]
    [InlineData("h := hmac.New(sha1.New, []byte(\"" + Key30 + "&\"))", Key30)]
    [InlineData("var hmac = new HMACSHA1(\n    Encoding.ASCII.GetBytes(\"" + Hex32 + "\" + \"&\")\n);", Hex32)]
    public void OAuthSigningKeys_AreReadWithoutTheAmpersand(string text, string value) => FindsExactly(text, value);

    [Theory]
    [InlineData("// OAuth example for the docs, not a real secret\nvar hmac = new HMACSHA1(Encoding.ASCII.GetBytes(\"" + Key30 + "&\"));")]
    [InlineData("var hmac = new HMACSHA1(Encoding.ASCII.GetBytes(\"" + Key30 + "\" + \"&\")); // test fixture, only a sample")]
    [InlineData("/* SAMPLE */ sig = hmac.new(b\"" + Key30 + "&\", base, hashlib.sha1)")]
    [InlineData("var hmac = new HMACSHA1(Encoding.ASCII.GetBytes(\"" + Key30 + "\"\t+\t\"&\"));")]
    public void WordsAndSpacingAroundTheCall_DoNotHideTheKey(string text) => FindsExactly(text, Key30);

    [Theory]
    [InlineData("var hmac = new HMACSHA1(Encoding.ASCII.GetBytes(\"secret&\"));")]
    [InlineData("var hmac = new HMACSHA1(Encoding.ASCII.GetBytes(\"consumer_secret\" + \"&\"));")]
    [InlineData("var hmac = new HMACSHA1(Encoding.ASCII.GetBytes(\"&\"));")]
    [InlineData("var hmac = new HMACSHA1(Encoding.ASCII.GetBytes(consumerSecret + \"&\"));")]
    [InlineData("var hmac = new HMACSHA1(Encoding.ASCII.GetBytes(\"" + Key30 + "\" + tokenSecret));")]
    [InlineData("var hmac = new HMACSHA1(Encoding.ASCII.GetBytes(\"" + Key30 + "\" + \"&x\"));")]
    [InlineData("sig = hmac.new(b\"password&\", base, hashlib.sha1)")]
    [InlineData("const sig = crypto.createHmac('sha1', 'your-consumer-secret&')")]
    public void WordsVariablesAndOtherTails_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("const body = JSON.stringify({ q: \"" + Key30 + "&\" });")]
    [InlineData("callback(\"" + Key30 + "\" + \"&\");")]
    public void AnAmpersandOutsideASigningCall_ReadsNothingNew(string text) => FindsNothing(text);

    [Fact]
    public void AnAmpersandInsideTheKey_KeepsTheWholeLiteral()
    {
        // Only a trailing '&' is OAuth's joiner; one inside the literal is part of the key as written.
        const string key = "p7Vq&Lm3Xz9Rk2Wb8Nc4";
        var text = "var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(\"" + key + "\"));";
        var f = Assert.Single(Run(text));
        Assert.Equal(key, text[f.Start..f.End]);
    }

    [Theory]
    [InlineData("Qm%r58tuxxa*~__&")]
    [InlineData("Jv%d74npqqe*~--&")]
    public void ATrailingAmpersandThatBelongsToTheKey_IsKeptWhenTheRestIsNoKey(string key)
    {
        // Session 18 review: reading every trailing '&' as OAuth's joiner lost an AES key that ends in '&' (its first
        // fifteen characters alone fail the key tests); the whole literal is scored when the rest is no key.
        var text = "cipher.init(2, new SecretKeySpec(\"" + key + "\".getBytes(), \"AES\"));";
        var f = Assert.Single(Run(text));
        Assert.Equal(key, text[f.Start..f.End]);
    }

    [Theory]
    [InlineData("var hmac = new HMACSHA1(Encoding.ASCII.GetBytes(\"")]
    [InlineData("var hmac = new HMACSHA1(Encoding.ASCII.GetBytes(\"&")]
    [InlineData("var hmac = new HMACSHA1(Encoding.ASCII.GetBytes(\"x\" + \"")]
    [InlineData("var hmac = new HMACSHA1(Encoding.ASCII.GetBytes(\"x\" +")]
    [InlineData("var hmac = new HMACSHA1(Encoding.ASCII.GetBytes(\"x\" + '&")]
    public void TruncatedCalls_DoNotThrow(string text) => FindsNothing(text);

    [Theory]
    [InlineData("const ip_secret = \"fd12:3456:789a:1c2e:9a92:6617:b87a:fbcc\";")]
    [InlineData("host_token: \"2001:db8:7:0:0:8a2e:370:7334\"")]
    [InlineData("ip_secret = '2001:db8:4::c0a8:2'")]
    [InlineData("secret_addr = \"::ffff:C0A8:1F\"")]
    [InlineData("PEER_SECRET=fe80::9a1c:4fff:fe2b:7d10")]
    public void Ipv6AddressesUnderASecretName_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("password = \"9f3a:b27c:4d1e:8a6f:c03b:e5d2:17a9:4b6c:2e8f\"", "9f3a:b27c:4d1e:8a6f:c03b:e5d2:17a9:4b6c:2e8f")] // nine groups
    [InlineData("password = \"9f3a7:b27c:4d1e::8a6f\"", "9f3a7:b27c:4d1e::8a6f")] // a five-digit group
    [InlineData("password = \"9f3a::b27c::4d1e:8a6f\"", "9f3a::b27c::4d1e:8a6f")] // two "::"
    [InlineData("password = \"Kx9:Lm2:Qp7:Wz4\"", "Kx9:Lm2:Qp7:Wz4")] // letters past 'f'
    [InlineData("password = \"ab12:cd34\"", "ab12:cd34")] // no "::" and two groups
    public void ColonSeparatedValuesThatAreNotAddresses_AreStillRead(string text, string value) => FindsExactly(text, value);

    [Theory]
    [InlineData("fd12:3456:789a:1c2e:9a92:6617:b87a:fbcc", true)]
    [InlineData("::1", true)]
    [InlineData("2001:db8::", true)]
    [InlineData("fd12:3456:789a:1c2e:9a92:6617:b87a", false)]
    [InlineData("fd12:3456:789a:1c2e:9a92:6617:b87a:fbcc:1", false)]
    [InlineData(":fd12:3456:789a:1c2e:9a92:6617:b87a:fb", false)]
    [InlineData("a:::b", false)]
    [InlineData("deadbeef", false)]
    [InlineData("12:30:45", false)]
    public void Ipv6Shape(string value, bool expected) => Assert.Equal(expected, SecretValues.IsIpv6Address(value));
}
