using Warden.Guards.Detectors;

namespace Warden.Guards.Tests;

/// <summary>
/// Round 15: provider formats, aligned and Ruby-style assignments, netrc entries, query parameters and code shapes
/// (paths, calls, templates) measured on Nosey Parker and Kingfisher examples and on Java, Kotlin, SQL, Terraform,
/// lock files and minified JavaScript. Every value below is random text typed for these tests in the providers'
/// published shapes; none is taken from those projects.
/// </summary>
public sealed class SecretRound15Tests
{
    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void Finds(string text, string value, string? type = null) =>
        Assert.Contains(Run(text), f => text[f.Start..f.End] == value && (type is null || f.Type == type));

    [Theory]
    [InlineData("oy2na7ckpbdjxphv3wrzqwonwuot60o305f3x2u2ze5bmi", "NUGET_API_KEY")]
    [InlineData("apify_api_iLn8ys2uBShfJ42G5HZDEdu16jSZ7gOLi8gW", "APIFY_TOKEN")]
    [InlineData("bpk-27995acfae28f43fcc082921e185fff1", "BUILDERIO_KEY")]
    [InlineData("squ_1f2e7e8201acdb19e90dc0bc0487faa7afa0b7a1", "SONARQUBE_TOKEN")]
    [InlineData("p8e-2Lp3gu8G1ukZV352IVGUVdvnjnek6HZ7", "ADOBE_CLIENT_SECRET")]
    [InlineData("AKCpylAGy2Jtpd1KpMlijnwUXZOjphoHhudlK1trx6Vd3mkq9aBRVIwRWLDd6slyNGEpQNvrE", "ARTIFACTORY_TOKEN")]
    [InlineData("rubygems_e57a51bd7d5b45ffee5d2d8e70eac510ee0aee8ceec35aef", "RUBYGEMS_TOKEN")]
    [InlineData("sgp_VtkdhFN2OKwjgZqGsZrVU533cQL73R5aHT4ssORKkQ7SJcqgP9Je8hHpPyNZbOnS", "SEGMENT_TOKEN")]
    [InlineData("hawk.0aspeporZvz83exOUzYW.VYVqVGxIfO9rvOkq0ELs", "STACKHAWK_KEY")]
    [InlineData("cal_live_hsTQNPfQf2L1P1zf7XK4hpqN87j2imxo", "CALCOM_API_KEY")]
    [InlineData("sk_car_ytVnHzmCQxDOCW2ZVhSl", "CARTESIA_API_KEY")]
    [InlineData("cfut_ol6UUXapj7oYwA62e4v1koOasEq6KbIHDnFCoYvmizbW", "CLOUDFLARE_API_TOKEN")]
    [InlineData("NRAA-46b241b81e040ef745c77daf135", "NEWRELIC_KEY")]
    [InlineData("NRII-Z772kS96UwwzoG4R9Jh8APQcJw9ZSoEn", "NEWRELIC_KEY")]
    [InlineData("NRRA-c71fb556339b5749d4f7041bd2fa5b1e1fa57cbecb", "NEWRELIC_KEY")]
    [InlineData("px-api-c2487332-6c6a-2db6-1c6d-d000423fa5de", "NEWRELIC_PIXIE_KEY")]
    [InlineData("cionirmA2Adra7EfPxALDJcdN91HimrXBwz", "CRATESIO_TOKEN")]
    [InlineData("EAACIfWrkz9Rz95Tg3REECQmFvoPEj7C7R5EttAQcxL4O2eo2RpvKWkF4z64YgIOOoLQWZQltu4vhGxZfgrTREXQGbyobLNZkKNzIpSVb423Tg8BydZ84ORsBudg", "FACEBOOK_TOKEN")]
    [InlineData("sandbox-sq0atb-Kx7Pq2Lm9Rt4Vw8Zy3Bn6C", "SQUARE_OAUTH_SECRET")]
    public void ProviderFormats_AreFound(string token, string type)
    {
        Finds("export THE_VALUE=" + token + "\n", token.StartsWith("sandbox-", StringComparison.Ordinal) ? token[8..] : token, type);
        Finds(token, token.StartsWith("sandbox-", StringComparison.Ordinal) ? token[8..] : token, type); // bare, without a key
    }

