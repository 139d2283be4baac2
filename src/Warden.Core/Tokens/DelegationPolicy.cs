using Warden.Core.Agents;

namespace Warden.Core.Tokens;

/// <summary>
/// Decides who may delegate to an agent. Default: the agent's owner (for humans), and agents with the same
/// owner (for agent-to-agent delegation). Configured rules add more.
/// </summary>
public sealed class DelegationPolicy(IReadOnlyList<DelegationRule> rules)
{
    public bool HumanMayDelegate(string subject, IReadOnlyList<string> groups, Agent agent)
    {
        if (string.Equals(subject, agent.Owner, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return rules.Any(r => r.Agents.Any(s => Selects(s, agent)) &&
            (r.Subjects.Contains(subject, StringComparer.OrdinalIgnoreCase) || r.Groups.Any(g => groups.Contains(g, StringComparer.Ordinal))));
    }

    public bool AgentMayDelegate(Agent from, Agent to)
    {
        if (string.Equals(from.Owner, to.Owner, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return rules.Any(r => r.Agents.Any(s => Selects(s, to)) && r.FromAgents.Any(s => Selects(s, from)));
    }

    /// <summary>Matches an agent selector: an id, <c>label:key=value</c>, or <c>*</c>.</summary>
    public static bool Selects(string selector, Agent agent)
    {
        if (string.Equals(selector, "*", StringComparison.Ordinal))
        {
            return true;
        }

        if (selector.StartsWith("label:", StringComparison.Ordinal))
        {
            var pair = selector["label:".Length..];
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            return eq > 0 && agent.Labels.TryGetValue(pair[..eq], out var value) && string.Equals(value, pair[(eq + 1)..], StringComparison.Ordinal);
        }

        return string.Equals(selector, agent.Id, StringComparison.Ordinal);
    }
}
