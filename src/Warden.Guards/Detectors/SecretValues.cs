namespace Warden.Guards.Detectors;

/// <summary>Heuristics that separate real secret values from placeholders, code and prose.</summary>
internal static class SecretValues
{
    private static readonly string[] PlaceholderParts =
    [
        "xxxx", "****", "....", "example", "your", "placeholder", "redacted", "dummy", "sample", "changeme", "${", "{{",
        "env(", "environ", "process.env", "getenv", "secrets.", "settings.", "config.", "vault:", "none", "null", "undefined", "required", "optional",
        "string", "true", "false", "hidden", "masked", "1234567", "abcdef", "insert", "replace", "here", "todo", "fake",
    ];

    public static double Entropy(ReadOnlySpan<char> s)
    {
        if (s.Length == 0)
        {
            return 0;
        }

        Span<int> counts = stackalloc int[128];
        var other = 0;
        foreach (var c in s)
        {
            if (c < 128)
            {
                counts[c]++;
            }
            else
            {
                other++;
            }
        }

        double h = 0;
        foreach (var n in counts)
        {
            if (n > 0)
            {
                var p = (double)n / s.Length;
                h -= p * Math.Log2(p);
            }
        }

        if (other > 0)
        {
            var p = (double)other / s.Length;
            h -= p * Math.Log2(p);
        }

        return h;
    }

    /// <summary>
    /// "$input", "@password", "%PASS%": the value names a variable, it is not the secret. A template made only of
    /// variables joined by ':' or '@' ("$username:$password", "$user@$host") is one too.
    /// </summary>
    public static bool IsVariableReference(ReadOnlySpan<char> value)
    {
        var v = value.TrimEnd(';');
        if (v.Length > 2 && v[0] == '$' && v[1] == '$')
        {
            v = v[1..]; // "$$password": make and docker-compose escape '$' by doubling it; still a variable
        }

        if (v.Length > 1 && v[0] == '$' && v[1..].ContainsAny(':', '@'))
        {
            foreach (var range in v.SplitAny(":@"))
            {
                if (!IsVariableReference(v[range]))
                {
                    return false;
                }
            }

            return true;
        }

        if (v.Length > 1 && v[0] == '$' && v[1..].Contains('$'))
        {
            // "$super$ecret", "$PREFIX$NAME": variables run together by interpolation.
            foreach (var range in v[1..].Split('$'))
            {
                var piece = v[1..][range];
                if (piece.IsEmpty || piece.ContainsAnyExcept(IdentifierChars))
                {
                    return false;
                }
            }

            return true;
        }

        // ":name" is a named bind parameter (JDBC, Oracle, SQLAlchemy): letters and '_' after the colon, no digits.
        if (v.Length > 2 && v[0] == ':')
        {
            return !v[1..].ContainsAnyExcept(BindParameterChars);
        }

        return v.Length > 1 && (v[0] is '$' or '@' || (v[0] == '%' && v[^1] == '%')) && !v[1..].TrimEnd('%').ContainsAnyExcept(IdentifierChars)
            && !(v[0] == '$' && IsLeetWord(v[1..]));
    }

    /// <summary>
    /// "$ecRetT0F1nD": upper- and lower-case letters with two or more digits standing between letters ("T0F", "1nD")
    /// spell a word in digits, as passwords do; variable names ("$dbPassword2", "$DB_PASS", "$user_1") do not.
    /// </summary>
    private static bool IsLeetWord(ReadOnlySpan<char> name)
    {
        if (!name.ContainsAnyInRange('a', 'z') || !name.ContainsAnyInRange('A', 'Z'))
        {
            return false;
        }

        var inner = 0;
        for (var i = 1; i + 1 < name.Length; i++)
        {
            if (char.IsAsciiDigit(name[i]) && char.IsAsciiLetter(name[i - 1]) && char.IsAsciiLetter(name[i + 1]))
            {
                inner++;
            }
        }

        return inner >= 2;
    }

    /// <summary>
    /// "env('MAIL_PASSWORD', '…')", "os.getenv(\"DB_PASS\", \"…\")", "ENV.fetch('TOKEN', '…')": the quoted key is the first
    /// argument of a function that reads the environment, and the next argument is its default value, as plain an
    /// assignment as "password = '…'".
    /// </summary>
    public static bool IsEnvDefault(string text, int keyStart)
    {
        var s = IdentifierStart(text, keyStart, 64);
        if (s < 2 || text[s - 1] is not ('"' or '\'') || text[s - 2] != '(')
        {
            return false;
        }

        var callStart = IdentifierStart(text, s - 2, 40);
        var call = text.AsSpan(callStart, s - 2 - callStart);
        return call.EndsWith("env", StringComparison.OrdinalIgnoreCase) || call.EndsWith("environ.get", StringComparison.Ordinal)
            || call.EndsWith("ENV.fetch", StringComparison.Ordinal);
    }

    /// <summary>
    /// The unquoted name that holds the key word (from its start to <paramref name="end"/>) is an upper-case constant:
    /// letters, digits and '_' with no lower-case letter ("SECURITY_CREDENTIALS"), optionally after a qualifier ("Context.").
    /// </summary>
    public static bool IsConstantName(string text, int keyStart, int end)
    {
        var s = keyStart;
        while (s > 0 && keyStart - s < 64 && (char.IsAsciiLetterOrDigit(text[s - 1]) || text[s - 1] == '_'))
        {
            s--;
        }

        var name = text.AsSpan(s, end - s);
        return name.Length >= 4 && !name.ContainsAnyExcept(ConstantChars);
    }

