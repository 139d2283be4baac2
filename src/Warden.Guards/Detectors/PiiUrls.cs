using System.Buffers;

namespace Warden.Guards.Detectors;

/// <summary>
/// Web addresses as <c>URL</c> (Presidio's type name): "https://…" and "http://…" up to the next space, "www.host…",
/// and bare host names that end in a common top-level domain ("example.com", "shop.example.co.uk/path"). A bare name
/// needs a lower-case top-level domain and a letter in its host, so "ASP.NET", "3.14.de" and file names ("setup.py",
/// "notes.md") are not addresses. The host of an e-mail address is the e-mail finding's, not a URL.
/// </summary>
internal static class PiiUrls
{
    private const double Score = 0.8;
    private const int MaxLength = 2048;

    private static readonly SearchValues<string> Anchors = SearchValues.Create(["://", "www.", "WWW.", "."], StringComparison.Ordinal);

    // Top-level domains common enough to mark a bare host name. Country codes that are also file extensions or
    // everyday abbreviations (py, sh, md, rs, pl as Perl, so, am, is, it, in, me, no, to, us, at, be, do, go) are left
    // out: "main.py" and "e.g. it.is" are not web addresses. They still count after "www." or a scheme.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BareTlds = new HashSet<string>(
        ["com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "ai", "app", "dev", "eu", "uk", "de", "fr", "nl", "se", "dk",
         "fi", "pt", "es", "ch", "cz", "si", "sk", "hu", "ro", "bg", "gr", "ru", "ua", "jp", "cn", "kr", "tw", "hk", "sg", "au", "nz", "ca", "br",
         "ar", "mx", "cl", "za", "ie", "lt", "lv", "ee", "hr", "rs", "tr", "il", "ae", "online", "site", "shop", "store", "tech", "cloud", "blog",
         "news", "xyz", "top"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Find(PiiScan scan)
    {
        var text = scan.Text;
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(Anchors);
            if (k < 0)
            {
                return;
            }

            var p = i + k;
            var next = p + 1;
            if (text[p] == ':')
            {
                next = Scheme(scan, p);
            }
            else if (text[p] is 'w' or 'W')
            {
                if (p == 0 || !IsHostChar(text[p - 1]) && text[p - 1] != '/')
                {
                    next = Emit(scan, p, p + 4, requireTld: false);
                }
            }
            else
            {
                next = Bare(scan, p);
            }

            // Always move forward: a host read back from this anchor may end before it.
            i = Math.Max(next, p + 1);
        }
    }

    // "https://host/path": the scheme is letters right before "://".
    private static int Scheme(PiiScan scan, int p)
    {
        var text = scan.Text;
        var s = p;
        while (s > 0 && p - s < 10 && char.IsAsciiLetter(text[s - 1]))
        {
            s--;
        }

        var scheme = text.AsSpan(s, p - s);
        if (!(scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("ftp", StringComparison.OrdinalIgnoreCase)) || (s > 0 && char.IsLetterOrDigit(text[s - 1])))
        {
            return p + 3;
        }

        return Emit(scan, s, p + 3, requireTld: false);
    }

    // "example.com": read the host back from the dot and forward over the labels, then require a known top-level domain.
    private static int Bare(PiiScan scan, int dot)
    {
        var text = scan.Text;
        if (dot == 0 || !IsHostChar(text[dot - 1]) || dot + 2 >= text.Length || !char.IsAsciiLetterLower(text[dot + 1]))
        {
            return dot + 1;
        }

        var s = dot;
        while (s > 0 && dot - s < 253 && (IsHostChar(text[s - 1]) || text[s - 1] == '.'))
        {
            s--;
        }

        // The host of an e-mail address ("ana@example.com"), a path ("/var/www.old") or a longer token: not a bare host.
        if (s > 0 && (text[s - 1] is '@' or '/' or '\\' or '_' or '=' || char.IsLetterOrDigit(text[s - 1])))
        {
            return HostEnd(text, dot);
        }

        while (s < dot && text[s] == '.')
        {
            s++;
        }

        return Emit(scan, s, s, requireTld: true);
    }

    /// <summary>Emits the host (and for scheme/www forms the path) starting at <paramref name="hostStart"/>; returns where to continue.</summary>
    private static int Emit(PiiScan scan, int start, int hostStart, bool requireTld)
    {
        var text = scan.Text;
        var hostEnd = HostEnd(text, hostStart);
        var host = text.AsSpan(hostStart, hostEnd - hostStart).TrimEnd('.');
        var lastDot = host.LastIndexOf('.');
        if (host.Length < 3 || lastDot <= 0 || lastDot == host.Length - 1 || !host.ContainsAnyInRange('a', 'z') && !host.ContainsAnyInRange('A', 'Z'))
        {
            return Math.Max(hostEnd, hostStart + 1);
        }

        var tld = host[(lastDot + 1)..];
        if (requireTld && (!BareTlds.Contains(tld) || host[..lastDot].IndexOfAnyInRange('a', 'z') < 0 && host[..lastDot].IndexOfAnyInRange('A', 'Z') < 0))
        {
            return hostEnd;
        }

        if (!char.IsAsciiLetter(tld[0]))
        {
            return hostEnd;
        }

        var end = hostStart + host.Length;
        if (requireTld && end < text.Length && text[end] == '@')
        {
            return hostEnd;
        }

        // Port, path, query and fragment up to the next space or closing bracket/quote.
        if (end < text.Length && text[end] is '/' or ':' or '?' or '#')
        {
            var e = end;
            while (e < text.Length && e - start < MaxLength && !char.IsWhiteSpace(text[e]) && text[e] is not ('"' or '\'' or '<' or '>' or ')' or ']' or '}' or '`'))
            {
                e++;
            }

            // Sentence punctuation after the address is not part of it.
            while (e > end && text[e - 1] is '.' or ',' or ';' or ':' or '!' or '?')
            {
                e--;
            }

            end = e;
        }

        scan.Emit("URL", start, end, Score);
        return end;
    }

    private static int HostEnd(string text, int p)
    {
        var e = p;
        while (e < text.Length && e - p < 253 && (IsHostChar(text[e]) || (text[e] == '.' && e + 1 < text.Length && IsHostChar(text[e + 1]))))
        {
            e++;
        }

        return e;
    }

    private static bool IsHostChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';
}
