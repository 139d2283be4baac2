namespace Warden.Policy.Conditions;

/// <summary>
/// A name pattern where <c>*</c> matches any run of characters (including dots), compared ordinally. Matching
/// walks the literal parts without allocating.
/// </summary>
internal sealed class Glob
{
    private readonly string[] _parts;

    public Glob(string text)
    {
        Text = text;
        _parts = text.Split('*');
        IsExact = _parts.Length == 1;
        IsAny = text.Length > 0 && text.AsSpan().Trim('*').IsEmpty;
    }

    public string Text { get; }

    public bool IsExact { get; }

    public bool IsAny { get; }

    /// <summary>The literal text before the first wildcard.</summary>
    public string LiteralPrefix => _parts[0];

    private bool IsPrefixPattern => _parts.Length == 2 && _parts[1].Length == 0;

    public bool IsMatch(string value)
    {
        if (IsExact)
        {
            return string.Equals(value, Text, StringComparison.Ordinal);
        }

        var span = value.AsSpan();
        var first = _parts[0];
        var last = _parts[^1];
        if (span.Length < first.Length + last.Length || !span.StartsWith(first, StringComparison.Ordinal) || !span.EndsWith(last, StringComparison.Ordinal))
        {
            return false;
        }

        var middle = span[first.Length..(span.Length - last.Length)];
        for (var i = 1; i < _parts.Length - 1; i++)
        {
            var at = middle.IndexOf(_parts[i], StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            middle = middle[(at + _parts[i].Length)..];
        }

        return true;
    }

    /// <summary>Whether every name matching <paramref name="other"/> also matches this pattern (conservative).</summary>
    public bool Covers(Glob other)
    {
        if (IsAny)
        {
            return true;
        }

        if (other.IsExact)
        {
            return IsMatch(other.Text);
        }

        return IsPrefixPattern
            ? other.LiteralPrefix.StartsWith(LiteralPrefix, StringComparison.Ordinal)
            : string.Equals(Text, other.Text, StringComparison.Ordinal);
    }

    /// <summary>Loops rather than a lambda, because a capturing lambda would allocate on every decision.</summary>
    public static bool AnyMatch(Glob[] patterns, string value)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.IsMatch(value))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Text;
}
