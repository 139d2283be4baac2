using Warden.Guards.Detectors;

namespace Warden.Guards.Tests;

/// <summary>
/// Round 22b: keys typed by hand (12-64 characters, no digits or no mixed case; an AES-128 key is 16 typed characters)
/// handed to a signing or cipher call's key position. The call says the literal is a key; the value must show it was not
/// typed as words (rare letter pairs, or letters and digits mixed throughout). Every value below was written for these
/// tests; none is taken from another project.
/// </summary>
public sealed class SecretRound22bTests
{
    private const string Lower16 = "vqzkrbtwmxhjpdlf";
    private const string LowerDigits16 = "zkq7wfm2xrbv9tnh";
    private const string Mixed12 = "KwZqTxRbLmVd";
    private const string HexMix16 = "3f9b2e71c6ad0845";
    private const string Symbols16 = "m7qz#vk&bwx!rtpj";

    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void FindsExactly(string text, string value) => DetectorProbe.SecretsFindExactly(text, value);

    private static void FindsNothing(string text) => DetectorProbe.SecretsFindNothing(text);

    [Theory]
    [InlineData("SecretKeySpec key = new SecretKeySpec(\"" + Lower16 + "\".getBytes(), \"AES\");", Lower16)]
    [InlineData("mac.init(new SecretKeySpec(\"" + Mixed12 + "\".getBytes(), \"HmacSHA256\"));", Mixed12)]
    [InlineData("val spec = SecretKeySpec(\"" + LowerDigits16 + "\".toByteArray(), \"AES\")", LowerDigits16)]
    [InlineData("SecretKeySpec spec = new SecretKeySpec(\"" + HexMix16 + "\".getBytes(StandardCharsets.UTF_8), \"AES\");", HexMix16)]
    [InlineData("SecretKeySpec spec = new SecretKeySpec(\"" + Symbols16 + "\".getBytes(\"UTF-8\"), \"AES\");", Symbols16)]
    [InlineData("var sha = new HMACSHA256(Encoding.ASCII.GetBytes(\"" + Mixed12 + "\"));", Mixed12)]
    [InlineData("h := hmac.New(sha256.New, []byte(\"" + Lower16 + "\"))", Lower16)]
    [InlineData("sig = hmac.new(b'" + LowerDigits16 + "', msg, hashlib.sha256).hexdigest()", LowerDigits16)]
    [InlineData("const sig = crypto.createHmac('sha256', '" + Lower16 + "').update(body).digest('hex');", Lower16)]
    [InlineData("$sig = hash_hmac('sha256', $body, '" + HexMix16 + "');", HexMix16)]
    [InlineData("token = jwt.encode(payload, '" + Mixed12 + "', algorithm='HS256')", Mixed12)]
    [InlineData("SecretKeySpec key = new SecretKeySpec(\n    \"" + Lower16 + "\".getBytes(),\n    \"AES\");", Lower16)]
    public void TypedKeysAtAKeyPosition_AreRead(string text, string value) => FindsExactly(text, value);

    [Theory]
    [InlineData("// example only, not a real key\nSecretKeySpec key = new SecretKeySpec(\"" + Lower16 + "\".getBytes(), \"AES\");")]
    [InlineData("SecretKeySpec key = new SecretKeySpec(\"" + Lower16 + "\".getBytes(), \"AES\"); // test fixture, only a sample")]
    [InlineData("/* THIS IS A SAMPLE */ SecretKeySpec key = new SecretKeySpec(\"" + Lower16 + "\".getBytes(), \"AES\");")]
    [InlineData("SECRETKEYSPEC key = new SECRETKEYSPEC(\"" + Lower16 + "\".getBytes(),  \"AES\");")]
    [InlineData("SecretKeySpec key = new SecretKeySpec('" + Lower16 + "'.getBytes(),\t\"AES\");")]
    public void WordsCaseAndSpacingAroundTheCall_DoNotHideTheKey(string text) => FindsExactly(text, Lower16);

    [Theory]
    [InlineData("sig = hmac.new(b\"" + Lower16 + "\" /* example */, msg, hashlib.sha256)")]
    [InlineData("mac.init(new SecretKeySpec(\"" + Lower16 + "\" /* test */.getBytes(), \"AES\"));")]
    [InlineData("const sig = crypto.createHmac('sha256', '" + Lower16 + "' /* sample */).update(body);")]
    [InlineData("const sig = crypto.createHmac('sha256', '" + Lower16 + "'/*only a sample*/);")]
    [InlineData("sig = hmac.new(b\"" + Lower16 + "\", msg, hashlib.sha256)  # example key, not real")]
    [InlineData("sig = hmac.new(b'" + Lower16 + "',  # test key\n             msg, hashlib.sha256)")]
    public void ACommentAfterTheKey_DoesNotHideIt(string text) => FindsExactly(text, Lower16);

