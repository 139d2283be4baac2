namespace Warden.Guards.Tests;

/// <summary>
/// Round 18c: stock example passwords (the top of common-password lists, leet-spelt or with a counting-up suffix),
/// unquoted values that hold a closing bracket, short values under credential keys, and upper-case setting words
/// after the key word. Every value below is random text written for these tests; none is taken from another project.
/// </summary>
public sealed class SecretRound18cTests
{
    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void Finds(string text, string value) => Assert.Contains(Run(text), f => text[f.Start..f.End] == value);

    private static void FindsNothing(string text) => Assert.Empty(Run(text));

    // Round 19 narrowed this rule to documentation and loopback hosts (see SecretRound19Tests).
    [Theory]
    [InlineData("cache: redis://default:letmein@cache.example.com:6379/0")]
    [InlineData("amqp://guest:qwerty1@localhost:5672/")]
    [InlineData("see mysql://app:Passw0rd@127.0.0.1/shop")]
    [InlineData("smtp://mailer:welcome1@smtp.example.org:25")]
    public void StockExamplePasswordsInUrls_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("ADMIN_PASSWORD=admin123", "admin123")] // in code and config a stock password is still a hard-coded one
    [InlineData("password: 'trustno1'", "trustno1")]
    [InlineData("amqp://guest:qwerty123@rabbit:5672/", "qwerty123")] // a digit run after the word makes it a chosen password
    public void StockPasswordsOutsideUrls_AreRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("DATABASE_URL=postgres://app:Hunt3r2-Vq9x@db:5432/app", "Hunt3r2-Vq9x")]
    [InlineData("password: 'Password#2891xZ'", "Password#2891xZ")]
    [InlineData("SMTP_PASS=secret789", "secret789")] // 789 does not count up from 0 or 1
    [InlineData("password = \"P@ssw0rd$7\"", "P@ssw0rd$7")]
    public void PasswordsNearStockWords_AreRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("  password = Xq7)Lm2pR9vT$wZ", "Xq7)Lm2pR9vT$wZ")]
    [InlineData("db_pass: k9]Fw2xQ!pL7", "k9]Fw2xQ!pL7")]
    [InlineData("PASSWD=Tz4}nR8wQ2mY", "Tz4}nR8wQ2mY")]
    [InlineData("connect(password=Rv8kT2wq9Lx)", "Rv8kT2wq9Lx")] // the bracket closes the call
    [InlineData("(see password=Gf3kW9zq1Pm).", "Gf3kW9zq1Pm")]
    public void ClosingBracketInsideUnquotedValue_IsKept(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("env.put(Context.SECURITY_CREDENTIALS, \"qz7k_w3np\");", "qz7k_w3np")]
    [InlineData("props.setProperty(SECURITY_CREDENTIALS, \"h4rbor9x\");", "h4rbor9x")]
    [InlineData("CREDENTIAL = \"t8wq2mz5v\"", "t8wq2mz5v")]
    public void ShortCredentialValues_AreRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("fetch(url, { credentials: \"include\" })")]
    [InlineData("Credentials = \"same-origin\"")]
    [InlineData("KEY_IDENTIFIER: 'Qw7-xR2kLm9_zP4tVb8nYc3sJ'")]
    [InlineData("PASSWORD_HASH=Xk29fLq8Zr2pW7mN4vTb")]
    [InlineData("SECRET_NAME=prod-db-Rk82mQ7vLx")]
    [InlineData("API_KEY_HEADER=X-Api-Key-V2")]
    public void CredentialWordsAndUpperCaseSettings_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("AWS_ACCESS_KEY_ID=Q7RT2KX9WV4MZ8LN3PBC", "Q7RT2KX9WV4MZ8LN3PBC")]
    [InlineData("API_KEY=Rq8vT2mLx9Wz4Kp7Nb3c", "Rq8vT2mLx9Wz4Kp7Nb3c")]
    public void UpperCaseKeysWithoutSettingWords_AreRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("password = a)")]
    [InlineData("TOKEN_ABCDEFGH")]
    [InlineData("amqp://guest:P@ssw0rd1@h ")]
    public void NewChecks_StayLinear_OnHostileInput(string unit) =>
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t));
}
