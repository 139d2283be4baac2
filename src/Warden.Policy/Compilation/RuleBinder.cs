using Warden.Policy.Yaml;

namespace Warden.Policy.Compilation;

/// <summary>Turns the YAML of one policy document into compiled rules, reporting every error it finds.</summary>
internal sealed class RuleBinder(DiagnosticBag diagnostics, PolicyLoadOptions options)
{
    private readonly ConditionBinder _conditions = new(diagnostics, options);
    private readonly OutcomeBinder _outcomes = new(diagnostics);

    // Ids are checked for duplicates across all documents, even on rules with other errors, so one run reports both.
    private readonly Dictionary<string, SourcePosition> _ids = new(StringComparer.Ordinal);

    public List<CompiledRule> BindDocument(YamlNode root)
    {
        var rules = new List<CompiledRule>();
        var doc = Fields.Of(root, "a policy document", diagnostics, "name", "description", "rules");
        if (doc is null)
        {
            return rules;
        }

        doc.String("name");
        doc.String("description");
        var rulesNode = doc.Required("rules", "a policy document");
        if (rulesNode is null)
        {
            return rules;
        }

        if (rulesNode is not YamlSequence sequence)
        {
            diagnostics.Add(PolicyErrorIds.WrongType, rulesNode, $"'rules' must be a list of rules, not {rulesNode.KindName}");
            return rules;
        }

        foreach (var item in sequence.Items)
        {
            if (BindRule(item) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private CompiledRule? BindRule(YamlNode node)
    {
        var f = Fields.Of(node, "a rule", diagnostics, "id", "description", "effect", "reason", "when", "obligations", "approval");
        if (f is null)
        {
            return null;
        }

        var errorsBefore = diagnostics.Items.Count;
        var id = f.Required("id", "a rule") is { } idNode ? BindId(idNode) : null;
        if (id is not null && !_ids.TryAdd(id, node.Position))
        {
            var first = _ids[id];
            diagnostics.Add(PolicyErrorIds.DuplicateRuleId, node,
                $"rule id '{id}' is already used at {first.File}:{first.Line}; rule ids must be unique across all documents");
        }

        var effect = f.Required("effect", "a rule") is { } effectNode ? BindEffect(effectNode) : null;
        var description = f.String("description");
        var reason = f.String("reason");
        var when = f.Get("when") is { } whenNode ? _conditions.BindWhen(whenNode) : new WhenResult([], null, null);

        var obligations = PolicyObligations.None;
        if (f.Get("obligations") is { } obligationsNode)
        {
            if (effect is not null and not PolicyOutcome.Allow)
            {
                diagnostics.Add(PolicyErrorIds.FieldNotAllowedForEffect, obligationsNode, "obligations apply only to rules with effect: allow");
            }

            obligations = _outcomes.BindObligations(obligationsNode) ?? PolicyObligations.None;
        }

        ApprovalRequirement? approval = null;
        if (f.Get("approval") is { } approvalNode)
        {
            if (effect is not null and not PolicyOutcome.RequireApproval)
            {
                diagnostics.Add(PolicyErrorIds.FieldNotAllowedForEffect, approvalNode, "approval applies only to rules with effect: require_approval");
            }

            approval = _outcomes.BindApproval(approvalNode, reason);
        }
        else if (effect == PolicyOutcome.RequireApproval)
        {
            diagnostics.Add(PolicyErrorIds.MissingField, node, "a require_approval rule needs 'approval' with its approvers");
        }

        if (id is null || effect is null || diagnostics.Items.Count > errorsBefore)
        {
            return null;
        }

        return new CompiledRule
        {
            Id = id,
            Effect = effect.Value,
            Position = node.Position,
            Description = description,
            Reason = reason,
            Obligations = obligations,
            Approval = approval,
            Conditions = [.. when.Conditions],
            Actions = when.Actions,
            Names = when.Names,
            Specificity = when.Conditions.Sum(c => c.Specificity),
        };
    }

    private string? BindId(YamlNode node)
    {
        var id = Fields.AsString(node, "id", diagnostics);
        if (id is null)
        {
            return null;
        }

        var valid = id.Length is > 0 and <= 128 && char.IsAsciiLetterOrDigit(id[0])
            && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '/');
        if (!valid)
        {
            diagnostics.Add(PolicyErrorIds.InvalidRuleId, node,
                $"rule id '{id}' must start with a letter or digit and use only letters, digits, '-', '_', '.', ':' or '/' (at most 128)");
            return null;
        }

        return id;
    }

    private PolicyOutcome? BindEffect(YamlNode node)
    {
        var value = Fields.AsString(node, "effect", diagnostics);
        var effect = PolicyOutcomeNames.Parse(value);
        if (value is not null && effect is null)
        {
            diagnostics.Add(PolicyErrorIds.InvalidValue, node, $"effect '{value}' is not one of {PolicyOutcomeNames.List}");
        }

        return effect;
    }
}
