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
    public static (int Start, int End)? FirstLiteralArgument(string text, int open, bool signingKey = false)
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

        return QuotedLiteral(text, j, signingKey);
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

    /// <summary>
    /// A literal at <paramref name="j"/> ('…', "…", `…`, b'…'), no blank inside, then (after blanks) ')', ',', '.' or a line break.
    /// For a signing key, OAuth 1's key layout is read too: the key is "consumer_secret&amp;token_secret", and with no token
    /// secret yet it is written <c>"secret&amp;"</c> or <c>"secret" + "&amp;"</c>; the '&amp;' joins, the secret is the part before it.
    /// </summary>
    private static (int Start, int End)? QuotedLiteral(string text, int j, bool signingKey = false)
    {
        // "pw:" + "…", "sk_live_" + "…": a literal joined to further literals with '+' is one value; its last literal is
        // read (the earlier ones are prefixes). At most eight links are followed, each a literal of at most 300 characters.
        for (var link = 0; link < 8; link++)
        {
            var next = JoinedLiteral(text, j);
            if (next < 0 || IsAmpersandTail(text, next))
            {
                break; // OAuth 1's "secret" + "&" is read below: the secret is the literal before the '&'
            }

            j = next;
        }

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
                if (signingKey)
                {
                    a = SkipBlockComment(text, a); // "…" /* example */, msg): a comment between the key and the ',' does not hide it
                }

                if (signingKey)
                {
                    a = SkipSlice(text, a); // Go: []byte("…"[:32]) cuts the literal to the key's length; the literal is still the key
                }

                var after = a < text.Length ? text[a] : ')';
                if (after is ')' or ',' or '.' or '\n' or '\r')
                {
                    return signingKey && text[k - 1] == '&' && k - 1 > j + 1 ? (j + 1, k - 1) : (j + 1, k);
                }

                return signingKey && after == '+' && IsAmpersandTail(text, SkipBlanks(text, a + 1)) ? (j + 1, k) : null;
            }

            if (char.IsWhiteSpace(c))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The start of the next literal when the literal at <paramref name="j"/> ("…", '…', no blank inside, at most 300
    /// characters) is followed by '+' and another quoted literal; else -1.
    /// </summary>
    private static int JoinedLiteral(string text, int j)
    {
        if (j >= text.Length || text[j] is not ('"' or '\''))
        {
            return -1;
        }

        var quote = text[j];
        var close = text.AsSpan(j + 1, Math.Min(300, text.Length - j - 1)).IndexOfAny(quote, ' ', '\n');
        if (close < 0 || text[j + 1 + close] != quote)
        {
            return -1;
        }

        var a = SkipBlanks(text, j + 2 + close);
        if (a >= text.Length || text[a] != '+')
        {
            return -1;
        }

        var n = SkipBlanks(text, a + 1);
        return n < text.Length && text[n] is '"' or '\'' ? n : -1;
    }

    /// <summary>A block comment at <paramref name="a"/> (at most 200 characters, on one line): the position after it and its blanks; else <paramref name="a"/>.</summary>
    private static int SkipBlockComment(string text, int a)
    {
        if (a + 1 >= text.Length || text[a] != '/' || text[a + 1] != '*')
        {
            return a;
        }

        var end = text.AsSpan(a + 2, Math.Min(200, text.Length - a - 2)).IndexOf("*/", StringComparison.Ordinal);
        return end < 0 ? a : SkipBlanks(text, a + 2 + end + 2);
    }

    /// <summary>
    /// A slice expression at <paramref name="a"/> ("[:32]", "[0:16]": '[', digits and one ':', ']'): the position after it
    /// and its blanks; else <paramref name="a"/>.
    /// </summary>
    private static int SkipSlice(string text, int a)
    {
        if (a >= text.Length || text[a] != '[')
        {
            return a;
        }

        var j = a + 1;
        var colons = 0;
        while (j < text.Length && j - a < 12 && (char.IsAsciiDigit(text[j]) || text[j] == ':'))
        {
            colons += text[j] == ':' ? 1 : 0;
            j++;
        }

        return colons == 1 && j < text.Length && text[j] == ']' ? SkipBlanks(text, j + 1) : a;
    }

    /// <summary>A literal "&amp;" or '&amp;' at <paramref name="b"/>, then (after blanks) ')', ',', '.' or a line break: <c>"secret" + "&amp;"</c>.</summary>
    private static bool IsAmpersandTail(string text, int b)
    {
        if (b + 2 >= text.Length || text[b] is not ('"' or '\'') || text[b + 1] != '&' || text[b + 2] != text[b])
        {
            return false;
        }

        var a = SkipBlanks(text, b + 3);
        return a >= text.Length || text[a] is ')' or ',' or '.' or '\n' or '\r';
    }

    private static readonly System.Buffers.SearchValues<string> SigningAnchors =
        System.Buffers.SearchValues.Create(
            ["hmac", "jwt.", "Spec(", "NewCipher(", "getConnection(", "Certificate2(", "CreateUser(", "ChangePassword(", "PasswordAuthentication(", ".login(", "authPassword(", "SignedString(", "NewSignerHS(", "NetworkCredential(", "createCredential(", "authenticate("],
            StringComparison.OrdinalIgnoreCase); // "Spec(": SecretKeySpec(, not "Secret…", which is common text

    /// <summary>
    /// The next call at or after <paramref name="from"/> that takes a signing key as a positional argument, and that
    /// argument when it is a quoted literal (bounds without quotes): <c>createHmac('sha256', '…')</c>,
    /// <c>hmac.new(b'…', …)</c>, <c>OpenSSL::HMAC.hexdigest('sha256', '…', data)</c>, <c>hash_hmac('sha256', $data, '…')</c>,
    /// <c>new HMACSHA256(Encoding.UTF8.GetBytes("…"))</c>, <c>jwt.sign(payload, '…')</c>, <c>JWT.encode(payload, '…')</c>,
    /// Java / Kotlin <c>new SecretKeySpec("…".getBytes(), "HmacSHA256")</c>, Go <c>hmac.New(sha256.New, []byte("…"))</c> and
    /// <c>aes.NewCipher([]byte("…"[:32]))</c>, Go jwt's <c>token.SignedString([]byte("…"))</c> and <c>NewSignerHS(HS256, []byte("…"))</c>; and a
    /// password handed to a login or key-store call (<see cref="CredentialArgumentIndex"/>; Password is true). A login function's
    /// <c>authenticate(uid, "…")</c> literal is read as a key (it must look generated: "Bearer", "local" stay quiet).
    /// Returns (-1, …) when no anchor ("hmac", "jwt.", "Spec(") is left; Literal is null when the call at Next is not one of these
    /// or its key is not a literal (a variable, <c>"AWS4" + key</c>).
    /// </summary>
    public static (int Next, (int Start, int End)? Literal, bool Password) SigningKeyArgument(string text, int from)
    {
        var k = text.AsSpan(from).IndexOfAny(SigningAnchors);
        if (k < 0)
        {
            return (-1, null, false);
        }

        var a = from + k + (text[from + k] == '.' ? 1 : 0);
        var s = a;
        while (s > 0 && a - s < 20 && (char.IsAsciiLetterOrDigit(text[s - 1]) || text[s - 1] == '_'))
        {
            s--;
        }

        var open = a;
        while (open < text.Length && open - a < 40 && (char.IsAsciiLetterOrDigit(text[open]) || text[open] is '_' or '.' or ':'))
        {
            open++;
        }

        if (open >= text.Length || text[open] != '(')
        {
            return (a + 4, null, false);
        }

        var name = text.AsSpan(s, open - s);
        var credential = CredentialArgumentIndex(name, Receiver(text, s));
        var password = credential >= 0;
        var index = password ? credential : KeyArgumentIndex(name);
        if (index < 0)
        {
            return (open, null, false);
        }

        var before = open; // the '(' or ',' just before the key argument
        for (var depth = 0; index > 0 && ++before < text.Length && before - open < 300;)
        {
            var c = text[before];
            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' && --depth < 0)
            {
                return (open, null, false);
            }
            else if (c is '"' or '\'' or '`')
            {
                var q = text.AsSpan(before + 1, Math.Min(300, text.Length - before - 1)).IndexOf(c);
                before = q < 0 ? text.Length : before + 1 + q;
            }
            else if (c == ',' && depth == 0)
            {
                index--;
            }
        }

        if (index > 0 || before >= text.Length)
        {
            return (open, null, false);
        }

        var j = before + 1;
        while (j < text.Length && j - before < 40 && char.IsWhiteSpace(text[j]))
        {
            j++; // arguments laid out one per line
        }

        before = j - 1;
        var n = j;
        while (n < text.Length && n - j < 40 && (char.IsAsciiLetterOrDigit(text[n]) || text[n] is '_' or '.'))
        {
            n++;
        }

        if (n > j && n < text.Length && text[n] == '(' && text.AsSpan(j, n - j).EndsWith("GetBytes", StringComparison.Ordinal))
        {
            before = n; // Encoding.UTF8.GetBytes("…"): the literal is the key
        }
        else if (text.AsSpan(j).StartsWith("[]byte(", StringComparison.Ordinal))
        {
            before = j + 6; // Go: []byte("…") converts the literal; the literal is the key
        }

        return (open, FirstLiteralArgument(text, before, signingKey: !password), password);
    }

    /// <summary>
    /// Which positional argument of a call that logs in or opens a store is the password, from the call's name; -1 for other
    /// calls: JDBC <c>DriverManager.getConnection(url, user, password)</c> and <c>dataSource.getConnection(user, password)</c>,
    /// .NET <c>new X509Certificate2(file, password)</c>, <c>Membership.CreateUser(user, password)</c>,
    /// <c>user.ChangePassword(old, new)</c>, Java <c>new PasswordAuthentication(user, "…".toCharArray())</c>, FTP / SSH clients'
    /// <c>client.login(user, password)</c>, <c>client.authPassword(user, password)</c>, .NET <c>new NetworkCredential(user, password)</c>
    /// and the MongoDB Java driver's <c>MongoCredential.createCredential(user, database, password)</c>. A "login(" needs a receiver
    /// (<paramref name="receiver"/>): a bare <c>login(…)</c> is the reader's own function.
    /// </summary>
    private static int CredentialArgumentIndex(ReadOnlySpan<char> name, ReadOnlySpan<char> receiver)
    {
        var dot = name.LastIndexOf('.');
        var method = dot < 0 ? name : name[(dot + 1)..];
        receiver = dot < 0 ? receiver : name[..dot];
        if (method.SequenceEqual("getConnection"))
        {
            return receiver.EndsWith("DriverManager", StringComparison.Ordinal) ? 2 : 1;
        }

        if (method.SequenceEqual("X509Certificate2") || method.SequenceEqual("CreateUser") || method.SequenceEqual("ChangePassword")
            || method.SequenceEqual("PasswordAuthentication") || method.SequenceEqual("authPassword"))
        {
            return 1;
        }

        if (method.SequenceEqual("NetworkCredential"))
        {
            return 1;
        }

        if (method.SequenceEqual("createCredential"))
        {
            return 2; // MongoCredential.createCredential(user, database, password)
        }

        return method.SequenceEqual("login") && !receiver.IsEmpty ? 1 : -1;
    }

    /// <summary>The name before a '.' that ends just before <paramref name="s"/> (<c>DriverManager</c> in "DriverManager.getConnection"), or empty.</summary>
    private static ReadOnlySpan<char> Receiver(string text, int s)
    {
        if (s < 2 || text[s - 1] != '.')
        {
            return [];
        }

        var r = s - 1;
        while (r > 0 && s - r < 40 && (char.IsAsciiLetterOrDigit(text[r - 1]) || text[r - 1] == '_'))
        {
            r--;
        }

        return text.AsSpan(r, s - 1 - r);
    }

    /// <summary>Which positional argument of a signing call is the key, from the call's name; -1 for other calls.</summary>
    private static int KeyArgumentIndex(ReadOnlySpan<char> name)
    {
        var dot = name.LastIndexOfAny('.', ':');
        var method = dot < 0 ? name : name[(dot + 1)..];
        var receiver = dot < 0 ? ReadOnlySpan<char>.Empty : name[..dot].TrimEnd(':');
        var rdot = receiver.LastIndexOfAny('.', ':');
        receiver = rdot < 0 ? receiver : receiver[(rdot + 1)..];
        if (method.Equals("createHmac", StringComparison.Ordinal))
        {
            return 1; // Node: createHmac(algorithm, key)
        }

        if (method.Equals("hash_hmac", StringComparison.Ordinal))
        {
            return 2; // PHP: hash_hmac(algo, data, key)
        }

        if (method.StartsWith("HMACSHA", StringComparison.Ordinal) || method.Equals("SecretKeySpec", StringComparison.OrdinalIgnoreCase))
        {
            return 0; // .NET: new HMACSHA256(key); Java / Kotlin: new SecretKeySpec(keyBytes, algorithm)
        }

        if (method.Equals("NewCipher", StringComparison.Ordinal))
        {
            return 0; // Go: aes.NewCipher(key), des.NewCipher(key), blowfish.NewCipher(key)
        }

        if (method.Equals("authenticate", StringComparison.Ordinal))
        {
            return 1; // authenticate(uid, "…"): a literal credential checked by a login function; it must look generated
        }

        if (method.Equals("SignedString", StringComparison.Ordinal))
        {
            return 0; // Go jwt: token.SignedString([]byte("…")), jwt.NewWithClaims(…).SignedString(key)
        }

        if (method.Equals("NewSignerHS", StringComparison.Ordinal))
        {
            return 1; // Go cristalhq/jwt: jwt.NewSignerHS(jwt.HS256, key)
        }

        if (method.Equals("New", StringComparison.Ordinal) && receiver.Equals("hmac", StringComparison.Ordinal))
        {
            return 1; // Go: hmac.New(hashFunc, key)
        }

        if (receiver.Equals("hmac", StringComparison.OrdinalIgnoreCase))
        {
            // Python hmac.new(key, …) / Crypto.Hash.HMAC.new(key, …); Ruby OpenSSL::HMAC.hexdigest(digest, key, data).
            return method is "new" ? 0 : method is "hexdigest" or "digest" or "base64digest" ? 1 : -1;
        }

        // jsonwebtoken / PyJWT / ruby-jwt: jwt.sign(payload, key), jwt.encode(payload, key), jwt.verify(token, key).
        return receiver.Equals("jwt", StringComparison.OrdinalIgnoreCase) && method is "sign" or "encode" or "verify" or "decode" ? 1 : -1;
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
