using Warden.Guards.Detectors;

namespace Warden.Guards.Tests;

/// <summary>
/// Round 23: text embedded in a string with escape sequences (an env file or JSON document stored in a JSON value, a
/// code literal or a log line). A line break or tab written as an escape (<c>\n</c>, <c>\r</c>, <c>\t</c>) ends the
/// embedded line and its value, and starts a new line where a whole-word key may stand; a quote written as an escape
/// (<c>\"</c>) closes a key and opens a value like a plain quote. Every value below is random text written for these
/// tests; none is taken from another project.
/// </summary>
public sealed class SecretRound23Tests
{
    private const string Token = "Vq8Lm3Rt7XwK2pNd9YbF4ZcH6jTs";
    private const string Password = "Jr5wQz8Lk2Xv";

    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void FindsExactly(string text, string value) => DetectorProbe.SecretsFindExactly(text, value);

    private static void FindsNothing(string text) => DetectorProbe.SecretsFindNothing(text);

    [Theory]
    [InlineData("{\"config.ini\": \"SERVICE_TOKEN=" + Token + "\\nBACKUP_ENABLED=true\"}", Token)]
    [InlineData("{\"env\": \"DB_PASSWORD=" + Password + "\\nDB_USER=app\"}", Password)]
    [InlineData("log.debug(\"password=" + Password + "\\r\\nuser=app\");", Password)]
    [InlineData("data = \"api_key: " + Token + "\\tnext: 1\"", Token)]
    [InlineData("s = \"SERVICE_TOKEN=" + Token + "\\\\nBACKUP=true\"", Token)] // a doubled backslash: the text was escaped twice
    [InlineData("{\"env\": \"A=1\\nkey=" + Token + "\\nB=2\"}", Token)]
    [InlineData("{\"env\": \"A=1\\npw=" + Password + "\\nB=2\"}", Password)]
    [InlineData("{\"env\": \"A=1\\ncreds=" + Token + "\"}", Token)]
    [InlineData("{\"env\": \"A=1\\tpat=" + Token + "\"}", Token)]
    [InlineData("{\"env\": \"DB_PASSWORD=\\n" + Password + "\\nDB_USER=app\"}", Password)] // the value on the next embedded line
    [InlineData("{\"env\": \"DB_PASSWORD=\\r\\n" + Password + "\"}", Password)]
    public void AnEscapedLineBreak_EndsTheValue(string text, string value) => FindsExactly(text, value);

    [Fact]
    public void ABreakInsideAValue_DoesNotHideIt()
    {
        // The part before the break ("Xk") scores nothing, so the whole run is read as version 2.9 read it.
        const string text = "password=Xk\\nq8Rtz7Lm2p";
        var f = Assert.Single(Run(text));
        Assert.Equal("Xk\\nq8Rtz7Lm2p", text[f.Start..f.End]);
    }

    [Fact]
    public void EachEmbeddedLine_IsReadOnItsOwn()
    {
        const string text = "{\"env\": \"SERVICE_TOKEN=" + Token + "\\nDB_PASSWORD=" + Password + "\\n\"}";
        var values = Run(text).Select(f => text[f.Start..f.End]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([Password, Token], values);
    }

    [Theory]
    [InlineData("body = \"{\\\"password\\\": \\\"" + Password + "\\\", \\\"user\\\": \\\"bob\\\"}\"", Password)]
    [InlineData("body = \"{\\\"api_key\\\":\\\"" + Token + "\\\"}\"", Token)]
    [InlineData("s = \"token=\\\"" + Token + "\\\"\"", Token)]
    [InlineData("s = 'secret: \\'" + Token + "\\''", Token)]
    [InlineData("curl -d \"{\\\"PASSWORD\\\":\\\"" + Password + "\\\"}\" https://api.internal/login", Password)]
    [InlineData("x = \"{\\\\\\\"client_secret\\\\\\\": \\\\\\\"" + Token + "\\\\\\\"}\"", Token)] // escaped twice
    public void EscapedQuotes_CloseTheKeyAndOpenTheValue(string text, string value) => FindsExactly(text, value);

    [Theory]
    [InlineData("// example only, not a real token\n{\"config.ini\": \"SERVICE_TOKEN=" + Token + "\\nBACKUP_ENABLED=true\"}")]
    [InlineData("{\"config.ini\": \"SERVICE_TOKEN=" + Token + "\\n# test fixture, only a sample\\n\"}")]
    [InlineData("{\"config.ini\": \"SERVICE_TOKEN=" + Token + "\\n\"} // THIS IS A SAMPLE")]
    [InlineData("{\"config.ini\":\t\"SERVICE_TOKEN=" + Token + "\\nBACKUP_ENABLED=true\"}")]
    [InlineData("{\"CONFIG.INI\": \"service_token=" + Token + "\\nbackup_enabled=true\"}")]
    [InlineData("body = \"{\\\"token\\\":  \\\"" + Token + "\\\"}\" # example")]
    public void WordsCaseAndSpacingAround_DoNotHideTheValue(string text) => FindsExactly(text, Token);

    [Theory]
    [InlineData("{\"env\": \"DB_PASSWORD=changeme\\nDB_USER=app\"}")]
    [InlineData("{\"env\": \"SERVICE_TOKEN=\\nBACKUP_ENABLED=true\"}")] // no value before the break
    [InlineData("{\"env\": \"A=1\\nmonkey=" + Token + "\"}")] // "key" inside a word is no key
    [InlineData("body = \"{\\\"password\\\": \\\"changeme\\\"}\"")]
    [InlineData("body = \"{\\\"password\\\": \\\"%s\\\"}\"")]
    [InlineData("body = \"{\\\"token\\\": \\\"${API_TOKEN}\\\"}\"")]
    [InlineData("String query = \"password=\\\"%s\\\"\";")]
    public void PlaceholdersTemplatesAndEmptyValues_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("token=\\")]
    [InlineData("{\\\"password\\\": \\\"")]
    [InlineData("SERVICE_TOKEN=Vq8Lm3Rt7XwK2pNd\\n")]
    [InlineData("\\\\\\\\\\\\\\\\n")]
    public void NewChecks_StayLinear_OnHostileInput(string unit) =>
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t));

    [Fact]
    public void AMegabyteOfBackslashesAfterAKey_IsScannedQuickly()
    {
        var text = "password=" + new string('\\', 1 << 20) + "n";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Run(text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
    }

    [Theory]
    [InlineData("abc\\ndef", 3)]
    [InlineData("abc\\\\ndef", 3)] // a run of backslashes counts from its first
    [InlineData("abc\\rdef", 3)]
    [InlineData("abc\\tdef", 3)]
    [InlineData("abc\\xdef", -1)] // other escapes do not break a line
    [InlineData("abc\\", -1)]
    [InlineData("abcdef", -1)]
    [InlineData("C:\\keys\\new", 7)]
    public void EscapedLineBreak_FindsTheFirstBreak(string text, int expected) =>
        Assert.Equal(expected, SecretValues.EscapedLineBreak(text, 0, text.Length));

    [Fact]
    public void EscapedLineBreak_ReadsOnlyTheGivenRange()
    {
        const string text = "ab\\ncd\\nef";
        Assert.Equal(6, SecretValues.EscapedLineBreak(text, 4, text.Length));
        Assert.Equal(-1, SecretValues.EscapedLineBreak(text, 0, 3)); // the 'n' lies past the range
    }
}
