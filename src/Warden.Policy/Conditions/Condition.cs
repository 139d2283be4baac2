namespace Warden.Policy.Conditions;

/// <summary>
/// One compiled test on a request. Conditions are immutable and allocation-free to evaluate, so a compiled
/// policy can be shared by every request thread.
/// </summary>
internal abstract class Condition
{
    private string? _description;

    /// <summary>The part of the request tested, for example <c>action</c> or <c>principal.labels</c>.</summary>
    public abstract string Dimension { get; }

    /// <summary>How much narrower this condition makes a rule; higher means more specific.</summary>
    public virtual int Specificity => 1;

    /// <summary>Whether the condition tests the tool arguments (partial evaluation treats those as "could hold").</summary>
    public virtual bool ReadsArguments => false;

    public abstract bool Evaluate(PolicyRequest request);

    /// <summary>A canonical description: used in explanations, and equal descriptions mean equal conditions.</summary>
    public abstract string Describe();

    /// <summary>The cached <see cref="Describe"/> text; racing threads compute the same string, so no lock is needed.</summary>
    public string Description => _description ??= Describe();

    /// <summary>The request's value for this condition, for explanations; null when not meaningful.</summary>
    public virtual string? DescribeActual(PolicyRequest request) => null;

    /// <summary>
    /// Whether every request satisfying <paramref name="other"/> also satisfies this condition. Used to find rules
    /// that can never decide; it may answer false when unsure (that only misses a warning), never true wrongly.
    /// </summary>
    public virtual bool Covers(Condition other) =>
        other.GetType() == GetType() && string.Equals(other.Description, Description, StringComparison.Ordinal);
}
