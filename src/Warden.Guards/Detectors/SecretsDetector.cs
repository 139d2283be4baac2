using System.Text.RegularExpressions;

namespace Warden.Guards.Detectors;

/// <summary>
/// Credentials: provider key formats (high confidence), private key blocks, JWTs, URLs with credentials, and
/// password / token assignments, where entropy and placeholder checks keep examples and config templates quiet.
/// </summary>
internal sealed class SecretsDetector(double threshold) : IGuardDetector
{
    public string Name => DetectorNames.Secrets;

    public string Version => "3.6";

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
        SecretCommandLines.CurlUser(text, found, Name, Version);
        SecretCommandLines.MysqlPassword(text, found, Name, Version);
        SecretCommandLines.NetrcPassword(text, found, Name, Version);
        Assignments(text, found);
        SigningKeys(text, found);
        PuttyPrivateKeys(text, found);
        SecretProviderKeys.Scan(text, found, Name, Version);
        SecretCommandLines.KubernetesSecretData(text, found, Name, Version);
        SecretValues.RepeatedValues(text, found);

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

    private void Providers(string text, List<GuardFinding> found)
    {
        // Prose is mostly short words: the (large, slower) prefix search only runs inside long runs of non-space text.
        // One plain pass over the characters: two vectorised searches per word cost more than the words are long.
        var start = 0;
        for (var j = 0; j < text.Length; j++)
        {
            if (IsTokenBreak(text[j]))
            {
                if (j - start >= MinTokenRun)
                {
                    Providers(text, start, j, found);
                }

                start = j + 1;
            }
        }

        if (text.Length - start >= MinTokenRun)
        {
            Providers(text, start, text.Length, found);
        }
    }

    /// <summary>The blanks that end a token run: ASCII white space, no-break space, line and paragraph separators, ideographic space.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsTokenBreak(char c) =>
        c <= ' ' ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t' : c >= '\u00A0' && (c == '\u00A0' || c == '\u2028' || c == '\u2029' || c == '\u3000');

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
            if (text[p] == 's' && text[p + 1] == '.' && !IsLegacyVaultShape(text, p, to))
            {
                i = p + 1; // "s." is common in long runs (URLs, member access): only a 24-character alphanumeric tail is worth the regex
                continue;
            }

            if (text.AsSpan(p).StartsWith("-us", StringComparison.Ordinal) || text.AsSpan(p).StartsWith("NRAL", StringComparison.Ordinal))
            {
                // Suffix-marked formats: Mailchimp "<32 hex>-us<1-2 digits>", New Relic license keys "<36>NRAL".
                var (s, e, type) = text[p] == '-' ? SecretValues.MailchimpKey(text, p, from, to) : SecretValues.NewRelicLicenseKey(text, p, from, to);
                if (e > 0 && !SecretValues.LooksLikePlaceholder(text.AsSpan(s, e - s)) && !Overlaps(found, s, e))
                {
                    found.Add(new GuardFinding(Name, type, s, e, 0.95, Version));
                }

                i = p + 1;
                continue;
            }

            var at = p;
            if (text[p] == 'Q' && p >= 4)
            {
                at = p - 4; // Azure client secrets: 3 chars, a digit, "Q~".
            }
            else if (text[p] == ':' && text[p + 1] == 'f' && p >= from + 36)
            {
                at = p - 36; // DeepL free-plan keys: a UUID, then ":fx".
            }

            var m = regex.Match(text, at);
            if (!m.Success && text[p] == ':')
            {
                m = Telegram(text, p); // "123456789:AA…": the prefix search stops at ":AA", the token starts at the digits before it
            }

            if (m is not { Success: true } && text[p] is 'M' or 'N' or 'O' && AtlassianDataCenterToken(text, p, to))
            {
                // Checked by hand, not in the alternation: the 44-character base64 run decodes to "<12 digits>:<20 bytes>".
                found.Add(new GuardFinding(Name, "ATLASSIAN_DC_TOKEN", p, p + 44, 0.95, Version));
                i = p + 44;
                continue;
            }

