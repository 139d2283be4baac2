using System.Security.Cryptography;
using System.Text;

namespace Warden.Guards;

/// <summary>Applies redaction findings to a text. Overlapping spans are merged so no fragment of a value survives.</summary>
internal sealed class Redactor(RedactionMode mode, byte[] hashKey)
{
    public string Apply(string text, IReadOnlyList<GuardFinding> findings, GuardVault? vault)
    {
        var spans = Merge(findings);
        if (spans.Count == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var pos = 0;
        foreach (var (start, end, type) in spans)
        {
            sb.Append(text, pos, start - pos);
            sb.Append(Replacement(type, text.Substring(start, end - start), vault));
            pos = end;
        }

        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }

    internal static List<(int Start, int End, string Type)> Merge(IReadOnlyList<GuardFinding> findings)
    {
        var ordered = findings.Where(f => f.Action == GuardAction.Redact && f.End > f.Start)
            .OrderBy(f => f.Start).ThenByDescending(f => f.End).ToList();
        var spans = new List<(int Start, int End, string Type)>(ordered.Count);
        foreach (var f in ordered)
        {
            if (spans.Count > 0 && f.Start < spans[^1].End)
            {
                var last = spans[^1];
                spans[^1] = (last.Start, Math.Max(last.End, f.End), last.Type);
                continue;
            }

            spans.Add((f.Start, f.End, f.Type));
        }

        return spans;
    }

    private string Replacement(string type, string value, GuardVault? vault)
    {
        switch (mode)
        {
            case RedactionMode.Tokenize when vault is not null:
                return vault.Protect(type, value);
            case RedactionMode.Hash:
                var mac = HMACSHA256.HashData(hashKey, Encoding.UTF8.GetBytes(value));
                return $"[{type}:{Convert.ToHexStringLower(mac, 0, 6)}]";
            default:
                // Tokenize without a vault degrades to masking: there is nowhere to keep the value.
                return $"[{type}]";
        }
    }
}
