using Warden.Guards.Detectors;

namespace Warden.Guards.Tests;

/// <summary>
/// Round 14: gaps found by scoring CredSweeper's test samples (tune half only) and false positives on ordinary library
/// code. All values below are written for these tests (random-looking strings typed by hand), not copied from the
/// external data.
/// </summary>
public sealed class SecretRound14Tests
{
    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void Finds(string text, string value, string? type = null) =>
        Assert.Contains(Run(text), f => text[f.Start..f.End].Contains(value, StringComparison.Ordinal) && (type is null || f.Type == type));

    [Theory]
    [InlineData("MWS = \"amzn.mws.4f7a2c9e-1b3d-4e8f-a6c2-9d0b7e5f3a1c\"", "AWS_MWS_KEY")]
    [InlineData("bitbucket: ATBBq7Zm2Xp8Vr4Tl6Wn1By5Ch0Jk3M9Qzx4", "BITBUCKET_TOKEN")]
    [InlineData("Authorization header came from ya29.a0Kq7Zm2Xp8Vr4Tl6Wn1By5Ch0Jk3M9Qz_x4c8", "GOOGLE_OAUTH_TOKEN")]
    [InlineData("TG=736482915:AAHk3m9Q2z7X4c8V1b6N0m5L2k8J4h7G1fD", "TELEGRAM_BOT_TOKEN")] // the token starts at the digits before ":AA"
    [InlineData("736482915:AAHk3m9Q2z7X4c8V1b6N0m5L2k8J4h7G1fD", "TELEGRAM_BOT_TOKEN")]
    [InlineData("mailgun = key-7Kq2Zm8Xp3Vr5Tl1Wn9By4Ch6Jk0M2Qz", "MAILGUN_KEY")] // mixed case with digits
    [InlineData("mailgun = key-3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c8e", "MAILGUN_KEY")] // lower-case hex
    [InlineData("\"sid\" : \"SK9E4B1C7A3D8F2E6B0C5A9D3F7E1B4C8A\"", "TWILIO_KEY")] // upper-case hex
    [InlineData("JIRA_PAT = \"NDgzOTIwMTc1NjM0OhNcpe43gMkSW6TtNn/IEVqj7DV+\"", "ATLASSIAN_DC_TOKEN")] // base64 of 12 digits, ':', 20 bytes
    public void NewProviderFormats_AreFound(string text, string type) => Assert.Contains(Run(text), f => f.Type == type);

    [Theory]
    [InlineData("see key-componentsforthedashboardlayoutx for the layout")] // "key-" + 32 lower-case letters: a word run
    [InlineData("oauth: ya29.configuration_value_name_only")] // no digit or capital in the body
    [InlineData("ratio 736482915:AAB")] // too short for a bot token
    [InlineData("checksum NDgzOTIwMTc1NjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1 ok")] // base64 of digits without the ':'
    [InlineData("\"sid\" : \"SK9e4B1c7A3d8F2e6B0c5A9d3F7e1B4c8A\"")] // mixed-case "hex" is not a Twilio SID
    public void ProviderLookAlikes_AreIgnored(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("user:admin pw:Qz7rT2vK9m!", "Qz7rT2vK9m")]
    [InlineData("my_pw: Xr4!tKq9Lm", "Xr4!tKq9Lm")]
    [InlineData("Host:db01,PW:Vb8$wQ2nZr", "Vb8$wQ2nZr")]
    [InlineData("ID:PW=root:Vb8$wQ2nZr", "Vb8$wQ2nZr")]
    public void PwKey_IsAPasswordKey(string text, string value) => Finds(text, value, "PASSWORD");

