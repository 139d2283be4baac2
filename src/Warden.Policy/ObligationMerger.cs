namespace Warden.Policy;

/// <summary>
/// Merges obligations of several matching allow rules, keeping the strictest value of each. Runs on the hot path
/// whenever two allows with obligations match, so it avoids LINQ and reuses inputs when one already covers the other.
/// </summary>
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

        return new PolicyObligations
        {
            // Redacting more is stricter, so the sets unite.
            Redact = Union(a.Redact, b.Redact),
            LogFull = a.LogFull || b.LogFull,
            RateLimits = LowestPerKey(a.RateLimits, b.RateLimits),
            MaxTokens = (a.MaxTokens, b.MaxTokens) switch
            {
                ({ } x, { } y) => Math.Min(x, y),
                (var x, var y) => x ?? y,
            },
        };
    }

    private static IReadOnlyList<string> Union(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (b.Count == 0 || ContainsAll(a, b))
        {
            return a;
        }

        if (a.Count == 0 || ContainsAll(b, a))
        {
            return b;
        }

        var result = new List<string>(a.Count + b.Count);
        result.AddRange(a);
        for (var i = 0; i < b.Count; i++)
        {
            if (!result.Contains(b[i], StringComparer.Ordinal))
            {
                result.Add(b[i]);
            }
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }

    private static bool ContainsAll(IReadOnlyList<string> set, IReadOnlyList<string> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (!Conditions.ListMatch.Contains(set, items[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static IReadOnlyList<RateLimitObligation> LowestPerKey(IReadOnlyList<RateLimitObligation> a, IReadOnlyList<RateLimitObligation> b)
    {
        if (b.Count == 0)
        {
            return a;
        }

        if (a.Count == 0)
        {
            return b;
        }

        var result = new List<RateLimitObligation>(a);
        for (var i = 0; i < b.Count; i++)
        {
            var index = result.FindIndex(l => string.Equals(l.Key, b[i].Key, StringComparison.Ordinal));
            if (index < 0)
            {
                result.Add(b[i]);
            }
            else if (b[i].RequestsPerMinute < result[index].RequestsPerMinute)
            {
                result[index] = b[i];
            }
        }

        result.Sort(static (x, y) => string.CompareOrdinal(x.Key, y.Key));
        return result;
    }
}
