namespace Warden.Policy.Compilation;

/// <summary>
/// Accumulates matching rules during one evaluation: the best rule per effect and the matched set. Matches go into
/// a per-thread buffer so the only allocations are the decision and its id array, whatever the policy size.
/// </summary>
internal struct DecisionTally(int candidates)
{
    [ThreadStatic]
    private static CompiledRule[]? s_buffer;

    private readonly CompiledRule[] _matched = Rent(candidates);
    private int _count;
    private CompiledRule? _deny;
    private CompiledRule? _approval;
    private CompiledRule? _allow;

    public void Add(CompiledRule rule)
    {
        _matched[_count++] = rule;
        switch (rule.Effect)
        {
            case PolicyOutcome.Deny:
                _deny = Better(_deny, rule);
                break;
            case PolicyOutcome.RequireApproval:
                _approval = Better(_approval, rule);
                break;
            default:
                _allow = Better(_allow, rule);
                break;
        }
    }

    public readonly PolicyDecision ToDecision(PolicySet policy, PolicyRequest request)
    {
        var deciding = _deny ?? _approval ?? _allow;
        var matched = _matched.AsSpan(0, _count);
        matched.Sort(static (a, b) => a.Ordinal.CompareTo(b.Ordinal));
        var ids = _count == 0 ? [] : new string[_count];
        var obligations = PolicyObligations.None;
        for (var i = 0; i < matched.Length; i++)
        {
            ids[i] = matched[i].Id;
            if (deciding?.Effect == PolicyOutcome.Allow && matched[i].Effect == PolicyOutcome.Allow)
            {
                obligations = ObligationMerger.Merge(obligations, matched[i].Obligations);
            }
        }

        // Drop references so the per-thread buffer does not keep an old policy's rules alive.
        matched.Clear();
        return new PolicyDecision(policy, request, deciding, ids, obligations, candidates);
    }

    /// <summary>Most specific wins; on a tie the rule earlier in the policy wins.</summary>
    private static CompiledRule Better(CompiledRule? current, CompiledRule candidate) =>
        current is null || candidate.Specificity > current.Specificity
        || (candidate.Specificity == current.Specificity && candidate.Ordinal < current.Ordinal)
            ? candidate
            : current;

    private static CompiledRule[] Rent(int size)
    {
        var buffer = s_buffer;
        if (buffer is null || buffer.Length < size)
        {
            s_buffer = buffer = new CompiledRule[Math.Max(size, 64)];
        }

        return buffer;
    }
}
