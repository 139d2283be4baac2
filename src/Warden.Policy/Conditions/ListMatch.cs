namespace Warden.Policy.Conditions;

/// <summary>Allocation-free membership tests over request lists (indexing avoids boxed enumerators).</summary>
internal static class ListMatch
{
    public static bool Contains(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool ContainsAny(IReadOnlyList<string> list, string[] values)
    {
        foreach (var value in values)
        {
            if (Contains(list, value))
            {
                return true;
            }
        }

        return false;
    }
}
