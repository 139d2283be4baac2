namespace Warden.Guards.Tests;

/// <summary>
/// Round 17: comparisons with a literal credential, camel-case PAT and "cred" keys, "pw = …" with blanks, credential
/// words as values, public-key names, long numeric keys, "fake" markers and Azure Data Factory registration keys.
/// Every value below is random text generated for these tests; none is taken from another project.
/// </summary>
public sealed class SecretRound17Tests
{
    private const string Hex = "47ecc6c1d528dd8b5b44f9cc78bbde11e3edca89";
    private const string Mixed = "NmUlFwIpqg7lr5WecbIQfoIucZBMUp";

    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void Finds(string text, string value, string? type = null) =>
        Assert.Contains(Run(text), f => text[f.Start..f.End] == value && (type is null || f.Type == type));

    private static void FindsNothing(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("if password == \"" + Hex + "\" {")]
    [InlineData("if (password != '" + Hex + "')")]
    [InlineData("if (token === \"" + Mixed + "\") return;")]
    [InlineData("assert api_key !== `" + Mixed + "`")]
    public void Comparison_WithQuotedLiteral_IsFound(string text) =>
        Assert.Single(Run(text), f => text[f.Start..f.End] is Hex or Mixed);

    [Theory]
    [InlineData("if password == \"\" {")] // empty
    [InlineData("if password == null {")] // no quote
    [InlineData("if token == \"Bearer\" {")] // a scheme word
    [InlineData("if (password != confirmPassword)")]
    [InlineData("while token == \"${TOKEN}\"")]
    public void Comparison_LookAlikes_AreIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("GitHubPAT = \"" + Hex + "\"", Hex)]
    [InlineData("azureDevOpsPAT: " + Mixed, Mixed)]
    [InlineData("const cred = \"" + Mixed + "\"", Mixed)]
    [InlineData("db_creds: '" + Mixed + "'", Mixed)]
    [InlineData("\tpw = \"" + Mixed + "\"", Mixed)]
    public void CamelPat_Cred_AndSpacedPw_AreKeys(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("GitHubPATH = \"" + Hex + "\"")] // PATH is another word
    [InlineData("repoPat = \"main-branch\"")] // camel "Pat" is not the acronym
    [InlineData("cred = credentials.Certificate(path)")]
    [InlineData("incredible = \"" + Mixed + "\"")] // "cred" inside a word
    [InlineData("pw = pw_hash(salt)")]
    public void Pat_Cred_Pw_LookAlikes_AreIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("password := \"secret\"")]
    [InlineData("\"password\": \"secret\", // low entropy")]
    [InlineData("Password: \"Password\"")]
    [InlineData("db_pass = 'passwd'")]
    [InlineData("url: \"postgres://user:pass@host:5432/db1\"")]
    public void CredentialWordsAsValues_AreIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("password := \"secret-Wq7x9Lm2\"", "secret-Wq7x9Lm2")]
    [InlineData("postgres://user:pass9Wq7xLm2@db.internal/app", "pass9Wq7xLm2")]
    public void CredentialWordInsideAValue_IsStillFound(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("publicKey=\"" + Hex + Hex + "\"")]
    [InlineData("public_key: " + Mixed)]
    [InlineData("VAPID_PUB_KEY=" + Mixed)]
    public void PublicKeyNames_AreIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("privateKey=\"" + Mixed + "\"")]
    [InlineData("publisherKey=\"" + Mixed + "\"")]
    [InlineData("epubKey=\"" + Mixed + "\"")]
    public void OtherKeyNames_AreStillFound(string text) => Finds(text, Mixed);

    [Theory]
    [InlineData("NUMERIC_APIKEY: 6336945867830918874303")]
    [InlineData("secret_key = \"6336945867830918874303\"")]
    [InlineData("api_token=96336945867830918874")] // 20 digits not starting with 0 or 1
    public void LongNumericKey_IsFound(string text) =>
        Assert.Single(Run(text), f => text[f.Start..f.End].Trim('"').All(char.IsAsciiDigit));

    [Theory]
    [InlineData("api_key = 6336945867830918")] // 16 digits: a card-length number
    [InlineData("token: 18446744073709551615")] // 20 digits starting with 1: a 64-bit id
    [InlineData("secret = 12345678901234567890123")] // typed sequence
    [InlineData("api_key = 1111222211112222111122")] // four different digits
    [InlineData("api_key_id = 6336945867830918874303")] // an id, not the key
    [InlineData("phone: 6336945867830918874303")] // no credential key
    public void LongNumber_LookAlikes_AreIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("aws_secret_access_key:wJ7xLm2Pz9Qk4Rt8Yv1Bn5Hc3Gd6FAKEKEY1234")]
    [InlineData("api_token = \"fake_" + Mixed + "\"")]
    public void FakeMarkedValues_AreIgnored(string text) => FindsNothing(text);

    private const string Adf = "IR@ca0b7560-cd23-49bb-ad7f-4a9766f0fe5f@adf-sales-prod@ne@fT1hmBhz8kFOIxX3fQaFL3NxszqIlwNa+1rtLuzdvt8=";

    [Theory]
    [InlineData(Adf)]
    [InlineData("authKey: " + Adf + " (register the node)")]
    public void AzureDataFactoryKey_IsFound(string text) => Finds(text, Adf, "AZURE_DATA_FACTORY_KEY");

    [Theory]
    [InlineData("IR@ca0b7560-cd23-49bb-ad7f-4a9766f0fe5f@adf-sales-prod@ne@fT1hmBhz8kFOIxX3fQaFL3Nxsz=")] // key too short
    [InlineData("IR@ca0b7560@adf-sales-prod@ne@fT1hmBhz8kFOIxX3fQaFL3NxszqIlwNa+1rtLuzdvt8=")] // no GUID
    public void AzureDataFactoryLookAlikes_AreIgnored(string text) => Assert.DoesNotContain(Run(text), f => f.Type == "AZURE_DATA_FACTORY_KEY");

    [Theory]
    [InlineData("password == '")]
    [InlineData("x != \"")]
    [InlineData("GitHubPAT ")]
    [InlineData("cred pw ")]
    [InlineData("IR@")]
    [InlineData("publicKey=")]
    [InlineData("api_key=63369458678309188743 ")]
    public void NewChecks_StayLinear_OnHostileInput(string unit) =>
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t));
}
