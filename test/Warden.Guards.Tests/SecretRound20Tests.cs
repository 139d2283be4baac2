namespace Warden.Guards.Tests;

/// <summary>
/// Round 20: keys handed to HMAC and JWT signing calls by position, AWS's documentation key pair with its "EXAMPLE"
/// tail edited, and PuTTY private keys. Every value below is random text written for these tests; none is taken from
/// another project.
/// </summary>
public sealed class SecretRound20Tests
{
    private const string Key24 = "nnUmDp9J2eLhwyrnGQXK0QAy";
    private const string Key32 = "TYAbGW2X62tbhBb3I9IGoloQMQuvQ6w4";
    private const string Hex40 = "aff9533d25fcef451ad15eeec358a2e2fac349f3";
    private const string Base64Key = "WwIbO668PMcHj6XJXf/vrf3+xwhxiziBpIHLZ2alh7xXKbxFvspMnaVF6c4EgFvR";
    private const string Key16 = "cD9Enqmb3i2oZBgy";

    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void Finds(string text, string value) => Assert.Contains(Run(text), f => text[f.Start..f.End] == value);

    private static void FindsNothing(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("const sig = crypto.createHmac('sha256', '" + Key24 + "').update(body).digest('hex');", Key24)]
    [InlineData("const sig = createHmac(\"sha1\", \"" + Key32 + "\").update(body).digest(\"base64\")", Key32)]
    [InlineData("const h = crypto\n  .createHmac(\n    'sha256',\n    '" + Key24 + "'\n  )\n  .update(raw)", Key24)]
    [InlineData("sig = hmac.new(b'" + Key32 + "', msg, hashlib.sha256).hexdigest()", Key32)]
    [InlineData("h = HMAC.new(b\"" + Key16 + "\", digestmod=SHA256)", Key16)]
    [InlineData("OpenSSL::HMAC.hexdigest('sha256', '" + Hex40 + "', data)", Hex40)]
    [InlineData("$sig = hash_hmac('sha256', $payload, '" + Key24 + "');", Key24)]
    [InlineData("$sig = hash_hmac('sha256', json_encode($payload, JSON_UNESCAPED_SLASHES), '" + Key24 + "', true);", Key24)]
    [InlineData("using var mac = new HMACSHA256(Encoding.UTF8.GetBytes(\"" + Key32 + "\"));", Key32)]
    [InlineData("const token = jwt.sign(payload, '" + Base64Key + "', { expiresIn: '7d' });", Base64Key)]
    [InlineData("token = jwt.encode(payload, '" + Hex40 + "', algorithm='HS256')", Hex40)]
    [InlineData("  JWT.encode(payload, '" + Key24 + "')", Key24)]
    [InlineData("const claims = jwt.verify(token, \"" + Key32 + "\");", Key32)]
    [InlineData("const sig = crypto.createHmac( 'sha256',\t'" + Key24 + "' )", Key24)]
    public void LiteralKeysOfSigningCalls_AreRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("// example only, not a real key\nconst sig = crypto.createHmac('sha256', '" + Key24 + "')")]
    [InlineData("# test fixture: dummy signing key\nsig = hmac.new(b'" + Key24 + "', msg, hashlib.sha256)")]
    [InlineData("THIS IS A SAMPLE. token = jwt.sign(payload, '" + Key24 + "')")]
    [InlineData("token = jwt.sign(payload, '" + Key24 + "') // just an example, for a test")]
    [InlineData("/* only a sample */ const mac = new HMACSHA256(Encoding.UTF8.GetBytes(\"" + Key24 + "\"));")]
    public void WordsAroundASigningCall_DoNotHideTheKey(string text) => Finds(text, Key24);

    [Theory]
    [InlineData("const secret = crypto.createHmac('sha256', 'WebAppData').update(botToken).digest();")]
    [InlineData("const sig = crypto.createHmac('sha256', secret).update(body).digest('hex');")]
    [InlineData("const sig = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(body)")]
    [InlineData("const kDate = crypto.createHmac('sha256', \"AWS4\" + key).update(dateStamp).digest();")]
    [InlineData("const salt = createHmac('sha256', 'ledger-key-derivation-v2').update(master).digest();")]
    [InlineData("const sig = createHmac('sha256', 'test-webhook-secret').update(body).digest('hex');")]
    [InlineData("return jwt.sign(payload, 'your_jwt_secret', { expiresIn: '1h' });")]
    [InlineData("return jwt.sign(payload, 'loginKey');")]
    [InlineData("token = jwt.encode(payload, settings.SECRET_KEY, algorithm='HS256')")]
    [InlineData("token = jwt.encode(payload, '', algorithm='none')")]
    [InlineData("sig = hmac.new(b'test-key', msg, hashlib.sha256).digest()")]
    [InlineData("sig = hmac.new(key, msg, hashlib.sha256).digest()")]
    [InlineData("$sig = hash_hmac('sha256', $payload, $secret);")]
    [InlineData("$sig = hash_hmac('sha256', '" + Key24 + "', $secret);")] // the data argument, not the key
    [InlineData("using var mac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));")]
    [InlineData("using var mac = new HMACSHA256(Encoding.UTF8.GetBytes(\"Jefe\"));")]
    [InlineData("OpenSSL::HMAC.hexdigest('SHA256', 'k' * 32, canonical)")]
    [InlineData("console.log('hmac', '" + Key24 + "')")]
    [InlineData("const digest = crypto.createHash('sha256', '" + Key24 + "')")]
    [InlineData("const payload = jwt.decode(token)")]
    public void OtherSigningArguments_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMAAA\nexport AWS_SECRET_ACCESS_KEY=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")]
    [InlineData("export AWS_CONTEXT_CREDENTIAL=ACCAIOSFODNN7EXAMAAA")]
    [InlineData("foo = \"AKIAIOSFODNN7EXAMAAA\"")]
    [InlineData("secret_key = \"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\"")]
    public void AwsDocumentationKeysWithAnEditedTail_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("export AWS_ACCESS_KEY_ID=AKIAC5W0WGPFIJE97PKP", "AKIAC5W0WGPFIJE97PKP")]
    [InlineData("# AWS docs example, not a real key\nexport AWS_ACCESS_KEY_ID=AKIAC5W0WGPFIJE97PKP", "AKIAC5W0WGPFIJE97PKP")]
    [InlineData("AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI2K7MDENGabPxRfiCYq8Z1mW0rTs", "wJalrXUtnFEMI2K7MDENGabPxRfiCYq8Z1mW0rTs")]
    [InlineData("export AWS_ACCESS_KEY_ID=AKIAIOSFODNN8Q2W5T7Y", "AKIAIOSFODNN8Q2W5T7Y")]
    public void RealShapedAwsKeys_AreStillRead(string text, string value) => Finds(text, value);

    private const string PuttyBody =
        "ZZeCP9L4mXx21h3EQqCMExkS49+I2sHufzqkk489o418ASzWhp2qAHEA7XEqxYcc\n"
        + "cVLzxbKD3udHSpIPTw8ZCw2FDB12QsWx76IGkBf50wcxm7S6JDumzffL9nu5AHZ2\n"
        + "zn+0uJMdsJmmP6v8P6+6zMLxtDmG2GPQAl2bFJ8HkmGMNdapbeE9GcYEC17kxkpd";

    private const string PuttyFile =
        "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 1\n"
        + "s7pgDZK+Hfmz0XzQbk7KnbBEdsw5RES7wRtv5BT+tqn3fS8gQPbtGEN4JnQJN1YU\nPrivate-Lines: 3\n" + PuttyBody
        + "\nPrivate-MAC: 5f0c2d7e91ab34c8d6e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2\n";

    [Fact]
    public void PuttyPrivateLines_AreAPrivateKey()
    {
        var findings = Run(PuttyFile);
        Assert.Contains(findings, f => f.Type == "PRIVATE_KEY" && PuttyFile[f.Start..f.End] == PuttyBody);
    }

    [Fact]
    public void PuttyPrivateLines_WithWindowsLineEnds_AreAPrivateKey()
    {
        var text = PuttyFile.Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Contains(Run(text), f => f.Type == "PRIVATE_KEY" && text[f.Start..f.End] == PuttyBody.Replace("\n", "\r\n", StringComparison.Ordinal));
    }

    [Fact]
    public void PuttyPrivateLines_FarAfterAStrayHeaderMention_AreStillRead()
    {
        // A header named in prose, 20 KB of other text, then a real key file: the far "Private-Lines:" belongs to the
        // second header, and the first one must not end the search.
        var text = "Our notes mention PuTTY-User-Key-File-2 once.\n" + new string('x', 20_000) + "\n" + PuttyFile;
        Assert.Contains(Run(text), f => f.Type == "PRIVATE_KEY" && text[f.Start..f.End] == PuttyBody);
    }

    [Fact]
    public void PuttyPrivateLines_AfterAnExampleNote_AreStillRead() =>
        Assert.Contains(Run("# example key for the docs, do not use\n" + PuttyFile), f => f.Type == "PRIVATE_KEY");

    [Theory]
    [InlineData("PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nPrivate-Lines: 1\nXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nPrivate-MAC: 00")]
    [InlineData("PuTTY-User-Key-File-2: ssh-rsa\nPrivate-Lines: 14\n<paste the private lines here>\nPrivate-MAC: …")]
    [InlineData("Save the key with PuTTYgen; the file starts with PuTTY-User-Key-File-3 and holds Private-Lines: and Private-MAC: fields.")]
    public void PuttyTemplatesAndProse_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("createHmac('a', ")]
    [InlineData("jwt.sign(x, ")]
    [InlineData("hash_hmac(")]
    [InlineData("PuTTY-User-Key-File-2 Private-Lines:\n")]
    public void NewChecks_StayLinear_OnHostileInput(string unit) =>
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t));
}
