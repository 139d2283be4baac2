using System.Text.RegularExpressions;

namespace Warden.Guards.Detectors;

/// <summary>
/// Markdown images and links (and HTML img tags) in output that point to a host outside the allow-list and carry
/// data in the query or path. Images are worse than links: clients fetch them without a click.
/// </summary>
internal sealed partial class ExfiltrationLinkDetector(IReadOnlyList<string> allowedHosts) : IGuardDetector
{
    public string Name => DetectorNames.ExfiltrationLink;

    public string Version => "1.0";

    public void Scan(string text, GuardScanContext context, ICollection<GuardFinding> findings)
    {
        if (text.IndexOf("://", StringComparison.Ordinal) < 0)
        {
            return;
        }

        foreach (Match m in LinkPattern().Matches(text))
        {
            var isImage = m.Groups["img"].Success || m.Groups["html"].Success;
            var urlGroup = m.Groups["url"].Success ? m.Groups["url"] : m.Groups["src"];
            if (!Uri.TryCreate(urlGroup.Value, UriKind.Absolute, out var uri) || IsAllowed(uri.Host))
            {
                continue;
            }

            var data = DataWeight(uri);
            var score = isImage ? (data > 0 ? 0.95 : 0.55) : (data >= 2 ? 0.85 : data == 1 ? 0.6 : 0);
            if (score >= 0.5)
            {
                findings.Add(new GuardFinding(Name, isImage ? "IMAGE_EXFILTRATION" : "LINK_EXFILTRATION", m.Index, m.Index + m.Length, score, Version));
            }
        }
    }

    private bool IsAllowed(string host)
    {
        foreach (var allowed in allowedHosts)
        {
            if (host.Equals(allowed, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + allowed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>0 = no data, 1 = some, 2 = clearly data-bearing (long values, encoded blobs).</summary>
    private static int DataWeight(Uri uri)
    {
        var query = uri.Query.TrimStart('?');
        var longest = 0;
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            longest = Math.Max(longest, eq >= 0 ? part.Length - eq - 1 : part.Length);
        }

        foreach (var seg in uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (seg.Length >= 24)
            {
                longest = Math.Max(longest, seg.Length);
            }
        }

        return longest >= 16 || query.Length >= 40 ? 2 : query.Length > 0 ? 1 : 0;
    }

    [GeneratedRegex(@"(?<img>!)?\[[^\]\r\n]{0,500}\]\(\s*<?(?<url>[a-zA-Z][a-zA-Z0-9+.\-]{0,20}://[^\s)>]{1,4000})|<img\b[^>]{0,500}?\bsrc\s*=\s*[""']?(?<src>https?://[^\s""'>]{1,4000})(?<html>)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LinkPattern();
}