    [Theory]
    [InlineData("pwm: Xr4tKq9LmZ2v")] // "pw" followed by a letter is another word
    [InlineData("pw = getpass()")]
    [InlineData("npw: Xr4tKq9LmZ2v")]
    public void PwLookAlikes_AreIgnored(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("\"kerberos_authentication\": \"Yk3QmZ8vR2tL6wN1bX5cH0jP9sD4fG7a\"", "Yk3QmZ8vR2tL6wN1bX5cH0jP9sD4fG7a")]
    [InlineData("auth = 'Zr5Tq8Wm2Xk7Vn4Lp9Bd3Hs6'", "Zr5Tq8Wm2Xk7Vn4Lp9Bd3Hs6")]
    [InlineData("auth_token = 'k3m9q2z7x4c8v1b6n0m5'", "k3m9q2z7x4c8v1b6n0m5")] // "auth_" still defers to the token key
    public void AuthKeys_WithGeneratedValues_AreFound(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("author = \"M7$kQ2vX9pLr\"")]
    [InlineData("auth: required")]
    [InlineData("authentication: oauth2-client-credentials")] // a word, not a generated value
    public void AuthLookAlikes_AreIgnored(string text) => Assert.Empty(Run(text));

    [Fact]
    public void BasicAuthorization_MustDecodeToUserColonPassword()
    {
        Finds("curl -H \"Authorization: Basic ZGVwbG95OlRxOHZOM2taMnBMNQ==\" https://api.example.com", "ZGVwbG95OlRxOHZOM2taMnBMNQ==");
        Assert.Empty(Run("curl -H \"Authorization: Basic Qk3rT9vW2xYz7LmN4pRs\" http://localhost:8080/"));
    }

    [Fact]
    public void BearerValue_ThatStartsLikeAJwt_MustHaveAJwtHeader()
    {
        Assert.Empty(Run("curl -H \"Authorization: Bearer eyJQk3rT9vW2xYz7-LmN4pRs_Zq8\" http://localhost:8080/"));
        Finds("curl -H \"Authorization: Bearer Qk3rT9vW2xYz7LmN4pRsZq8Wb5\" http://localhost:8080/", "Qk3rT9vW2xYz7LmN4pRsZq8Wb5");
    }

    [Theory]
    [InlineData("if token_cache is None:\n    token_cache = JSONFileCache()")]
    [InlineData("credential_sourcer=CanonicalNameCredentialSourcer(providers)")]
    [InlineData("ACCESS_KEY = 'AWSAccessKeyId'\nSECRET_KEY = 'AWSSecretKey'")]
    [InlineData("if passwd is None:\n    passwd = HTTPPasswordMgr()")]
    [InlineData("self._token_loader = SSOTokenLoader(cache)")]
    public void TypeNames_AreCode_NotSecrets(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("password = \"CorrectHorseBattery\"", "CorrectHorseBattery")] // a quoted password may be capitalised words
    [InlineData("api_token = 'QwErTyUiOpAsDfGhJkLz'", "QwErTyUiOpAsDfGhJkLz")] // random mixed case alternates too often
    public void CapitalisedValues_ThatAreNotTypeNames_AreStillFound(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("JSONFileCache", true)]
    [InlineData("AWSAccessKeyId", true)]
    [InlineData("CanonicalNameCredentialSourcer", true)]
    [InlineData("QwErTyUiOpAsDfGhJkLz", false)]
    [InlineData("Xr4tKq9LmZ2v", false)]
    [InlineData("ABCDEFGHIJKL", false)] // one acronym is one word
    [InlineData("lowerCamelName", false)]
    public void IsTypeName(string value, bool expected) => Assert.Equal(expected, SecretValues.IsTypeName(value));

    [Theory]
    [InlineData("", "1234567890:AA")]
    [InlineData("x ", ":AA")]
    [InlineData("", "pw:pw=pw pw: ")]
    [InlineData("", "auth: authentication= ")]
    [InlineData("token = ", "AbcDef")]
    [InlineData("key = ", "ABC")]
    [InlineData("x ATBB", "A")]
    [InlineData("x ya29.", "b")]
    [InlineData("x amzn.mws.", "c")]
    [InlineData("x ", "MT.NDgz")]
    [InlineData("x ", "NDgzOTIwMTc1NjM0")]
    [InlineData("", "Authorization: Basic ")]
    [InlineData("Authorization: Basic ", "Q")]
    public void NewPasses_StayLinear_OnHostileInput(string prefix, string unit)
    {
        // 8x the input must cost far less than the 64x of a quadratic scan (thread CPU time), and nothing throws.
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t), prefix, smallRepeats: 500, floorMs: 250);
    }
}
