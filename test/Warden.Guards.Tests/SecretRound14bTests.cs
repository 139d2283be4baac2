using Warden.Guards.Detectors;

namespace Warden.Guards.Tests;

/// <summary>
/// Round 14b: false positives on CI files, JavaScript, Go, YAML schemas, .env files and Markdown docs. The texts below
/// are written for these tests (shapes seen in those files, values typed by hand), not copied from the measured files.
/// </summary>
public sealed class SecretRound14bTests
{
    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void Finds(string text, string value, string? type = null) =>
        Assert.Contains(Run(text), f => text[f.Start..f.End].Contains(value, StringComparison.Ordinal) && (type is null || f.Type == type));

    [Theory]
    [InlineData("properties:\n  password:\n    description: Required. Password for the user.\n    type: string\n")] // YAML schema: a nested mapping
    [InlineData("  secretManagerStoredPassword:\n    description: Optional. A secret reference.\n")]
    [InlineData("  securityToken:\n    description: Optional. The token.\n")]
    [InlineData("AWS_ACCESS_KEY_ID=\nAWS_SECRET_ACCESS_KEY=\nAWS_DEFAULT_REGION=us-east-1\n")] // .env template: empty values
    [InlineData("DB_PASSWORD=\nDB_HOST_NAME=db01\n")]
    public void KeyOnTheNextLine_IsNotTheValue(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("password:\n  Qz7rT2vK9m!x", "Qz7rT2vK9m!x")] // a value on the next line is still a value
    [InlineData("AWS_SECRET_ACCESS_KEY=\nQz7rT2vK9mXr4tKq9LmZ2vBd3Hs6Wn1By5Ch0Jk3", "Qz7rT2vK9mXr4tKq9LmZ2vBd3Hs6Wn1By5Ch0Jk3")]
    [InlineData("DB_PASSWORD=\nAPI_TOKEN=Zr5Tq8Wm2Xk7Vn4Lp9Bd3Hs6", "Zr5Tq8Wm2Xk7Vn4Lp9Bd3Hs6")] // the next key is scanned on its own
    [InlineData("password: \"Tq8:vN3kZ2\"", "Tq8:vN3kZ2")] // same line: a ':' inside the value is kept
    public void ValuesAroundLineBreaks_AreStillFound(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("    tokenData.description = tokenDescription\n")]
    [InlineData("    tokenData.orgs_permission = orgsPermission\n")]
    [InlineData("const secret = clientSecretValue;")]
    [InlineData("password = userPassword")] // unquoted: a variable
    public void CamelCaseNames_AreCode_NotSecrets(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("password = \"summerHoliday\"", "summerHoliday")] // a quoted password may look like a name
    [InlineData("api_token = 'qwErTyUiOpAsDfGh'", "qwErTyUiOpAsDfGh")] // alternating case is not a name
    [InlineData("api_token = xR4tKq9LmZ2vBd3Hs6", "xR4tKq9LmZ2vBd3Hs6")]
    public void CamelCaseLookAlikes_AreStillFound(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("tokenDescription", true)]
    [InlineData("orgsPermission", true)]
    [InlineData("clientSecretValue", true)]
    [InlineData("qwErTyUiOpAsDfGh", false)]
    [InlineData("xR4tKq9LmZ2v", false)]
    [InlineData("aBCdef", false)]
    [InlineData("lowercase", false)] // one word
    [InlineData("TypeName", false)]
    public void IsCamelCaseName(string value, bool expected) => Assert.Equal(expected, SecretValues.IsCamelCaseName(value));

    [Theory]
    [InlineData("await lib.unpublish('pkg', { token: 'not-a-real-token' })")] // a slug in a README example
    [InlineData("api_key: my-service-account-name")]
    public void LowerCaseSlugs_UnderTokenKeys_AreIgnored(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("password: correct-horse-battery", "correct-horse-battery")] // a passphrase under a password key stays
    [InlineData("api_token = 'k3m9-q2z7-x4c8-v1b6'", "k3m9-q2z7-x4c8-v1b6")] // digits: generated
    public void SlugLookAlikes_AreStillFound(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("key=\"-----BEGIN PRIVATE KEY-----\\nXXXX\\nXXXX\\n-----END PRIVATE KEY-----\"")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----")]
    [InlineData("-----BEGIN EC PRIVATE KEY-----\n-----END EC PRIVATE KEY-----")]
    public void PlaceholderPemBodies_AreIgnored(string text) => Assert.Empty(Run(text));

    [Fact]
    public void ShortRealLookingPemBody_IsStillFound()
    {
        const string text = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIHq7Zm2Xp8Vr4Tl6Wn1By5Ch0Jk3M9Qz\n-----END PRIVATE KEY-----";
        Assert.Contains(Run(text), f => f.Type == "PRIVATE_KEY");
    }

    [Theory]
    [InlineData("password: ${{ secrets.DB_PASSWORD }}")] // CI variable references stay quiet
    [InlineData("const token = process.env.GITHUB_TOKEN;")]
    [InlineData("api_key = ENV.fetch(\"API_KEY\")")]
    [InlineData("password: {{ .Values.db.password }}")]
    [InlineData("\"integrity\": \"sha512-Zq7Xp2Vr8Tl4Wn6By1Ch5Jk0M3Qz9x4c8v1b6n0m5L2k8J4h7G1fD==\"")] // a content hash, not a key
    [InlineData("github.com/example/mod v1.2.3 h1:Zq7Xp2Vr8Tl4Wn6By1Ch5Jk0M3Qz9x4c8v1b6n0m5=")]
    public void ReferencesAndContentHashes_AreIgnored(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("password for admin:Vb8wQ2nZrT", "Vb8wQ2nZrT")] // "password for NAME:value"
    [InlineData("root password for db01=Xr4tKq9Lm!", "Xr4tKq9Lm!")]
    [InlineData("password(default:Tq8vN3kZ2p)", "Tq8vN3kZ2p")] // "password (default: value)"
    [InlineData("Password (default: Qz7rT2vK9m)", "Qz7rT2vK9m")]
    public void PasswordForName_AndDefaultValue_AreFound(string text, string value) => Finds(text, value, "PASSWORD");

    [Theory]
    [InlineData("password : kestrel!", "kestrel!")] // after ':' the '!' belongs to the password
    [InlineData("pwd = marmot?!", "marmot")]
    public void TrailingBang_AfterAnOperator_IsPartOfThePassword(string text, string value) => Finds(text, value, "PASSWORD");

    [Theory]
    [InlineData("the password is kestrel!")] // prose: the '!' ends the sentence, one lower-case word is too weak
    [InlineData("reset the password for your account: please")]
    [InlineData("password (default: none)")]
    public void ProseAndDefaults_WithoutRealValues_AreIgnored(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("password:\n  a: ")]
    [InlineData("K=\nL=")]
    [InlineData("token = tokenDescription ")]
    [InlineData("token: a-b-c-d ")]
    [InlineData("-----BEGIN PRIVATE KEY-----\\nXXXX\\n-----END PRIVATE KEY-----\n")]
    [InlineData("-----BEGIN PRIVATE KEY-----\n")]
    [InlineData("password for x:")]
    [InlineData("password for ")]
    [InlineData("password(default:")]
    [InlineData("pw: a!")]
    public void NewChecks_StayLinear_OnHostileInput(string unit) =>
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t));
}
