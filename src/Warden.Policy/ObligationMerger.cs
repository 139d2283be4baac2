namespace Warden.Policy;

/// <summary>Merges obligations of several matching allow rules, keeping the strictest value of each.</summary>
internal static class ObligationMerger
{
    public static PolicyObligations Merge(PolicyObligations a, PolicyObligations b)
    {
        if (b.IsEmpty)
        {
            return a;
        }

        if (a.IsEmpty)
        {
            return b;
        }

        var limits = a.RateLimits.Concat(b.RateLimits)
            .GroupBy(l => l.Key, StringComparer.Ordinal)
            .Select(g => g.MinBy(l => l.RequestsPerMinute)!)
            .OrderBy(l => l.Key, StringComparer.Ordinal)
            .ToArray();
        return new PolicyObligations
        {
            // Redacting more is stricter, so the sets unite.
            Redact = [.. a.Redact.Union(b.Redact, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            LogFull = a.LogFull || b.LogFull,
            RateLimits = limits,
            MaxTokens = (a.MaxTokens, b.MaxTokens) switch
            {
                ({ } x, { } y) => Math.Min(x, y),
                (var x, var y) => x ?? y,
            },
        };
    }
}
