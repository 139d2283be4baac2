namespace Warden.Policy;

/// <summary>The names of <see cref="PolicyOutcome"/> values in policy files, audit events and reports.</summary>
public static class PolicyOutcomeNames
{
    /// <summary>"allow", "deny" or "require_approval".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined outcome.</exception>
    public static string Name(this PolicyOutcome outcome) => outcome switch
    {
        PolicyOutcome.Allow => "allow",
        PolicyOutcome.Deny => "deny",
        PolicyOutcome.RequireApproval => "require_approval",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "not a defined policy outcome"),
    };

    /// <summary>The outcome named <paramref name="name"/> (exact, lower case), or null.</summary>
    public static PolicyOutcome? Parse(string? name) => name switch
    {
        "allow" => PolicyOutcome.Allow,
        "deny" => PolicyOutcome.Deny,
        "require_approval" => PolicyOutcome.RequireApproval,
        _ => null,
    };

    /// <summary>The names, for error messages: "allow, deny, require_approval".</summary>
    public const string List = "allow, deny, require_approval";
}