            if (m is { Success: true })
            {
                var type = TypeOf(m);
                var score = string.Equals(type, "TWILIO_KEY", StringComparison.Ordinal) || string.Equals(type, "OPENAI_API_KEY", StringComparison.Ordinal) && SecretValues.Entropy(m.ValueSpan) < 3.5 ? 0.7 : 0.97;
                if (!SecretValues.LooksLikePlaceholder(m.ValueSpan) && PassesFormatCheck(type, m.ValueSpan))
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

    /// <summary>
    /// Checks a regex cannot express: JWT header JSON, DER structure of a bare base64 key, letters in generated bodies;
    /// Mailgun keys are lower-case hex or mixed-case alphanumerics with digits ("key-" + a 32-letter word run is not one).
    /// </summary>
    private static bool PassesFormatCheck(string type, ReadOnlySpan<char> value) => type switch
    {
        "JWT" => SecretValues.IsJwtHeader(value),
        "AWS_ACCESS_KEY" => !SecretValues.IsAwsDocumentationKey(value),
        "PRIVATE_KEY" => SecretValues.IsDerPrivateKey(value),
        "GITLAB_RUNNER_TOKEN" => value[9..].IndexOfAnyInRange('a', 'z') >= 0 || value[9..].IndexOfAnyInRange('A', 'Z') >= 0, // "GR1348941" + 20 digits is a number, not a token
        "VAULT_TOKEN" => value[0] != 's' || (value.ContainsAnyInRange('a', 'z') && value.ContainsAnyInRange('A', 'Z') && value.ContainsAnyInRange('0', '9')),
        "MAILGUN_KEY" => !value[4..].ContainsAnyExcept(LowerHex) || (value[4..].ContainsAnyInRange('a', 'z') && value[4..].ContainsAnyInRange('A', 'Z') && value[4..].ContainsAnyInRange('0', '9')),
        "GOOGLE_OAUTH_TOKEN" => value[5..].ContainsAnyInRange('A', 'Z') || value[5..].ContainsAnyInRange('0', '9'),
        "GRAFANA_TOKEN" => !value.StartsWith("eyJrIjoi", StringComparison.Ordinal) || SecretValues.IsGrafanaLegacyKey(value),
        // OpenShift OAuth access tokens: "sha256~" + 43 base64url characters; a random body mixes case and digits.
        "OPENSHIFT_TOKEN" => value[7..].ContainsAnyInRange('a', 'z') && value[7..].ContainsAnyInRange('A', 'Z') && value[7..].ContainsAnyInRange('0', '9'),
        _ => true,
    };

    private static bool AtlassianDataCenterToken(string text, int p, int to) =>
        p + 44 <= to && (p == 0 || !IsBase64Char(text[p - 1])) && (p + 44 == to || !IsBase64Char(text[p + 44]) && text[p + 44] != '=')
        && SecretValues.IsAtlassianDataCenterToken(text.AsSpan(p, 44));

    private static bool IsBase64Char(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/';

    private static bool IsLegacyVaultShape(string text, int p, int to)
    {
        if (p + 26 > to || (p + 26 < to && char.IsAsciiLetterOrDigit(text[p + 26])) || (p > 0 && char.IsAsciiLetterOrDigit(text[p - 1])))
        {
            return false;
        }

        return !text.AsSpan(p + 2, 24).ContainsAnyExcept(AlphaNumeric);
    }

    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

    private static readonly System.Buffers.SearchValues<char> AlphaNumeric =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

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
                // A provider token used as the URL password is reported once, as that token. A password may hold a "'"
                // ("user:pa';ss@host" in a double-quoted string), but not in a URL a "'" opened: there it closes the URL
                // ('http://host:80');f('a@b')), nor right after a port ("http://host:80');f('a@b')"). "{PASS}" is a template
                // slot and three characters ("user:abc@") are too few for a password. "user:user@", "public:secret@":
                // a password equal to the user name, or the bare word "secret" / "password", is an example. "$DB_PASS$",
                // "$(PASSWORD)" are template slots, "$password" is a shell variable, and "(.*)" in a regex
                // ("postgres://.*:(.*)@") has no letter or digit.
                if (val.Length > 3 && !(val.ValueSpan[0] == '{' && val.ValueSpan[^1] == '}') && !SecretValues.IsTemplateSlot(val.ValueSpan)
                    && val.ValueSpan.ContainsAny(AlphaNumeric)
                    && !SecretValues.LooksLikePlaceholder(val.ValueSpan) && !Overlaps(found, val.Index, val.Index + val.Length)
                    && !SecretValues.IsExampleUrlPassword(m.Groups["user"].ValueSpan, val.ValueSpan, m.Groups["host"].ValueSpan) && !SecretValues.IsVariableReference(val.ValueSpan)
                    && !(val.ValueSpan.Contains('\'') && ((s > 0 && text[s - 1] == '\'') || !val.ValueSpan[..val.ValueSpan.IndexOf('\'')].ContainsAnyExceptInRange('0', '9'))))
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
            var braced = m.Success && m.Groups["brace"].Success;
            if (!m.Success || (braced && !IsXmlBracedValue(text, p, m)))
            {
                LiteralBeforeKey(text, p, found);
                if (SecretCalls.SetterName(text, p) is { } setter && SecretCalls.FirstLiteralArgument(text, setter.Open) is { } argument)
                {
                    CallLiteral(text, p, setter.Key, setter.Suffix, argument, found); // setPassword("…"), .withClientSecret("…")
                }

                i = p + 1;
                continue;
            }

            i = m.Index + m.Length;
            if (SecretValues.IsArnResourceType(text, p))
            {
                continue; // "arn:aws:secretsmanager:…:secret:NAME": the key word is a resource type inside an ARN
            }

            var val = m.Groups["val"];
            var op = m.Groups["op"];
            if (op.Length == 1 && text[op.Index] == '>' && !braced && !IsXmlElement(text, p, val.Index + val.Length))
            {
                continue; // "token>" outside an element name is a comparison or an arrow, not an assignment
            }

            if (op.Length == 1 && text[op.Index] == '|' && !SecretValues.IsTableCell(text, p))
            {
                continue; // "echo $token | base64": a bar separates a key from its value only in a table row
            }

            var key = m.Groups["key"].Value;
            var suffix = m.Groups["suffix"].Value;
            var q = m.Groups["q"];
            var (vs, ve) = (val.Index, val.Index + val.Length);
            if (q.Length > 0)
            {
                ve = QuotedEnd(text, ve, text[q.Index]);
                if (q.Length == 2 && (ve + 1 >= text.Length || text[ve] != '"' || text[ve + 1] != '"'))
                {
                    continue; // "Password=""…""": a value opened by a doubled quote must close with one
                }
            }

            if (ve < text.Length && text[ve] is '"' or '\'')
            {
                while (ve > vs + 1 && text[ve - 1] == '\\')
                {
                    ve--; // "{\"password\": \"V\"}": the backslashes before a closing quote escape it; they are no part of the value
                }
            }

            var indentedLine = SecretValues.IndentedLineValue(text, vs, ve);
            if (indentedLine is { } prompt && SecretValues.IsPromptWord(text.AsSpan(prompt.Start, prompt.End - prompt.Start)))
            {
                continue; // "Enter password:\\n  Continue": a lone capitalised word on the next line is a prompt or a button, not the value
            }

            if (indentedLine is { } indented
                && !SecretValues.IsKeyOnNextLine("\n", text.AsSpan(indented.Start, indented.End - indented.Start))
                && SecretValues.AssignmentScore(key, suffix, text.Substring(indented.Start, indented.End - indented.Start), q.Length > 0, prose: op.Length == 0) > 0)
            {
                // "PASSWORD=\\r\\n  V": the break that opens the value is followed by the blanks that indent the next embedded
                // line; only a line value that scores is taken, so the breaks alone are read as before.
                (vs, ve) = indented;
            }

            if (SecretValues.EmbeddedLineValue(text, vs, ve) is { } line)
            {
                // "{\"config.ini\": \"TOKEN=V\\nBACKUP=true\"}": an escaped line break ends the embedded line, so the value is
                // read on its line (on the next one when the break comes first: "PASSWORD=\\nV"). Only a line value that
                // scores replaces the whole run; otherwise the run is read as before, so a break never hides a value.
                i = line.End; // the next embedded line may hold a key of its own
                var lineValue = text.Substring(line.Start, line.End - line.Start);
                if (line.Start > vs && SecretValues.IsPromptWord(lineValue))
                {
                    continue; // "Enter password:\\r\\nPlease": a lone capitalised word on the next line is a prompt, not the value
                }

                if (line.End - line.Start >= 4
                    && !(line.Start > vs && SecretValues.IsKeyOnNextLine("\n", lineValue))
                    && SecretValues.AssignmentScore(key, suffix, lineValue, q.Length > 0, prose: op.Length == 0) > 0)
                {
                    (vs, ve) = line;
                }
            }

            var close = m.Groups["close"];
            var gapStart = close.Index + close.Length;
            if (!m.Groups["nv"].Success && SecretValues.IsKeyOnNextLine(text.AsSpan(gapStart, vs - gapStart), text.AsSpan(vs, ve - vs)))
            {
                i = vs; // the next line is a key of its own: scan it as such
                continue;
            }

            if (text.AsSpan(gapStart, vs - gapStart).Contains('\n') && SecretValues.IsPromptWord(text.AsSpan(vs, ve - vs)))
            {
                continue; // "Password:\nContinue": a label, then a lone capitalised word on the next line (a prompt, a button)
            }

            if (q.Length > 0 && ve < text.Length && text[ve] == ' ' && SecretValues.IsQuotedProse(text, vs, text[q.Index]))
            {
                continue; // "repeat_password": "Gjenta passord": a sentence in quotes is a label or message, not a password
            }

            if (p > 0 && text[p - 1] is '?' or '&' && q.Length == 0)
            {
                // A URL query parameter ("?token=X&pin=v1"): the value ends at the next parameter.
                var amp = text.AsSpan(vs, ve - vs).IndexOfAny('&', '#');
                ve = amp < 0 ? ve : vs + amp;
            }
            else if (q.Length == 0 && op.Length == 1 && text[op.Index] == '=' && SecretValues.NextQueryParameter(text, vs, ve) is var next and > 0)
            {
                ve = next; // "password=:param&login=a": the first parameter of a query string ends where the next one starts
            }

            if (q.Length == 0 && ve < text.Length && text[ve] == '(')
            {
                if (SecretCalls.IsDecodingCall(text.AsSpan(vs, ve - vs)) && SecretCalls.FirstLiteralArgument(text, ve) is { } decoded)
                {
                    CallLiteral(text, p, key, suffix, decoded, found); // "secretKey = Base64.decode(\"…\")": the literal is the key
                }

                continue; // "passwdBytes = getUtf8Bytes(passwd)": a function call, not a value
            }

            var value = text.Substring(vs, ve - vs);
            if (op.Length == 1 && text[op.Index] == '|' && value.All(char.IsAsciiLetter))
            {
                continue; // "| token.revoked | Authentication |": a table cell of words describes, it holds no value
            }

            if (SecretValues.RepeatsNameWord(text, p, m.Groups["suffix"].Index + m.Groups["suffix"].Length, value))
            {
                continue; // STATUS_PASSED = 'PASSED': an upper-case word of the constant's own name is an enum-like value, not a secret
            }

            if (SecretValues.IsPublicApiKeyName(text, p, key) || SecretValues.IsPublicKeyName(text, p, key))
            {
                continue; // SHOPIFY_API_KEY, cloudinary_api_key: these vendors' "API key" is the public app id; the secret has its own name
            }

            if (op.Length == 1 && text[op.Index] == ',' && close.Length == 0 && !SecretValues.IsConstantName(text, p, m.Groups["suffix"].Index + m.Groups["suffix"].Length))
            {
                continue; // "put(password, \"…\")": only an upper-case constant (Context.SECURITY_CREDENTIALS) names the value's key unquoted
            }

            if (op.Length == 1 && text[op.Index] == ',' && !SecretValues.IsEnvDefault(text, p)
                && !SecretValues.IsArgumentValue(value, SecretValues.IsPasswordKey(key) || key.StartsWith("credential", StringComparison.OrdinalIgnoreCase)))
            {
                continue; // ("password", "username"): a list of names; a value passed next to a key name must look generated
            }

            if (q.Length == 0 && SecretValues.IsDeclaredNumber(text, p, value))
            {
                continue; // "var password = 1232131231232132132131;": a numeric literal declared in code, not a string
            }

            if (q.Length == 0 && SecretValues.IdThenSecret(text, vs, ve) is { } pair)
            {
                // "AppKeys: 294790898041573 / ce3f…": an app id, then its secret; "Keys" is the plural, not another word.
                (vs, ve) = pair;
                value = text.Substring(vs, ve - vs);
                suffix = suffix == "s" ? string.Empty : suffix;
            }

            var score = SecretValues.AssignmentScore(key, suffix, value, q.Length > 0, prose: op.Length == 0);
            if (Reportable(found, vs, ve, value, score))
            {
                var type = SecretValues.IsPasswordKey(key) ? "PASSWORD"
                    : IsAwsSecret(text, p, value) ? "AWS_SECRET_KEY" : "GENERIC_SECRET";
                found.Add(new GuardFinding(Name, type, vs, ve, type == "AWS_SECRET_KEY" ? 0.95 : score, Version));
                i = Math.Max(i, ve);
            }

            if (q.Length > 0)
            {
                JoinedLiterals(text, p, key, suffix, ve, found);
            }
        }
    }