    [Theory]
    [InlineData("MC_KEY='133c404f999abe7249cafd859e970bc7-us14'", "133c404f999abe7249cafd859e970bc7-us14", "MAILCHIMP_KEY")]
    [InlineData("license: zxqeam2b1979005441a6a28417053866d947NRAL", "zxqeam2b1979005441a6a28417053866d947NRAL", "NEWRELIC_KEY")]
    public void SuffixMarkedFormats_AreFound(string text, string value, string type) => Finds(text, value, type);

    [Theory]
    [InlineData("see https://learn.example.com/en-us/docs/page-for-everyone")] // "-us" in a URL path
    [InlineData("id 133c404f999abe7249cafd859e970bc7-usa")] // not a data-centre number
    [InlineData("id 133c404f999abe7249cafd859e970bc7-us123")]
    [InlineData("BRANDNRAL value CENTRALNRAL")]
    [InlineData("x 0000000000000000000000000000000000NRAL")] // no letters in the hex part, and a long run
    [InlineData("--set apiKey=px-api-a1b2c3d4-e5f6-g7h8-i8j0-k0l3m3n4o0p5")] // a Pixie prefix with non-hex groups: a made-up example
    public void SuffixAndPrefixLookAlikes_AreIgnored(string text) => Assert.Empty(Run(text));

    [Fact]
    public void TeamsWebhookUrl_IsFound()
    {
        const string url = "https://contoso.webhook.office.com/webhookb2/40a14084-2a46-b3c5-2157-856a511d35cf@2e7fa77c-4983-987f-bfbd-fefe66aeb89a/IncomingWebhook/2bdde84e240cb1e78fd6ea77246aac15/f3fa5e00-748d-7582-54d4-30ca700e11de";
        Finds("notify: " + url, url, "TEAMS_WEBHOOK");
        Assert.Empty(Run("docs: https://contoso.webhook.office.com/webhookb2/setup-guide-for-new-teams"));
    }

    [Theory]
    [InlineData(":password       => 'Zq4rT8vK2m',", "Zq4rT8vK2m")] // Ruby hash rocket with aligned columns
    [InlineData("  password        => 'Zq4rT8vK2m',\n", "Zq4rT8vK2m")]
    [InlineData("     appApiKey:            \"9f3c2a7e41b86d05c7e2f9a4b1d3c6e8\",", "9f3c2a7e41b86d05c7e2f9a4b1d3c6e8")]
    [InlineData("build_PAT=Xq7Lm2Rt9Vw4Zy8Bn3Kp6Hs1", "Xq7Lm2Rt9Vw4Zy8Bn3Kp6Hs1")] // a personal access token under "PAT"
    [InlineData("tracker_pat = 1/4829103746152837:8c1f4e7a2b9d6c3e0f5a8b7c4d1e2f3a", "1/4829103746152837:8c1f4e7a2b9d6c3e0f5a8b7c4d1e2f3a")]
    [InlineData("headers['Authorization'] = 'Basic dXNlcm5hbWU6czNjcjN0LXZhbHVl'", "dXNlcm5hbWU6czNjcjN0LXZhbHVl")]
    [InlineData("Authorization: SSWS 00Kx7Pq2Lm9Rt4Vw8Zy3Bn6Cd1Fg5Hj0Ks4Ma7Nb2Q", "00Kx7Pq2Lm9Rt4Vw8Zy3Bn6Cd1Fg5Hj0Ks4Ma7Nb2Q")]
    [InlineData("curl \"https://iot.example.net/api/update?token=Kq8Zr5Tm2Wx7Vn4Lp9Bd3Hs&pin=v1&isDisabled=true\"", "Kq8Zr5Tm2Wx7Vn4Lp9Bd3Hs")] // the query value ends at '&'
    public void AssignmentForms_AreFound(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("machine api.example.com login ziggy password r7Kq2mZx9", "r7Kq2mZx9")]
    [InlineData("```\nmachine git.example.org\n  login builder\n  password s3cr3tPass77\n```\n", "s3cr3tPass77")]
    [InlineData("default login anonymous password guestpass42", "guestpass42")]
    public void NetrcEntries_AreFound(string text, string value) => Finds(text, value, "PASSWORD");

