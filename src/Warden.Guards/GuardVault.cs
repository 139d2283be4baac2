using System.Text;

namespace Warden.Guards;

/// <summary>
/// Per-request store for reversible tokenisation: redacted values become placeholders such as
/// <c>[EMAIL_ADDRESS_1]</c>, and <see cref="Restore"/> puts the originals back into the answer for the caller.
/// Create one per request and drop it afterwards; it holds the plaintext values.
/// </summary>
public sealed class GuardVault
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _tokenToValue = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Value), string> _valueToToken = [];
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);

    /// <summary>Longest placeholder this vault issues; streaming uses it to avoid splitting a placeholder.</summary>
    internal const int MaxTokenLength = 64;

    /// <summary>Number of stored values.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _tokenToValue.Count;
            }
        }
    }

    /// <summary>Returns the placeholder for a value, reusing it when the same value was seen before.</summary>
    public string Protect(string type, string value)
    {
        lock (_gate)
        {
            if (_valueToToken.TryGetValue((type, value), out var existing))
            {
                return existing;
            }

            _counters.TryGetValue(type, out var n);
            n++;
            _counters[type] = n;
            var safeType = type.Length > 40 ? type[..40] : type;
            var token = $"[{safeType}_{n}]";
            _tokenToValue[token] = value;
            _valueToToken[(type, value)] = token;
            return token;
        }
    }

    /// <summary>Replaces every placeholder issued by this vault with its original value.</summary>
    public string Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IndexOf('[', StringComparison.Ordinal) < 0)
        {
            return text;
        }

        lock (_gate)
        {
            if (_tokenToValue.Count == 0)
            {
                return text;
            }

            var sb = new StringBuilder(text.Length);
            var i = 0;
            while (i < text.Length)
            {
                var open = text.IndexOf('[', i);
                if (open < 0)
                {
                    break;
                }

                var close = text.IndexOf(']', open + 1);
                if (close < 0 || close - open + 1 > MaxTokenLength)
                {
                    sb.Append(text, i, open + 1 - i);
                    i = open + 1;
                    continue;
                }

                sb.Append(text, i, open - i);
                var candidate = text.Substring(open, close - open + 1);
                sb.Append(_tokenToValue.TryGetValue(candidate, out var value) ? value : candidate);
                i = close + 1;
            }

            sb.Append(text, i, text.Length - i);
            return sb.ToString();
        }
    }
}
