using Warden.Guards.Detectors;

namespace Warden.Guards.Tests;

/// <summary>Provider formats added in round 4: each has a realistic positive and a near-miss that must stay quiet.</summary>
public sealed class SecretProviderTests
{
    private static string R(int n, string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", int seed = 7)
    {
        var rng = new Random(seed + n);
        return new string(Enumerable.Range(0, n).Select(_ => alphabet[rng.Next(alphabet.Length)]).ToArray());
    }

    private const string Hex = "0123456789abcdef";

    private static List<GuardFinding> Run(string text)
    {
        var list = new List<GuardFinding>();
        new SecretsDetector(0.5).Scan(text, GuardScanContext.For(GuardChannel.User), list);
        return list;
    }

    public static TheoryData<string, string> Positives() => new()
    {
        { "heroku auth: HRKU-" + R(60), "HEROKU_API_KEY" },
        { "DOPPLER_TOKEN=dp.st.prd." + R(40), "DOPPLER_TOKEN" },
        { "export VAULT_TOKEN=hvs." + R(90), "VAULT_TOKEN" },
        { "grafana: glsa_" + R(32) + "_" + R(8, Hex), "GRAFANA_TOKEN" },
        { "SENTRY_AUTH_TOKEN=sntryu_" + R(64, Hex), "SENTRY_TOKEN" },
        { "NOTION_KEY=ntn_" + R(46), "NOTION_TOKEN" },
        { "square secret sq0csp-" + R(43), "SQUARE_OAUTH_SECRET" },
        { "PLANETSCALE=pscale_tkn_" + R(43), "PLANETSCALE_TOKEN" },
        { "supabase login sbp_" + R(40, Hex), "SUPABASE_TOKEN" },
        { "REPLICATE_API_TOKEN=r8_" + R(37), "REPLICATE_API_TOKEN" },
        { "key pplx-" + R(48), "PERPLEXITY_API_KEY" },
        { "XAI_API_KEY=xai-" + R(80), "XAI_API_KEY" },
        { "figma token figd_" + R(40), "FIGMA_TOKEN" },
        { "PULUMI_ACCESS_TOKEN=pul-" + R(40, Hex), "PULUMI_TOKEN" },
        { "AGE-SECRET-KEY-1" + R(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"), "AGE_SECRET_KEY" },
        { "FLY_API_TOKEN=fo1_" + R(43), "FLYIO_TOKEN" },
        { "SLACK_APP_TOKEN=xapp-1-A0" + R(9, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") + "-4823917650123-" + R(64, Hex), "SLACK_APP_TOKEN" },
        { "aliyun LTAI" + R(20), "ALIBABA_ACCESS_KEY" },
        { "MAPBOX=sk.eyJ" + R(60) + "." + R(22), "MAPBOX_SECRET_TOKEN" },
        { "STRIPE_WEBHOOK_SECRET=whsec_" + R(32), "STRIPE_WEBHOOK_SECRET" },
        { "contentful CFPAT-" + R(43), "CONTENTFUL_TOKEN" },
        { "dropbox sl." + R(140), "DROPBOX_TOKEN" },
        { "NETLIFY_AUTH_TOKEN=nfp_" + R(36), "NETLIFY_TOKEN" },
        { "RENDER_API_KEY=rnd_" + R(32), "RENDER_API_KEY" },
        { "BUILDKITE=bkua_" + R(40, Hex), "BUILDKITE_TOKEN" },
        { "CIRCLE_TOKEN=CCIPAT_" + R(22) + "_" + R(40, Hex), "CIRCLECI_TOKEN" },
        { "AIRTABLE_TOKEN=pat" + R(14) + "." + R(64, Hex), "AIRTABLE_TOKEN" },
        { "runner registration GR1348941" + R(20), "GITLAB_RUNNER_TOKEN" },
        { "\"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n\"", "PRIVATE_KEY" },
        { "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=" + R(86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "==;", "AZURE_STORAGE_KEY" },
    };

    [Theory]
    [MemberData(nameof(Positives))]
    public void NewProviderFormats_AreFound(string text, string type) => Assert.Contains(Run(text), f => f.Type == type);

    [Theory]
    [InlineData("HRKU-short")]
    [InlineData("dp.st.prd.tooShort")]
    [InlineData("the file hvs.txt is missing")]
    [InlineData("glsa_ is the Grafana prefix")]
    [InlineData("sntryu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("ntn_your_token_here")]
    [InlineData("sq0csp-EXAMPLE")]
    [InlineData("sbp_0000000000000000000000000000000000000000")]
    [InlineData("r8_ is Replicate's prefix")]
    [InlineData("pplx-<your-api-key>")]
    [InlineData("figd_placeholder")]
    [InlineData("the pattern and the patient")]
    [InlineData("sl.this is not a token")]
    [InlineData("whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("LTAI is the Alibaba key prefix")]
    [InlineData("AGE-SECRET-KEY-1 goes here")]
    public void NewProviderFormats_IgnoreNearMisses(string text) => Assert.Empty(Run(text));
}
