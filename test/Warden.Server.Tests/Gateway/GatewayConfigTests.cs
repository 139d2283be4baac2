using Warden.Guards;
using Warden.Policy;
using Warden.Server.Configuration;
using Warden.Server.Gateway;

namespace Warden.Server.Tests.Gateway;

/// <summary>The policy, providers, gateway and guards sections of the configuration file.</summary>
public sealed class GatewayConfigTests
{
    private static ConfigResult Load(string yaml, string? dir = null)
    {
        dir ??= Path.GetTempPath();
        return ConfigLoader.Load(yaml, Path.Combine(dir, "warden.yaml"), new WardenConfig());
    }

    [Fact]
    public void FullGatewayConfig_IsRead()
    {
        var dir = Path.Combine(Path.GetTempPath(), "warden-cfg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "openai.key"), "sk-x");
        try
        {
            var result = Load("""
                policy:
                  files: [policies/llm.yaml]
                providers:
                  - name: openai
                    baseUrl: https://api.openai.com/v1
                    apiKeyFile: openai.key
                    timeout: 30s
                    models: [gpt-4o, gpt-4o-mini]
                    aliases: { fast: gpt-4o-mini }
                gateway:
                  audience: https://warden.example.com/v1
                  maxRequestBytes: 2097152
                  budgets:
                    - agents: ["label:team=research", agent-1]
                      requestsPerMinute: 60
                      tokensPerMinute: 40000
                      tokensPerDay: 1000000
                guards:
                  redactionMode: mask
                  allowedHosts: [example.com]
                  channels:
                    user: { prompt-attack: block, pii: redact }
                """, dir);

            Assert.Empty(result.Errors);
            var g = result.Config!.Gateway;
            Assert.Equal(Path.Combine(dir, "policies", "llm.yaml"), Assert.Single(g.PolicyFiles));
            var p = Assert.Single(g.Providers);
            Assert.Equal("https://api.openai.com/v1/", p.BaseUrl.ToString());
            Assert.Equal(Path.Combine(dir, "openai.key"), p.ApiKeyFile);
            Assert.Equal(TimeSpan.FromSeconds(30), p.Timeout);
            Assert.Equal("gpt-4o-mini", p.Aliases["fast"]);
            Assert.Equal("https://warden.example.com/v1", g.Audience);
            Assert.Equal(2097152, g.MaxRequestBytes);
            var b = Assert.Single(g.Budgets);
            Assert.Equal((60, 40000L, 1000000L), (b.RequestsPerMinute!.Value, b.TokensPerMinute!.Value, b.TokensPerDay!.Value));
            Assert.Equal(RedactionMode.Mask, g.Guards.RedactionMode);
            Assert.Equal(GuardAction.Redact, g.Guards.Channels[GuardChannel.User].Detectors["pii"]);
            Assert.Equal(GuardOptions.DefaultChannels[GuardChannel.ModelOutput], g.Guards.Channels[GuardChannel.ModelOutput]);
            Assert.True(g.GuardsEnabled);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void DefaultAudience_IsTheIssuerPlusV1()
    {
        var config = new WardenConfig { Urls = ["http://127.0.0.1:9000"] };
        Assert.Equal("http://127.0.0.1:9000/v1", config.Gateway.EffectiveAudience(config.EffectiveIssuer));
    }

    [Fact]
    public void BadGatewayConfig_ReportsEveryErrorWithItsLine()
    {
        var result = Load("""
            providers:
              - name: a
                baseUrl: ftp://nope
              - name: b
                baseUrl: http://localhost:1/v1
                apiKeyEnv: B_KEY
                apiKeyFile: missing.key
                timeout: soon
                models: [m1]
                aliases: { x: m2 }
                colour: red
            gateway:
              maxRequestBytes: 10
              budgets:
                - requestsPerMinute: 0
            guards:
              enabled: perhaps
              redactionMode: shred
              channels:
                user: { telepathy: block }
            """);

        Assert.Null(result.Config);
        foreach (var expected in new[] { ":3:", "WRD8164", "WRD8165", "WRD8166", "WRD8109", "WRD8168", "WRD8105 unknown field 'colour'", "WRD8171", "WRD8160", "WRD8162", "WRD8169", "telepathy" })
        {
            Assert.Contains(result.Errors, e => e.Contains(expected, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void FindingTypes_AreReadAndRaisedByARedactObligation()
    {
        var result = Load("""
            guards:
              redactionMode: mask
              channels:
                user: { pii: flag }
              findingTypes:
                pii: { TITLE: allow, CREDIT_CARD: block }
            """);

        Assert.Empty(result.Errors);
        var config = result.Config!;
        var types = config.Gateway.Guards.FindingTypes[DetectorNames.Pii];
        Assert.Equal(GuardAction.Allow, types["TITLE"]);
        Assert.Equal(GuardAction.Block, types["CREDIT_CARD"]);

        var guards = new GatewayGuards(config);
        const string text = "Dr. Maria Gonzalez paid with 4111 1111 1111 1111.";
        var plain = guards.EngineFor(PolicyObligations.None)!.Scan(text, GuardChannel.User);
        Assert.True(plain.Blocked);
        Assert.DoesNotContain(plain.Findings, f => f.Type == "TITLE");

        // A policy that obliges pii redaction turns the allowed TITLE into a redaction and never weakens the Block.
        var obliged = guards.EngineFor(new PolicyObligations { Redact = [DetectorNames.Pii] })!.Scan(text.Replace("4111 1111 1111 1111", "cash", StringComparison.Ordinal), GuardChannel.User);
        Assert.Contains(obliged.Findings, f => f.Type == "TITLE" && f.Action == GuardAction.Redact);
        Assert.DoesNotContain("Dr.", obliged.Text, StringComparison.Ordinal);
        Assert.True(guards.EngineFor(new PolicyObligations { Redact = [DetectorNames.Pii] })!.Scan(text, GuardChannel.User).Blocked);
    }

    [Fact]
    public void BadFindingTypes_AreReportedWithTheirLines()
    {
        var result = Load("""
            guards:
              findingTypes:
                telepathy: { X: block }
                pii: { CREDIT CARD: block, TITLE: shred }
                secrets: [AWS_ACCESS_KEY]
            """);

        Assert.Null(result.Config);
        foreach (var expected in new[] { "WRD8105 unknown field 'telepathy'", "WRD8169", "shred", "WRD8104", "WRD8170", "'CREDIT CARD' is not a finding type name" })
        {
            Assert.Contains(result.Errors, e => e.Contains(expected, StringComparison.Ordinal));
        }
    }
}
