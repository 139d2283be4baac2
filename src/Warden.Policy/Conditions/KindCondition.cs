namespace Warden.Policy.Conditions;

/// <summary>The resource kind is one of a set, tested as a bit mask.</summary>
internal sealed class KindCondition(IReadOnlyList<ResourceKind> kinds) : Condition
{
    private readonly int _mask = kinds.Aggregate(0, (m, k) => m | (1 << (int)k));

    public override string Dimension => "resource.kind";

    public override bool Evaluate(PolicyRequest request) => (_mask & (1 << (int)request.Resource.Kind)) != 0;

    public override string Describe() =>
        $"resource.kind is {string.Join(" or ", Enum.GetValues<ResourceKind>().Where(k => (_mask & (1 << (int)k)) != 0).Select(KindNames.ToName))}";

    public override string? DescribeActual(PolicyRequest request) => KindNames.ToName(request.Resource.Kind);

    public override bool Covers(Condition other) => other is KindCondition o && (o._mask & ~_mask) == 0;
}

/// <summary>The policy-language spelling of resource kinds.</summary>
internal static class KindNames
{
    public static string ToName(ResourceKind kind) => kind switch
    {
        ResourceKind.Model => "model",
        ResourceKind.Tool => "tool",
        ResourceKind.McpServer => "mcp_server",
        ResourceKind.Data => "data",
        _ => kind.ToString(),
    };

    public static bool TryParse(string name, out ResourceKind kind)
    {
        foreach (var k in Enum.GetValues<ResourceKind>())
        {
            if (string.Equals(ToName(k), name, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