    /// <summary>
    /// A literal key handed to an HMAC or JWT signing call or a key-spec constructor by position (<c>createHmac('sha256', '…')</c>,
    /// <c>jwt.sign(payload, '…')</c>, <c>new SecretKeySpec("…".getBytes(), "AES")</c>, <c>hmac.New(sha256.New, []byte("…"))</c>): scored as a quoted value of a bare "key", so it must look generated (mixed case
    /// and digits, long hex, base64); words, test keys and documented constants ("WebAppData") stay quiet.
    /// </summary>
    private void SigningKeys(string text, List<GuardFinding> found)
    {
        var i = 0;
        while (i >= 0 && i < text.Length)
        {
            var (next, literal, password) = SecretCalls.SigningKeyArgument(text, i);
            i = next;
            if (literal is not { } l)
            {
                continue;
            }

            var end = l.End;
            var value = text.Substring(l.Start, end - l.Start);
            if (password)
            {
                // A password handed to a login or key-store call by position: scored as the quoted value of a "password".
                var passwordScore = SecretValues.AssignmentScore("password", string.Empty, value, quoted: true);
                if (Reportable(found, l.Start, end, value, passwordScore))
                {
                    found.Add(new GuardFinding(Name, "PASSWORD", l.Start, end, passwordScore, Version));
                }

                i = Math.Max(i, l.End);
                continue;
            }

            var score = SigningKeyScore(value);
            if (score == 0 && end < text.Length && text[end] == '&')
            {
                // The OAuth reading left a closing '&' out ("secret&"); when the rest alone is no key, the '&' may be one of
                // the key's own characters ("SS%k23dibbc*~__&" in an AES key spec), so the whole literal is scored too.
                var whole = text.Substring(l.Start, end + 1 - l.Start);
                score = SigningKeyScore(whole);
                (value, end) = score > 0 ? (whole, end + 1) : (value, end);
            }

            if (Reportable(found, l.Start, end, value, score))
            {
                found.Add(new GuardFinding(Name, "GENERIC_SECRET", l.Start, end, score, Version));
            }

            i = Math.Max(i, l.End);
        }
    }

