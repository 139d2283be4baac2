namespace Warden.Guards.Detectors;

/// <summary>
/// Credentials whose key word is a command-line flag or a manifest structure rather than a "key = value" pair:
/// <c>curl -u user:password</c> / <c>--user</c>, <c>mysql -p'password'</c>, netrc entries (<c>machine h login u password p</c>), and the
/// base64 values under <c>data:</c> of a Kubernetes <c>kind: Secret</c> manifest. Every pass is a single forward scan.
/// </summary>
internal static class SecretCommandLines
{
    /// <summary>How far after "curl" a -u/--user flag is looked for (the command may continue over "\" lines).</summary>
    private const int CurlWindow = 600;

    private static readonly HashSet<string> PlaceholderPasswords = new(
        ["pass", "passwd", "password", "pwd", "test", "token", "secret", "changeme", "changeit", "user", "username", "admin", "apikey", "api_key", "key"],
        StringComparer.OrdinalIgnoreCase);

    public static void CurlUser(string text, List<GuardFinding> found, string detector, string version)
    {
        var i = 0;
        int c;
        while ((c = text.IndexOf("curl", i, StringComparison.Ordinal)) >= 0)
        {
            i = c + 4;
            if ((c > 0 && char.IsAsciiLetterOrDigit(text[c - 1])) || (i < text.Length && char.IsAsciiLetterOrDigit(text[i])))
            {
                continue;
            }

            var end = Math.Min(text.Length, i + CurlWindow);
            var j = i;
            while (j < end)
            {
                var flag = FindUserFlag(text, j, end);
                if (flag < 0)
                {
                    break;
                }

                j = flag;
                if (UserToken(text, flag, out var vs, out var ve))
                {
                    found.Add(new GuardFinding(detector, "PASSWORD", vs, ve, 0.85, version));
                    i = Math.Max(i, ve);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// MySQL clients take the password glued to the flag: <c>mysql -u root -p'S3cret!' db</c>, <c>mysqldump -pS3cret</c>.
    /// A bare "-p" (prompt for it) or "-p $VAR" is not a value.
    /// </summary>
    public static void MysqlPassword(string text, List<GuardFinding> found, string detector, string version)
    {
        var i = 0;
        int c;
        while ((c = text.IndexOf("mysql", i, StringComparison.Ordinal)) >= 0)
        {
            i = c + 5;
            if (c > 0 && char.IsAsciiLetterOrDigit(text[c - 1]))
            {
                continue;
            }

            var tool = text.AsSpan(i);
            if (tool.Length > 0 && char.IsAsciiLetterOrDigit(tool[0]) && !tool.StartsWith("dump") && !tool.StartsWith("admin") && !tool.StartsWith("import"))
            {
                continue; // mysqlx, mysqlsh: "-p" means something else there
            }

            var end = Math.Min(text.Length, i + 300);
            var nl = text.IndexOf('\n', i, end - i);
            end = nl < 0 ? end : nl;
            for (var k = i; k + 2 < end; k++)
            {
                if (text[k] != '-' || text[k + 1] != 'p' || !char.IsWhiteSpace(text[k - 1]) || char.IsWhiteSpace(text[k + 2]))
                {
                    continue;
                }

                var s = k + 2;
                var e = s;
                while (e < end && !char.IsWhiteSpace(text[e]))
                {
                    e++;
                }

                var value = Unquote(text.AsSpan(s, e - s), s, out var vs);
                if (value.Length >= 4 && !IsVariable(value) && !value.ContainsAny(Brackets) && !SecretValues.LooksLikePlaceholder(value)
                    && !PlaceholderPasswords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value) && !SecretsDetector.Overlaps(found, vs, vs + value.Length))
                {
                    found.Add(new GuardFinding(detector, "PASSWORD", vs, vs + value.Length, 0.85, version));
                }

                break;
            }
        }
    }

    /// <summary>
    /// netrc entries (<c>machine host login user password secret</c>, on one line or several): the password follows the
    /// word "password" after blanks, with no ':' or '='. Only taken when "login" (and before it "machine" or "default")
    /// precede it within the same entry, so prose such as "password protected" is not read as one.
    /// </summary>
    public static void NetrcPassword(string text, List<GuardFinding> found, string detector, string version)
    {
        var i = 0;
        int c;
        while ((c = text.IndexOf("password", i, StringComparison.Ordinal)) >= 0)
        {
            i = c + 8;
            if (i >= text.Length || text[i] is not (' ' or '\t') || (c > 0 && !char.IsWhiteSpace(text[c - 1])))
            {
                continue;
            }

            var s = i;
            while (s < text.Length && text[s] is ' ' or '\t')
            {
                s++;
            }

            var e = s;
            while (e < text.Length && !char.IsWhiteSpace(text[e]))
            {
                e++;
            }

            var value = text.AsSpan(s, e - s);
            if (value.Length < 4 || !IsNetrcEntry(text, c) || IsVariable(value) || value.ContainsAny(Brackets) || SecretValues.LooksLikePlaceholder(value)
                || PlaceholderPasswords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value) || SecretsDetector.Overlaps(found, s, e))
            {
                continue;
            }

            found.Add(new GuardFinding(detector, "PASSWORD", s, e, 0.85, version));
            i = e;
        }
    }

    /// <summary>"login NAME" right before the password word, and "machine HOST" or "default" before that (at most 200 characters back).</summary>
    private static bool IsNetrcEntry(string text, int passwordAt)
    {
        var from = Math.Max(0, passwordAt - 200);
        var before = text.AsSpan(from, passwordAt - from);
        var login = before.LastIndexOf("login");
        if (login < 0 || login + 5 >= before.Length || !char.IsWhiteSpace(before[login + 5]) || (login > 0 && !char.IsWhiteSpace(before[login - 1])))
        {
            return false;
        }

        // Between "login" and "password": blanks, one user name, blanks.
        var between = before[(login + 5)..].Trim();
        if (between.IsEmpty || between.ContainsAny(" \t\r\n"))
        {
            return false;
        }

        var head = before[..login];
        var m = head.LastIndexOf("machine");
        return (m >= 0 && (m == 0 || char.IsWhiteSpace(head[m - 1])) && !head[m..].ContainsAny("=:\"'")) || head.TrimEnd().EndsWith("default");
    }

    /// <summary>Index just after " -u" / " --user" (followed by '=' or blanks), or -1.</summary>
    private static int FindUserFlag(string text, int from, int end)
    {
        for (var k = from; k + 3 < end; k++)
        {
            if (text[k] != '-' || !char.IsWhiteSpace(text[k - 1]))
            {
                continue;
            }

            int after;
            if (text[k + 1] == 'u' && (char.IsWhiteSpace(text[k + 2]) || text[k + 2] == '='))
            {
                after = k + 2;
            }
            else if (string.CompareOrdinal(text, k, "--user", 0, 6) == 0 && k + 6 < end && (char.IsWhiteSpace(text[k + 6]) || text[k + 6] == '='))
            {
                after = k + 6;
            }
            else
            {
                continue;
            }

            if (text[after] == '=')
            {
                after++;
            }

            while (after < end && text[after] is ' ' or '\t')
            {
                after++;
            }

            return after;
        }

        return -1;
    }

    /// <summary>
    /// The password of a "user:password" argument (quotes allowed around either part or the whole). When the
    /// password is empty ("KEY:") the user part is the credential (API keys passed as the user name).
    /// </summary>
    private static bool UserToken(string text, int start, out int vs, out int ve)
    {
        vs = ve = 0;
        var k = start;
        var limit = Math.Min(text.Length, start + 300);
        char quote = '\0';
        while (k < limit && (quote != '\0' || !char.IsWhiteSpace(text[k])))
        {
            if (quote == '\0' && text[k] is '"' or '\'')
            {
                quote = text[k];
            }
            else if (text[k] == quote)
            {
                quote = '\0';
            }

            k++;
        }

        var raw = text.AsSpan(start, k - start);
        var colon = raw.IndexOf(':');
        if (colon < 0 || raw.Contains('\n'))
        {
            return false;
        }

        var user = Unquote(raw[..colon], start, out var us);
        var pass = Unquote(raw[(colon + 1)..], start + colon + 1, out var ps);
        var cand = pass.Length > 0 ? pass : user;
        var cs = pass.Length > 0 ? ps : us;
        if (cand.Length < 3 || IsVariable(user) || IsVariable(pass) || cand.ContainsAny(Brackets)
            || SecretValues.LooksLikePlaceholder(cand) || PlaceholderPasswords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(cand)
            || (pass.Length == 0 && !cand.ContainsAnyInRange('0', '9')))
        {
            return false;
        }

        vs = cs;
        ve = cs + cand.Length;
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> Brackets = System.Buffers.SearchValues.Create("<>[]");

    private static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> part, int offset, out int start)
    {
        var s = 0;
        var e = part.Length;
        while (s < e && part[s] is '"' or '\'')
        {
            s++;
        }

        while (e > s && part[e - 1] is '"' or '\'')
        {
            e--;
        }

        start = offset + s;
        return part[s..e];
    }

    /// <summary>"$USER", "${x}", "$(cat f)", "{{ .Values.x }}": the value comes from elsewhere.</summary>
    private static bool IsVariable(ReadOnlySpan<char> part) => part.StartsWith("$") || part.StartsWith("{{") || part.Contains("${", StringComparison.Ordinal);

    /// <summary>
    /// Values under "data:" in a manifest that says <c>kind: Secret</c> (not ExternalSecret or SopsSecret): base64 of at
    /// least 12 characters, inline or on the line after "key: |" / "key: &gt;". Templates ("{{ … }}") and empty strings are skipped.
    /// </summary>
    public static void KubernetesSecretData(string text, List<GuardFinding> found, string detector, string version)
    {
        if (!IsSecretManifest(text))
        {
            return;
        }

        var pos = 0;
        var dataIndent = -1;
        var pendingBlock = false;
        while (pos < text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var lineEnd = nl < 0 ? text.Length : nl;
            var line = text.AsSpan(pos, lineEnd - pos).TrimEnd('\r');
            var indent = line.Length - line.TrimStart(" \t").Length;
            var body = line[indent..];
            if (body.Length == 0 || body[0] == '#')
            {
                pos = lineEnd + 1;
                continue;
            }

            if (dataIndent >= 0 && indent <= dataIndent)
            {
                dataIndent = -1;
                pendingBlock = false;
            }

            if (dataIndent < 0)
            {
                if (body.TrimEnd(" \t").SequenceEqual("data:"))
                {
                    dataIndent = indent;
                }
            }
            else if (pendingBlock)
            {
                pendingBlock = false;
                AddIfBase64(body.TrimEnd(" \t"), pos + indent, found, detector, version);
            }
            else
            {
                var colon = body.IndexOf(':');
                if (colon > 0)
                {
                    var rest = body[(colon + 1)..];
                    var lead = rest.Length - rest.TrimStart(" \t").Length;
                    var value = rest[lead..].TrimEnd(" \t");
                    var at = pos + indent + colon + 1 + lead;
                    if (value.Length > 0 && value[0] is '|' or '>')
                    {
                        pendingBlock = true;
                    }
                    else
                    {
                        if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0])
                        {
                            value = value[1..^1];
                            at++;
                        }

                        AddIfBase64(value, at, found, detector, version);
                    }
                }
            }

            pos = lineEnd + 1;
        }
    }

