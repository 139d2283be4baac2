using System.Globalization;

namespace Warden.Policy.Conditions;

/// <summary>A numeric interval from the <c>lt</c>/<c>lte</c>/<c>gt</c>/<c>gte</c> operators.</summary>
internal sealed record NumericRange(double? Lt, double? Lte, double? Gt, double? Gte)
{
    public bool Contains(double value) =>
        (Lt is not { } lt || value < lt)
        && (Lte is not { } lte || value <= lte)
        && (Gt is not { } gt || value > gt)
        && (Gte is not { } gte || value >= gte);

    /// <summary>Whether no number can satisfy the range, which makes the rule unreachable.</summary>
    public bool IsEmpty
    {
        get
        {
            var (low, lowOpen) = Gt is { } gt && (Gte is not { } g || gt >= g) ? (gt, true) : (Gte ?? double.NegativeInfinity, false);
            var (high, highOpen) = Lt is { } lt && (Lte is not { } l || lt <= l) ? (lt, true) : (Lte ?? double.PositiveInfinity, false);
            return low > high || (low == high && (lowOpen || highOpen));
        }
    }

    public override string ToString()
    {
        var parts = new List<string>();
        Add(parts, ">", Gt);
        Add(parts, ">=", Gte);
        Add(parts, "<", Lt);
        Add(parts, "<=", Lte);
        return string.Join(" and ", parts);
    }

    private static void Add(List<string> parts, string op, double? value)
    {
        if (value is { } v)
        {
            parts.Add($"{op} {v.ToString(CultureInfo.InvariantCulture)}");
        }
    }
}
