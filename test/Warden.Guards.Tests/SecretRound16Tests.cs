namespace Warden.Guards.Tests;

/// <summary>
/// Round 16: dashed and table separators, Shopify's longer tokens, GitHub App installation tokens with an embedded
/// JWT, generated lower-case base-36 keys, typed sequences inside long tokens, URL template slots, and identifiers
/// that are not secrets (Twilio Account SIDs, Shopify and Cloudinary "API keys"). Every value below is random text
/// generated for these tests in the providers' published shapes; none is taken from another project.
/// </summary>
public sealed class SecretRound16Tests
{
    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void Finds(string text, string value, string? type = null) =>
        Assert.Contains(Run(text), f => text[f.Start..f.End] == value && (type is null || f.Type == type));

    private static void FindsNothing(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("    Ldap password               ----   Qv7#mK2p!Lx9", "Qv7#mK2p!Lx9")]
    [InlineData("db password -- 2tvD9DGvUmKu", "2tvD9DGvUmKu")]
    [InlineData("apiKey |tmAWiGri7oqtXAecpcWeOyXaXG3vkfIB", "tmAWiGri7oqtXAecpcWeOyXaXG3vkfIB")]
    [InlineData("| service | password | Tr0ub4dor&3 |", "Tr0ub4dor&3")]
    [InlineData("| api_token | JQGyf9r6E8duUfL14Rnk |", "JQGyf9r6E8duUfL14Rnk")]
    public void DashedAndTableSeparators_AreFound(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("echo $token | sha256sum1x")] // a shell pipe, not a table row
    [InlineData("cat password.txt | openssl enc -d -pass stdin")]
    [InlineData("| token.revoked | Authentication (3002) | 2 Logoff |")] // a cell of words
    [InlineData("| password | string | The user's password |")]
    [InlineData("git push --force-with-lease origin main && echo token --verbose")] // dashes glued to a word
    [InlineData("SELECT password -- the hashed column")]
    public void SeparatorLookAlikes_AreIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("shpss_KxisKsk3ujuxDSTw7VmODUyMEkLJIRkHLIog")]
    [InlineData("shpat_tmAWiGri7oqtXAecpcWeOyXaXG3vkfIBclFB4Y")]
    [InlineData("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")] // the older 32-hex form
    public void ShopifyTokens_AreFound(string token) => Finds("SHOPIFY_TOKEN=" + token, token, "SHOPIFY_TOKEN");

    [Fact]
    public void GitHubInstallationToken_WithJwt_IsFound()
    {
        const string token = "ghs_904211_eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpYXQiOjE3NjcyMjU2MDAsImlzcyI6IjkwNDIxMSJ9.JqYsedJ1ptdthRADjjRg7Ur9V5UFE2lpYt-P2Ak6ffE";
        Finds("GH_TOKEN=" + token, token, "GITHUB_TOKEN");
        Finds(token, token, "GITHUB_TOKEN");
    }

    [Theory]
    [InlineData("KEY=0wfxaaqk4yxxjjv97z2x75pffhnfjxcw")]
    [InlineData("key: 0wfxaaqk4yxxjjv97z2x75pffhnfjxcw")]
    public void LowerCaseBase36Key_IsFound(string text) => Finds(text, "0wfxaaqk4yxxjjv97z2x75pffhnfjxcw");

    [Theory]
    [InlineData("key = release2024candidatebuildforqa")] // few digits in one place: words and a version
    [InlineData("key = userprofilesettingscachev2x")]
    public void LowerCaseWords_UnderBareKey_AreIgnored(string text) => FindsNothing(text);

    [Fact]
    public void SequenceInsideLongToken_IsNotAPlaceholder()
    {
        const string token = "sk-LDYdORbbDryvzOSnwlabcdefghJcxyTLth6reqh6SwJ4m9iOM";
        Finds("OPENAI_API_KEY=" + token, token, "OPENAI_API_KEY");
    }

    [Theory]
    [InlineData("OPENAI_API_KEY=sk-abcdef1234567890abcdef1234567890abcdef12")] // mostly a typed sequence
    [InlineData("password = \"abcdef99!\"")]
    [InlineData("\"password\": \"$super$ecret\",")] // two variables run together
    [InlineData("const TEMPLATE_URL = \"https://{USER}:{PASS}@template.example.com\";")]
    [InlineData("const SHORT_URL = \"https://user:abc@api.example.com/v1\";")]
    public void Placeholders_AreIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("const twilioAccountSid = 'AC5f0c2e9a4b7d1e3f8a6c0b2d4e6f8a1c'")] // an account id, like a user name
    [InlineData("SHOPIFY_API_KEY: 5f0c2e9a4b7d1e3f8a6c0b2d4e6f8a1c")] // Shopify's API key is the public app id
    [InlineData("shopify.apiKey = \"5f0c2e9a4b7d1e3f8a6c0b2d4e6f8a1c\"")]
    [InlineData("shopifyApiKey = 'Xk29fJd93kdLq0pZ7'")] // the vendor name at the very start of the text
    [InlineData("CLOUDINARY_API_KEY=tmAWiGri7oqtXAecpcWeOyXaXG3vkfIB")]
    public void PublicIdentifiers_AreIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("SHOPIFY_API_SECRET: 5f0c2e9a4b7d1e3f8a6c0b2d4e6f8a1c", "5f0c2e9a4b7d1e3f8a6c0b2d4e6f8a1c")] // the secret half stays
    [InlineData("const twilioApiKeySid = 'SK5f0c2e9a4b7d1e3f8a6c0b2d4e6f8a1c'", "SK5f0c2e9a4b7d1e3f8a6c0b2d4e6f8a1c")]
    [InlineData("MYSHOP_API_KEY: tmAWiGri7oqtXAecpcWeOyXaXG3vkfIB", "tmAWiGri7oqtXAecpcWeOyXaXG3vkfIB")] // not the vendor name
    public void SecretsBesidePublicIds_AreStillFound(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("password ")]
    [InlineData("password -- ")]
    [InlineData("| token | ")]
    [InlineData("token |")]
    [InlineData("ghs_1_eyJ")]
    [InlineData("shpss_")]
    [InlineData("abcd1234")]
    [InlineData("$a$")]
    public void NewChecks_StayLinear_OnHostileInput(string unit) =>
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t));
}