    // A literal at a signing call's key position: scored as a quoted value of a bare "key"; failing that, a long hex key
    // (its letters come from 16 symbols, so its entropy sits near 3.5) or a typed 12-64 character key ("hebfqxmqxhxg24pk"):
    // the call says it is a key.
    private static double SigningKeyScore(string value)
    {
        if (SecretValues.IsIntegrityDigest(value))
        {
            return 0; // "sha256-47DEQ…=": a subresource-integrity digest names content, it is no key
        }

        var score = SecretValues.AssignmentScore("key", string.Empty, value, quoted: true);
        if (score == 0 && SecretValues.IsLongHexKey(value))
        {
            return 0.8;
        }

        return score == 0 ? SecretTypedKeys.Score(value) : score;
    }

    /// <summary>
    /// PuTTY key files (.ppk, versions 2 and 3): the base64 lines after "Private-Lines: N" are the private key, whether
    /// or not the file says it is encrypted (an encrypted key is still a leak, as for PEM blocks).
    /// </summary>
    private void PuttyPrivateKeys(string text, List<GuardFinding> found)
    {
        var i = 0;
        while ((i = text.IndexOf("PuTTY-User-Key-File-", i, StringComparison.Ordinal)) >= 0)
        {
            var p = text.IndexOf("Private-Lines:", i, StringComparison.Ordinal);
            if (p < 0)
            {
                return;
            }

            var s = p - i > 16_000 ? -1 : text.IndexOf('\n', p);
            if (s < 0)
            {
                i += 20; // a header with no key body near it: look for the next header
                continue;
            }

            var e = ++s;
            while (e < text.Length)
            {
                var line = text.IndexOf('\n', e);
                var lineEnd = line < 0 ? text.Length : line;
                var body = text.AsSpan(e, lineEnd - e).TrimEnd('\r');
                if (body.IsEmpty || body.ContainsAnyExcept(Base64Body))
                {
                    break;
                }

                e = line < 0 ? text.Length : line + 1;
            }

            var end = e;
            while (end > s && text[end - 1] is '\r' or '\n')
            {
                end--;
            }

            if (end - s >= 40 && !SecretValues.IsPlaceholderPemBody(text.AsSpan(s, end - s)) && !Overlaps(found, s, end))
            {
                found.Add(new GuardFinding(Name, "PRIVATE_KEY", s, end, 0.99, Version));
            }

            i = Math.Max(end, p + 14);
        }
    }

