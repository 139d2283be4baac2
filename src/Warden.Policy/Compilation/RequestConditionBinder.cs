using System.Globalization;
using Warden.Policy.Conditions;
using Warden.Policy.Yaml;

namespace Warden.Policy.Compilation;

/// <summary>Binds the <c>request</c> block: size, time and client address.</summary>
internal sealed class RequestConditionBinder(DiagnosticBag diagnostics)
{
    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public void Bind(YamlNode node, List<Condition> conditions)
    {
        var f = Fields.Of(node, "request", diagnostics, "size", "time", "client");
        if (f is null)
        {
            return;
        }

        if (f.Get("size") is { } sizeNode && BindRange(sizeNode, "size") is { } range)
        {
            conditions.Add(new SizeCondition(range));
        }

        if (f.Get("time") is { } timeNode)
        {
            BindTime(timeNode, conditions);
        }

        if (f.Get("client") is { } clientNode && Fields.AsStringList(clientNode, "client", diagnostics) is { } texts)
        {
            var blocks = new List<Cidr>();
            foreach (var text in texts)
            {
                if (Cidr.TryParse(text, out var cidr, out var error))
                {
                    blocks.Add(cidr!);
                }
                else
                {
                    diagnostics.Add(PolicyErrorIds.InvalidCidr, clientNode, $"client '{text}' is not a CIDR block: {error}");
                }
            }

            if (blocks.Count == texts.Count)
            {
                conditions.Add(new CidrCondition(blocks));
            }
        }
    }

    /// <summary>Binds <c>{lt, lte, gt, gte}</c>; shared with argument conditions.</summary>
    public NumericRange? BindRange(YamlNode node, string what)
    {
        var f = Fields.Of(node, what, diagnostics, "lt", "lte", "gt", "gte");
        return f is null ? null : BindRange(f, node, what);
    }

    public NumericRange? BindRange(Fields f, YamlNode node, string what)
    {
        var errors = diagnostics.Items.Count;
        double? Get(string op) => f.Get(op) is { } n ? Fields.AsNumber(n, op, diagnostics) : null;
        var range = new NumericRange(Get("lt"), Get("lte"), Get("gt"), Get("gte"));
        if (diagnostics.Items.Count > errors)
        {
            return null;
        }

        if (range is { Lt: null, Lte: null, Gt: null, Gte: null })
        {
            diagnostics.Add(PolicyErrorIds.InvalidOperator, node, $"{what} needs at least one of lt, lte, gt, gte");
            return null;
        }

        if (range.IsEmpty)
        {
            diagnostics.Add(PolicyErrorIds.ContradictoryCondition, node, $"{what} range '{range}' contains no number, so the rule can never match");
            return null;
        }

        return range;
    }

    private void BindTime(YamlNode node, List<Condition> conditions)
    {
        var f = Fields.Of(node, "time", diagnostics, "days", "from", "to", "after", "before");
        if (f is null)
        {
            return;
        }

        var errors = diagnostics.Items.Count;
        var mask = 0x7F;
        if (f.Get("days") is { } daysNode && Fields.AsStringList(daysNode, "days", diagnostics) is { } days)
        {
            mask = 0;
            foreach (var day in days)
            {
                var i = Array.IndexOf(DayNames, day);
                if (i < 0)
                {
                    diagnostics.Add(PolicyErrorIds.InvalidTime, daysNode, $"day '{day}' must be one of {string.Join(", ", DayNames)}");
                }
                else
                {
                    mask |= 1 << i;
                }
            }
        }

        var from = Minute(f.Get("from"), "from");
        var to = Minute(f.Get("to"), "to");
        if ((from is null) != (to is null) && diagnostics.Items.Count == errors)
        {
            diagnostics.Add(PolicyErrorIds.InvalidTime, node, "'from' and 'to' go together: give both (HH:mm, UTC) or neither");
        }

        var after = Instant(f.Get("after"), "after");
        var before = Instant(f.Get("before"), "before");
        if (after >= before)
        {
            diagnostics.Add(PolicyErrorIds.ContradictoryCondition, node, "'after' is not before 'before', so the rule can never match");
        }

        if (diagnostics.Items.Count == errors)
        {
            conditions.Add(new TimeCondition(mask, from, to, after, before));
        }
    }

    private int? Minute(YamlNode? node, string name)
    {
        if (node is null || Fields.AsString(node, name, diagnostics) is not { } text)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return (time.Hour * 60) + time.Minute;
        }

        if (text == "24:00")
        {
            return 24 * 60;
        }

        diagnostics.Add(PolicyErrorIds.InvalidTime, node, $"'{name}' must be a UTC time of day like 09:00, not '{text}'");
        return null;
    }

    private DateTimeOffset? Instant(YamlNode? node, string name)
    {
        if (node is null || Fields.AsString(node, name, diagnostics) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            return instant;
        }

        diagnostics.Add(PolicyErrorIds.InvalidTime, node, $"'{name}' must be an ISO 8601 instant like 2025-01-31T00:00:00Z, not '{text}'");
        return null;
    }
}
