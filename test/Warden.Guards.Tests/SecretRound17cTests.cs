namespace Warden.Guards.Tests;

/// <summary>
/// Round 17c: a literal compared with a credential variable (literal first), arrow-function getters, an app id then
/// its secret after '/', named bind parameters and query strings, typed sequences as URL passwords, URLs whose host
/// is concatenated, camelCase and path field names as values, and call arguments under password keys. Every value
/// below is random text generated for these tests; none is taken from another project.
/// </summary>
public sealed class SecretRound17cTests
{
    private const string Pw = "ILHCbiZ5BgYLFL";
    private const string Pw2 = "58s01lY207q";
    private const string Hex32 = "c189708c45aaa4d280998c17283ff8b2";
    private const string Tok = "FT1WbEZkwdyx7AcwACSd1yKi";
    private const string LowSpread = "tq4x_tqmz9";

    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void Finds(string text, string value) => Assert.Contains(Run(text), f => text[f.Start..f.End] == value);

    private static void FindsNothing(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("if \"" + Tok + "\" != password {", Tok)]
    [InlineData("if (\"" + Pw + "\".equals(userPassword)) {", Pw)]
    [InlineData("if ('" + Tok + "' === secretToken) return;", Tok)]
    [InlineData("if (\"" + Pw2 + "\".Equals(pwd))", Pw2)]
    public void LiteralBeforeKey_IsRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("if (\"admin\" == password) {")]
    [InlineData("if (\"\" != password) {")]
    [InlineData("if (\"password\".equals(password)) {")]
    [InlineData("if (\"" + Tok + "\".equals(username)) {")] // not a credential name
    [InlineData("if (\"" + Tok + "\" == passenger) {")] // another word
    public void LiteralBeforeKey_LookAlikes_AreIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("module.exports = {\n  getSecret: () => '" + Tok + "',\n}", Tok)]
    [InlineData("const cfg = { password: () => \"" + Pw + "\" };", Pw)]
    public void ArrowGetters_AreRead(string text, string value) => Finds(text, value);

    [Fact]
    public void ArrowGetter_CallingAFunction_IsIgnored() => FindsNothing("getSecret: () => fetchSecret(),");

    [Fact]
    public void AppIdThenSecret_IsRead() => Finds("ServiceAppKeys: 518204937716 / " + Hex32 + " (prod)", Hex32);

    [Theory]
    [InlineData("AppKeys: 518204937716 / page-two")]
    [InlineData("app_key: 518204937716")]
    public void AppId_Alone_IsIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("String q = \"password=:param\";")]
    [InlineData("String q = \"passwordProtected password=:notAPassword\";")]
    [InlineData("q = @\"Server=db;Password=:myPassword;User Id=:username;\";")]
    [InlineData("$q = \"password=?&login=a\";")]
    [InlineData("$q = \"password=%s&login=a\";")]
    [InlineData("$q = \"password=:password&login=a\";")]
    public void BindParametersAndQuerySlots_AreIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("q = \"password=" + Pw + "&user=dbadm\";", Pw)]
    [InlineData("q = \"password=:" + Pw2 + "\";", ":" + Pw2)] // digits after the colon: not a parameter name
    public void QueryPasswords_StayReported(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("\"http://user:123456@server.com/path\",")]
    [InlineData("url = \"ftp://admin:abcd1234@files.internal/\"")]
    public void TypedSequenceUrlPasswords_AreIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("\"http://user:" + Pw2 + "@server.com/path\",", Pw2)]
    [InlineData("string n = \"scheme://user:" + Pw2 + "@\" + domain;", Pw2)]
    public void UrlPasswords_AreFound(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("final String TRUSTSTORE_PASSWORD = \"keyStorePassword\";")]
    [InlineData("final String RESET_PASSWORD = \"/account/resetUserPassword\";")]
    [InlineData("password = \"app.config.secretKey\"")]
    public void CredentialIdentifiersAsValues_AreIgnored(string text) => FindsNothing(text);

    [Fact]
    public void PasswordHoldingACredentialWordAndDigits_StaysReported() =>
        Finds("password = \"BlueHorse7Secret\"", "BlueHorse7Secret");

    [Fact]
    public void PasswordArgument_WithLittleSpread_IsRead() => Finds("myA.setProperty(\"passwd\", \"" + LowSpread + "\");", LowSpread);

    [Fact]
    public void TokenArgument_WithLittleSpread_IsIgnored() => FindsNothing("cfg.set(\"token\", \"" + LowSpread + "\");");

    [Theory]
    [InlineData("\"ab\" != password ")]
    [InlineData("\"x\".equals(pwd")]
    [InlineData("keys: 12345 / ")]
    [InlineData("getSecret: () => ")]
    [InlineData("password=:p&a=")]
    [InlineData("http://u:1234@")]
    public void NewChecks_StayLinear_OnHostileInput(string unit) =>
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t));
}
