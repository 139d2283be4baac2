namespace Warden.Guards.Detectors;

/// <summary>
/// Credentials handed to a call rather than assigned: a setter or builder named for the credential
/// (<c>setPassword("…")</c>, <c>.withClientSecret("…")</c>, <c>.password("…")</c>, <c>setCipherKey(…)</c>), and a literal
/// wrapped in a decoding call (<c>Base64.decode("…")</c>, <c>Buffer.from("…", "base64")</c>, <c>"…".getBytes()</c>).
/// </summary>
internal static class SecretCalls
{
    /// <summary>
    /// The key word at <paramref name="p"/> ends a setter's or builder's name: the name's last segment is the key word
    /// after "set" / "with" (setPassword, withClientSecret, set_token) or the key word alone after a '.' (builder.password),
    /// and '(' follows the name. Returns the key word and the rest of the name, or null. "hashPassword(", "checkToken(",
    /// "password(" without a receiver are not setters.
    /// </summary>
    public static (string Key, string Suffix, int Open)? SetterName(string text, int p)
    {
        var key = SecretValues.LeadingCredentialKey(text, p) ?? KeyWord(text, p);
        if (key is null)
        {
            return null;
        }

        var s = p;
        while (s > 0 && p - s < 40 && (char.IsAsciiLetterOrDigit(text[s - 1]) || text[s - 1] == '_'))
        {
            s--;
        }

        var prefix = text.AsSpan(s, p - s);
        var setter = prefix.IsEmpty
            ? s > 0 && text[s - 1] == '.'
            : prefix is "set" or "with" or "set_" or "with_" or "Set" or "With"
              || ((prefix.StartsWith("set", StringComparison.Ordinal) || prefix.StartsWith("Set", StringComparison.Ordinal)) && char.IsAsciiLetterUpper(prefix[3]))
              || ((prefix.StartsWith("with", StringComparison.Ordinal) || prefix.StartsWith("With", StringComparison.Ordinal)) && prefix.Length > 4 && char.IsAsciiLetterUpper(prefix[4]));
        if (!setter)
        {
            return null;
        }

        var e = p + key.Length;
        while (e < text.Length && e - p < 60 && (char.IsAsciiLetterOrDigit(text[e]) || text[e] == '_'))
        {
            e++;
        }

        return e < text.Length && text[e] == '(' ? (key, text.Substring(p + key.Length, e - p - key.Length), e) : null;
    }

    /// <summary>"Key" / "KEY" after a lower-case letter, '_' or at the start of a name (setCipherKey, SIGNING_KEY): the bare key word.</summary>
    private static string? KeyWord(string text, int p)
    {
        if (p + 3 > text.Length)
        {
            return null;
        }

        var w = text.AsSpan(p, 3);
        return w is "Key" or "KEY" ? text.Substring(p, 3) : null;
    }

    /// <summary>
    /// The first argument of the call whose '(' is at <paramref name="open"/> when it is a quoted literal, looking
    /// through one decoding call: <c>("…")</c>, <c>(Base64.decode("…"))</c>, <c>(Buffer.from('…', 'base64'))</c>,
    /// <c>("…".getBytes())</c>, <c>(b'…')</c>. Bounds without quotes, or null.
    /// </summary>
    public static (int Start, int End)? FirstLiteralArgument(string text, int open)
    {
        var j = SkipBlanks(text, open + 1);
        if (j < text.Length && char.IsAsciiLetter(text[j]) && !(text[j] == 'b' && j + 1 < text.Length && text[j + 1] is '"' or '\''))
        {
            var n = j;
            while (n < text.Length && n - j < 80 && (char.IsAsciiLetterOrDigit(text[n]) || text[n] is '_' or '.'))
            {
                n++;
            }

            if (n >= text.Length || text[n] != '(' || !IsDecodingCall(text.AsSpan(j, n - j)))
            {
                return null;
            }

            j = SkipBlanks(text, n + 1);
        }

        return QuotedLiteral(text, j);
    }

    /// <summary>
    /// A call that turns a literal into key bytes: its last name segment holds "decode" (Base64.decode, b64decode,
    /// decodeBase64) or is from / fromhex / unhexlify / FromBase64String / hexToBytes.
    /// </summary>
    public static bool IsDecodingCall(ReadOnlySpan<char> name)
    {
        var dot = name.LastIndexOf('.');
        var last = dot < 0 ? name : name[(dot + 1)..];
        return last.Contains("decode", StringComparison.OrdinalIgnoreCase) || last is "from" or "fromhex" or "unhexlify" or "FromBase64String" or "hexToBytes" or "parseBase64Binary";
    }

    /// <summary>A literal at <paramref name="j"/> ('…', "…", `…`, b'…'), no blank inside, then (after blanks) ')', ',' or '.'.</summary>
    private static (int Start, int End)? QuotedLiteral(string text, int j)
    {
        if (j + 1 < text.Length && text[j] == 'b' && text[j + 1] is '"' or '\'')
        {
            j++;
        }

        if (j >= text.Length || text[j] is not ('"' or '\'' or '`'))
        {
            return null;
        }

        var quote = text[j];
        var limit = Math.Min(text.Length, j + 302);
        for (var k = j + 1; k < limit; k++)
        {
            var c = text[k];
            if (c == quote)
            {
                var a = SkipBlanks(text, k + 1);
                var after = a < text.Length ? text[a] : ')';
                return after is ')' or ',' or '.' ? (j + 1, k) : null;
            }

            if (char.IsWhiteSpace(c))
            {
                return null;
            }
        }

        return null;
    }

    private static int SkipBlanks(string text, int j)
    {
        var start = j;
        while (j < text.Length && j - start < 3 && text[j] is ' ' or '\t')
        {
            j++;
        }

        return j;
    }
}
