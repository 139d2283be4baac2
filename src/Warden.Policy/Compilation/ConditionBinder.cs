using Warden.Policy.Conditions;
using Warden.Policy.Yaml;

namespace Warden.Policy.Compilation;

internal sealed record WhenResult(List<Condition> Conditions, PatternCondition? Actions, PatternCondition? Names);

/// <summary>Binds a rule's <c>when</c> block: action, resource, principal, request and args.</summary>
internal sealed class ConditionBinder(DiagnosticBag diagnostics, PolicyLoadOptions options)
{
    private readonly RequestConditionBinder _request = new(diagnostics);
    private readonly ArgBinder _args = new(diagnostics, options);

    public WhenResult BindWhen(YamlNode node)
    {
        var conditions = new List<Condition>();
        var f = Fields.Of(node, "when", diagnostics, "action", "resource", "principal", "request", "args");
        if (f is null)
        {
            return new WhenResult(conditions, null, null);
        }

        var actions = Pattern(f.Get("action"), "action", static r => r.Action);
        Add(conditions, actions);
        PatternCondition? names = null;
        if (f.Get("resource") is { } resourceNode)
        {
            names = BindResource(resourceNode, conditions);
        }

        if (f.Get("principal") is { } principalNode)
        {
            BindPrincipal(principalNode, conditions);
        }

        if (f.Get("request") is { } requestNode)
        {
            _request.Bind(requestNode, conditions);
        }

        if (f.Get("args") is { } argsNode)
        {
            _args.BindList(argsNode, conditions);
        }

        return new WhenResult(conditions, actions, names);
    }

    private PatternCondition? BindResource(YamlNode node, List<Condition> conditions)
    {
        var f = Fields.Of(node, "resource", diagnostics, "kind", "name", "provider", "mcp_server", "data_labels");
        if (f is null)
        {
            return null;
        }

        if (f.Get("kind") is { } kindNode && Fields.AsStringList(kindNode, "kind", diagnostics) is { } kindNames)
        {
            var kinds = new List<ResourceKind>();
            foreach (var name in kindNames)
            {
                if (KindNames.TryParse(name, out var kind))
                {
                    kinds.Add(kind);
                }
                else
                {
                    diagnostics.Add(PolicyErrorIds.InvalidValue, kindNode, $"resource kind '{name}' is not one of model, tool, mcp_server, data");
                }
            }

            if (kinds.Count == kindNames.Count)
            {
                conditions.Add(new KindCondition(kinds));
            }
        }

        var names = Pattern(f.Get("name"), "resource.name", static r => r.Resource.Name);
        Add(conditions, names);
        Add(conditions, Pattern(f.Get("provider"), "resource.provider", static r => r.Resource.Provider));
        Add(conditions, Pattern(f.Get("mcp_server"), "resource.mcp_server", static r => r.Resource.McpServer));
        if (f.Get("data_labels") is { } labelsNode)
        {
            BindDataLabels(labelsNode, conditions);
        }

        return names;
    }

    private void BindDataLabels(YamlNode node, List<Condition> conditions)
    {
        if (node is not YamlMapping)
        {
            if (Fields.AsStringList(node, "data_labels", diagnostics) is { } any)
            {
                conditions.Add(new DataLabelsCondition([.. any], null, null));
            }

            return;
        }

        var f = Fields.Of(node, "data_labels", diagnostics, "any", "all", "none");
        if (f is not null && f.Count > 0)
        {
            conditions.Add(new DataLabelsCondition(f.StringList("any")?.ToArray(), f.StringList("all")?.ToArray(), f.StringList("none")?.ToArray()));
        }
    }

    private void BindPrincipal(YamlNode node, List<Condition> conditions)
    {
        var f = Fields.Of(node, "principal", diagnostics, "agent", "owner", "labels", "initiator", "chain", "scopes");
        if (f is null)
        {
            return;
        }

        Add(conditions, Pattern(f.Get("agent"), "principal.agent", static r => r.Principal.AgentId));
        Add(conditions, Pattern(f.Get("owner"), "principal.owner", static r => r.Principal.Owner));
        var labelsNode = f.Get("labels");
        if (labelsNode is not null and not YamlMapping)
        {
            diagnostics.Add(PolicyErrorIds.WrongType, labelsNode, $"'labels' must be a mapping of label name to value(s), not {labelsNode.KindName}");
        }
        else if (labelsNode is YamlMapping labels)
        {
            var required = new List<KeyValuePair<string, Glob[]>>();
            foreach (var (key, value) in labels.Entries)
            {
                if (Patterns(value, $"labels.{key.Value}") is { } globs)
                {
                    required.Add(new(key.Value, globs));
                }
            }

            conditions.Add(new LabelsCondition(required));
        }

        if (f.Get("initiator") is { } initiatorNode)
        {
            BindInitiator(initiatorNode, conditions);
        }

        if (f.Get("chain") is { } chainNode && Fields.Of(chainNode, "chain", diagnostics, "min_depth", "max_depth", "includes", "excludes") is { } chain)
        {
            var min = chain.Get("min_depth") is { } mn ? (int?)Fields.AsInteger(mn, "min_depth", diagnostics, 0, 64) : null;
            var max = chain.Get("max_depth") is { } mx ? (int?)Fields.AsInteger(mx, "max_depth", diagnostics, 0, 64) : null;
            if (min > max)
            {
                diagnostics.Add(PolicyErrorIds.ContradictoryCondition, chainNode, $"min_depth {min} is above max_depth {max}, so the rule can never match");
            }

            conditions.Add(new ChainCondition(min, max, chain.StringList("includes")?.ToArray(), chain.StringList("excludes")?.ToArray()));
        }

        if (f.StringList("scopes") is { } scopes)
        {
            conditions.Add(new ScopesCondition([.. scopes]));
        }
    }

    private void BindInitiator(YamlNode node, List<Condition> conditions)
    {
        if (node is YamlScalar scalar)
        {
            switch (scalar.Value)
            {
                case "none":
                    conditions.Add(new InitiatorCondition(false, null, null));
                    return;
                case "any":
                    conditions.Add(new InitiatorCondition(true, null, null));
                    return;
                default:
                    diagnostics.Add(PolicyErrorIds.InvalidValue, node, $"initiator '{scalar.Value}' must be none, any, or a mapping with subject and/or groups");
                    return;
            }
        }

        if (Fields.Of(node, "initiator", diagnostics, "subject", "groups") is { } f)
        {
            var subjects = Patterns(f.Get("subject"), "subject");
            conditions.Add(new InitiatorCondition(true, subjects, f.StringList("groups")?.ToArray()));
        }
    }

    private PatternCondition? Pattern(YamlNode? node, string dimension, Func<PolicyRequest, string?> select) =>
        Patterns(node, dimension) is { } globs ? new PatternCondition(dimension, globs, select) : null;

    private Glob[]? Patterns(YamlNode? node, string dimension)
    {
        if (node is null || Fields.AsStringList(node, dimension, diagnostics) is not { } texts)
        {
            return null;
        }

        if (texts.FirstOrDefault(t => t.Length == 0 || t.Length > 256) is { } bad)
        {
            diagnostics.Add(PolicyErrorIds.InvalidPattern, node, $"pattern '{bad}' in {dimension} must be 1 to 256 characters");
            return null;
        }

        return [.. texts.Select(t => new Glob(t))];
    }

    private static void Add(List<Condition> conditions, Condition? condition)
    {
        if (condition is not null)
        {
            conditions.Add(condition);
        }
    }
}