    private static readonly System.Buffers.SearchValues<char> ConstantChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    /// <summary>
    /// "var password = 1232131231232132132131;": digits only, with a declaration word (var, let, const, int, long, val,
    /// final) before the name on its line: code declares a number there; a password in code is a string.
    /// </summary>
    public static bool IsDeclaredNumber(string text, int keyStart, string value)
    {
        if (value.Length == 0 || value.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var s = IdentifierStart(text, keyStart, 64);
        var window = Math.Min(s, 64); // the declaration word stands right before the name; the scan stays bounded
        var lineStart = s == 0 ? 0 : text.LastIndexOf('\n', s - 1, window) + 1;
        lineStart = lineStart == 0 ? s - window : lineStart;
        var before = text.AsSpan(lineStart, s - lineStart).TrimEnd();
        foreach (var word in DeclarationWords)
        {
            if (before.EndsWith(word, StringComparison.Ordinal) && (before.Length == word.Length || !char.IsAsciiLetterOrDigit(before[^(word.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] DeclarationWords = ["var", "let", "const", "int", "long", "val", "final"];

    private static readonly System.Buffers.SearchValues<char> BindParameterChars = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_");

    /// <summary>"prefix_{}", "user_{0}": empty or positional braces are format slots (str.format, string.Format), filled in later.</summary>
    public static bool IsFormatTemplate(ReadOnlySpan<char> value)
    {
        for (var j = value.IndexOf('{'); j >= 0 && j + 1 < value.Length; j = value[(j + 1)..].IndexOf('{') is var n and >= 0 ? j + 1 + n : -1)
        {
            if (value[j + 1] == '}' || (j + 2 < value.Length && char.IsAsciiDigit(value[j + 1]) && value[j + 2] == '}'))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> IdentifierChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.");

    /// <summary>
    /// A JWT's first segment must decode (base64url) to a JSON object naming "alg" or "typ"; "eyJ" followed by random
    /// characters is not a token. Headers longer than 512 characters (embedded certificates) are accepted unchecked.
    /// </summary>
    public static bool IsJwtHeader(ReadOnlySpan<char> token)
    {
        var dot = token.IndexOf('.');
        var header = dot < 0 ? token : token[..dot];
        if (header.Length > 512)
        {
            return true;
        }

        Span<char> b64 = stackalloc char[516];
        var n = 0;
        foreach (var c in header)
        {
            b64[n++] = c switch { '-' => '+', '_' => '/', _ => c };
        }

        while (n % 4 != 0)
        {
            b64[n++] = '=';
        }

        Span<byte> bytes = stackalloc byte[400];
        if (!Convert.TryFromBase64Chars(b64[..n], bytes, out var written))
        {
            return false;
        }

        var json = bytes[..written].Trim(" \t\r\n"u8);
        return json.Length > 2 && json[0] == (byte)'{' && json[^1] == (byte)'}' && (json.IndexOf("\"alg\""u8) >= 0 || json.IndexOf("\"typ\""u8) >= 0);
    }

    public static bool LooksLikePlaceholder(ReadOnlySpan<char> value)
    {
        foreach (var part in PlaceholderParts)
        {
            // "abcdef" / "1234567" inside a long generated token ("sk-sUeBP9…70abcdefghJuLw…") is chance, not a template:
            // they mark a placeholder only when typed sequences make up a third of the value.
            if (value.Contains(part, StringComparison.OrdinalIgnoreCase) && (part is not ("abcdef" or "1234567") || MostlySequence(value)))
            {
                return true;
            }
        }

        if (HasNamedFormatField(value))
        {
            return true;
        }

        // "<your key>", "<TOKEN>": a '<' with a '>' after it is a template slot; a lone '<' can be part of a password.
        var lt = value.IndexOf('<');
        if (lt >= 0 && value[lt..].Contains('>'))
        {
            return true;
        }

        // All one character ("aaaaaaaa", "00000000"), or a long run of one character after a prefix ("sbp_0000…"),
        // is a template, not a credential.
        return value.Length > 0 && (!value.ContainsAnyExcept(value[0]) || (HasRun(value, 8) && !RichOutsideRuns(value)));
    }

    /// <summary>
    /// Base64 of a single placeholder value ("Y2hhbmdlbWU=" for "changeme", base64 of AWS's documentation key, of
    /// "your-api-key-here"): a Kubernetes Secret or config file holds the encoded form of the value, which is read as
    /// the value itself would be. Only a decoded value of one printable token (no blank, no JSON: no '{' or '"'; one
    /// trailing line break as "echo … | base64" adds is allowed) is checked, so an encoded config file or docker
    /// auth JSON that mentions "example.com" stays reported. Values of 12 to 400 base64 characters.
    /// </summary>
    public static bool IsEncodedPlaceholder(ReadOnlySpan<char> value)
    {
        var core = value.TrimEnd('=');
        if (core.Length < 12 || value.Length > 400 || value.Length - core.Length > 2 || value.Length % 4 != 0 || core.ContainsAnyExcept(Base64Alphabet))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[300];
        if (!Convert.TryFromBase64Chars(value, bytes, out var written))
        {
            return false;
        }

        var raw = bytes[..written];
        if (raw.Length > 0 && raw[^1] == (byte)'\n')
        {
            raw = raw[..^1];
        }

        if (raw.Length < 4 || raw.ContainsAnyExceptInRange((byte)'!', (byte)'~') || raw.IndexOfAny((byte)'{', (byte)'"') >= 0)
        {
            return false;
        }

        Span<char> text = stackalloc char[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            text[i] = (char)raw[i];
        }

        return LooksLikePlaceholder(text) || IsAwsDocumentationKey(text);
    }

    /// <summary>The standard base64 alphabet without padding (shared with <see cref="SecretCommandLines"/>).</summary>
    internal static readonly System.Buffers.SearchValues<char> Base64Alphabet =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");

    /// <summary>
    /// A Python named format field, "%(name)s": '%(' then an identifier, ')' and a conversion letter. "%(" alone is
    /// common in generated keys (Django's alphabet holds '%', '(', '^', '+', '=').
    /// </summary>
    private static bool HasNamedFormatField(ReadOnlySpan<char> value)
    {
        for (var j = value.IndexOf("%("); j >= 0; j = value[(j + 2)..].IndexOf("%(") is var n and >= 0 ? j + 2 + n : -1)
        {
            var e = j + 2;
            while (e < value.Length && e - j < 42 && (char.IsAsciiLetterOrDigit(value[e]) || value[e] == '_'))
            {
                e++;
            }

            if (e > j + 2 && (char.IsAsciiLetter(value[j + 2]) || value[j + 2] == '_') && e + 1 < value.Length && value[e] == ')' && char.IsAsciiLetter(value[e + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Without its runs of four or more equal characters the value still has 32 characters of high spread (entropy 4.0):
    /// a token that happens to hold a run ("AAAAAAAAAAAAAAAAAAAAA…%2BuSeid%2B…", app-only bearer tokens), not a template.
    /// </summary>
    private static bool RichOutsideRuns(ReadOnlySpan<char> value)
    {
        Span<char> rest = value.Length <= 512 ? stackalloc char[value.Length] : new char[value.Length];
        var n = 0;
        var i = 0;
        while (i < value.Length)
        {
            var j = i;
            while (j + 1 < value.Length && value[j + 1] == value[i])
            {
                j++;
            }

            if (j - i + 1 < 4)
            {
                value[i..(j + 1)].CopyTo(rest[n..]);
                n += j - i + 1;
            }

            i = j + 1;
        }

        return n >= 32 && Entropy(rest[..n]) >= 4.0;
    }

    /// <summary>Letters and digits in runs of four or more whose case-folded steps are -1, 0 or +1 ("abcd", "4321", "aAbB") make up a third of the value.</summary>
    private static bool MostlySequence(ReadOnlySpan<char> value)
    {
        var marked = 0;
        var i = 0;
        while (i < value.Length)
        {
            var j = i;
            while (j + 1 < value.Length && char.IsAsciiLetterOrDigit(value[j]) && char.IsAsciiLetterOrDigit(value[j + 1])
                && Math.Abs(char.ToLowerInvariant(value[j + 1]) - char.ToLowerInvariant(value[j])) <= 1)
            {
                j++;
            }

            if (j - i + 1 >= 4)
            {
                marked += j - i + 1;
            }

            i = j + 1;
        }

        return marked * 3 >= value.Length;
    }

    private static bool HasRun(ReadOnlySpan<char> value, int length)
    {
        var run = 1;
        for (var i = 1; i < value.Length; i++)
        {
            run = value[i] == value[i - 1] ? run + 1 : 1;
            if (run >= length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Score for a key/value assignment; 0 when the value does not look like a real secret.</summary>
    public static double AssignmentScore(string key, string suffix, string value, bool quoted, bool prose = false)
    {
        // "passenger", "tokenizer", "secretary": a keyword followed by more lower-case letters is another word.
        if (suffix.Length > 0 && char.IsAsciiLetterLower(suffix[0]))
        {
            return 0;
        }

        // Sentence punctuation after an unquoted value is trimmed; a '!' is kept after an explicit ':' or '=' ("password : cackle!"),
        // where it is more often part of the password than an exclamation. A quoted value is taken as written.
        if (!quoted)
        {
            value = prose ? value.TrimEnd(['.', '!', '?', ')']) : value.TrimEnd(['.', '?', ')']);
        }

        if (value.Length < 6 || IsVariableReference(value) || LooksLikePlaceholder(value) || IsEncodedPlaceholder(value) || IsCode(value) || DescribesSetting(suffix) || IsNestedAssignment(value) || IsPathOrRoute(value)
            || IsIpv6Address(value) || (!quoted && IsNullKeyword(value)))
        {
            return 0;
        }

        if (IsFormatTemplate(value) || IsCredentialWord(value) || IsCredentialSlug(value))
        {
            return 0; // "password = 'secret'", "Password: \"password\"", "password='db-password'": the value names the field, as in documentation
        }

        // "credential" keys (Context.SECURITY_CREDENTIALS, CREDENTIAL) hold a password: a value with letters and digits is
        // scored as one, so short ones ("qz7k_w3np") count; a word ("same-origin") still needs the generic rules.
        var isPassword = IsPasswordKey(key) || (key.StartsWith("cred", StringComparison.OrdinalIgnoreCase) && value.Any(char.IsAsciiDigit) && value.Any(char.IsAsciiLetter));
        if ((IsTypeName(value) || IsCamelCaseName(value)) && (!quoted || !isPassword))
        {
            return 0;
        }

        // Bare "key" (signing_key, MASTER_KEY, appKey), "pat" (personal access token: wiki_PAT), "auth", "Bearer" and "Authorization: Basic" are common words: the value must look generated.
        if (key.Equals("key", StringComparison.OrdinalIgnoreCase) || key.Equals("bearer", StringComparison.OrdinalIgnoreCase) || key.Equals("pat", StringComparison.OrdinalIgnoreCase)
            || key.StartsWith("auth", StringComparison.OrdinalIgnoreCase))
        {
            if (!IsPlausibleAuthValue(key, value))
            {
                return 0;
            }

            return value.Length >= 16 && LooksGenerated(value) && Entropy(value) >= 3.5 ? 0.8 : 0;
        }

        var entropy = Entropy(value);
        var classes = (value.Any(char.IsAsciiLetterLower) ? 1 : 0) + (value.Any(char.IsAsciiLetterUpper) ? 1 : 0)
            + (value.Any(char.IsAsciiDigit) ? 1 : 0) + (value.Any(c => !char.IsAsciiLetterOrDigit(c)) ? 1 : 0);
        if (isPassword)
        {
            if (classes >= 2 || value.Length >= 10 || quoted)
            {
                return classes >= 3 || quoted ? 0.85 : 0.7;
            }

            return 0;
        }

        if (IsLongNumber(value))
        {
            return 0.65; // "NUMERIC_APIKEY: 1925483168813050783076": 20+ digits is longer than phone numbers, card numbers and 64-bit ids
        }

        // "i-am-the-worst", "my-service-name": lower-case words joined by '-' name something; a generated token has digits or capitals.
        if (!value.AsSpan().ContainsAnyExcept(SlugChars) && value.Contains('-', StringComparison.Ordinal))
        {
            return 0;
        }

        if (value.Length >= 12 && entropy >= 3.0 && classes >= 2)
        {
            return entropy >= 3.5 ? 0.85 : 0.65;
        }

        return 0;
    }

    /// <summary>
    /// A language's null or empty value written unquoted as the whole value: VB's and Haskell's <c>Nothing</c>
    /// (<c>.Password = Nothing</c>), VB's <c>vbNullString</c>, .NET's <c>String.Empty</c>. Only the casings a language
    /// or its editor writes count; a quoted value is a string literal ("Nothing" is then the password) and a longer
    /// value ("Nothing2024!", "NothingToSeeHere99") is not the keyword. The shorter keywords (null, None, nil,
    /// undefined, NULL) are already too short or placeholder parts.
    /// </summary>
    private static bool IsNullKeyword(ReadOnlySpan<char> value) =>
        value is "Nothing" or "nothing" or "NOTHING" or "vbNullString" or "String.Empty" or "string.Empty" or "nullptr";

    /// <summary>A subresource-integrity digest: "sha256-", "sha384-" or "sha512-", then base64 ("sha256-47DEQ…=").</summary>
    public static bool IsIntegrityDigest(ReadOnlySpan<char> value) =>
        value.Length > 7 && (value.StartsWith("sha256-", StringComparison.OrdinalIgnoreCase) || value.StartsWith("sha384-", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("sha512-", StringComparison.OrdinalIgnoreCase));

    /// <summary>Words after the keyword that name a setting about the secret, not the secret (passwordPolicy, token_url, secret_name).</summary>
    private static readonly HashSet<string> SettingWords = new(
        ["policy", "length", "minlength", "maxlength", "min", "max", "hint", "label", "field", "reset", "prompt", "strength", "rule", "rules", "regex",
         "pattern", "validator", "validation", "hash", "hashed", "digest", "salt", "changed", "expiry", "expires", "expiration", "count", "type", "name", "url", "uri",
         "endpoint", "file", "path", "header", "param", "format", "size", "limit", "timeout", "ttl", "enabled", "required", "mode", "method", "id", "version",
         "location", "env", "var", "placeholder", "input", "column", "table", "lifetime", "duration", "algorithm", "alg", "encoding", "length", "identifier",
         "time", "date", "timestamp", "created", "updated"],
        StringComparer.Ordinal);

    private static bool DescribesSetting(string suffix)
    {
        var i = 0;
        Span<char> lower = stackalloc char[32];
        while (i < suffix.Length)
        {
            while (i < suffix.Length && !char.IsAsciiLetter(suffix[i]))
            {
                i++;
            }

            var s = i;
            i++;
            var upper = s + 1 < suffix.Length && char.IsAsciiLetterUpper(suffix[s]) && char.IsAsciiLetterUpper(suffix[s + 1]);
            if (upper)
            {
                // An upper-case word (KEY_IDENTIFIER, PASSWORD_HASH, TOKEN_URL, "URL" in URLPath): capitals up to the next
                // non-letter, or up to the capital that starts a lower-case word.
                while (i < suffix.Length && char.IsAsciiLetterUpper(suffix[i]) && !(i + 1 < suffix.Length && char.IsAsciiLetterLower(suffix[i + 1])))
                {
                    i++;
                }
            }

            while (!upper && i < suffix.Length && char.IsAsciiLetterLower(suffix[i]))
            {
                i++;
            }

            // "_ID" stays a value's name in upper case: AWS_ACCESS_KEY_ID and its kin hold the provider's key id, which
            // scanners report with the secret.
            if (s < suffix.Length && i - s <= lower.Length && !(upper && i - s == 2 && suffix[s] == 'I' && suffix[s + 1] == 'D'))
            {
                var n = suffix.AsSpan(s, Math.Min(i, suffix.Length) - s).ToLowerInvariant(lower);
                if (SettingWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..n]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "minLength=12", "a=b": an '=' after a plain name (letters, '_', '.', '-') is another setting. An '=' after other
    /// characters ("K5!kAM=79H") or base64 padding at the end is part of the value.
    /// </summary>
    private static bool IsNestedAssignment(string value)
    {
        var k = value.IndexOf('=', StringComparison.Ordinal);
        return k > 0 && value.AsSpan(k).ContainsAnyExcept('=') && char.IsAsciiLetter(value[0]) && !value.AsSpan(0, k).ContainsAnyExcept(NameChars);
    }

    private static readonly System.Buffers.SearchValues<char> NameChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.-");

    /// <summary>
    /// A DER private key in bare base64 ("MII…" without PEM lines): a SEQUENCE whose first element is the version
    /// INTEGER 0 or 1 (PKCS#1, PKCS#8, SEC1). Certificates and public keys start with another SEQUENCE instead.
    /// </summary>
    public static bool IsDerPrivateKey(ReadOnlySpan<char> value)
    {
        if (value.Length < 12)
        {
            return false;
        }

        Span<byte> head = stackalloc byte[9];
        if (!Convert.TryFromBase64Chars(value[..12], head, out var n) || n < 7)
        {
            return false;
        }

        // 30 81 xx | 30 82 xx xx, then 02 01 00|01.
        var at = head[1] == 0x81 ? 3 : head[1] == 0x82 ? 4 : -1;
        return head[0] == 0x30 && at > 0 && head[at] == 0x02 && head[at + 1] == 0x01 && head[at + 2] <= 1;
    }

    /// <summary>
    /// Jira / Confluence / Bitbucket Data Center personal access tokens: 44 base64 characters that decode to a
    /// 12-digit id, ':' and 20 random bytes. Anything else starting with M, N or O is not one.
    /// </summary>
    public static bool IsAtlassianDataCenterToken(ReadOnlySpan<char> value)
    {
        Span<byte> bytes = stackalloc byte[33];
        if (value.Length != 44 || !Convert.TryFromBase64Chars(value, bytes, out var n) || n != 33 || bytes[12] != (byte)':')
        {
            return false;
        }

        foreach (var b in bytes[..12])
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A value that starts with a distinctive provider prefix ("sk-ant-", "glpat-", "ghp_") but did not pass that
    /// provider's format is a shortened or made-up example ("sk-ant-ort01-tooShort"), not a generic secret.
    /// </summary>
    public static bool IsMalformedProviderToken(string value)
    {
        foreach (var prefix in DistinctPrefixes)
        {
            if (value.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] DistinctPrefixes =
        ["px-api-", "px-dep-", "NRAK-", "NRII-", "apify_api_", "rubygems_", "sgp_", "sk_car_", "cal_live_", "sk-ant-", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "gldt-", "glrt-", "xoxb-", "xoxp-", "xapp-", "sk_live_", "sk_test_", "rk_live_", "npm_", "pypi-", "dop_v1_", "hvs.", "dckr_pat_", "lin_api_", "AGE-SECRET-KEY-", "ops_", "hf_", "api_org_"];

    /// <summary>
    /// Keys that are public by design (Stripe publishable keys, Mapbox public tokens): shipped to browsers, so not a
    /// secret even under a key name such as STRIPE_PUBLISHABLE_KEY.
    /// </summary>
    public static bool IsPublicByDesign(string value) =>
        value.StartsWith("pk_live_", StringComparison.Ordinal) || value.StartsWith("pk_test_", StringComparison.Ordinal) || value.StartsWith("pk.eyJ", StringComparison.Ordinal)
        || IsAwsDocumentationKey(value) || IsArn(value);

    /// <summary>
    /// An Amazon Resource Name ("arn:aws:secretsmanager:us-east-1:123456789012:secret:db-creds-AbC123"): it names a
    /// resource (a secret's name and AWS's six-character suffix), it holds no credential. "arn:", then at least five
    /// colon-separated parts, no blank. Only the value is read.
    /// </summary>
    public static bool IsArn(ReadOnlySpan<char> value) =>
        value.StartsWith("arn:", StringComparison.Ordinal) && value.Count(':') >= 5 && !value.ContainsAny(' ', '\t', '\n');

    /// <summary>
    /// The key word at <paramref name="p"/> is a part of an ARN ("arn:aws:secretsmanager:…:secret:NAME",
    /// "arn:${AWS::Partition}:secretsmanager:…:secret:NAME"): ':' comes just before it, and the unbroken token it sits in
    /// (no blank, quote or bracket of a list) starts with "arn:" and has at least four more colons before the key. The
    /// word names the resource type; what follows is the resource's name, not a value.
    /// </summary>
    public static bool IsArnResourceType(string text, int p)
    {
        if (p < 5 || text[p - 1] != ':')
        {
            return false;
        }

        var colons = 0;
        for (var s = p - 1; s >= 0 && p - s <= 160; s--)
        {
            var c = text[s];
            if (char.IsWhiteSpace(c) || c is '"' or '\'' or '`' or ',' or '[' or '(' or '=')
            {
                return false;
            }

            colons += c == ':' ? 1 : 0;
            if (c == 'a' && colons >= 5 && text.AsSpan(s).StartsWith("arn:", StringComparison.Ordinal)
                && (s == 0 || !char.IsAsciiLetterOrDigit(text[s - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Typed sequences ("abcd", "4321") make up a third of the value.</summary>
    public static bool IsSequenceLike(ReadOnlySpan<char> value) => MostlySequence(value);

    /// <summary>
    /// The value names something rather than holding a secret: a variable reference, code, a path or route, a format
    /// template, a credential word or slug ("secret", "db-password"), a type or camelCase name.
    /// </summary>
    public static bool IsNamedValue(string value) =>
        IsVariableReference(value) || IsCode(value) || IsPathOrRoute(value) || IsFormatTemplate(value) || IsCredentialWord(value)
        || IsCredentialSlug(value) || IsTypeName(value) || IsCamelCaseName(value);

    /// <summary>32 or more hex digits, not a typed sequence or a run ("0123…abcdef", "deadbeefdeadbeef…").</summary>
    public static bool IsLongHexKey(string value) =>
        value.Length >= 32 && value.All(char.IsAsciiHexDigit) && Entropy(value) >= 3.0 && !LooksLikePlaceholder(value);

    /// <summary>
    /// AWS's documentation key pair and copies of it with the "EXAMPLE" tail edited ("AKIAIOSFODNN7EXAMAAA",
    /// "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMAAAKEY", "ACCAIOSFODNN7…"): the value itself carries the published stem (a
    /// four-letter id prefix, then "IOSFODNN7"; or the 21-character secret stem), which AWS never issues. Only the value
    /// is read, never the words around it.
    /// </summary>
    public static bool IsAwsDocumentationKey(ReadOnlySpan<char> value) =>
        (value.Length == 20 && value[4..13].SequenceEqual("IOSFODNN7")) || (value.Length == 40 && value.StartsWith("wJalrXUtnFEMI/K7MDENG", StringComparison.Ordinal));

    /// <summary>
    /// Mailchimp API keys: 32 lower-case hex characters, "-us" and a one- or two-digit data-centre number. Called at the
    /// "-us" hit inside a whitespace-delimited run [from, to); returns the key's span or (0, 0, "").
    /// </summary>
    public static (int Start, int End, string Type) MailchimpKey(string text, int dash, int from, int to)
    {
        var s = dash - 32;
        var e = dash + 3;
        while (e < to && e - dash < 5 && char.IsAsciiDigit(text[e]))
        {
            e++;
        }

        if (s < from || e == dash + 3 || e - dash > 5 || (e < to && char.IsAsciiLetterOrDigit(text[e])) || (s > from && char.IsAsciiLetterOrDigit(text[s - 1]))
            || text.AsSpan(s, 32).ContainsAnyExcept(LowerHexChars) || !text.AsSpan(s, 32).ContainsAnyInRange('a', 'f'))
        {
            return (0, 0, "");
        }

        return (s, e, "MAILCHIMP_KEY");
    }

    /// <summary>New Relic license keys: 40 characters ending in "NRAL" (6 alphanumerics, 30 hex, "NRAL"), called at "NRAL".</summary>
    public static (int Start, int End, string Type) NewRelicLicenseKey(string text, int nral, int from, int to)
    {
        var s = nral - 36;
        var e = nral + 4;
        if (s < from || (e < to && char.IsAsciiLetterOrDigit(text[e])) || (s > from && char.IsAsciiLetterOrDigit(text[s - 1]))
            || text.AsSpan(s, 6).ContainsAnyExcept(LowerAlphaNumeric) || text.AsSpan(s + 6, 30).ContainsAnyExcept(LowerHexChars)
            || !text.AsSpan(s, 36).ContainsAnyInRange('0', '9'))
        {
            return (0, 0, "");
        }

        return (s, e, "NEWRELIC_KEY");
    }

    private static readonly System.Buffers.SearchValues<char> LowerHexChars = System.Buffers.SearchValues.Create("0123456789abcdef");

    private static readonly System.Buffers.SearchValues<char> LowerAlphaNumeric = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>
    /// Grafana's legacy API keys are base64 of a JSON object {"k":…,"n":…,"id":…}: the member after "k" is "n".
    /// Other base64 JSON that starts with {"k": (Power BI report links: "k", then "t") is not one. A tail that does
    /// not decode to such JSON is left to the format alone.
    /// </summary>
    public static bool IsGrafanaLegacyKey(ReadOnlySpan<char> value)
    {
        var n = Math.Min(value.Length, 400) / 4 * 4;
        Span<byte> bytes = stackalloc byte[300];
        if (!Convert.TryFromBase64Chars(value[..n], bytes, out var written))
        {
            return true;
        }

        var json = bytes[..written];
        var next = json.IndexOf("\",\""u8);
        return next < 0 || json[(next + 2)..].StartsWith("\"n\""u8);
    }

    /// <summary>
    /// A URL path, a route or a selector ("/en/enterprise-server@3.0/auth", "cms/sites/passwords#update",
    /// "#add-password"): lower-case words between '/' (or after '#'), not a generated value. Base64 keys that contain
    /// '/' have capitals, '+' or digits mixed into long segments and do not pass.
    /// </summary>
    public static bool IsPathOrRoute(string value)
    {
        if (value.Length > 1 && value[0] == '#')
        {
            return !value.AsSpan(1).ContainsAnyExcept(SelectorChars);
        }

        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || value.AsSpan(slash + 1).IndexOf('/') < 0 && slash != 0)
        {
            return false;
        }

        var segments = 0;
        foreach (var range in value.AsSpan().Split('/'))
        {
            var seg = value.AsSpan(range);
            if (seg.IsEmpty)
            {
                continue;
            }

            if (seg.ContainsAnyExcept(PathChars) || !seg.ContainsAnyInRange('a', 'z'))
            {
                return false;
            }

            segments++;
        }

        return segments >= 2;
    }

    private static readonly System.Buffers.SearchValues<char> SelectorChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_");

    private static readonly System.Buffers.SearchValues<char> PathChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_.@#:");

    /// <summary>
    /// An IPv6 address ("fd12:3456:789a::1", "2001:db8:0:0:8:800:200c:417a", "::ffff:c0a8:1"): groups of one to four hex
    /// digits split by ':': eight groups, or one to seven around one "::" that stands for the rest. An address
    /// says where a host is; it holds no secret, whatever the name it is stored under ("ip_secret").
    /// </summary>
    public static bool IsIpv6Address(ReadOnlySpan<char> value)
    {
        if (value.Length < 3 || value.Length > 39 || value.ContainsAnyExcept(HexAndColon) || value.IndexOf(':') < 0)
        {
            return false;
        }

        var elided = value.IndexOf("::", StringComparison.Ordinal);
        if (elided >= 0 && value[(elided + 1)..].IndexOf("::", StringComparison.Ordinal) >= 0)
        {
            return false; // two "::" never occur in an address
        }

        var groups = 0;
        foreach (var range in value.Split(':'))
        {
            var g = value[range];
            if (g.Length > 4)
            {
                return false;
            }

            groups += g.IsEmpty ? 0 : 1;
        }

        return elided >= 0 ? groups is >= 1 and <= 7 : groups == 8 && value[0] != ':' && value[^1] != ':';
    }

    private static readonly System.Buffers.SearchValues<char> HexAndColon = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF:");

    /// <summary>Mixed case with digits, long hex, or base64 with '+' or '/': not a word, a name or a path.</summary>
    private static bool LooksGenerated(string value)
    {
        var upper = value.Any(char.IsAsciiLetterUpper);
        var lower = value.Any(char.IsAsciiLetterLower);
        var digit = value.Any(char.IsAsciiDigit);
        return (upper && lower && digit) || (value.Length >= 32 && value.All(char.IsAsciiHexDigit)) || IsUuid(value)
            || (value.Length >= 20 && digit && (upper || lower) && (value.Contains('+', StringComparison.Ordinal) || value.Contains('/', StringComparison.Ordinal)) && !value.Contains("//", StringComparison.Ordinal))
            || IsLowerBase36(value);
    }

    /// <summary>
    /// Lower-case letters and digits, 24+ characters, digits spread through it ("zoaw0c0m50m0hz2h1fm21y4t…"): a
    /// generated base-36 key. Words with a version number ("release2024candidate") have few digits in one place.
    /// </summary>
    private static bool IsLowerBase36(string value)
    {
        if (value.Length < 24 || value.Length > 128)
        {
            return false;
        }

        int digits = 0, letters = 0, switches = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (char.IsAsciiLetterLower(c))
            {
                letters++;
            }
            else
            {
                return false;
            }

            if (i > 0 && char.IsAsciiDigit(c) != char.IsAsciiDigit(value[i - 1]))
            {
                switches++;
            }
        }

        return digits >= 4 && letters >= 8 && switches >= 6;
    }

    /// <summary>
    /// Where the identifier that ends at <paramref name="end"/> starts: letters, digits, '_', '-' and '.' are walked back
    /// over, at most <paramref name="maxLength"/> of them ("app.settings.token" in "&lt;app.settings.token&gt;").
    /// </summary>
    public static int IdentifierStart(string text, int end, int maxLength)
    {
        var s = end;
        while (s > 0 && end - s < maxLength && (char.IsAsciiLetterOrDigit(text[s - 1]) || text[s - 1] is '_' or '-' or '.'))
        {
            s--;
        }

        return s;
    }

    /// <summary>
    /// A bar separates a key from its value in a table row: the key (with its identifier prefix) starts the line or
    /// follows another cell's bar.
    /// </summary>
    public static bool IsTableCell(string text, int keyStart)
    {
        var s = IdentifierStart(text, keyStart, int.MaxValue);
        while (s > 0 && text[s - 1] is ' ' or '\t')
        {
            s--;
        }

        return s == 0 || text[s - 1] is '\n' or '\r' or '|';
    }

    /// <summary>Vendors whose "API key" is the public app (client) id, paired with a separately named secret.</summary>
    private static readonly string[] PublicApiKeyVendors = ["shopify", "cloudinary"];

    /// <summary>SHOPIFY_API_KEY, shopify.apiKey, cloudinary_api_key: the key names one of those public ids.</summary>
    public static bool IsPublicApiKeyName(string text, int keyStart, string key)
    {
        if (!key.StartsWith("api", StringComparison.OrdinalIgnoreCase) || keyStart < 7)
        {
            return false;
        }

        var e = keyStart;
        if (text[e - 1] is '_' or '.' or '-')
        {
            e--;
        }

        foreach (var vendor in PublicApiKeyVendors)
        {
            if (e >= vendor.Length && text.AsSpan(e - vendor.Length, vendor.Length).Equals(vendor, StringComparison.OrdinalIgnoreCase)
                && (e == vendor.Length || !char.IsAsciiLetterOrDigit(text[e - vendor.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>8-4-4-4-12 hex groups: as the value of an Authorization header or API key it is the credential.</summary>
    public static bool IsUuid(string value) =>
        value.Length == 36 && value[8] == '-' && value[13] == '-' && value[18] == '-' && value[23] == '-'
        && value.All(c => c == '-' || char.IsAsciiHexDigit(c)) && value.Any(char.IsAsciiDigit) && value.Any(char.IsAsciiLetter);

    public static bool IsPasswordKey(string key) =>
        key.StartsWith("pass", StringComparison.OrdinalIgnoreCase) || key.Equals("pwd", StringComparison.OrdinalIgnoreCase) || key.Equals("pw", StringComparison.OrdinalIgnoreCase)
        || !char.IsAscii(key[0]) || key.StartsWith("mot", StringComparison.OrdinalIgnoreCase) || key.StartsWith("kenn", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("contra", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Authorization: Basic X" carries base64 of "user:password", so X must decode to text with a ':'; a Bearer value
    /// that starts like a JWT ("eyJ") must have a JWT header. Other schemes and keys are not checked here.
    /// </summary>
    private static bool IsPlausibleAuthValue(string key, string value)
    {
        if (key.Contains("basic", StringComparison.OrdinalIgnoreCase))
        {
            return IsBasicCredential(value);
        }

        if (key.Contains("bearer", StringComparison.OrdinalIgnoreCase) && value.StartsWith("eyJ", StringComparison.Ordinal))
        {
            return IsJwtHeader(value) && HasJwtPayload(value);
        }

        return true;
    }

    /// <summary>
    /// A bearer JWT carries claims after its header: a JWT header alone ("eyJ…J9", "eyJ…J9." or "eyJ…J9..." with
    /// nothing but dots after it) is a header shown or cut short in documentation, not a token. Called only for values
    /// whose first segment decodes to a JWT header.
    /// </summary>
    private static bool HasJwtPayload(ReadOnlySpan<char> value)
    {
        var dot = value.IndexOf('.');
        return dot >= 0 && value[(dot + 1)..].TrimStart('.').Length >= 2;
    }

    private static bool IsBasicCredential(string value)
    {
        var v = value.AsSpan().TrimEnd("\"'");
        if (v.Length < 8 || v.Length > 400 || v.Length % 4 == 1)
        {
            return false;
        }

        Span<char> b64 = stackalloc char[404];
        v.CopyTo(b64);
        var n = v.Length;
        while (n % 4 != 0)
        {
            b64[n++] = '=';
        }

        Span<byte> bytes = stackalloc byte[303];
        if (!Convert.TryFromBase64Chars(b64[..n], bytes, out var written))
        {
            return false;
        }

        var text = bytes[..written];
        var colon = text.IndexOf((byte)':');
        return colon > 0 && colon < written - 1 && !text.ContainsAnyInRange((byte)0, (byte)31);
    }

    /// <summary>
    /// A type or class name (JSONFileCache, CanonicalNameCredentialSourcer, AWSAccessKeyId): capitalised words and
    /// acronyms only, no digits, on average at least three letters per word. Random mixed-case letters alternate case
    /// too often to pass.
    /// </summary>
    public static bool IsTypeName(string value)
    {
        if (value.Length < 6 || value.Length > 80 || !char.IsAsciiLetterUpper(value[0]))
        {
            return false;
        }

        var words = 0;
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }

            var s = i;
            if (char.IsAsciiLetterUpper(c) && i + 1 < value.Length && char.IsAsciiLetterUpper(value[i + 1]))
            {
                // Acronym: upper-case run, minus the last letter when a lower-case word follows it (AWSAccess -> AWS, Access).
                while (i < value.Length && char.IsAsciiLetterUpper(value[i]))
                {
                    i++;
                }

                if (i < value.Length && char.IsAsciiLetterLower(value[i]))
                {
                    i--;
                }
            }
            else
            {
                i++;
                while (i < value.Length && char.IsAsciiLetterLower(value[i]))
                {
                    i++;
                }

                if (i - s < 2)
                {
                    return false; // a lone capital between capitals ("TqPwL") is not a word
                }
            }

            words++;
        }

        return words >= 2 && value.Length >= 3 * words;
    }

    private static readonly System.Buffers.SearchValues<char> SlugChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-_");

    /// <summary>
    /// A lowerCamelCase identifier (tokenDescription, orgsPermission, userPassword): a lower-case word, then capitalised
    /// words, letters only, at least three letters per word on average; the name of a variable, not its value.
    /// </summary>
    public static bool IsCamelCaseName(string value)
    {
        if (value.Length < 6 || value.Length > 80 || !char.IsAsciiLetterLower(value[0]))
        {
            return false;
        }

        var words = 1;
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }

            if (char.IsAsciiLetterUpper(c))
            {
                if (!char.IsAsciiLetterLower(value[i - 1]) || i + 1 >= value.Length || !char.IsAsciiLetterLower(value[i + 1]))
                {
                    return false; // "aBCd", "xY": capitals next to capitals or at the end alternate like random text
                }

                words++;
            }
        }

        return words >= 2 && value.Length >= 3 * words;
    }

    /// <summary>
    /// The value was found on the line after the key ("password:" then "  description: …", "KEY=" then "OTHER_KEY=…"):
    /// when that line starts with a name and ':' or '=', it is the next key of a mapping or env file, and the key above had
    /// no value.
    /// </summary>
    public static bool IsKeyOnNextLine(ReadOnlySpan<char> gap, ReadOnlySpan<char> value)
    {
        if (!gap.Contains('\n'))
        {
            return false;
        }

        var k = value.IndexOfAny(':', '=');
        return k > 0 && char.IsAsciiLetter(value[0]) && !value[..k].ContainsAnyExcept(NameOrDigitChars);
    }

    private static readonly System.Buffers.SearchValues<char> NameOrDigitChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-");

    /// <summary>
    /// The body of a PEM block made of one or two characters ("XXXX\\nXXXX", "...") is a documentation placeholder;
    /// a real key body is base64 with dozens of distinct characters. Only the first 200 characters are looked at.
    /// </summary>
    public static bool IsPlaceholderPemBody(ReadOnlySpan<char> body)
    {
        Span<bool> seen = stackalloc bool[128];
        var distinct = 0;
        var n = Math.Min(body.Length, 200);
        for (var i = 0; i < n; i++)
        {
            var c = body[i];
            if (c == '\\' && i + 1 < n && body[i + 1] is 'n' or 'r')
            {
                i++;
                continue;
            }

            if (c < 128 && !char.IsWhiteSpace(c) && !seen[c])
            {
                seen[c] = true;
                if (++distinct > 4)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsCode(string value)
    {
        // Identifiers and member accesses (settings.Password, args.token, user_password) are code, not values.
        if (value.Contains('.', StringComparison.Ordinal) && value.All(c => char.IsAsciiLetter(c) || c is '.' or '_'))
        {
            return true;
        }

        // snake_case names and CONSTANT_NAMES (access_token=ACCESS_TOKEN, password=DB_PASSWORD) name the value, they are not it.
        return (value.All(c => char.IsAsciiLetterLower(c) || c == '_') || value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'))
            && value.Contains('_', StringComparison.Ordinal);
    }

    /// <summary>
    /// "user:user@", "public:secret@", "user:pass@": a URL password equal to its user name or a bare credential word is an
    /// example. A stock password ("hunter2", "letmein") is one only when the host says the URL is not a real system
    /// (<see cref="IsDocumentationHost"/>): a weak password in a connection string to a real host is still a leak, and words
    /// around the URL ("example", "test") are not read, since anyone can write them next to a real one.
    /// </summary>
    public static bool IsExampleUrlPassword(ReadOnlySpan<char> user, ReadOnlySpan<char> password, ReadOnlySpan<char> host)
        => password.Equals(user, StringComparison.OrdinalIgnoreCase) || password.Equals("pass", StringComparison.OrdinalIgnoreCase) || IsCredentialWord(password)
            || (IsWellKnownPassword(password) && IsDocumentationHost(host))
            || (password.Length <= 8 && MostlySequence(password) && !password.ContainsAnyExcept(AlphaNumericChars)); // "user:123456@", "admin:abcd1234@"

    /// <summary>
    /// A host reserved for documentation or the local machine: example.com / .org / .net and their subdomains, the
    /// reserved top-level names .example, .test, .invalid and .localhost (RFC 2606 / 6761), localhost, 127.x.x.x, and
    /// the bare words "host", "hostname", "server" that stand for a host in templates. Only the host counts, so
    /// "db.example.com.attacker.net" is not one.
    /// </summary>
    public static bool IsDocumentationHost(ReadOnlySpan<char> host)
    {
        var h = host.TrimEnd('.');
        if (h.Equals("localhost", StringComparison.OrdinalIgnoreCase) || h.Equals("host", StringComparison.OrdinalIgnoreCase)
            || h.Equals("hostname", StringComparison.OrdinalIgnoreCase) || h.Equals("server", StringComparison.OrdinalIgnoreCase)
            || (h.StartsWith("127.") && !h.ContainsAnyExcept(DottedDigits)))
        {
            return true;
        }

        foreach (var suffix in DocumentationDomains)
        {
            if (h.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || h.Equals(suffix.AsSpan(1), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] DocumentationDomains = [".example.com", ".example.org", ".example.net", ".example", ".test", ".invalid", ".localhost"];

    private static readonly System.Buffers.SearchValues<char> DottedDigits = System.Buffers.SearchValues.Create("0123456789.");

    private static readonly System.Buffers.SearchValues<char> AlphaNumericChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>
    /// Words that name a credential field ("secret", "password", "passwd", and "password" in other languages, as i18n
    /// files hold it: "Passord", "Passwort", "contraseña"): as the value, they stand in for one.
    /// </summary>
    private static readonly string[] CredentialWords =
    [
        "secret", "secrets", "password", "passwords", "passwd", "passphrase", "credential", "credentials",
        "passord", "passwort", "kennwort", "wachtwoord", "contraseña", "contrasena", "lösenord", "losenord", "adgangskode", "salasana",
        "senha", "hasło", "haslo", "heslo", "parola", "jelszó", "geslo", "lozinka", "şifre", "пароль", "密码", "密碼", "パスワード", "비밀번호",
    ];

    /// <summary>Parts of a field name that say "credential": "db-password", "admin_pass", "api-key" name the field.</summary>
    private static readonly string[] CredentialParts = ["password", "passwd", "pass", "pwd", "secret", "token", "key", "apikey", "credential", "credentials"];

    /// <summary>
    /// Lower-case words joined by '-' or '_' with a credential word among them ("db-password", "my_secret", "api-key"):
    /// the name of the field, not its value. A value with capitals or digits ("secret-Wq7x9Lm2") is not a name.
    /// </summary>
    private static bool IsCredentialSlug(string value)
    {
        if (value.AsSpan().ContainsAnyExcept(SlugChars) || !value.AsSpan().ContainsAny('-', '_'))
        {
            return IsCredentialIdentifier(value);
        }

        foreach (var part in value.Split('-', '_'))
        {
            if (Array.IndexOf(CredentialParts, part) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "password=:param&amp;login=a": the index of a '&amp;' in [<paramref name="start"/>, <paramref name="end"/>) that
    /// starts another "name=" parameter, or -1.
    /// </summary>
    public static int NextQueryParameter(string text, int start, int end)
    {
        var amp = text.IndexOf('&', start, end - start);
        if (amp < 0)
        {
            return -1;
        }

        var j = amp + 1;
        while (j < end && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '_' or '.'))
        {
            j++;
        }

        return j > amp + 1 && char.IsAsciiLetter(text[amp + 1]) && j < end && text[j] == '=' ? amp : -1;
    }

    /// <summary>
    /// "TOKEN=V\nBACKUP=true" inside a JSON or code string, "password=V\r\nuser=a" in a log line: a line break or
    /// tab written as an escape (a backslash, then 'n', 'r' or 't') ends a line of the embedded text, so it ends the
    /// value too. The index of the first such backslash in [<paramref name="start"/>, <paramref name="end"/>), or -1.
    /// A run of backslashes counts from its first ("\\n"). No base64, hex or provider token holds a backslash.
    /// </summary>
    public static int EscapedLineBreak(string text, int start, int end)
    {
        var j = start;
        while (j < end)
        {
            var b = text.IndexOf('\\', j, end - j);
            if (b < 0)
            {
                return -1;
            }

            var e = b + 1;
            while (e < end && text[e] == '\\')
            {
                e++;
            }

            if (e < end && text[e] is 'n' or 'r' or 't')
            {
                return b;
            }

            j = e;
        }

        return -1;
    }

    /// <summary>
    /// The part of [<paramref name="start"/>, <paramref name="end"/>) that lies on one embedded line when the range holds
    /// an escaped line break (<see cref="EscapedLineBreak"/>): the text before the first break, or, when the range opens
    /// with breaks ("PASSWORD=\nV": the value on the next line), the text after them (and blanks) up to the next
    /// break. Null when the range holds no escaped break.
    /// </summary>
    public static (int Start, int End)? EmbeddedLineValue(string text, int start, int end)
    {
        var b = EscapedLineBreak(text, start, end);
        if (b < 0)
        {
            return null;
        }

        if (b > start)
        {
            return (start, b);
        }

        var s = start;
        while (s < end)
        {
            if (text[s] is ' ' or '\t')
            {
                s++;
                continue;
            }

            var after = AfterEscape(text, s, end, int.MaxValue);
            if (after < 0)
            {
                break;
            }

            s = after;
        }

        var next = EscapedLineBreak(text, s, end);
        return (s, next < 0 ? end : next);
    }

    /// <summary>
    /// "PASSWORD=\r\n  V" inside a string: the value pattern stops at the blanks that indent the next embedded line, so
    /// [<paramref name="start"/>, <paramref name="end"/>) holds only escaped line breaks. The run of letters, digits and
    /// symbols after up to 16 blanks (up to the next white space, quote or backslash) is that line's value when no blank
    /// follows it. Null unless the range is breaks only (at least one "\n" or "\r") and blanks follow it.
    /// </summary>
    public static (int Start, int End)? IndentedLineValue(string text, int start, int end)
    {
        if (end <= start || end >= text.Length || text[end] is not (' ' or '\t'))
        {
            return null;
        }

        var j = start;
        var line = false;
        while (j < end)
        {
            var after = AfterEscape(text, j, end, 3);
            if (after < 0)
            {
                return null;
            }

            line |= text[after - 1] != 't';
            j = after;
        }

        var s = end;
        while (s < text.Length && s - end < 16 && text[s] is ' ' or '\t')
        {
            s++;
        }

        var v = s;
        while (v < text.Length && v - s < 300 && !char.IsWhiteSpace(text[v]) && text[v] is not ('"' or '\'' or '`' or '\\'))
        {
            v++;
        }

        // "Enter password:\r\n  Please type it below": words after the run make the line a sentence, not a value.
        return line && v - s >= 4 && !(v < text.Length && text[v] is ' ' or '\t') ? (s, v) : null;
    }

    /// <summary>
    /// "Password:\nContinue", "Enter password:\r\nPlease": a value read on the line after the label that is one capitalised
    /// word of 4 to 12 letters (the rest lower case, with a vowel) is the next prompt, a button or a sentence's first word.
    /// A password with a digit, a symbol or a second capital ("Xk9#mQ2v", "Tr0ub4dor&amp;3") is not such a word.
    /// </summary>
    public static bool IsPromptWord(ReadOnlySpan<char> value) =>
        value.Length is >= 4 and <= 12 && char.IsAsciiLetterUpper(value[0]) && !value[1..].ContainsAnyExceptInRange('a', 'z')
        && value[1..].ContainsAny(Vowels);

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouy");

    /// <summary>
    /// STATUS_PASSED = 'PASSED', STATE_PASSING = "PASSING": an upper-case value (letters and '_') that is one word, or a
    /// run of words, of the name it is assigned to (the identifier from before the key word at <paramref name="keyStart"/>
    /// to <paramref name="nameEnd"/>) repeats the constant's name, as enum-like constants do; it holds no secret.
    /// </summary>
    public static bool RepeatsNameWord(string text, int keyStart, int nameEnd, string value)
    {
        if (value.Length is < 4 or > 60 || !char.IsAsciiLetterUpper(value[0]) || value.AsSpan().ContainsAnyExcept(UpperWordChars))
        {
            return false;
        }

        var start = IdentifierStart(text, keyStart, 60);
        var name = text.AsSpan(start, nameEnd - start);
        var at = name.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var end = at + value.Length;
            if ((at == 0 || !char.IsAsciiLetterOrDigit(name[at - 1])) && (end == name.Length || !char.IsAsciiLetterOrDigit(name[end])))
            {
                return true;
            }

            var next = name[(at + 1)..].IndexOf(value, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> UpperWordChars = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ_");

    /// <summary>
    /// The index just after one escaped line break or tab at <paramref name="at"/> (one to <paramref name="maxSlashes"/>
    /// backslashes, then 'n', 'r' or 't', all before <paramref name="end"/>), or -1 when none starts there.
    /// </summary>
    private static int AfterEscape(string text, int at, int end, int maxSlashes)
    {
        var e = at;
        while (e < end && e - at < maxSlashes && text[e] == '\\')
        {
            e++;
        }

        return e == at || e >= end || text[e] is not ('n' or 'r' or 't') ? -1 : e + 1;
    }

    /// <summary>
    /// "AppKeys: 294790898041573 / ce3f9f03…": a numeric id (5 to 20 digits), a '/', then a token of 16 or more
    /// letters and digits: the token is the secret of the pair. Null otherwise.
    /// </summary>
    public static (int Start, int End)? IdThenSecret(string text, int start, int end)
    {
        if (end - start is < 5 or > 20 || text.AsSpan(start, end - start).ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        var j = end;
        while (j < text.Length && j - end < 3 && text[j] is ' ' or '\t')
        {
            j++;
        }

        if (j >= text.Length || text[j] != '/')
        {
            return null;
        }

        j++;
        var s = j;
        while (j < text.Length && j - s < 3 && text[j] is ' ' or '\t')
        {
            j++;
        }

        s = j;
        while (j < text.Length && j - s < 200 && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '_' or '-'))
        {
            j++;
        }

        var token = text.AsSpan(s, j - s);
        return token.Length >= 16 && token.ContainsAnyInRange('0', '9') && (token.ContainsAnyInRange('a', 'z') || token.ContainsAnyInRange('A', 'Z'))
            && (j == text.Length || !char.IsAsciiLetterOrDigit(text[j])) ? (s, j) : null;
    }

    private static readonly string[] LeadingKeys = ["password", "passwd", "passphrase", "pwd", "secret", "token"];

    /// <summary>
    /// The credential word that starts a variable name at <paramref name="p"/> ("password", "userPassword",
    /// "db_secret"): at the start of the name, after '_', or as a capitalised word after a lower-case letter. Null otherwise.
    /// </summary>
    public static string? LeadingCredentialKey(string text, int p)
    {
        if (p > 0 && char.IsAsciiLetter(text[p - 1]) && !(char.IsAsciiLetterLower(text[p - 1]) && char.IsAsciiLetterUpper(text[p])))
        {
            return null;
        }

        foreach (var k in LeadingKeys)
        {
            if (text.AsSpan(p).StartsWith(k, StringComparison.OrdinalIgnoreCase))
            {
                return text.Substring(p, k.Length);
            }
        }

        return null;
    }

    /// <summary>
    /// A quoted literal right before a comparison with the name that starts at <paramref name="nameStart"/>:
    /// <c>"…" != name</c>, <c>"…" === name</c>, <c>"…".equals(name</c>. The literal's bounds without quotes, or null.
    /// </summary>
    public static (int Start, int End)? LiteralBefore(string text, int nameStart)
    {
        var j = nameStart;
        while (j > 0 && nameStart - j < 3 && text[j - 1] is ' ' or '\t')
        {
            j--;
        }

        var o = j;
        while (o > 0 && j - o < 3 && text[o - 1] is '=' or '!')
        {
            o--;
        }

        var op = text.AsSpan(o, j - o);
        if (op is "==" or "!=" or "===" or "!==")
        {
            j = o;
            while (j > 0 && nameStart - j < 10 && text[j - 1] is ' ' or '\t')
            {
                j--;
            }
        }
        else if (j >= 8 && text[j - 1] == '(' && EndsWithEquals(text, j - 1) is var dot and > 0)
        {
            j = dot;
        }
        else
        {
            return null;
        }

        if (j < 2 || text[j - 1] is not ('"' or '\''))
        {
            return null;
        }

        var quote = text[j - 1];
        var close = j - 1;
        var open = close - 1;
        while (open >= 0 && close - open <= 200 && text[open] != quote && text[open] != '\n')
        {
            open--;
        }

        return open >= 0 && text[open] == quote && close - open > 1 ? (open + 1, close) : null;
    }

    /// <summary>The index of the '.' of ".equals" / ".Equals" / ".equalsIgnoreCase" ending at <paramref name="end"/>, or -1.</summary>
    private static int EndsWithEquals(string text, int end)
    {
        foreach (var m in (ReadOnlySpan<string>)[".equals", ".Equals", ".equalsIgnoreCase"])
        {
            if (end >= m.Length && text.AsSpan(end - m.Length, m.Length).SequenceEqual(m))
            {
                return end - m.Length;
            }
        }

        return -1;
    }

    /// <summary>
    /// A camelCase name or a path of names with a credential word as one of its words ("trustStorePassword",
    /// "/users/resetUserPassword", "config.secretKey"): letters and '/', '.', '-', '_' only, no digits, two or more words.
    /// It names a field or a route; a generated value has digits or symbols, and "SuperSecure" has no credential word.
    /// </summary>
    private static bool IsCredentialIdentifier(string value)
    {
        if (value.Length < 6 || value.Length > 120 || value.AsSpan().ContainsAnyExcept(IdentifierPathChars))
        {
            return false;
        }

        var words = 0;
        var credential = false;
        var i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && !char.IsAsciiLetter(value[i]))
            {
                i++;
            }

            var s = i;
            i++;
            while (i < value.Length && char.IsAsciiLetterLower(value[i]))
            {
                i++;
            }

            if (s >= value.Length)
            {
                break;
            }

            words++;
            var word = value.AsSpan(s, Math.Min(i, value.Length) - s);
            foreach (var part in CredentialParts)
            {
                credential |= word.Equals(part, StringComparison.OrdinalIgnoreCase);
            }
        }

        return credential && words >= 2;
    }

    private static readonly System.Buffers.SearchValues<char> IdentifierPathChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz/.-_");

    /// <summary>
    /// A value passed next to a key name ("set(\"linode-token\", v)", "getenv(\"API_KEY\", v)"): eight or more characters
    /// with letters and digits and some spread (entropy 3.0); a list of names ("password", "username") has no digits.
    /// Under a password key ("setProperty(\"passwd\", v)") letters and digits suffice: a list of names has no digits.
    /// </summary>
    public static bool IsArgumentValue(string value, bool passwordKey = false) =>
        value.Length >= 8 && value.Any(char.IsAsciiDigit) && value.Any(char.IsAsciiLetter) && (passwordKey || Entropy(value) >= 3.0);

    /// <summary>
    /// The quoted text that starts at <paramref name="start"/> is a sentence, not a password: its first word is letters
    /// only, and either starts with a capital that a lower-case word follows ("Gjenta passord", "Passordet må ha 6
    /// tegn."), or three or more words come with sentence punctuation or non-ASCII letters. "correct horse battery staple"
    /// and "Correct Horse Battery Staple" are passphrases and stay.
    /// </summary>
    public static bool IsQuotedProse(string text, int start, char quote)
    {
        var limit = Math.Min(text.Length, start + 300);
        var end = start;
        while (end < limit && text[end] != quote && text[end] != '\n')
        {
            end++;
        }

        if (end >= limit || text[end] != quote)
        {
            return false;
        }

        var content = text.AsSpan(start, end - start);
        var sp = content.IndexOf(' ');
        if (sp <= 0 || sp + 1 >= content.Length)
        {
            return false;
        }

        foreach (var c in content[..sp])
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        if (char.IsUpper(content[0]) && char.IsLower(content[sp + 1]))
        {
            return true;
        }

        var words = 1;
        for (var j = sp; j < content.Length - 1; j++)
        {
            if (content[j] == ' ' && content[j + 1] != ' ')
            {
                words++;
            }
        }

        return words >= 3 && (content.ContainsAny(SentencePunctuation) || content.ContainsAnyExceptInRange('\0', '\x7f'));
    }

    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create(".,!?:;");

    /// <summary>"$DB_PASS$", "%DB_PASS%", "$(PASSWORD)", "#{pass}", "[password]": a template slot, not a value.</summary>
    public static bool IsTemplateSlot(ReadOnlySpan<char> value) =>
        value.Length > 2 && ((value[0] == '$' && value[^1] == '$') || (value[0] == '%' && value[^1] == '%') || (value[0] == '[' && value[^1] == ']')
            || (value.StartsWith("$(") && value[^1] == ')') || (value.StartsWith("#{") && value[^1] == '}'));

    /// <summary>
    /// Passwords that documentation and tutorials use as the stock example (the top of every common-password list):
    /// "letmein", "qwerty", "trustno1", and "password" / "admin" / "welcome" with a leet spelling ("P@ssw0rd").
    /// </summary>
    private static readonly HashSet<string> WellKnownPasswordBases = new(
        ["password", "passwd", "pass", "changeme", "changeit", "letmein", "welcome", "admin", "administrator", "qwerty", "qwertyuiop", "azerty",
         "hunter", "trustno", "iloveyou", "monkey", "dragon", "master", "test", "testing", "guest", "root", "toor", "default", "demo",
         "mypassword", "mysecretpassword", "supersecret", "topsecret", "opensesame", "foobar", "abc", "asdf", "asdfasdf", "secret"],
        StringComparer.Ordinal);

    /// <summary>
    /// A stock example password: a <see cref="WellKnownPasswordBases"/> word, perhaps leet-spelt (0→o, 1→i, 3→e, 4→a,
    /// @→a, $→s, 5→s, 7→t), then nothing or one digit. "Passw0rd", "letmein", "welcome1", "hunter2" are examples;
    /// "azerty123", "mySecret789", "P@ssw0rd$1", "passW0rd!" are not (hard-coded-password rules report "azerty123"
    /// even in a URL). Used for URL passwords only: in code and config "pass123" or "super$ecret" is reported.
    /// </summary>
    public static bool IsWellKnownPassword(ReadOnlySpan<char> value)
    {
        if (value.Length < 4 || value.Length > 24)
        {
            return false;
        }

        var end = value.Length;
        while (end > 0 && char.IsAsciiDigit(value[end - 1]))
        {
            end--;
        }

        if (value.Length - end > 1 || end < 3)
        {
            return false;
        }

        Span<char> word = stackalloc char[end];
        for (var k = 0; k < end; k++)
        {
            word[k] = char.ToLowerInvariant(value[k]) switch
            {
                '0' => 'o',
                '1' => 'i',
                '3' => 'e',
                '4' or '@' => 'a',
                '$' or '5' => 's',
                '7' => 't',
                var c => c,
            };
        }

        return WellKnownPasswordBases.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static bool IsCredentialWord(ReadOnlySpan<char> value)
    {
        foreach (var w in CredentialWords)
        {
            if (value.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Digits only, 20 to 64 of them, at least eight different digits and not mostly typed sequences: a generated
    /// numeric key. Phone numbers (at most 15 digits), card numbers (at most 19) and 64-bit ids (at most 20, and then
    /// starting with 1) are shorter; a value starting with 0 or 1 must have 21 digits.
    /// </summary>
    private static bool IsLongNumber(string value)
    {
        if (value.Length < 20 || value.Length > 64 || value.AsSpan().ContainsAnyExceptInRange('0', '9') || (value.Length == 20 && value[0] <= '1'))
        {
            return false;
        }

        var seen = 0;
        foreach (var c in value)
        {
            seen |= 1 << (c - '0');
        }

        return System.Numerics.BitOperations.PopCount((uint)seen) >= 8 && !MostlySequence(value);
    }

    /// <summary>publicKey, public_key, PUB_KEY: the key names a public key, which is published, not kept secret.</summary>
    public static bool IsPublicKeyName(string text, int keyStart, string key)
    {
        if (!key.Equals("key", StringComparison.OrdinalIgnoreCase) || keyStart < 3)
        {
            return false;
        }

        var e = keyStart;
        if (text[e - 1] is '_' or '.' or '-')
        {
            e--;
        }

        foreach (var word in (ReadOnlySpan<string>)["public", "pub"])
        {
            if (e >= word.Length && text.AsSpan(e - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
                && (e == word.Length || !char.IsAsciiLetter(text[e - word.Length - 1]) || char.IsAsciiLetterUpper(text[e - word.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>At most this many findings are searched for repeats, and at most this many occurrences looked at in all
    /// (each look is one pass over the text and over the findings), which keeps the step linear.</summary>
    private const int MaxRepeatSearches = 16;

    /// <summary>
    /// A generic secret found under a key is a secret wherever the same value appears again in the text
    /// ("token = 'V' | 'V'", a value echoed in a log line): each repeat standing as a whole token is reported too.
    /// Only values of 16 characters or more, and only the first few findings, are searched.
    /// </summary>
    public static void RepeatedValues(string text, List<GuardFinding> found)
    {
        var n = Math.Min(found.Count, MaxRepeatSearches);
        var budget = MaxRepeatSearches;
        for (var k = 0; k < n && budget > 0; k++)
        {
            var f = found[k];
            if (f.End - f.Start < 16 || f.Type is not ("GENERIC_SECRET" or "PASSWORD" or "AWS_SECRET_KEY"))
            {
                continue;
            }

            var value = text.AsSpan(f.Start, f.End - f.Start);
            // A very long value is reported only up to a cap, so the finding itself may stop inside it: then a repeat may too.
            var cut = f.End < text.Length && char.IsAsciiLetterOrDigit(text[f.End]);
            var from = f.End;
            while (from < text.Length && budget-- > 0)
            {
                var j = text.AsSpan(from).IndexOf(value, StringComparison.Ordinal);
                if (j < 0)
                {
                    break;
                }

                var s = from + j;
                var e = s + value.Length;
                from = e;
                if ((s > 0 && char.IsAsciiLetterOrDigit(text[s - 1])) || (!cut && e < text.Length && char.IsAsciiLetterOrDigit(text[e])) || SecretsDetector.Overlaps(found, s, e))
                {
                    continue;
                }

                found.Add(f with { Start = s, End = e });
            }
        }
    }
}
