namespace Warden.Guards.Tests;

/// <summary>
/// Round 24b: a language's null or empty keyword written unquoted as the whole value after a password name (VB's and
/// Haskell's <c>Nothing</c>, <c>vbNullString</c>, <c>String.Empty</c>) is no password. A quoted keyword is a string
/// literal and a longer value that starts with the keyword is a password; both stay reported. Every value below was
/// written for these tests. Also: a value on the next embedded line of a string when the escaped break that opens it
/// is followed by blanks (<c>"PASSWORD=\r\n  V"</c>).
/// </summary>
public sealed class SecretRound24bTests
{
    private const string Value = "Kq7Lm2Rt8XvK3pNd";

    private static void FindsExactly(string text, string value) => DetectorProbe.SecretsFindExactly(text, value);

    private static void FindsNothing(string text) => DetectorProbe.SecretsFindNothing(text);

    [Theory]
    [InlineData("Dim client = New UriBuilder With {.Password = Nothing}")]
    [InlineData("builder.Password = Nothing")]
    [InlineData("password = Nothing")]
    [InlineData("password = nothing")]
    [InlineData("PASSWORD = NOTHING")]
    [InlineData("Password:=Nothing")]
    [InlineData("Dim cred = New NetworkCredential(userName:=\"ops\", password:=Nothing)")]
    [InlineData("password   =\tNothing")]
    [InlineData("If password Is Nothing Then Return")]
    [InlineData("If password = Nothing Then Return")]
    [InlineData("let settings = Settings { password = Nothing, user = \"ops\" }")] // Haskell's Maybe
    [InlineData("password = Nothing ' example only")]
    [InlineData("' THIS IS A TEST\n.Password = Nothing")]
    [InlineData("password = vbNullString")]
    [InlineData("password = String.Empty")]
    [InlineData("password = string.Empty")]
    [InlineData("password = nullptr")]
    [InlineData("password = null")]
    [InlineData("password: None")]
    [InlineData("password = nil")]
    [InlineData("password = undefined")]
    [InlineData("password = NULL")]
    public void ANullKeywordAsTheWholeValue_IsNotAPassword(string text) => FindsNothing(text);

    [Theory]
    [InlineData("password = \"Nothing2024!\"", "Nothing2024!")]
    [InlineData("password = Nothing2024!", "Nothing2024!")]
    [InlineData("password = Nothing2024! ' example only", "Nothing2024!")]
    [InlineData("password = Nothing123", "Nothing123")]
    [InlineData("password = Nothing!", "Nothing!")]
    [InlineData("password = Nothing_", "Nothing_")]
    [InlineData("password = Nothingness", "Nothingness")]
    [InlineData("password = NoThInG", "NoThInG")] // not a casing a language writes
    [InlineData("password = \"Nothing\"", "Nothing")] // a string literal: the password is the word
    [InlineData("password = \"nothing\"", "nothing")]
    [InlineData("password = 'NOTHING'", "NOTHING")]
    public void AValueThatIsMoreThanTheKeyword_IsStillReported(string text, string value) => FindsExactly(text, value);

    [Fact]
    public void TheKeywordDoesNotHideALaterPassword()
    {
        FindsExactly("Dim a = New UriBuilder With {.Password = Nothing}\nDim b = New UriBuilder With {.Password = \"Vq8!zLm3Tr\"}", "Vq8!zLm3Tr");
    }

    [Theory]
    [InlineData("conn = \"PASSWORD=\\r\\n  " + Value + "\"")]
    [InlineData("conn = \"PASSWORD=\\r\\n\t" + Value + "\"")]
    [InlineData("conn = \"PASSWORD=\\n\\n    " + Value + "\\nUSER=ops\"")]
    [InlineData("{\"env\": \"DB_PASSWORD=\\\\r\\\\n  " + Value + "\"}")] // escaped twice (JSON in JSON)
    [InlineData("conn = \"secret_key=\\r\\n  " + Value + "\" // example only")]
    [InlineData("// only a test fixture\nconn = \"PASSWORD=\\r\\n  " + Value + "\"")]
    public void AValueOnAnIndentedEmbeddedLine_IsRead(string text) => FindsExactly(text, Value);

    [Theory]
    [InlineData("conn = \"PASSWORD=\\r\\n  USER=ops\"")] // a key of its own on the next line
    [InlineData("conn = \"PASSWORD=\\r\\n  changeme123\"")]
    [InlineData("conn = \"PASSWORD=\\r\\n  ${DB_PASSWORD}\"")]
    [InlineData("conn = \"PASSWORD=\\r\\n  your-password-here\"")]
    [InlineData("conn = \"PASSWORD=\\r\\n  \\r\\n\"")]
    [InlineData("conn = \"PASSWORD=\\r\\n  Nothing\"")]
    [InlineData("msg = \"Enter password:\\r\\n  Please type it below\"")] // a sentence on the next line
    [InlineData("conn = \"PASSWORD=\\r\\n  " + Value + " and more words\"")]
    [InlineData("conn = \"PASSWORD=\\t\\t  " + Value + "\"")] // tabs are no line break
    public void AnIndentedEmbeddedLineWithoutAValue_StaysQuiet(string text) => FindsNothing(text);

    [Fact]
    public void HostileIndentedBreaks_StayLinear()
    {
        var text = string.Concat(Enumerable.Repeat("PASSWORD=\\r\\n" + new string(' ', 40), 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        DetectorProbe.Secrets(text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
    }
}
