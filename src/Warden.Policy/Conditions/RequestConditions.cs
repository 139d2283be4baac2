using System.Globalization;

namespace Warden.Policy.Conditions;

/// <summary>The request body size is within a range.</summary>
internal sealed class SizeCondition(NumericRange range) : Condition
{
    public override string Dimension => "request.size";

    public override bool Evaluate(PolicyRequest request) => range.Contains(request.SizeBytes);

    public override string Describe() => $"request.size {range}";

    public override string? DescribeActual(PolicyRequest request) => request.SizeBytes.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The request time (UTC, supplied by the caller) falls on allowed weekdays, within a daily window and within
/// absolute bounds. A window whose end is before its start wraps past midnight.
/// </summary>
internal sealed class TimeCondition(int dayMask, int? fromMinute, int? toMinute, DateTimeOffset? after, DateTimeOffset? before) : Condition
{
    public override string Dimension => "request.time";

    public override bool Evaluate(PolicyRequest request)
    {
        var t = request.Time.UtcDateTime;
        if ((dayMask & (1 << (int)t.DayOfWeek)) == 0)
        {
            return false;
        }

        if (after is { } a && request.Time < a)
        {
            return false;
        }

        if (before is { } b && request.Time >= b)
        {
            return false;
        }

        if (fromMinute is { } from && toMinute is { } to)
        {
            var minute = (t.Hour * 60) + t.Minute;
            return from <= to ? minute >= from && minute < to : minute >= from || minute < to;
        }

        return true;
    }

    public override string Describe()
    {
        var parts = new List<string>();
        if (dayMask != 0x7F)
        {
            parts.Add("on " + string.Join(", ", Enum.GetValues<DayOfWeek>().Where(d => (dayMask & (1 << (int)d)) != 0).Select(d => d.ToString()[..3].ToLowerInvariant())));
        }

        if (fromMinute is { } from && toMinute is { } to)
        {
            parts.Add($"between {Hm(from)} and {Hm(to)} UTC");
        }

        if (after is { } a)
        {
            parts.Add($"at or after {a.UtcDateTime:O}");
        }

        if (before is { } b)
        {
            parts.Add($"before {b.UtcDateTime:O}");
        }

        return $"request.time {string.Join(" and ", parts)}";
    }

    public override string? DescribeActual(PolicyRequest request) =>
        request.Time.UtcDateTime.ToString("ddd yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Hm(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";
}

/// <summary>The client address is inside one of the listed CIDR blocks.</summary>
internal sealed class CidrCondition(IReadOnlyList<Cidr> blocks) : Condition
{
    private readonly Cidr[] _blocks = [.. blocks];

    public override string Dimension => "request.client";

    public override bool Evaluate(PolicyRequest request)
    {
        if (request.ClientAddress is not { } address)
        {
            return false;
        }

        foreach (var block in _blocks)
        {
            if (block.Contains(address))
            {
                return true;
            }
        }

        return false;
    }

    public override string Describe() => $"request.client in [{string.Join(", ", _blocks.Select(b => b.Text))}]";

    public override string? DescribeActual(PolicyRequest request) => request.ClientAddress?.ToString() ?? "unknown";
}