    [Theory]
    [InlineData("sig = hmac.new(b\"" + Lower16 + "\" /* unclosed, msg, hashlib.sha256)")] // no closing "*/": not an argument
    [InlineData("sig = hmac.new(b\"" + Lower16 + "\" /* c */ + suffix, msg)")] // a comment, then more of the expression
    public void ACommentThatDoesNotEndTheArgument_IsNotSkipped(string text) => FindsNothing(text);

    [Theory]
    [InlineData("mysecretkey12345")] // words and a counting run
    [InlineData("thisisasecretkey")]
    [InlineData("MySuperSecretKey")]
    [InlineData("supersecretkey")]
    [InlineData("changemechangeme")]
    [InlineData("your-key-here-16")]
    [InlineData("secret_key_base")]
    [InlineData("sixteenbytekey!!")]
    [InlineData("mustbe16bytelong")]
    [InlineData("encryptionkey123")]
    [InlineData("jwtsecretkey")]
    [InlineData("hardcodedsecret")]
    [InlineData("abcdefghijklmnop")] // sequences and keyboard walks
    [InlineData("abcdefgh12345678")]
    [InlineData("0123456789abcdef")]
    [InlineData("1234567890123456")]
    [InlineData("qwertyuiopasdfgh")]
    [InlineData("asdfghjklzxcvbnm")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("p4ssw0rd12345678")] // digits standing for letters
    [InlineData("h3ll0w0rld2024ok")]
    [InlineData("Pa55w0rdPa55w0rd")]
    [InlineData("m0nk3yb4n4n4s!!")]
    [InlineData("./config/key.pem")] // paths, templates, names
    [InlineData("/etc/keys/hmac.key")]
    [InlineData("%s-%s-signing-key")]
    [InlineData("{signing_secret}")]
    [InlineData("${HMAC_SECRET_KEY}")]
    [InlineData("HmacShaSigner")]
    [InlineData("signingKeyForTests")]
    [InlineData("vqzkrbtw")] // too short
    public void WordsSequencesAndNames_AtAKeyPosition_StayQuiet(string value)
    {
        FindsNothing("SecretKeySpec key = new SecretKeySpec(\"" + value + "\".getBytes(), \"AES\");");
        FindsNothing("var h = new HMACSHA256(Encoding.UTF8.GetBytes(\"" + value + "\"));");
        FindsNothing("sig = hmac.new(b'" + value + "', msg, hashlib.sha256)");
    }

    [Theory]
    [InlineData("IvParameterSpec iv = new IvParameterSpec(\"" + Lower16 + "\".getBytes());")] // an IV is public
    [InlineData("String name = \"" + Lower16 + "\";")] // no key position
    [InlineData("log.info(\"" + Lower16 + "\");")]
    [InlineData("var h = new HMACSHA256(Encoding.UTF8.GetBytes(" + Lower16 + "));")] // a variable
    public void TheSameValueOutsideAKeyPosition_StaysQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("mac.init(new SecretKeySpec(\"vqzkrbtwmxhjpdlf\" /* ")]
    [InlineData("hmac.new(b'qz7xk' /* a */ /* ")]
    [InlineData("new HMACSHA256(Encoding.ASCII.GetBytes(\"KwZqTxRbLmVdKwZqTxRbLmVd")]
    public void NewChecks_StayLinear_OnHostileInput(string unit) =>
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t));

    [Theory]
    [InlineData("vqzkrbtwmxhjpdlf", 0.7)]
    [InlineData("KwZqTxRbLmVd", 0.7)]
    [InlineData("3f9b2e71c6ad0845", 0.7)]
    [InlineData("h3ll0w0rld2024ok", 0)]
    [InlineData("foobarbazqux", 0)]
    [InlineData("vqzkrbtw mxhjpdlf", 0)] // a blank: not one token
    [InlineData("vqzkrbtwmxhjpdlf\u00e9", 0)] // a character no key uses
    public void Score_ReadsOnlyTheValue(string value, double expected) => Assert.Equal(expected, SecretTypedKeys.Score(value));
}
