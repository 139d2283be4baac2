namespace Warden.Policy;

/// <summary>Stable ids of policy errors. Ids are never reused for a different meaning.</summary>
public static class PolicyErrorIds
{
    /// <summary>The YAML is not well formed.</summary>
    public const string Syntax = "WRD3000";

    /// <summary>The document is larger than the configured limit.</summary>
    public const string TooLarge = "WRD3001";

    /// <summary>The document nests deeper than the configured limit.</summary>
    public const string TooDeep = "WRD3002";

    /// <summary>YAML anchors, aliases and merge keys are refused (they enable "billion laughs" expansion).</summary>
    public const string AliasNotAllowed = "WRD3003";

    /// <summary>A field name is not part of the policy language.</summary>
    public const string UnknownField = "WRD3004";

    /// <summary>A value has the wrong type (for example a list where a string is expected).</summary>
    public const string WrongType = "WRD3005";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "WRD3006";

    /// <summary>A value is not one of the allowed values or is out of range.</summary>
    public const string InvalidValue = "WRD3007";

    /// <summary>A regular expression does not compile or is too long.</summary>
    public const string InvalidRegex = "WRD3008";

    /// <summary>A JSON path is malformed.</summary>
    public const string InvalidJsonPath = "WRD3009";

    /// <summary>A CIDR block is malformed.</summary>
    public const string InvalidCidr = "WRD3010";

    /// <summary>A time or day is malformed.</summary>
    public const string InvalidTime = "WRD3011";

    /// <summary>Two rules share an id.</summary>
    public const string DuplicateRuleId = "WRD3012";

    /// <summary>A rule can never decide because a stronger rule matches every request it matches.</summary>
    public const string UnreachableRule = "WRD3013";

    /// <summary>A rule's conditions contradict each other, so it can never match.</summary>
    public const string ContradictoryCondition = "WRD3014";

    /// <summary>A mapping has the same key twice.</summary>
    public const string DuplicateKey = "WRD3015";

    /// <summary>A name pattern is malformed.</summary>
    public const string InvalidPattern = "WRD3016";

    /// <summary>A field is not allowed with the rule's effect (for example obligations on a deny rule).</summary>
    public const string FieldNotAllowedForEffect = "WRD3017";

    /// <summary>A rule id is malformed.</summary>
    public const string InvalidRuleId = "WRD3018";

    /// <summary>There are more rules than the configured limit.</summary>
    public const string TooManyRules = "WRD3019";

    /// <summary>An argument condition has no operator or more than one.</summary>
    public const string InvalidOperator = "WRD3021";

    /// <summary>A test case file or explain input is malformed.</summary>
    public const string InvalidInput = "WRD3022";

    /// <summary>A file could not be read.</summary>
    public const string FileUnreadable = "WRD3023";
}
