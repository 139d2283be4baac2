namespace Warden.Guards.Tests;

/// <summary>
/// Round 15b: values with no published format under a key that names a credential provider, five more provider
/// formats, and Terraform variable defaults. Every value below is random text generated for these tests in the
/// providers' published shapes; none is taken from another project.
/// </summary>
public sealed class SecretRound15bTests
{
    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void Finds(string text, string value, string? type = null) =>
        Assert.Contains(Run(text), f => text[f.Start..f.End] == value && (type is null || f.Type == type));

    private static void FindsNothing(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("ai21 = 9ebcf50b-6e7c-4697-9b37-13b76186dfce", "9ebcf50b-6e7c-4697-9b37-13b76186dfce")]
    [InlineData("deepgram-api: f410b2f2a3757816041aef0fe021510233c95698", "f410b2f2a3757816041aef0fe021510233c95698")]
    [InlineData("clay key: 1d4602627004314a431b", "1d4602627004314a431b")]
    [InlineData("mvn verify -Dsonar.login=f410b2f2a3757816041aef0fe021510233c95698", "f410b2f2a3757816041aef0fe021510233c95698")]
    [InlineData("property 'sonar.login', 'f410b2f2a3757816041aef0fe021510233c95698'", "f410b2f2a3757816041aef0fe021510233c95698")]
    [InlineData("curl -H 'Jenkins-Crumb:1074ee9dd8f7504ef42e07729119f04b' http://ci/job/x/build", "1074ee9dd8f7504ef42e07729119f04b")]
    [InlineData("const cfg = { mistral: \"yctfjZw83MUZRzL51LPdrxMem3e8aBys\" };", "yctfjZw83MUZRzL51LPdrxMem3e8aBys")]
    [InlineData("POSTMARK_SERVER => '1570ea80-16bc-4c27-bc35-1d21616a58a3'", "1570ea80-16bc-4c27-bc35-1d21616a58a3")]
    public void ProviderKey_WithGeneratedValue_IsFound(string text, string value) => Finds(text, value, "GENERIC_SECRET");

    [Theory]
    [InlineData("SOME_UUID=9ebcf50b-6e7c-4697-9b37-13b76186dfce")] // no provider in the key
    [InlineData("ai21_model_id = 9ebcf50b-6e7c-4697-9b37-13b76186dfce")] // an identifier
    [InlineData("DATADOG_HOST=https://api.datadoghq.com")]
    [InlineData("zendesk_user: support.bot@example.org")]
    [InlineData("sentry_release_sha: f410b2f2a3757816041aef0fe021510233c95698")] // a digest
    [InlineData("twilioAccountSid = 1074ee9dd8f7504ef42e07729119f04b")]
    [InlineData("deepgram = 1234567890abcdef12345678")] // a typed sequence
    [InlineData("discord = 48291736450918273")] // digits only: an id
    [InlineData("mistral = mistral-large-latest")] // a model name
    [InlineData("jira: the ticket JIRA-4821 blocks the release")]
    [InlineData("sonar.projectKey=my-org_my-service")]
    [InlineData("unsupabase = yctfjZw83MUZRzL51LPdrxMem3e8aBys")] // provider name inside another word
    [InlineData("vercel = yctfjZw83MUZRzL51LPdrxMem3e8aBys:443")] // another shape after the value
    public void ProviderKey_LookAlikes_AreIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("sk_6ee9b9fa721a795a21e663ec15d02240643927a5d1abf1e3", "ELEVENLABS_API_KEY")]
    [InlineData("vcp_2iQMITMlgbZUVANZKn6tVTOb4l4niihzKHan6mmx5kWJTNRYONVgX956", "VERCEL_TOKEN")]
    [InlineData("vck_2iQMITMlgbZUVANZKn6tVTOb4l4niihzKHan6mmx5kWJTNRYONVgX956", "VERCEL_TOKEN")]
    [InlineData("SWMTKN-1-yobtdpldbhokx2biqfkkn8hbdyllec74bx8gguj4q9faxa0pae-b0rav249lu76p9e0tz2rnm0gu", "DOCKER_SWARM_TOKEN")]
    [InlineData("9ebcf50b-6e7c-4697-9b37-13b76186dfce:fx", "DEEPL_API_KEY")]
    [InlineData("key_live_yctfjZw83MUZRzL51LPdrxMem3e8aBys", "BRANCH_KEY")]
    public void ProviderFormats_AreFound(string token, string type)
    {
        Finds("run --with " + token + " now", token, type);
        Finds("DeepL-Auth-Key " + token, token, type);
    }

    [Theory]
    [InlineData("sk_6ee9b9fa721a795a21e663ec15d02240643927a5d1abf1e")] // 47 hex
    [InlineData("vcp_2iQMITMlgbZUVANZKn6tVTOb4l4niihzKHan6mmx5kWJTNRY")] // too short
    [InlineData("x9ebcf50b-6e7c-4697-9b37-13b76186dfce:fxy")]
    [InlineData("SWMTKN-1-short-b0rav249lu76p9e0tz2rnm0gu")]
    public void ProviderFormat_LookAlikes_AreIgnored(string text) => Assert.DoesNotContain(Run("v " + text + " "), f => f.Type is "ELEVENLABS_API_KEY" or "VERCEL_TOKEN" or "DEEPL_API_KEY" or "DOCKER_SWARM_TOKEN");

    [Fact]
    public void TerraformVariableDefault_IsFound()
    {
        const string value = "jtaX3bFodTYZm6Tbgm-IZEuZGRwKuyVyxZUI4XOWEE";
        Finds("variable \"corp_api_token\" {\n  default = \"" + value + "\"\n}\n", value);
        Finds("variable \"db_password\" {\n  type      = string\n  sensitive = true\n  default   = \"" + value + "\"\n}\n", value, "PASSWORD");
    }

    [Theory]
    [InlineData("variable \"password\" {\n  description = \"Password for the master DB user\"\n  type        = string\n  default     = null\n}\n")]
    [InlineData("variable \"api_token\" {\n  type    = string\n  default = var.fallback_token\n}\n")]
    [InlineData("variable \"secret_name\" {\n  default = \"prod-db-credentials\"\n}\n")]
    public void TerraformVariableDefault_PlaceholdersAreIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("ai21 ")]
    [InlineData("ai21 key key = ")]
    [InlineData("sonar.login', ")]
    [InlineData("-Dsonar.")]
    [InlineData("deepgram=f410b2f2a3757816041a")]
    [InlineData("token\" {")]
    [InlineData("secret' { default")]
    [InlineData("sk_sk_sk_")]
    [InlineData("0123456789abcdef0123456789abcdef0123:fx")]
    [InlineData("vcp_vcp_vcp_")]
    public void NewChecks_StayLinear_OnHostileInput(string unit) =>
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t));
}
