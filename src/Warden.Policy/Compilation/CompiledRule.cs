using Warden.Policy.Conditions;
using Warden.Policy.Yaml;

namespace Warden.Policy.Compilation;

/// <summary>A validated rule, ready to evaluate. Conditions are ordered cheapest and most selective first.</summary>
internal sealed class CompiledRule
{
    public required string Id { get; init; }

    public required PolicyOutcome Effect { get; init; }

    public required SourcePosition Position { get; init; }

    /// <summary>Position in the whole set (documents ordered by name, then rule order); breaks specificity ties.</summary>
    public int Ordinal { get; set; }

    public string? Description { get; init; }

    public string? Reason { get; init; }

    public PolicyObligations Obligations { get; init; } = PolicyObligations.None;

    public ApprovalRequirement? Approval { get; init; }

    private readonly Condition[] _conditions = [];
    private readonly Condition[] _requestConditions = [];

    public required Condition[] Conditions
    {
        get => _conditions;
        init
        {
            _conditions = value;
            _requestConditions = Array.FindAll(value, static c => !c.ReadsArguments);
        }
    }

    /// <summary>Whether some condition tests the tool arguments; computed once, when the rule is compiled.</summary>
    public bool DependsOnArguments => _requestConditions.Length != _conditions.Length;

    /// <summary>Action patterns, or null when the rule applies to every action; used by the index.</summary>
    public PatternCondition? Actions { get; init; }

    /// <summary>Resource name patterns, or null when any name; used by the index.</summary>
    public PatternCondition? Names { get; init; }

    /// <summary>Sum of condition specificities: among matching rules of one effect, the highest decides.</summary>
    public required int Specificity { get; init; }

    /// <summary>Deny outranks require_approval, which outranks allow.</summary>
    public int Rank => RankOf(Effect);

    public static int RankOf(PolicyOutcome effect) => effect switch
    {
        PolicyOutcome.Deny => 3,
        PolicyOutcome.RequireApproval => 2,
        _ => 1,
    };

    public bool Matches(PolicyRequest request)
    {
        foreach (var condition in Conditions)
        {
            if (!condition.Evaluate(request))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every condition that does not read the tool arguments holds (argument conditions count as holding).</summary>
    public bool MatchesIgnoringArguments(PolicyRequest request)
    {
        foreach (var condition in _requestConditions)
        {
            if (!condition.Evaluate(request))
            {
                return false;
            }
        }

        return true;
    }
}
