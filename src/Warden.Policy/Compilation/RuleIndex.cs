namespace Warden.Policy.Compilation;

/// <summary>
/// Narrows the rules to test for a request by exact action and exact resource name, so a decision touches only the
/// handful of rules that could apply no matter how many rules the policy holds. Rules with wildcard or absent
/// action/name patterns are folded into every bucket they could match, at compile time.
/// </summary>
internal sealed class RuleIndex
{
    private readonly Dictionary<string, Bucket> _byAction;
    private readonly Bucket _otherActions;

    public RuleIndex(IReadOnlyList<CompiledRule> rules)
    {
        var exact = new Dictionary<string, List<CompiledRule>>(StringComparer.Ordinal);
        var wildcard = new List<CompiledRule>();
        foreach (var rule in rules)
        {
            if (rule.Actions is null || rule.Actions.Patterns.Any(p => !p.IsExact))
            {
                wildcard.Add(rule);
            }

            foreach (var pattern in rule.Actions?.Patterns ?? [])
            {
                if (pattern.IsExact)
                {
                    Add(exact, pattern.Text, rule);
                }
            }
        }

        _byAction = new Dictionary<string, Bucket>(StringComparer.Ordinal);
        foreach (var (action, list) in exact)
        {
            var matching = wildcard.Where(r => r.Actions is null || r.Actions.Patterns.Any(p => p.IsMatch(action)));
            _byAction[action] = new Bucket(list.Concat(matching));
        }

        _otherActions = new Bucket(wildcard);
    }

    public Bucket Lookup(string action) => _byAction.TryGetValue(action, out var bucket) ? bucket : _otherActions;

    private static void Add(Dictionary<string, List<CompiledRule>> map, string key, CompiledRule rule)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (list.Count == 0 || !ReferenceEquals(list[^1], rule))
        {
            list.Add(rule);
        }
    }

    /// <summary>The rules for one action, split by exact resource name.</summary>
    internal sealed class Bucket
    {
        private readonly Dictionary<string, CompiledRule[]> _byName;

        public Bucket(IEnumerable<CompiledRule> rules)
        {
            var byName = new Dictionary<string, List<CompiledRule>>(StringComparer.Ordinal);
            var anyName = new List<CompiledRule>();
            foreach (var rule in rules.Distinct().OrderBy(r => r.Ordinal))
            {
                if (rule.Names is null || rule.Names.Patterns.Any(p => !p.IsExact))
                {
                    anyName.Add(rule);
                    continue;
                }

                foreach (var pattern in rule.Names.Patterns)
                {
                    Add(byName, pattern.Text, rule);
                }
            }

            _byName = byName.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
            AnyName = [.. anyName];
        }

        /// <summary>Rules whose resource name pattern is a wildcard or absent.</summary>
        public CompiledRule[] AnyName { get; }

        public CompiledRule[] ForName(string name) => _byName.TryGetValue(name, out var rules) ? rules : [];
    }
}
