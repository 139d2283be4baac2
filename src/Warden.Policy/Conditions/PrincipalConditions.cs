namespace Warden.Policy.Conditions;

/// <summary>Every listed agent label is present and its value matches one of the patterns.</summary>
internal sealed class LabelsCondition(IReadOnlyList<KeyValuePair<string, Glob[]>> required) : Condition
{
    private readonly KeyValuePair<string, Glob[]>[] _required = [.. required.OrderBy(r => r.Key, StringComparer.Ordinal)];

    public override string Dimension => "principal.labels";

    public override int Specificity => _required.Length;

    public override bool Evaluate(PolicyRequest request)
    {
        var labels = request.Principal.Labels;
        foreach (var (key, patterns) in _required)
        {
            if (!labels.TryGetValue(key, out var value) || !Glob.AnyMatch(patterns, value))
            {
                return false;
            }
        }

        return true;
    }

    public override string Describe() =>
        $"principal.labels has {string.Join(", ", _required.Select(r => $"{r.Key}={string.Join("|", r.Value.Select(g => g.Text))}"))}";

    public override string? DescribeActual(PolicyRequest request) =>
        $"{{{string.Join(", ", request.Principal.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"))}}}";
}

/// <summary>Whether a human initiated the call, and which one.</summary>
internal sealed class InitiatorCondition(bool? present, Glob[]? subjects, string[]? groups) : Condition
{
    public override string Dimension => "principal.initiator";

    public override int Specificity => (subjects is null ? 0 : 2) + (groups is null ? 0 : 1) + 1;

    public override bool Evaluate(PolicyRequest request)
    {
        var initiator = request.Principal.Initiator;
        if (present == false)
        {
            return initiator is null;
        }

        if (initiator is null)
        {
            return false;
        }

        if (subjects is not null && !Glob.AnyMatch(subjects, initiator.Subject))
        {
            return false;
        }

        return groups is null || ListMatch.ContainsAny(initiator.Groups, groups);
    }

    public override string Describe() => present == false
        ? "principal.initiator is none (the agent acts on its own)"
        : "principal.initiator is a human"
          + (subjects is null ? string.Empty : $" with subject in [{string.Join(", ", subjects.Select(s => s.Text))}]")
          + (groups is null ? string.Empty : $" in a group of [{string.Join(", ", groups)}]");

    public override string? DescribeActual(PolicyRequest request) =>
        request.Principal.Initiator is { } h ? $"{h.Subject} (groups: {string.Join(", ", h.Groups)})" : "none";
}

/// <summary>The delegation chain's depth and membership.</summary>
internal sealed class ChainCondition(int? minDepth, int? maxDepth, string[]? includes, string[]? excludes) : Condition
{
    public override string Dimension => "principal.chain";

    public override bool Evaluate(PolicyRequest request)
    {
        var chain = request.Principal.DelegationChain;
        return (minDepth is not { } min || chain.Count >= min)
            && (maxDepth is not { } max || chain.Count <= max)
            && (includes is null || ListMatch.ContainsAny(chain, includes))
            && (excludes is null || !ListMatch.ContainsAny(chain, excludes));
    }

    public override string Describe()
    {
        var parts = new List<string>();
        if (minDepth is { } min)
        {
            parts.Add($"depth >= {min}");
        }

        if (maxDepth is { } max)
        {
            parts.Add($"depth <= {max}");
        }

        if (includes is not null)
        {
            parts.Add($"includes one of [{string.Join(", ", includes)}]");
        }

        if (excludes is not null)
        {
            parts.Add($"includes none of [{string.Join(", ", excludes)}]");
        }

        return $"principal.chain {string.Join(" and ", parts)}";
    }

    public override string? DescribeActual(PolicyRequest request) =>
        $"[{string.Join(" -> ", request.Principal.DelegationChain)}] (depth {request.Principal.DelegationDepth})";
}

/// <summary>The token carries every listed scope.</summary>
internal sealed class ScopesCondition(string[] required) : Condition
{
    public override string Dimension => "principal.scopes";

    public override bool Evaluate(PolicyRequest request)
    {
        foreach (var scope in required)
        {
            if (!ListMatch.Contains(request.Principal.Scopes, scope))
            {
                return false;
            }
        }

        return true;
    }

    public override string Describe() => $"principal.scopes include all of [{string.Join(", ", required)}]";

    public override string? DescribeActual(PolicyRequest request) => $"[{string.Join(", ", request.Principal.Scopes)}]";
}
