using System.Text.RegularExpressions;

namespace Warden.Guards.Detectors;

/// <summary>
/// Credentials: provider key formats (high confidence), private key blocks, JWTs, URLs with credentials, and
/// password / token assignments, where entropy and placeholder checks keep examples and config templates quiet.
/// </summary>
internal sealed class SecretsDetector(double threshold) : IGuardDetector
{
    public string Name => DetectorNames.Secrets;

    public string Version => "1.1";

    public void Scan(string text, GuardScanContext context, ICollection<GuardFinding> findings)
    {
        if (text.Length < 8)
        {
            return;
        }

        var found = new List<GuardFinding>();
        Providers(text, found);
        PrivateKeys(text, found);
        UrlCredentials(text, found);
        Assignments(text, found);

        foreach (var f in found)
        {
            if (f.Score >= threshold)
            {
                findings.Add(f);
            }
        }
    }

    /// <summary>No provider token is shorter than this, so shorter whitespace-delimited runs cannot hold one.</summary>
    private const int MinTokenRun = 15;

    private static readonly System.Buffers.SearchValues<char> Whitespace = System.Buffers.SearchValues.Create(" \t\r\n\f\v\u00A0\u2028\u2029\u3000");

    private void Providers(string text, List<GuardFinding> found)
    {
        // Prose is mostly short words: the (large, slower) prefix search only runs inside long runs of non-space text.
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAnyExcept(Whitespace);
            if (k < 0)
            {
                return;
            }

            var start = i + k;
            var len = text.AsSpan(start).IndexOfAny(Whitespace);
            var end = len < 0 ? text.Length : start + len;
            if (end - start >= MinTokenRun)
            {
                Providers(text, start, end, found);
            }

            i = end;
        }
    }

    private void Providers(string text, int from, int to, List<GuardFinding> found)
    {
        var regex = SecretPatterns.Provider();
        var i = from;
        while (i < to)
        {
            var k = text.AsSpan(i, to - i).IndexOfAny(SecretPatterns.ProviderPrefixes);
            if (k < 0)
            {
                return;
            }

            var p = i + k;
            var at = p;
            if (text[p] == 'Q' && p >= 4)
            {
                at = p - 4; // Azure client secrets: 3 chars, a digit, "Q~".
            }

            var m = regex.Match(text, at);
            if (!m.Success && p + 2 < text.Length && text[p] == 'A' && text[p + 1] == 'A' && p > 0 && text[p - 1] == ':')
            {
                m = Telegram(text, p - 1);
            }

            if (m is { Success: true })
            {
                var type = TypeOf(m);
                var score = string.Equals(type, "TWILIO_KEY", StringComparison.Ordinal) || string.Equals(type, "OPENAI_API_KEY", StringComparison.Ordinal) && SecretValues.Entropy(m.ValueSpan) < 3.5 ? 0.7 : 0.97;
                if (!SecretValues.LooksLikePlaceholder(m.ValueSpan) && (!string.Equals(type, "JWT", StringComparison.Ordinal) || SecretValues.IsJwtHeader(m.ValueSpan)))
                {
                    found.Add(new GuardFinding(Name, type, m.Index, m.Index + m.Length, score, Version));
                }

                i = m.Index + Math.Max(1, m.Length);
            }
            else
            {
                i = p + 1;
            }
        }
    }

    private static Match? Telegram(string text, int colon)
    {
        var s = colon;
        while (s > 0 && colon - s < 10 && char.IsAsciiDigit(text[s - 1]))
        {
            s--;
        }

        return colon - s >= 8 ? SecretPatterns.Provider().Match(text, s) : null;
    }

    private void UrlCredentials(string text, List<GuardFinding> found)
    {
        var i = 0;
        int p;
        while ((p = text.IndexOf("://", i, StringComparison.Ordinal)) >= 0)
        {
            i = p + 3;
            var s = p;
            while (s > 0 && p - s < 21 && (char.IsAsciiLetterOrDigit(text[s - 1]) || text[s - 1] is '+' or '.' or '-'))
            {
                s--;
            }

            while (s < p && !char.IsAsciiLetter(text[s]))
            {
                s++;
            }

            var m = SecretPatterns.UrlCredentials().Match(text, s);
            if (m.Success)
            {
                var val = m.Groups["val"];
                // A provider token used as the URL password is reported once, as that token.
                if (!SecretValues.LooksLikePlaceholder(val.ValueSpan) && !Overlaps(found, val.Index, val.Index + val.Length))
                {
                    found.Add(new GuardFinding(Name, "URL_CREDENTIALS", val.Index, val.Index + val.Length, 0.9, Version));
                }

                i = m.Index + m.Length;
            }
        }
    }

    private void Assignments(string text, List<GuardFinding> found)
    {
        Assignments(text, found, SecretPatterns.AssignmentKeys);
        if (text.AsSpan().ContainsAnyExceptInRange('\0', '\x7f'))
        {
            Assignments(text, found, SecretPatterns.NonAsciiAssignmentKeys);
        }
    }

    private void Assignments(string text, List<GuardFinding> found, System.Buffers.SearchValues<string> keys)
    {
        var regex = SecretPatterns.Assignment();
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(keys);
            if (k < 0)
            {
                return;
            }

            var p = i + k;
            var m = regex.Match(text, p);
            if (!m.Success)
            {
                i = p + 1;
                continue;
            }

            i = m.Index + m.Length;
            var val = m.Groups["val"];
            var key = m.Groups["key"].Value;
            var suffix = m.Groups["suffix"].Value;
            var score = SecretValues.AssignmentScore(key, suffix, val.Value, m.Groups["q"].Length > 0);
            if (score > 0 && !Overlaps(found, val.Index, val.Index + val.Length))
            {
                var type = SecretValues.IsPasswordKey(key) ? "PASSWORD"
                    : IsAwsSecret(text, p, val.ValueSpan) ? "AWS_SECRET_KEY" : "GENERIC_SECRET";
                found.Add(new GuardFinding(Name, type, val.Index, val.Index + val.Length, type == "AWS_SECRET_KEY" ? 0.95 : score, Version));
            }
        }
    }

    /// <summary>A 40-character base64 value under a key that mentions AWS (aws_secret_access_key, AWS_SECRET).</summary>
    private static bool IsAwsSecret(string text, int keyStart, ReadOnlySpan<char> value)
    {
        var v = value.TrimEnd("\"'");
        if (v.Length != 40 || v.ContainsAnyExcept(AwsSecretChars))
        {
            return false;
        }

        var from = Math.Max(0, keyStart - 30);
        return text.AsSpan(from, keyStart - from).Contains("aws", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly System.Buffers.SearchValues<char> AwsSecretChars = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");

    private static string TypeOf(Match m)
    {
        foreach (var name in SecretPatterns.ProviderTypes)
        {
            if (m.Groups[name].Success)
            {
                return name;
            }
        }

        return "SECRET";
    }

    private void PrivateKeys(string text, List<GuardFinding> found)
    {
        var i = 0;
        while ((i = text.IndexOf("-----BEGIN ", i, StringComparison.Ordinal)) >= 0)
        {
            var headerEnd = text.IndexOf("-----", i + 11, StringComparison.Ordinal);
            if (headerEnd < 0 || headerEnd - i > 80)
            {
                i += 11;
                continue;
            }

            var header = text.AsSpan(i, headerEnd - i);
            if (!header.Contains("PRIVATE KEY", StringComparison.Ordinal))
            {
                i = headerEnd;
                continue;
            }

            var end = text.IndexOf("-----END ", headerEnd, StringComparison.Ordinal);
            int stop;
            if (end >= 0 && end - headerEnd < 16_000)
            {
                var close = text.IndexOf("-----", end + 9, StringComparison.Ordinal);
                stop = close >= 0 && close - end < 80 ? close + 5 : end + 9;
            }
            else
            {
                // No END marker (truncated paste): take the base64 body that follows the header.
                stop = headerEnd + 5;
                while (stop < text.Length && (char.IsAsciiLetterOrDigit(text[stop]) || text[stop] is '+' or '/' or '=' or '\r' or '\n' or ' ' or '\\'))
                {
                    stop++;
                }
            }

            found.Add(new GuardFinding(Name, "PRIVATE_KEY", i, stop, 0.99, Version));
            i = stop;
        }
    }

    private static bool Overlaps(List<GuardFinding> found, int start, int end)
    {
        foreach (var f in found)
        {
            if (f.Start < end && start < f.End)
            {
                return true;
            }
        }

        return false;
    }
}
