using System.Security.Cryptography;
using System.Text;
using Warden.Policy.Compilation;
using Warden.Policy.Yaml;

namespace Warden.Policy;

/// <summary>
/// An immutable, compiled set of policy documents. Load once per version with <see cref="Load"/>; evaluate from any
/// number of threads with <see cref="Evaluate"/>. Default deny: a request no rule matches is denied.
/// </summary>
public sealed class PolicySet
{
    private readonly CompiledRule[] _rules;
    private readonly RuleIndex _index;

    private PolicySet(CompiledRule[] rules, PolicyVersion version)
    {
        _rules = rules;
        _index = new RuleIndex(rules);
        Version = version;
    }

    /// <summary>The version: host-assigned number and content hash.</summary>
    public PolicyVersion Version { get; }

    /// <summary>The number of rules.</summary>
    public int RuleCount => _rules.Length;

    /// <summary>The ids of all rules, in policy order.</summary>
    public IEnumerable<string> RuleIds => _rules.Select(r => r.Id);

    /// <summary>A policy with no rules: denies everything. What a store serves before the first successful load.</summary>
    public static PolicySet Empty { get; } = new([], new PolicyVersion(0, Hash([])));

    /// <summary>
    /// Parses, validates and compiles documents as a whole. Collects every error across all documents; on any error
    /// returns no policy at all. Documents are ordered by name so the result does not depend on load order.
    /// </summary>
    public static PolicyLoadResult Load(IEnumerable<PolicySource> sources, PolicyLoadOptions? options = null, long versionNumber = 0)
    {
        options ??= PolicyLoadOptions.Default;
        var ordered = sources.OrderBy(s => s.Name, StringComparer.Ordinal).ToArray();
        var diagnostics = new DiagnosticBag();
        var binder = new RuleBinder(diagnostics, options);
        var rules = new List<CompiledRule>();
        foreach (var source in ordered)
        {
            if (source.DeclaredLength is { } length && length > options.MaxDocumentBytes)
            {
                diagnostics.Add(PolicyErrorIds.TooLarge, new SourcePosition(source.Name, 1, 1),
                    $"the file is {length} bytes, over the limit of {options.MaxDocumentBytes}; split it into several files");
                continue;
            }

            foreach (var root in SafeYamlReader.Read(source.Name, source.Content, options.MaxDepth, options.MaxDocumentBytes, diagnostics))
            {
                rules.AddRange(binder.BindDocument(root));
            }
        }

        if (rules.Count > options.MaxRules)
        {
            diagnostics.Add(PolicyErrorIds.TooManyRules, rules[options.MaxRules].Position,
                $"the policy has {rules.Count} rules, over the limit of {options.MaxRules}");
        }

        for (var i = 0; i < rules.Count; i++)
        {
            rules[i].Ordinal = i;
        }

        // Shadowing is checked among the valid rules even when others have errors: dropping a broken rule can only
        // remove shadows, never invent one, so every reported shadow is real.
        if (options.DetectUnreachableRules && rules.Count <= options.MaxRules)
        {
            ShadowAnalyzer.Report(rules, diagnostics);
        }

        if (diagnostics.HasErrors)
        {
            var errors = diagnostics.Items.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ToArray();
            return new PolicyLoadResult { Errors = errors };
        }

        return new PolicyLoadResult { Policy = new PolicySet([.. rules], new PolicyVersion(versionNumber, Hash(ordered))) };
    }

    /// <summary>Returns the same compiled rules under a new host-assigned version number.</summary>
    public PolicySet WithVersionNumber(long number) => new(_rules, Version with { Number = number });

    /// <summary>Decides a request. Thread-safe, allocation-light, and never throws for well-formed requests.</summary>
    public PolicyDecision Evaluate(PolicyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var bucket = _index.Lookup(request.Action);
        var named = bucket.ForName(request.Resource.Name);
        var tally = new DecisionTally(named.Length + bucket.AnyName.Length);
        Scan(named, request, ref tally);
        Scan(bucket.AnyName, request, ref tally);
        return tally.ToDecision(this, request);
    }

    /// <summary>
    /// Partial evaluation over the tool arguments: whether <em>some</em> arguments could make <see cref="Evaluate"/>
    /// answer allow or require approval for this request (whose <see cref="PolicyRequest.Arguments"/> are ignored).
    /// Argument conditions count as "could hold": an allow or require_approval rule whose other conditions hold makes
    /// the answer true, unless a deny rule without argument conditions matches (that deny wins for every argument).
    /// A deny rule with argument conditions never makes the answer false, since other arguments may avoid it. Never
    /// false when some arguments would be permitted; may be true when none would (argument conditions are not solved),
    /// which is safe because every call is still decided in full by <see cref="Evaluate"/>. This is what a tool listing
    /// needs: hide only the tools no call can reach. Thread-safe and allocation-free.
    /// </summary>
    public bool CouldPermit(PolicyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var bucket = _index.Lookup(request.Action);
        var permit = false;
        return !DeniesWhateverArguments(bucket.ForName(request.Resource.Name), request, ref permit)
            && !DeniesWhateverArguments(bucket.AnyName, request, ref permit)
            && permit;
    }

    internal PolicyExplanation Explain(PolicyRequest request, PolicyDecision decision)
    {
        var bucket = _index.Lookup(request.Action);
        var candidates = bucket.ForName(request.Resource.Name).Concat(bucket.AnyName).OrderBy(r => r.Ordinal);
        var evaluations = new List<RuleEvaluation>();
        foreach (var rule in candidates)
        {
            var results = rule.Conditions
                .Select(c => new ConditionResult(c.Description, c.Evaluate(request), c.DescribeActual(request)))
                .ToArray();
            evaluations.Add(new RuleEvaluation(rule.Id, rule.Effect, Array.TrueForAll(results, r => r.Held), results));
        }

        return new PolicyExplanation
        {
            Outcome = decision.Outcome,
            DecidingRuleId = decision.DecidingRuleId,
            MatchedRuleIds = decision.MatchedRuleIds,
            Version = Version,
            Message = decision.Message,
            Obligations = decision.Obligations,
            Candidates = evaluations,
            TotalRules = _rules.Length,
        };
    }

    private static void Scan(CompiledRule[] rules, PolicyRequest request, ref DecisionTally tally)
    {
        foreach (var rule in rules)
        {
            if (rule.Matches(request))
            {
                tally.Add(rule);
            }
        }
    }

    /// <summary>True when a deny rule without argument conditions matches; sets <paramref name="permit"/> when an allow or require_approval rule could.</summary>
    private static bool DeniesWhateverArguments(CompiledRule[] rules, PolicyRequest request, ref bool permit)
    {
        foreach (var rule in rules)
        {
            if (rule.Effect == PolicyOutcome.Deny && rule.DependsOnArguments)
            {
                continue;
            }

            if (!rule.MatchesIgnoringArguments(request))
            {
                continue;
            }

            if (rule.Effect == PolicyOutcome.Deny)
            {
                return true;
            }

            permit = true;
        }

        return false;
    }

    private static string Hash(PolicySource[] sources)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var source in sources)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(source.Name));
            sha.AppendData([0]);
            sha.AppendData(Encoding.UTF8.GetBytes(source.Content));
            sha.AppendData([0]);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }
}