    private static void AddIfBase64(ReadOnlySpan<char> value, int at, List<GuardFinding> found, string detector, string version)
    {
        var core = value.TrimEnd('=');
        if (core.Length < 12 || value.Length - core.Length > 3 || core.ContainsAnyExcept(SecretValues.Base64Alphabet) || SecretValues.LooksLikePlaceholder(value)
            || SecretValues.IsEncodedPlaceholder(value))
        {
            return;
        }

        foreach (var f in found)
        {
            if (f.Start < at + value.Length && at < f.End)
            {
                return;
            }
        }

        found.Add(new GuardFinding(detector, "GENERIC_SECRET", at, at + value.Length, 0.8, version));
    }

    /// <summary>A line "kind: Secret" (quotes allowed, any case), not "kind: ExternalSecret" or "kind: SopsSecret".</summary>
    private static bool IsSecretManifest(string text)
    {
        var i = 0;
        int k;
        while ((k = text.IndexOf("kind:", i, StringComparison.Ordinal)) >= 0)
        {
            i = k + 5;
            var rest = text.AsSpan(i, Math.Min(20, text.Length - i)).TrimStart(" \t").TrimStart("\"'");
            if (rest.StartsWith("secret", StringComparison.OrdinalIgnoreCase) && (rest.Length == 6 || !char.IsAsciiLetterOrDigit(rest[6])))
            {
                return true;
            }
        }

        return false;
    }
}
