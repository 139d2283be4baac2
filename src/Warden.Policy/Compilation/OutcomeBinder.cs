using Warden.Policy.Yaml;

namespace Warden.Policy.Compilation;

/// <summary>Binds the <c>obligations</c> and <c>approval</c> blocks of a rule.</summary>
internal sealed class OutcomeBinder(DiagnosticBag diagnostics)
{
    private static readonly string[] RateLimitKeys = ["agent", "owner", "initiator", "global"];

    public PolicyObligations? BindObligations(YamlNode node)
    {
        var f = Fields.Of(node, "obligations", diagnostics, "redact", "log_full", "rate_limit", "max_tokens");
        if (f is null)
        {
            return null;
        }

        var redact = f.StringList("redact") ?? [];
        var logFull = f.Get("log_full") is { } lf && (Fields.AsBool(lf, "log_full", diagnostics) ?? false);
        int? maxTokens = f.Get("max_tokens") is { } mt ? (int?)Fields.AsInteger(mt, "max_tokens", diagnostics, 1, int.MaxValue) : null;
        var rateLimits = new List<RateLimitObligation>();
        if (f.Get("rate_limit") is { } rl && Fields.Of(rl, "rate_limit", diagnostics, "requests_per_minute", "key") is { } r)
        {
            var rpm = r.Required("requests_per_minute", "rate_limit") is { } rpmNode
                ? Fields.AsInteger(rpmNode, "requests_per_minute", diagnostics, 1, 1_000_000)
                : null;
            var key = r.String("key") ?? "agent";
            if (Array.IndexOf(RateLimitKeys, key) < 0)
            {
                diagnostics.Add(PolicyErrorIds.InvalidValue, r.Get("key")!, $"rate_limit key '{key}' is not one of {string.Join(", ", RateLimitKeys)}");
            }
            else if (rpm is { } n)
            {
                rateLimits.Add(new RateLimitObligation((int)n, key));
            }
        }

        return new PolicyObligations
        {
            Redact = [.. redact.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            LogFull = logFull,
            MaxTokens = maxTokens,
            RateLimits = rateLimits,
        };
    }

    public ApprovalRequirement? BindApproval(YamlNode node, string? ruleReason)
    {
        var f = Fields.Of(node, "approval", diagnostics, "approvers", "reason");
        if (f is null)
        {
            return null;
        }

        var approvers = f.Required("approvers", "approval") is { } a ? Fields.AsStringList(a, "approvers", diagnostics) : null;
        var reason = f.String("reason") ?? ruleReason ?? "this call requires approval";
        return approvers is null ? null : new ApprovalRequirement(approvers, reason);
    }
}
