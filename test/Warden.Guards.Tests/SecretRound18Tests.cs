namespace Warden.Guards.Tests;

/// <summary>
/// Round 18: an upper-case constant as a call's key argument, values quoted by doubled quotes (C# verbatim strings),
/// environment-reading calls with a default value, tokens that hold a long run of one character, leet-spelt passwords
/// that start with '$', shell variables as URL passwords, numeric literals declared in code and time fields named
/// after the key word. Every value below is random text generated for these tests; none is taken from another project.
/// </summary>
public sealed class SecretRound18Tests
{
    private const string Pw = "xjmc3imBqGjW8s";
    private const string Tok = "o3NQb0BtTASZAYDh";
    private const string Letters = "ebcsobdkbgasgrmpc";
    private const string RunTok = "AAAAAAAAAAAAAAAAAAAAAXnpXyFHYfHiCL39NWENrwt5PGnlZq4TNuYhuARD1jSRDo9Y98OqI75OiD3q1AmhZt4DWFO";

    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void Finds(string text, string value) => Assert.Contains(Run(text), f => text[f.Start..f.End] == value);

    private static void FindsNothing(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("env.put(Context.SECURITY_CREDENTIALS, \"" + Pw + "\");", Pw)]
    [InlineData("props.put(DB_PASSWORD, \"" + Pw + "\");", Pw)]
    [InlineData("map.put(API_TOKEN, '" + Tok + "')", Tok)]
    public void ConstantKeyArgument_IsRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("log.info(password, \"" + Pw + "\");")] // a lower-case variable, not a key name
    [InlineData("headers.put(AUTH_TOKEN_HEADER, \"X-Auth-Token\");")] // a header name
    [InlineData("props.put(Context.SECURITY_CREDENTIALS, \"changeit\");")] // letters only, no digit
    public void ConstantKeyArgument_LookAlikes_AreIgnored(string text) => FindsNothing(text);

    [Fact]
    public void DoubledQuoteValue_IsRead()
    {
        const string value = "Wq7xP;'9Lm2";
        Finds("var cs = @\"Server=db; User=app; Password=\"\"" + value + "\"\"\";", value);
    }

    [Fact]
    public void DoubledQuote_EmptyValue_IsIgnored() => FindsNothing("var cs = @\"Server=db; Password=\"\"\"\";");

    [Theory]
    [InlineData("'password' => env('MAIL_PASSWORD', '" + Letters + "'),", Letters)]
    [InlineData("db_pass = os.getenv(\"DB_PASSWORD\", \"" + Letters + "\")", Letters)]
    public void EnvDefault_IsRead(string text, string value) => Finds(text, value);

    [Fact]
    public void NameList_StaysQuiet() => FindsNothing("fields = [\"password\", \"" + Letters + "\"]");

    [Theory]
    [InlineData("const A_BEARER_TOKEN = \"" + RunTok + "\";")]
    [InlineData("{\"SECRET\": \"" + RunTok + "\"}")]
    public void TokenWithRun_IsRead(string text) => Finds(text, RunTok);

    [Theory]
    [InlineData("api_token = \"sbp_0000000000000000000000000000000000000000\"")]
    [InlineData("secret_key = \"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbc\"")]
    public void RunPlaceholders_StayQuiet(string text) => FindsNothing(text);

    [Fact]
    public void LeetDollarPassword_IsRead() => Finds("password='$kyWa1K3rQ'", "$kyWa1K3rQ");

    [Theory]
    [InlineData("password='$dbPassword2'")]
    [InlineData("password = \"$DB_PASS\"")]
    [InlineData("amqp://login:$password@example.com")]
    [InlineData("https://svc:$SVC_TOKEN@host.example.com/x")]
    public void Variables_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("var password = 8261947305183920461;")]
    [InlineData("const pin_secret = 48213907751203948;")]
    public void DeclaredNumbers_StayQuiet(string text) => FindsNothing(text);

    [Fact]
    public void NumberInConnectionString_IsRead() => Finds("Server=db;User Id=app;Password=82619473051839;", "82619473051839");

    [Theory]
    [InlineData("(!(pwdAccountLockedTime=000001010000Z))")]
    [InlineData("tokenCreatedAt: 20240102T101010Z")]
    [InlineData("password_changed_date = 2024-01-02T10:10:10")]
    public void TimeFields_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("put(ABC_PASSWORD, \"")]
    [InlineData("Password=\"\"")]
    [InlineData("env('X_TOKEN', '")]
    [InlineData("token = \"AAAAAAAA")]
    [InlineData("var password = 1")]
    public void NewChecks_StayLinear_OnHostileInput(string unit) =>
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t));
}