    [Theory]
    [InlineData("The archive is password protected; enter the password below.")] // prose, no netrc entry
    [InlineData("login as admin, then password reset is sent by mail")]
    [InlineData("machine x login y password $NETRC_PASSWORD")] // a variable
    [InlineData("machine x login y password password")] // a placeholder word
    public void NetrcLookAlikes_AreIgnored(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("\"/en/enterprise/3.0/creating-a-strong-password\":\"/en/enterprise-server@3.0/auth\"")] // a redirect map: paths
    [InlineData("put '/forgot-password' => \"cms/sites/passwords#update\", as: 'update_password'")] // a route
    [InlineData("this.addPassword = '#add-password';")] // a selector
    [InlineData("STRIPE_PUBLISHABLE_KEY=pk_test_Kq8Zr5Tm2Wx7Vn4Lp9Bd3Hs6")] // public by design
    [InlineData("mapboxPublicToken = 'pk.eyJ1Ijoia3E4enI1IiwiYSI6InRtMnd4N3ZuNGxwOSJ9.Bd3Hs6Kq8Zr5Tm2Wx7Vn4L'")]
    [InlineData("                passwdBytes = getUtf8Bytes(passwd);")] // a call, not a value
    [InlineData("    val usernameAndPassword = \"$username:$password\"")] // a template of variables
    [InlineData("View [here](https://report.example.com/view?r=eyJrIjoiNmQ1YjJjMTAtOGY0ZS00YjNhLWE5ZDItN2UxZjNjNWI4YTZkIiwidCI6IjRkOWUifQ%3D%3D)")] // base64 JSON with "k" but no "n"
    public void CodeShapesAndPublicKeys_AreNotSecrets(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("password = \"/Kq8+Zr5Tm2/Wx7Vn4Lp9Bd3Hs6\"", "/Kq8+Zr5Tm2/Wx7Vn4Lp9Bd3Hs6")] // base64 with '/' is not a path
    [InlineData("secret: \"ab/cd\"", null)] // one '/' between two short words: neither a path nor a secret (too short)
    public void PathRule_KeepsBase64(string text, string? value)
    {
        if (value is null)
        {
            Assert.Empty(Run(text));
        }
        else
        {
            Finds(text, value);
        }
    }

    [Theory]
    [InlineData("/en/enterprise-server@3.0/auth", true)]
    [InlineData("cms/sites/passwords#update", true)]
    [InlineData("#add-password", true)]
    [InlineData("/Kq8+Zr5Tm2/Wx7Vn4Lp9Bd3Hs6", false)]
    [InlineData("abc/def", false)] // one slash, not at the start
    [InlineData("/secret123", false)] // one segment
    [InlineData("#Kq8Zr5Tm2", false)] // capitals after '#'
    public void IsPathOrRoute(string value, bool expected) => Assert.Equal(expected, SecretValues.IsPathOrRoute(value));

    [Theory]
    [InlineData("$username:$password", true)]
    [InlineData("$user@$host", true)]
    [InlineData("$user:s3cret", false)]
    [InlineData("$input", true)]
    public void IsVariableReference_CoversTemplates(string value, bool expected) => Assert.Equal(expected, SecretValues.IsVariableReference(value));

    [Fact]
    public void GrafanaLegacyKey_NeedsTheNameMember()
    {
        var key = Convert.ToBase64String("{\"k\":\"Kq8Zr5Tm2Wx7Vn4Lp9Bd3Hs6Zr5Tm2Wx\",\"n\":\"deploy-pipeline-key\",\"id\":1}"u8.ToArray()).TrimEnd('=');
        Assert.True(SecretValues.IsGrafanaLegacyKey(key));
        Finds("GRAFANA_KEY=" + key, key, "GRAFANA_TOKEN");
        var other = Convert.ToBase64String("{\"k\":\"Kq8Zr5Tm2Wx7Vn4Lp9Bd3Hs6Zr5Tm2Wx\",\"t\":\"Zr5Tm2Wx7Vn4\",\"c\":5}"u8.ToArray()).TrimEnd('=');
        Assert.False(SecretValues.IsGrafanaLegacyKey(other));
    }

    [Theory]
    [InlineData("a-us1 ")]
    [InlineData("0123456789abcdef0123456789abcdef-us")]
    [InlineData("NRALNRAL")]
    [InlineData("xNRAL ")]
    [InlineData("machine m login l password ")]
    [InlineData("login password password ")]
    [InlineData("password x ")]
    [InlineData("pat pat=pat: ")]
    [InlineData("?token=a&token=b&")]
    [InlineData("password        =>        ")]
    [InlineData("k: \"/a/b/c/d/e/f\" ")]
    [InlineData("password = f(")]
    [InlineData("pw=$a:$b:$c:$d ")]
    [InlineData("https://x.webhook.office.com/webhookb2/")]
    [InlineData("oy2oy2oy2oy2oy2oy2")]
    public void NewChecks_StayLinear_OnHostileInput(string unit) =>
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t));
}