    private static readonly System.Buffers.SearchValues<char> Base64Body =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=");

    /// <summary>
    /// <c>key = "sk_live_" + "…"</c>, <c>pw = "…" + "…"</c>: literals joined with '+' to the quoted value that closes at
    /// <paramref name="close"/> are parts of the same value; each later literal (at most eight, each at most 300
    /// characters with no blank) is scored as a quoted value of the same key.
    /// </summary>
    private void JoinedLiterals(string text, int p, string key, string suffix, int close, List<GuardFinding> found)
    {
        for (var link = 0; link < 8 && close < text.Length && text[close] is '"' or '\''; link++)
        {
            var a = close + 1;
            while (a < text.Length && a - close < 20 && text[a] is ' ' or '\t')
            {
                a++;
            }

            if (a >= text.Length || text[a] != '+')
            {
                return;
            }

            a++;
            while (a < text.Length && a - close < 40 && text[a] is ' ' or '\t')
            {
                a++;
            }

            if (a >= text.Length || text[a] is not ('"' or '\''))
            {
                return;
            }

            var end = text.AsSpan(a + 1, Math.Min(300, text.Length - a - 1)).IndexOfAny(text[a], ' ', '\n');
            if (end < 0 || text[a + 1 + end] != text[a])
            {
                return;
            }

            CallLiteral(text, p, key, suffix, (a + 1, a + 1 + end), found);
            close = a + 1 + end;
        }
    }

