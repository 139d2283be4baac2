using System.Net;
using System.Text.Json;

namespace Warden.Policy.Tests;

internal static class Helpers
{
    public static readonly DateTimeOffset Monday = new(2025, 1, 6, 12, 0, 0, TimeSpan.Zero);

    public static PolicySet Load(string yaml, string name = "policy.yaml")
    {
        var result = PolicySet.Load([new PolicySource(name, yaml)]);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Policy!;
    }

    public static IReadOnlyList<PolicyDiagnostic> Errors(string yaml, string name = "policy.yaml")
    {
        var result = PolicySet.Load([new PolicySource(name, yaml)]);
        Assert.False(result.Succeeded);
        Assert.Null(result.Policy);
        return result.Errors;
    }

    public static PolicyRequest Request(
        string action = "llm.chat",
        string model = "gpt-4o",
        ResourceKind kind = ResourceKind.Model,
        string agent = "agent-1",
        string? args = null,
        IReadOnlyDictionary<string, string>? labels = null,
        HumanInitiator? initiator = null,
        string[]? chain = null,
        string[]? scopes = null,
        string? provider = null,
        string[]? dataLabels = null,
        long size = 0,
        DateTimeOffset? time = null,
        string? client = null,
        string? owner = null,
        string? mcpServer = null) => new()
        {
            Action = action,
            Principal = new PolicyPrincipal
            {
                AgentId = agent,
                Labels = labels ?? new Dictionary<string, string>(StringComparer.Ordinal),
                Initiator = initiator,
                DelegationChain = chain ?? [],
                Scopes = scopes ?? [],
                Owner = owner,
            },
            Resource = new PolicyResource { Kind = kind, Name = model, Provider = provider, DataLabels = dataLabels ?? [], McpServer = mcpServer },
            SizeBytes = size,
            Time = time ?? Monday,
            ClientAddress = client is null ? null : IPAddress.Parse(client),
            Arguments = args is null ? default : JsonDocument.Parse(args).RootElement.Clone(),
        };

    public static string Rule(string id, string effect, string when, string extra = "") =>
        $"  - id: {id}\n    effect: {effect}\n    when: {when}\n{extra}";
}
