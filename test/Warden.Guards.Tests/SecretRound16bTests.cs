namespace Warden.Guards.Tests;

/// <summary>
/// Round 16b: 42 intra API secrets, a single dash before a quoted value, repeats of a found value, escaped make
/// variables, format templates and example URL passwords. Every value below is random text generated for these
/// tests in the providers' published shapes; none is taken from another project.
/// </summary>
public sealed class SecretRound16bTests
{
    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void Finds(string text, string value, string? type = null) =>
        Assert.Contains(Run(text), f => text[f.Start..f.End] == value && (type is null || f.Type == type));

    private static void FindsNothing(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("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")]
    [InlineData("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")]
    public void Intra42Secret_IsFound(string token)
    {
        Finds(token, token, "INTRA42_SECRET");
        Finds("FT_CLIENT_SECRET=" + token, token, "INTRA42_SECRET");
    }

    [Theory]
    [InlineData("s-s4t2ud-db809ee52ab5d984830743f940703c19b476b9c2c3caf7f95476f633952443")] // 62 hex: too short
    [InlineData("s-s4t2xx-db809ee52ab5d984830743f940703c19b476b9c2c3caf7f95476f633952443a7")] // unknown kind
    public void Intra42LookAlikes_AreIgnored(string text) => Assert.DoesNotContain(Run(text), f => f.Type == "INTRA42_SECRET");

    [Theory]
    [InlineData("twitch token - 'itif5eunepb2t2kh4c3ievryvhk1fi'", "itif5eunepb2t2kh4c3ievryvhk1fi")]
    [InlineData("api_key - \"5C2T4flaTmwVqWVmCnYB6LzWYqcc1qNkA4nMuwZD\"", "5C2T4flaTmwVqWVmCnYB6LzWYqcc1qNkA4nMuwZD")]
    public void SingleDash_BeforeQuotedValue_Separates(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("token - itif5eunepb2t2kh4c3ievryvhk1fi")] // unquoted: a list item or a range, not an assignment
    [InlineData("- token - 'the token you were given'")]
    [InlineData("password - 'see the vault'")]
    public void SingleDash_LookAlikes_AreIgnored(string text) => FindsNothing(text);

    [Fact]
    public void RepeatedValue_IsFoundEachTime()
    {
        const string v = "5C2T4flaTmwVqWVmCnYB6LzWYqcc1qNkA4nMuwZD";
        const string text = "app token = '" + v + "' | '" + v + "'\nretrying with " + v;
        var found = Run(text).Where(f => text[f.Start..f.End] == v).ToList();
        Assert.Equal(3, found.Count);
    }

    [Fact]
    public void RepeatedValue_InsideLongerWord_IsIgnored()
    {
        const string v = "5C2T4flaTmwVqWVmCnYB6LzWYqcc1qNkA4nMuwZD";
        const string text = "api_key = '" + v + "'\nid x" + v;
        Assert.Single(Run(text));
        const string prefix = "api_key = '" + v + "'\nid " + v + "MORE"; // the value is only the head of a longer token
        Assert.Single(Run(prefix));
    }

    [Theory]
    [InlineData("02_variable_password: $$password")]
    [InlineData("DB_PASSWORD=$$DB_PASSWORD_FROM_ENV")]
    [InlineData("format_password = \"prefix_{}\".format(dynamic_value1)")]
    [InlineData("user_password = \"user_{0}_login\"")]
    [InlineData("http://public:secret@example.com/1")]
    [InlineData("postgresql://user:user@no_connection/no_db")]
    [InlineData("amqp://guest:GUEST@rabbit:5672/")]
    public void TemplatesAndExamples_AreIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("password: $$x7Kq-2mPw9zL!", "$$x7Kq-2mPw9zL!")] // not an identifier after '$$': a password starting with '$'
    [InlineData("password = \"Wq7x{ss}9Lm2\"", "Wq7x{ss}9Lm2")] // braces around a word are not a format slot
    [InlineData("postgresql://admin:Wq7x9Lm2Pz@db.internal/app", "Wq7x9Lm2Pz")]
    public void LookAlikeSecrets_AreStillFound(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("token - '")]
    [InlineData("s-s4t2ud-")]
    [InlineData("$$a")]
    [InlineData("{}{0}")]
    [InlineData("key='5C2T4flaTmwVqWVmCnYB6LzW' ")]
    public void NewChecks_StayLinear_OnHostileInput(string unit) =>
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t));
}
