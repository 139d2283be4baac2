namespace Warden.Guards.Tests;

/// <summary>
/// Round 25b: a value after one escaped line break and the blanks that indent the next embedded line
/// ("PASSWORD=\n  V" written inside a string), a lone capitalised word on the line after a label ("Password:\nContinue"),
/// upper-case constants whose value repeats their own name (STATUS_PASSED = 'PASSED') and Go keys sliced to length or
/// handed to <c>aes.NewCipher</c>. Every value below is random text written for these tests; none is taken from another project.
/// </summary>
public sealed class SecretRound25bTests
{
    private const string Key32 = "k8Jq2mXv9pL4rT7wZ3nB6cF1hD5gS0aE";

    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void Finds(string text, string value) => Assert.Contains(Run(text), f => text[f.Start..f.End] == value);

    private static void FindsNothing(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("{\"env\": \"PASSWORD=\\n  Xk9#mQ2vLp\"}", "Xk9#mQ2vLp")]
    [InlineData("cfg = \"DB_PASSWORD=\\n    hT4$kq9Zw2\"", "hT4$kq9Zw2")]
    [InlineData("\"secret:\\n  a8Fk2LmQ9xZ3pR7t\"", "a8Fk2LmQ9xZ3pR7t")]
    [InlineData("log(\"API_TOKEN=\\n  9fK2mQx7Lp3ZrT8vW1nB\")", "9fK2mQx7Lp3ZrT8vW1nB")]
    [InlineData("\"password:\\\\n\\t Wq7!zR2mLx\"", "Wq7!zR2mLx")]
    public void ValueAfterOneEscapedBreakAndBlanks_IsRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("\"PASSWORD=\\n  \\n  USER=admin\"")]
    [InlineData("\"password=\\n  Please enter it below\"")]
    [InlineData("\"PASSWORD=\\n  PORT=5432\"")]
    [InlineData("\"token:\\n  null\"")]
    [InlineData("\"PASSWORD=\\n  ${DB_PASS}\"")]
    [InlineData("\"password:\\n  required\"")]
    [InlineData("print(\"Password:\\n  \")")]
    [InlineData("\"secret=\\n  <your-secret-here>\"")]
    [InlineData("msg = \"Token:\\n  Expired\"")]
    [InlineData("\"Password:\\n  Continue\"")]
    public void EscapedBreakBeforeNoValue_StaysQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("Enter password:\r\nPlease")]
    [InlineData("Password:\nContinue")]
    [InlineData("Enter password:\\r\\nPlease")]
    [InlineData("Password:\\nContinue")]
    [InlineData("Enter your password:\nCancel")]
    [InlineData("Password:\nSubmit")]
    [InlineData("New password:\nConfirm")]
    [InlineData("Password:\n  Continue to the next step")]
    public void OneCapitalisedWordOnTheNextLine_IsAPrompt(string text) => FindsNothing(text);

    [Theory]
    [InlineData("password:\n  Xk9#mQ2v", "Xk9#mQ2v")]
    [InlineData("Password:\nTr0ub4dor&3", "Tr0ub4dor&3")]
    [InlineData("password:\nXk9mQ2vLpZr7", "Xk9mQ2vLpZr7")]
    [InlineData("secret:\r\n  hT4kq9Zw2Lmx", "hT4kq9Zw2Lmx")]
    [InlineData("Password: Continue", "Continue")]
    [InlineData("password = \"Welcome\"", "Welcome")]
    [InlineData("Password:\nWelcome2024", "Welcome2024")]
    public void RealValuesOnTheNextLine_OrOnTheSameLine_AreStillRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("STATUS_PASSED = 'PASSED'")]
    [InlineData("TEST_PASSED = 'PASSED'")]
    [InlineData("STATE_PASSING = 'PASSING'")]
    [InlineData("const RESULT_PASSED = \"PASSED\";")]
    [InlineData("PASSWORD_FIELD = \"password_input\"")]
    [InlineData("secret_path = \"../config/secrets\"")]
    [InlineData("TOKEN_TYPE = 'BEARER'")]
    [InlineData("const TOKEN_EXPIRED = \"TOKEN_EXPIRED\";")]
    [InlineData("credentials_path = './credentials/service.json'")]
    public void ConstantsThatRepeatTheirNameOrHoldAPath_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("DB_PASSWORD = 'Hunter2Secure!'", "Hunter2Secure!")]
    [InlineData("PASSWORD = 'TIGERTIGER'", "TIGERTIGER")]
    [InlineData("ADMIN_PASSWORD = 'LETMEIN99'", "LETMEIN99")]
    [InlineData("STATUS_PASSWORD = 'ZQXWVKTR'", "ZQXWVKTR")]
    public void UpperCaseValuesThatAreNotTheName_AreStillRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("mac := hmac.New(sha256.New, []byte(\"" + Key32 + "yU\"[:32]))", Key32 + "yU")]
    [InlineData("block, err := aes.NewCipher([]byte(\"" + Key32 + "\"))", Key32)]
    [InlineData("block, err := aes.NewCipher([]byte(\"" + Key32 + "\"[:32]))", Key32)]
    [InlineData("c, _ := des.NewCipher([]byte(\"" + Key32 + "\"[0:8]))", Key32)]
    public void GoKeysSlicedOrHandedToNewCipher_AreRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("mac := hmac.New(sha256.New, []byte(secret[:32]))")]
    [InlineData("block, _ := aes.NewCipher([]byte(key))")]
    [InlineData("block, _ := aes.NewCipher([]byte(\"0123456789abcdef\"))")]
    [InlineData("block, _ := aes.NewCipher([]byte(\"example key 1234\"))")]
    [InlineData("s := []byte(\"" + Key32 + "\"[:32])")]
    [InlineData("h := hmac.New(sha256.New, []byte(\"" + Key32 + "\"[i]))")]
    public void GoLookAlikes_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("\"PASSWORD=\\n ")]
    [InlineData("Password:\nContinue\n")]
    [InlineData("STATUS_PASSED = 'PASSED'\n")]
    [InlineData("aes.NewCipher([]byte(\"a\"[:")]
    public void NewChecks_StayLinear_OnHostileInput(string unit) =>
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t), string.Empty, smallRepeats: 500, floorMs: 250);
}