    /// <summary>
    /// A quoted literal handed to a call on a credential name (a setter's argument, a decoding call's argument), scored
    /// as a quoted value of that key. Public-key names (setPublicKey, SHOPIFY_API_KEY) are skipped as for assignments.
    /// </summary>
    private void CallLiteral(string text, int p, string key, string suffix, (int Start, int End) literal, List<GuardFinding> found)
    {
        var (vs, ve) = literal;
        if (SecretValues.IsPublicApiKeyName(text, p, key) || SecretValues.IsPublicKeyName(text, p, key))
        {
            return;
        }

        var value = text.Substring(vs, ve - vs);
        var score = SecretValues.AssignmentScore(key, suffix, value, quoted: true);
        if (Reportable(found, vs, ve, value, score))
        {
            found.Add(new GuardFinding(Name, SecretValues.IsPasswordKey(key) ? "PASSWORD" : "GENERIC_SECRET", vs, ve, score, Version));
        }
    }

    /// <summary>
    /// A literal compared with a credential variable, the literal first: <c>"…" != password</c>, <c>"…".equals(pwd)</c>.
    /// The key word must start the variable's name or follow '_' / a lower-case letter (userPassword); the value is
    /// scored as a quoted password.
    /// </summary>
    private void LiteralBeforeKey(string text, int p, List<GuardFinding> found)
    {
        var key = SecretValues.LeadingCredentialKey(text, p);
        if (key is null)
        {
            return;
        }

        var s = SecretValues.IdentifierStart(text, p, 60);
        var e = p + key.Length;
        while (e < text.Length && (char.IsAsciiLetterOrDigit(text[e]) || text[e] == '_'))
        {
            e++;
        }

        if (SecretValues.LiteralBefore(text, s) is not { } literal)
        {
            return;
        }

        var (vs, ve) = literal;

        var value = text.Substring(vs, ve - vs);
        var score = SecretValues.AssignmentScore(key, text.Substring(p + key.Length, e - p - key.Length), value, quoted: true);
        if (Reportable(found, vs, ve, value, score))
        {
            found.Add(new GuardFinding(Name, SecretValues.IsPasswordKey(key) ? "PASSWORD" : "GENERIC_SECRET", vs, ve, score, Version));
        }
    }

    /// <summary>
    /// Whether a scored value at [start, end) is reported: it scored, no earlier finding covers it, and it is neither a
    /// malformed provider token nor a key that is public by design (shared by assignments, call arguments and literals).
    /// </summary>
    private static bool Reportable(List<GuardFinding> found, int start, int end, string value, double score) =>
        score > 0 && !Overlaps(found, start, end) && !SecretValues.IsMalformedProviderToken(value) && !SecretValues.IsPublicByDesign(value);

