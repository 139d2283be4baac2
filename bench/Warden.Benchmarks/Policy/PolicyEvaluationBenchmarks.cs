using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Warden.Policy;

namespace Warden.Benchmarks.Policy;

/// <summary>
/// One policy decision at 10, 1,000 and 10,000 rules. Rules spread over actions, models, labels and tool
/// arguments the way a real deployment's would; the request hits a rule in the middle of the set.
/// </summary>
[MemoryDiagnoser]
public class PolicyEvaluationBenchmarks
{
    private PolicySet _policy = PolicySet.Empty;
    private PolicyRequest _chat = null!;
    private PolicyRequest _toolCall = null!;
    private PolicyRequest _noMatch = null!;

    [Params(10, 1_000, 10_000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var result = PolicySet.Load(Generate(Rules));
        _policy = result.Policy ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
        // The model rule nearest the middle of the set (model rules are every fourth rule).
        var target = Rules / 2 / 4 * 4;
        var principal = new PolicyPrincipal
        {
            AgentId = "agent-7",
            Labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["team"] = $"team-{target % 10}", ["env"] = "prod" },
            Scopes = ["llm", "mcp"],
            DelegationChain = ["orchestrator"],
        };
        var time = new DateTimeOffset(2025, 1, 6, 12, 0, 0, TimeSpan.Zero);
        _chat = new PolicyRequest
        {
            Action = "llm.chat",
            Principal = principal,
            Resource = new PolicyResource { Kind = ResourceKind.Model, Name = $"model-{target}", Provider = "openai" },
            Time = time,
            SizeBytes = 2048,
        };
        var toolTarget = target + 3;
        _toolCall = _chat with
        {
            Action = "mcp.tools.call",
            Resource = new PolicyResource { Kind = ResourceKind.Tool, Name = $"tool-{toolTarget}", McpServer = "files" },
            Arguments = JsonDocument.Parse("{\"path\":\"/srv/shared/report.txt\",\"limit\":10}").RootElement.Clone(),
        };
        // An action no rule names: only the wildcard rules are candidates, none matches, so this is a true default deny.
        _noMatch = _chat with { Action = "data.export", Resource = new PolicyResource { Kind = ResourceKind.Data, Name = "unknown" } };

        // Measure the paths the names promise, not some accidental outcome.
        Check(_policy.Evaluate(_chat).DecidingRuleId == $"r{target}", "ModelChat");
        Check(_policy.Evaluate(_toolCall).DecidingRuleId == $"r{toolTarget}", "ToolCallWithArguments");
        Check(_policy.Evaluate(_noMatch).IsDefaultDeny, "DefaultDeny");
        Check(_policy.CouldPermit(_toolCall with { Arguments = default }), "ToolListing");
    }

    private static void Check(bool condition, string benchmark)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{benchmark} does not exercise the intended rule");
        }
    }

    /// <summary>The cost of the cheapest possible decision path: default deny with the index lookup only.</summary>
    [Benchmark(Baseline = true)]
    public PolicyDecision DefaultDeny() => _policy.Evaluate(_noMatch);

    [Benchmark]
    public PolicyDecision ModelChat() => _policy.Evaluate(_chat);

    [Benchmark]
    public PolicyDecision ToolCallWithArguments() => _policy.Evaluate(_toolCall);

    /// <summary>What <c>tools/list</c> asks per tool: could some arguments be allowed (partial evaluation, no allocation).</summary>
    [Benchmark]
    public bool ToolListing() => _policy.CouldPermit(_toolCall);

    [Benchmark]
    public PolicyExplanation ModelChatExplained() => _policy.Evaluate(_chat).Explain();

    /// <summary>One document per 1,000 rules, as a real deployment would split files (and under the 1 MiB limit).</summary>
    internal static List<PolicySource> Generate(int count)
    {
        var sources = new List<PolicySource>();
        var sb = new StringBuilder("rules:\n");
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && i % 1000 == 0)
            {
                sources.Add(new PolicySource($"bench-{sources.Count:D3}.yaml", sb.ToString()));
                sb.Clear().Append("rules:\n");
            }

            sb.Append("  - id: r").Append(i).Append('\n');
            switch (i % 4)
            {
                case 0:
                    sb.Append("    effect: allow\n    when:\n      action: [llm.chat, llm.embed]\n")
                      .Append("      resource: { kind: model, name: model-").Append(i).Append(" }\n")
                      .Append("      principal: { labels: { team: team-").Append(i % 10).Append(" }, scopes: [llm] }\n")
                      .Append("    obligations: { redact: [pii], rate_limit: { requests_per_minute: 60 } }\n");
                    break;
                case 1:
                    sb.Append("    effect: deny\n    reason: confidential data stays in-house\n    when:\n      action: llm.chat\n")
                      .Append("      resource: { name: model-").Append(i - 1).Append(", data_labels: [confidential-").Append(i).Append("] }\n");
                    break;
                case 2:
                    sb.Append("    effect: require_approval\n    when:\n      action: llm.chat\n")
                      .Append("      resource: { name: model-").Append(i - 2).Append(" }\n")
                      .Append("      request: { size: { gt: 1048576 } }\n    approval: { approvers: [group:platform] }\n");
                    break;
                default:
                    sb.Append("    effect: allow\n    when:\n      action: mcp.tools.call\n")
                      .Append("      resource: { kind: tool, name: tool-").Append(i).Append(", mcp_server: files }\n")
                      .Append("      args:\n        - { path: $.path, prefix: /srv/shared/ }\n        - { path: $.limit, lte: 100 }\n");
                    break;
            }
        }

        // A few broad rules every deployment has, so each decision also walks wildcard candidates.
        sb.Append("  - id: embed-any\n    effect: allow\n    when: { action: llm.embed, principal: { scopes: [llm] } }\n");
        sb.Append("  - id: audit-delegated\n    effect: allow\n    when: { action: \"llm.*\", principal: { chain: { min_depth: 1 }, labels: { env: prod } } }\n    obligations: { log_full: true }\n");
        sources.Add(new PolicySource($"bench-{sources.Count:D3}.yaml", sb.ToString()));
        return sources;
    }
}
