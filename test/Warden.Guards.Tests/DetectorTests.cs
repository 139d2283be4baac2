using System.Diagnostics;
using Warden.Guards.Detectors;

namespace Warden.Guards.Tests;

public sealed class DetectorTests
{
    private static List<GuardFinding> Run(IGuardDetector d, string text)
    {
        var list = new List<GuardFinding>();
        d.Scan(text, GuardScanContext.For(GuardChannel.User), list);
        return list;
    }

    [Theory]
    [InlineData("card 4111 1111 1111 1111", "CREDIT_CARD")]
    [InlineData("IBAN DE89 3704 0044 0532 0130 00", "IBAN_CODE")]
    [InlineData("mail me at jane.doe@example.org", "EMAIL_ADDRESS")]
    [InlineData("SSN 123-45-6788", "US_SSN")]
    [InlineData("from 10.1.2.3", "IP_ADDRESS")]
    [InlineData("call +44 20 7946 0958", "PHONE_NUMBER")]
    public void Pii_FindsValidatedTypes(string text, string type) =>
        Assert.Contains(Run(new PiiDetector(0.5), text), f => f.Type == type);

    [Theory]
    [InlineData("card 4111 1111 1111 1112")]
    [InlineData("IBAN DE89 3704 0044 0532 0130 01")]
    public void Pii_RejectsBadChecksums(string text) => Assert.DoesNotContain(Run(new PiiDetector(0.5), text), f => f.Type is "CREDIT_CARD" or "IBAN_CODE");

    [Theory]
    [InlineData("ghp_Zx8Kq2Lm4Np6Rs8Tu0Vw2Xy4Ab6Cd8Ef0Gh2", "GITHUB_TOKEN")]
    [InlineData("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA\n-----END OPENSSH PRIVATE KEY-----", "PRIVATE_KEY")]
    [InlineData("DATABASE_URL=postgres://app:Zq8#kL2pW@db:5432/x", "URL_CREDENTIALS")]
    [InlineData("password = \"Tr0ub4dor&3x\"", "PASSWORD")]
    public void Secrets_FindsKnownFormats(string text, string type) =>
        Assert.Contains(Run(new SecretsDetector(0.5), text), f => f.Type == type);

    [Theory]
    [InlineData("password = os.environ['DB_PASSWORD']")]
    [InlineData("api_key: YOUR_API_KEY_HERE")]
    [InlineData("The passenger: Jonathan")]
    public void Secrets_IgnoresPlaceholdersAndCode(string text) => Assert.Empty(Run(new SecretsDetector(0.5), text));

    [Fact]
    public void InvisibleText_FindsTagCharacters()
    {
        var hidden = string.Concat("ignore".Select(c => char.ConvertFromUtf32(0xE0000 + c)));
        Assert.Contains(Run(new InvisibleTextDetector(), "hello" + hidden), f => f.Type == "TAG_CHARACTERS");
        Assert.Empty(Run(new InvisibleTextDetector(), "family 👨\u200D👩\u200D👧"));
    }

    [Fact]
    public void PromptLeak_FindsReproducedSystemPrompt()
    {
        const string system = "You are Acme's support bot. Never discuss pricing for enterprise customers. Always answer in a friendly tone and escalate refunds above 100 dollars to a human agent.";
        var list = new List<GuardFinding>();
        new PromptLeakDetector().Scan("My rules: You are Acme's support bot. Never discuss pricing for enterprise customers. Always answer in a friendly tone and escalate refunds above 100 dollars to a human agent.",
            new GuardScanContext { Channel = GuardChannel.ModelOutput, SystemPrompt = system }, list);
        Assert.Single(list);
    }

    [Fact]
    public void PathologicalInputs_FinishQuickly()
    {
        var sw = Stopwatch.StartNew();
        var engine = GuardEngine.CreateDefault();
        foreach (var text in new[]
        {
            new string('a', 50_000) + "@", string.Concat(Enumerable.Repeat("1 ", 20_000)), string.Concat(Enumerable.Repeat("password=", 5_000)),
            "![" + new string('[', 20_000), string.Concat(Enumerable.Repeat("Aa1+", 10_000)), string.Concat(Enumerable.Repeat("-----BEGIN ", 5_000)),
        })
        {
            engine.Scan(text, GuardChannel.User);
            engine.Scan(text, GuardChannel.ModelOutput);
        }

        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), $"took {sw.Elapsed}");
    }
}
