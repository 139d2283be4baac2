using Warden.Guards.Detectors;

namespace Warden.Guards.Tests;

/// <summary>
/// Round 21: keys handed by position to Java / Kotlin key-spec constructors (<c>new SecretKeySpec("…".getBytes(), alg)</c>)
/// and to Go's <c>hmac.New(hash, []byte("…"))</c>. Every value below is random text written for these tests; none is
/// taken from another project.
/// </summary>
public sealed class SecretRound21Tests
{
    private const string Key20 = "Rq8vTz3LmW0xKp5NbY2c";
    private const string Key16 = "Wm4zQ8rTk2VpX7nB";
    private const string Hex40 = "9c04e7b1a35f6d28e0b4c7a9f1d3e5b7c2a4f6e8";

    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void Finds(string text, string value) => Assert.Contains(Run(text), f => text[f.Start..f.End] == value);

    private static void FindsNothing(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("SecretKeySpec spec = new SecretKeySpec(\"" + Key20 + "\".getBytes(), \"HmacSHA256\");", Key20)]
    [InlineData("mac.init(new SecretKeySpec(\"" + Key16 + "\".getBytes(StandardCharsets.UTF_8), \"HmacSHA256\"));", Key16)]
    [InlineData("cipher.init(2, new SecretKeySpec(\"" + Key16 + "\".getBytes(\"UTF-8\"), \"AES\"));", Key16)]
    [InlineData("val key = SecretKeySpec(\"" + Key20 + "\".toByteArray(), \"HmacSHA1\")", Key20)]
    [InlineData("Key k = new javax.crypto.spec.SecretKeySpec(\"" + Hex40 + "\".getBytes(), \"HmacSHA1\");", Hex40)]
    [InlineData("SecretKey k = new SecretKeySpec(Base64.decode(\"" + Key20 + "\"), \"AES\");", Key20)]
    [InlineData("SecretKeySpec spec =\n        new SecretKeySpec(\n            \"" + Key20 + "\".getBytes(),\n            \"AES\");", Key20)]
    [InlineData("h := hmac.New(sha256.New, []byte(\"" + Key20 + "\"))", Key20)]
    [InlineData("mac := hmac.New(sha1.New, []byte(\"" + Hex40 + "\"))", Hex40)]
    [InlineData("h := hmac.New(md5.New, []byte(`" + Key16 + "`))", Key16)]
    [InlineData("h := hmac.New(sha512.New,  []byte( \"" + Key20 + "\" ))", Key20)]
    [InlineData("h := hmac.New(\n\tsha256.New,\n\t[]byte(\"" + Key20 + "\"),\n)", Key20)]
    public void LiteralKeysOfKeySpecAndGoHmac_AreRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("// example only, not a real key\nSecretKeySpec k = new SecretKeySpec(\"" + Key20 + "\".getBytes(), \"AES\");")]
    [InlineData("SecretKeySpec k = new SecretKeySpec(\"" + Key20 + "\".getBytes(), \"AES\"); // test fixture, just a sample")]
    [InlineData("/* THIS IS A SAMPLE */ h := hmac.New(sha256.New, []byte(\"" + Key20 + "\"))")]
    [InlineData("h := hmac.New(sha256.New, []byte(\"" + Key20 + "\")) // dummy key for the docs")]
    [InlineData("SECRETKEYSPEC k = new secretkeyspec(\"" + Key20 + "\".getBytes(), \"AES\"); // case of the anchor")]
    public void WordsAroundTheCall_DoNotHideTheKey(string text) => Finds(text, Key20);

    [Theory]
    [InlineData("SecretKeySpec k = new SecretKeySpec(\"secret\".getBytes(), \"HmacSHA256\");")]
    [InlineData("mac.init(new SecretKeySpec(\"WebAppData\".getBytes(StandardCharsets.UTF_8), \"HmacSHA256\"));")]
    [InlineData("SecretKeySpec k = new SecretKeySpec(\"0123456789abcdef\".getBytes(), \"AES\");")]
    [InlineData("SecretKeySpec k = new SecretKeySpec(\"test-signing-key\".getBytes(), \"HmacSHA256\");")]
    [InlineData("SecretKeySpec k = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), \"HmacSHA256\");")]
    [InlineData("val key = SecretKeySpec(jwtSecret.toByteArray(), \"HmacSHA256\")")]
    [InlineData("SecretKeySpec k = new SecretKeySpec(keyBytes, \"AES\");")]
    [InlineData("IvParameterSpec iv = new IvParameterSpec(\"" + Key16 + "\".getBytes());")]
    [InlineData("h := hmac.New(sha256.New, []byte(\"WebAppData\"))")]
    [InlineData("h := hmac.New(sha512.New, []byte(\"Bitcoin seed\"))")]
    [InlineData("h := hmac.New(sha256.New, []byte(\"test-webhook-secret\"))")]
    [InlineData("h := hmac.New(sha256.New, key)")]
    [InlineData("h := hmac.New(sha256.New, []byte(secret))")]
    [InlineData("ok := hmac.Equal([]byte(\"" + Key20 + "\"), sum)")]
    [InlineData("body := []byte(\"" + Key20 + "\")")]
    public void WordsVariablesAndOtherArguments_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("const secretArn = 'arn:aws:secretsmanager:eu-west-2:418203957716:secret:billing-db-admin-Qx7TfB';")]
    [InlineData("BILLING_SECRET_ARN=arn:aws:secretsmanager:eu-west-2:418203957716:secret:billing/db")]
    [InlineData("if cfg.SecretRef != \"arn:aws:secretsmanager:eu-west-2:9:secret:ledger\" {")]
    [InlineData("Resource: \"arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:LedgerReader*\"")]
    [InlineData("{ name = \"API_TOKEN\", valueFrom = \"arn:aws-us-gov:secretsmanager:us-gov-west-1:418203957716:secret:api-token\" }")]
    public void SecretsManagerArns_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("# reads arn:aws:secretsmanager:eu-west-2:418203957716:secret:ledger at boot\nsecret: " + Key20, Key20)]
    [InlineData("secret_arn = 'arn:aws:secretsmanager:eu-west-2:418203957716:secret:ledger'\nsecret = '" + Key20 + "'", Key20)]
    [InlineData("ref arn:aws:secretsmanager:eu-west-2:418203957716:secret:ledger password: " + Key20, Key20)]
    [InlineData("arn:aws:secretsmanager:eu-west-2:418203957716:secret:ledger,secret=" + Key20, Key20)]
    public void ValuesOutsideAnArn_AreStillRead(string text, string value) => Finds(text, value);

    [Fact]
    public void AnUpperCaseArnLookAlike_IsStillRead()
    {
        const string text = "ARN:AWS:SECRETSMANAGER:EU-WEST-2:418203957716:SECRET:" + Key20;
        Assert.Contains(Run(text), f => f.End == text.Length && f.Start < text.Length - Key20.Length + 1);
    }

    [Fact]
    public void ProviderTokens_InsideAnArn_AreStillRead()
    {
        const string token = "ghp_R7mXq2VtL9cK4wZp8NsB3yHf6JdE1aUo5GiT";
        var text = "arn:aws:secretsmanager:eu-west-2:418203957716:secret:" + token;
        Assert.Contains(Run(text), f => f.Start <= text.IndexOf(token, StringComparison.Ordinal) && f.End >= text.Length);
    }

    [Fact]
    public void DetectorVersion_IsBumped() => Assert.Equal("3.6", new SecretsDetector(0.5).Version);

    [Theory]
    [InlineData("new SecretKeySpec(")]
    [InlineData("SecretKeySpec(\"a")]
    [InlineData("hmac.New(sha256.New, []byte(")]
    [InlineData("hmac.New(x, []byte(\"")]
    [InlineData("[]byte(\"")]
    [InlineData("SecretKeySpec")]
    [InlineData(":secret:")]
    [InlineData("arn:aws:secretsmanager:x:1:secret:")]
    [InlineData("arn:::::")]
    public void NewChecks_StayLinear_OnHostileInput(string unit) =>
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t));

    [Theory]
    [InlineData("(", "h := hmac.New(sha256.New, []byte(")]
    [InlineData("\"", "k := new SecretKeySpec(")]
    [InlineData("\"'`", "k := new SecretKeySpec(")]
    [InlineData("a", "h := hmac.New(sha256.New, []byte(\"")]
    [InlineData(":", "arn:aws:secretsmanager:x:1:secret")]
    public void OneCharacterRunsAfterACall_StayLinear_UpToOneMegabyte(string unit, string prefix) =>
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t), prefix, smallRepeats: 131_072 / unit.Length);
}
