using System.Text.RegularExpressions;

namespace Warden.Guards.Detectors;

/// <summary>
/// Credentials: provider key formats (high confidence), private key blocks, JWTs, URLs with credentials, and
/// password / token assignments, where entropy and placeholder checks keep examples and config templates quiet.
/// </summary>
internal sealed class SecretsDetector(double threshold) : IGuardDetector
{
    public string Name => DetectorNames.Secrets;

    public string Version => "1.0";

    public void Scan(string text, GuardScanContext context, ICollection<GuardFinding> findings)
    {
        if (text.Length < 8)
        {
            return;
        }

        var found = new List<GuardFinding>();
        foreach (Match m in SecretPatterns.Provider().Matches(text))
        {
            var type = TypeOf(m);
            var score = string.Equals(type, "TWILIO_KEY", StringComparison.Ordinal) || string.Equals(type, "OPENAI_API_KEY", StringComparison.Ordinal) && SecretValues.Entropy(m.ValueSpan) < 3.5 ? 0.7 : 0.97;
            if (!SecretValues.LooksLikePlaceholder(m.ValueSpan))
            {
                found.Add(new GuardFinding(Name, type, m.Index, m.Index + m.Length, score, Version));
            }
        }

        PrivateKeys(text, found);
        foreach (Match m in SecretPatterns.UrlCredentials().Matches(text))
        {
            var val = m.Groups["val"];
            if (!SecretValues.LooksLikePlaceholder(val.ValueSpan))
            {
                found.Add(new GuardFinding(Name, "URL_CREDENTIALS", val.Index, val.Index + val.Length, 0.9, Version));
            }
        }

        foreach (Match m in SecretPatterns.Assignment().Matches(text))
        {
            var val = m.Groups["val"];
            var score = SecretValues.AssignmentScore(m.Groups["key"].Value, m.Groups["suffix"].Value, val.Value, m.Groups["q"].Length > 0);
            if (score > 0 && !Overlaps(found, val.Index, val.Index + val.Length))
            {
                var type = SecretValues.IsPasswordKey(m.Groups["key"].Value) ? "PASSWORD" : "GENERIC_SECRET";
                found.Add(new GuardFinding(Name, type, val.Index, val.Index + val.Length, score, Version));
            }
        }

        foreach (var f in found)
        {
            if (f.Score >= threshold)
            {
                findings.Add(f);
            }
        }
    }

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
