namespace Warden.Core.Approvals;

/// <summary>How approvals behave; built from the <c>approvals</c> configuration section.</summary>
public sealed record ApprovalOptions
{
    /// <summary>How long a pending request can be decided.</summary>
    public TimeSpan RequestTtl { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long an approval can be used after it is granted.</summary>
    public TimeSpan GrantTtl { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How many calls one approval lets through.</summary>
    public int Uses { get; init; } = 1;

    /// <summary>Per policy rule id: overrides of <see cref="Uses"/> and <see cref="GrantTtl"/>.</summary>
    public IReadOnlyDictionary<string, ApprovalRuleOptions> Rules { get; init; } = new Dictionary<string, ApprovalRuleOptions>(StringComparer.Ordinal);

    /// <summary>Whether the owner of the calling agent may approve its requests (segregation of duties says no).</summary>
    public bool OwnerMayApprove { get; init; }

    /// <summary>Base URL put in the caller's error (the request's admin API address is appended).</summary>
    public string PublicUrl { get; init; } = "";

    public int UsesFor(string ruleId) => Rules.TryGetValue(ruleId, out var r) && r.Uses is { } u ? u : Uses;

    public TimeSpan GrantTtlFor(string ruleId) => Rules.TryGetValue(ruleId, out var r) && r.GrantTtl is { } t ? t : GrantTtl;

    /// <summary>The URL of one request.</summary>
    public string UrlOf(string id) => PublicUrl.TrimEnd('/') + "/admin/v1/approvals/" + id;
}

/// <summary>Overrides for approvals required by one policy rule.</summary>
public sealed record ApprovalRuleOptions
{
    public int? Uses { get; init; }

    public TimeSpan? GrantTtl { get; init; }
}
