namespace Warden.Policy.Conditions;

/// <summary>The data's sensitivity labels include any / all / none of the listed labels.</summary>
internal sealed class DataLabelsCondition(string[]? any, string[]? all, string[]? none) : Condition
{
    public override string Dimension => "resource.data_labels";

    public override bool Evaluate(PolicyRequest request)
    {
        var labels = request.Resource.DataLabels;
        if (any is not null && !ListMatch.ContainsAny(labels, any))
        {
            return false;
        }

        if (all is not null)
        {
            foreach (var label in all)
            {
                if (!ListMatch.Contains(labels, label))
                {
                    return false;
                }
            }
        }

        return none is null || !ListMatch.ContainsAny(labels, none);
    }

    public override string Describe()
    {
        var parts = new List<string>();
        if (any is not null)
        {
            parts.Add($"include one of [{string.Join(", ", any)}]");
        }

        if (all is not null)
        {
            parts.Add($"include all of [{string.Join(", ", all)}]");
        }

        if (none is not null)
        {
            parts.Add($"include none of [{string.Join(", ", none)}]");
        }

        return $"resource.data_labels {string.Join(" and ", parts)}";
    }

    public override string? DescribeActual(PolicyRequest request) => $"[{string.Join(", ", request.Resource.DataLabels)}]";
}
