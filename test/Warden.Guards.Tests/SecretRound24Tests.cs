namespace Warden.Guards.Tests;

/// <summary>
/// Round 24: a value inside an XML element named by a secret key, wrapped in a brace group behind up to three words
/// (the shape of Jenkins credential XML: <c>&lt;secret&gt;{name AQAAABAAA V}&lt;/secret&gt;</c>). The group counts only
/// when the element closes right after the '}' and the value has 12 or more characters with letters and digits; a
/// brace group around a name is a template slot. Every value below is random text written for these tests; none is
/// taken from another project.
/// </summary>
public sealed class SecretRound24Tests
{
    private const string Token = "Wq7Lm2Rt8XvK3pNd9YbF5ZcH";
    private const string LowerToken = "m4kq8zt2vw9xr7bn3pd6hs1ly5cg";
    private const string JenkinsBlob = "AQAAABAAAAAQk3Vb8Tq2Lm7Xz9Rw4Np6Yc1Hd5Fg0Js=";

    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void FindsExactly(string text, string value) => DetectorProbe.SecretsFindExactly(text, value);

    private static void FindsNothing(string text) => DetectorProbe.SecretsFindNothing(text);

    [Theory]
    [InlineData("<secret>{billing AQAAABAAA " + Token + "}</secret>", Token)]
    [InlineData("<secret>{AQAAABAAA " + LowerToken + "}</secret>", LowerToken)]
    [InlineData("<secret>{" + Token + "}</secret>", Token)]
    [InlineData("<password>{" + JenkinsBlob + "}</password>", JenkinsBlob)]
    [InlineData("<token>{svc 3f2504e0-4f89-11d3-9a0c-0305e82c3301}</token>", "3f2504e0-4f89-11d3-9a0c-0305e82c3301")] // a UUID token after a name
    [InlineData("<apiToken>{ " + Token + " }</apiToken>", Token)]
    [InlineData("<clientSecret>{svc " + Token + "}</clientSecret>", Token)]
    [InlineData("<SECRET>{billing AQAAABAAA " + Token + "}</SECRET>", Token)]
    [InlineData("<secret>{billing\tAQAAABAAA\t" + Token + "}</secret>", Token)]
    [InlineData("<secret>{billing AQAAABAAA " + Token + "}\n  </secret>", Token)]
    [InlineData("<scope>GLOBAL</scope>\n<id>{billing}</id>\n<secret>{billing AQAAABAAA " + Token + "}</secret>\n<description>configuration for production</description>", Token)]
    public void ABraceGroupInASecretElement_IsRead(string text, string value) => FindsExactly(text, value);

    [Theory]
    [InlineData("<!-- example only, a sample for the docs -->\n<secret>{billing AQAAABAAA " + Token + "}</secret>")]
    [InlineData("<secret>{billing AQAAABAAA " + Token + "}</secret> <!-- this is only a test fixture -->")]
    [InlineData("<secret>{example test sample " + Token + "}</secret>")]
    [InlineData("THIS IS A SAMPLE\n<secret>{AQAAABAAA " + Token + "}</secret>")]
    public void CoverTextAroundTheElement_DoesNotHideTheValue(string text) => FindsExactly(text, Token);

    [Theory]
    [InlineData("<password>{DB_PASSWORD}</password>")] // a template slot
    [InlineData("<password>{password}</password>")]
    [InlineData("<secret>{{ secret_value }}</secret>")]
    [InlineData("<secret>{0}</secret>")]
    [InlineData("<secret>{your-secret-here-123}</secret>")]
    [InlineData("<secret>{xxxxxxxxxxxxxxxx1}</secret>")]
    [InlineData("<secret>{changeme12345678}</secret>")]
    [InlineData("<secret>{00000000-0000-0000-0000-000000000000}</secret>")]
    [InlineData("<SecretGuid>{3F2504E0-4F89-11D3-9A0C-0305E82C3301}</SecretGuid>")] // a GUID in registry notation
    [InlineData("<token>{3f2504e0-4f89-11d3-9a0c-0305e82c3301}</token>")]
    [InlineData("<password>{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=</password>")] // a hashed password: the group holds the scheme
    [InlineData("<password>{{ .Values.db.password }}</password>")]
    [InlineData("<secret>{data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB}</secret>")]
    [InlineData("<id>{billing AQAAABAAA " + Token + "}</id>")] // not a secret element
    [InlineData("<description>{billing " + Token + "}</description>")]
    [InlineData("<secret>{billing " + Token + "} and more text</secret>")] // the element does not close after the group
    [InlineData("<secret>{a b c d " + Token + "}</secret>")] // more than three words before the value
    [InlineData("token => {a b " + Token + "}")] // a hash or block after an arrow, not an element
    [InlineData("secret: () => {run " + Token + "}")]
    [InlineData("if (token > {limit " + Token + "}) </x>")]
    public void OtherBraceGroups_StayQuiet(string text) => FindsNothing(text);

    [Fact]
    public void AnOrdinaryElementValue_IsReadAsBefore()
    {
        FindsExactly("<secret>" + Token + "</secret>", Token);
        FindsNothing("<secret>{}</secret>");
    }

    [Fact]
    public void HostileInputs_StayLinear()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Run(string.Concat(Enumerable.Repeat("<secret>{a b c ", 20_000)));
        Run("<secret>{" + new string('a', 200_000));
        Run(string.Concat(Enumerable.Repeat("<secret>{ab1 ", 20_000)) + "}</secret>");
        Run(string.Concat(Enumerable.Repeat("secret> {", 30_000)));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
    }
}