    /// <summary>
    /// A quoted value runs to its closing quote when only non-space characters come before it ("K5!kA;M=&lt;9H" stops
    /// the unquoted value pattern at ';' or '&lt;'); without such a quote the regex's end stands.
    /// </summary>
    private static int QuotedEnd(string text, int end, char quote)
    {
        var limit = Math.Min(text.Length, end + 200);
        for (var j = end; j < limit; j++)
        {
            var c = text[j];
            if (c == quote)
            {
                return j;
            }

            if (char.IsWhiteSpace(c))
            {
                return end;
            }
        }

        return end;
    }

    /// <summary>
    /// "&lt;dbPassword&gt;value&lt;/…": the identifier that holds the key word starts right after '&lt;' and the value is
    /// followed (after blanks) by a closing tag.
    /// </summary>
    private static bool IsXmlElement(string text, int keyStart, int valueEnd)
    {
        var s = SecretValues.IdentifierStart(text, keyStart, 60);
        if (s == 0 || text[s - 1] != '<')
        {
            return false;
        }

        var e = valueEnd;
        while (e < text.Length && e - valueEnd < 40 && char.IsWhiteSpace(text[e]))
        {
            e++;
        }

        return e + 1 < text.Length && text[e] == '<' && text[e + 1] == '/';
    }

    /// <summary>
    /// "&lt;secret&gt;{airship AQAAABAAA V}&lt;/secret&gt;", "&lt;password&gt;{AQAAABAAAAAQ…}&lt;/password&gt;": in Jenkins credential
    /// XML the value sits in a brace group, after up to three words. The group counts only inside an element named by
    /// the key ('&gt;' right after the name, the element closed right after the '}'), and only around a value of 12 or
    /// more characters with letters and digits: a brace group around a name ("{DB_PASSWORD}", "{password}") is a
    /// template slot, and a GUID alone in braces is the registry notation of an id.
    /// </summary>
    private static bool IsXmlBracedValue(string text, int keyStart, Match m)
    {
        var op = m.Groups["op"];
        var val = m.Groups["val"];
        if (op.Length != 1 || text[op.Index] != '>' || m.Groups["q"].Length > 0 || val.Length < 12
            || !val.ValueSpan.ContainsAnyInRange('0', '9') || !(val.ValueSpan.ContainsAnyInRange('a', 'z') || val.ValueSpan.ContainsAnyInRange('A', 'Z')))
        {
            return false;
        }

        var e = val.Index + val.Length;
        while (e < text.Length && e - val.Index - val.Length < 3 && text[e] is ' ' or '\t')
        {
            e++;
        }

        if (m.Groups["brace"].ValueSpan.Trim().Length == 1 && SecretValues.IsUuid(val.Value))
        {
            return false; // "<SecretGuid>{3F2504E0-4F89-…}</SecretGuid>": a lone GUID in braces is the registry notation of an id
        }

        return e < text.Length && text[e] == '}' && IsXmlElement(text, keyStart, e + 1);
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
        var nextEnd = 0;
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

            if (nextEnd >= 0 && nextEnd < headerEnd)
            {
                nextEnd = text.IndexOf("-----END ", headerEnd, StringComparison.Ordinal);
            }

            var end = nextEnd; // cached: once no END marker follows, repeated headers must not each scan to the end of the text
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

            var bodyEnd = end >= 0 && end < stop ? end : stop;
            if (SecretValues.IsPlaceholderPemBody(text.AsSpan(headerEnd + 5, Math.Max(0, bodyEnd - headerEnd - 5))))
            {
                i = stop; // "-----BEGIN PRIVATE KEY-----\nXXXX\n-----END …": a documentation placeholder
                continue;
            }

            found.RemoveAll(f => f.Start >= i && f.End <= stop); // a bare-base64 key found inside the block is the same key
            found.Add(new GuardFinding(Name, "PRIVATE_KEY", i, stop, 0.99, Version));
            i = stop;
        }
    }

    /// <summary>Whether a finding already covers part of [<paramref name="start"/>, <paramref name="end"/>); shared by the secrets passes.</summary>
    internal static bool Overlaps(List<GuardFinding> found, int start, int end)
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
