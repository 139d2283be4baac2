namespace Warden.Guards.Detectors;

/// <summary>
/// "ai21 = &lt;uuid&gt;", "deepgram-api: &lt;hex&gt;", "clay key: &lt;hex&gt;", "sonar.login=&lt;hex&gt;": a value with no
/// published format under a key that names a credential provider. The provider name alone is not enough: the value
/// must look generated (a UUID, a hex run with letters and digits, or upper, lower and digits together), and words
/// that name an identifier, a place or a digest (id, url, host, user, sha, hash) make the key something else.
/// </summary>
internal static class SecretProviderKeys
{
    /// <summary>Names of credential providers (a fact list). Code-hosting and package names are left out: their keys hold commit and package digests.</summary>
    public static readonly System.Buffers.SearchValues<string> Names = System.Buffers.SearchValues.Create(
        ["ai21", "algolia", "amplitude", "anthropic", "apify", "asana", "assemblyai", "clarifai", "clay", "cohere", "contentful", "datadog",
         "deepgram", "deepl", "delighted", "dropbox", "dynatrace", "elevenlabs", "fastly", "figma", "groq", "heroku", "hubspot", "intercom",
         "jenkins", "jira", "launchdarkly", "mailchimp", "mailgun", "mistral", "mixpanel", "netlify", "newrelic", "notion", "okta", "openai",
         "openrouter", "pagerduty", "perplexity", "pinecone", "postmark", "pulumi", "replicate", "sendgrid", "sentry", "snyk", "sonar",
         "supabase", "twilio", "twitch", "typeform", "upstash", "vercel", "zendesk"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Key words that make the value an identifier, a place, a digest or a setting, not a credential.</summary>
    private static readonly string[] NotSecretWords =
        ["id", "sid", "url", "uri", "host", "domain", "site", "region", "email", "user", "username", "name", "public", "pub", "account", "org",
         "project", "version", "sha", "hash", "digest", "commit", "checksum", "integrity", "build", "job", "path", "endpoint", "env", "model", "index"];

    /// <summary>Assignment operators; the scan starts at each one, since they are rarer than letters and the value test is cheap.</summary>
    private static readonly System.Buffers.SearchValues<char> Operators = System.Buffers.SearchValues.Create("=:,");

    public static void Scan(string text, List<GuardFinding> found, string name, string version)
    {
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(Operators);
            if (k < 0)
            {
                return;
            }

            var p = i + k;
            i = p + 1;
            var (vs, ve) = Value(text, p);
            if (ve - vs < 16)
            {
                continue;
            }

            var value = text.AsSpan(vs, ve - vs);
            if (!LooksGenerated(value) || !KeyNamesProvider(text, p) || SecretValues.LooksLikePlaceholder(value) || SecretsDetector.Overlaps(found, vs, ve))
            {
                continue;
            }

            var candidate = value.ToString();
            if (SecretValues.IsPublicByDesign(candidate) || SecretValues.IsMalformedProviderToken(candidate))
            {
                continue;
            }

            found.Add(new GuardFinding(name, "GENERIC_SECRET", vs, ve, 0.8, version));
            i = ve;
        }
    }

    /// <summary>
    /// The value after the operator at <paramref name="op"/> (=, :, ==, =&gt;, or ',' after a quoted key): blanks, an
    /// opening quote, then [A-Za-z0-9_+/=-] up to 200 characters. Returns (0, 0) when the shape does not fit.
    /// </summary>
    private static (int Start, int End) Value(string text, int op)
    {
        var j = op + 1;
        if (text[op] == '=' && j < text.Length && text[j] is '=' or '>')
        {
            j++;
        }

        j = SkipBlanks(text, j);
        if (j < text.Length && text[j] is '"' or '\'' or '`')
        {
            j++;
        }

        var vs = j;
        while (j < text.Length && j - vs < 200 && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '_' or '-' or '+' or '/' or '='))
        {
            j++;
        }

        // The value must end the token: "abc123." at a sentence end is fine, "abc123:443" or "abc123.com" is another shape.
        if (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || (text[j] is ':' or '{' or '(' or '.' && j + 1 < text.Length && char.IsAsciiLetterOrDigit(text[j + 1]))))
        {
            return (0, 0);
        }

        return (vs, j);
    }

    /// <summary>
    /// Walks back from the operator over closing quotes, blanks and the key ([A-Za-z0-9_.-] runs, at most three joined by
    /// single blanks: "clay key", "-Dsonar.login", "DEEPGRAM_API"). The key must contain a provider name at a word start,
    /// and no word from the name on may name an identifier, a place or a digest.
    /// </summary>
    private static bool KeyNamesProvider(string text, int op)
    {
        var j = op;
        var quoted = false;
        while (j > 0 && op - j < 2 && text[j - 1] is '"' or '\'')
        {
            quoted = true;
            j--;
        }

        if (text[op] == ',' && !quoted)
        {
            return false;
        }

        var blanks = 0;
        while (j > 0 && blanks < 30 && text[j - 1] is ' ' or '\t')
        {
            j--;
            blanks++;
        }

        if (!quoted)
        {
            while (j > 0 && op - j < 34 && text[j - 1] is '"' or '\'')
            {
                j--;
            }
        }

        var keyEnd = j;
        var runs = 0;
        while (runs < 3 && j > 0 && keyEnd - j < 60 && IsKeyChar(text[j - 1]))
        {
            while (j > 0 && keyEnd - j < 60 && IsKeyChar(text[j - 1]))
            {
                j--;
            }

            runs++;
            if (j > 1 && text[j - 1] == ' ' && IsKeyChar(text[j - 2]))
            {
                j--;
            }
            else
            {
                break;
            }
        }

        if (keyEnd - j < 4)
        {
            return false;
        }

        var key = text.AsSpan(j, keyEnd - j);
        var at = 0;
        while (at < key.Length)
        {
            var n = key[at..].IndexOfAny(Names);
            if (n < 0)
            {
                return false;
            }

            var s = at + n;
            var abs = j + s;
            var wordStart = abs == 0 || !char.IsAsciiLetterOrDigit(text[abs - 1]) || (abs >= 2 && text[abs - 1] == 'D' && text[abs - 2] == '-');
            if (wordStart)
            {
                return !HasNotSecretWord(key[s..]);
            }

            at = s + 1;
        }

        return false;
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-';

    private static int SkipBlanks(string text, int j)
    {
        var start = j;
        while (j < text.Length && j - start < 30 && text[j] is ' ' or '\t')
        {
            j++;
        }

        return j;
    }

    private static bool HasNotSecretWord(ReadOnlySpan<char> key)
    {
        // Split at non-letters and at lower-to-upper case changes ("clientId", "PUBLIC_KEY").
        var i = 0;
        while (i < key.Length)
        {
            while (i < key.Length && !char.IsAsciiLetter(key[i]))
            {
                i++;
            }

            var s = i;
            i++;
            while (i < key.Length && char.IsAsciiLetter(key[i]) && !(char.IsAsciiLetterUpper(key[i]) && char.IsAsciiLetterLower(key[i - 1])))
            {
                i++;
            }

            if (s >= key.Length)
            {
                break;
            }

            var word = key[s..Math.Min(i, key.Length)];
            foreach (var w in NotSecretWords)
            {
                if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A UUID, a hex run of 20+ with letters and digits, or 16+ characters with upper, lower and digits (entropy 3.0+); no long plain sequence.</summary>
    private static bool LooksGenerated(ReadOnlySpan<char> v)
    {
        if (v.Length < 16 || v.Length > 200)
        {
            return false;
        }

        var digit = v.ContainsAnyInRange('0', '9');
        var lower = v.ContainsAnyInRange('a', 'z');
        var upper = v.ContainsAnyInRange('A', 'Z');
        var uuid = v.Length == 36 && v[8] == '-' && v[13] == '-' && v[18] == '-' && v[23] == '-' && !v.ContainsAnyExcept(HexDash);
        var hex = v.Length >= 20 && !v.ContainsAnyExcept(Hex);
        var mixed = upper && lower && digit;
        if (!(uuid || (hex && digit && (lower || upper)) || mixed))
        {
            return false;
        }

        return SecretValues.Entropy(v) >= 3.0 && !HasSequence(v);
    }

    /// <summary>Six or more consecutive ascending characters ("123456", "abcdef"): typed for an example, not generated.</summary>
    private static bool HasSequence(ReadOnlySpan<char> v)
    {
        var run = 1;
        for (var i = 1; i < v.Length; i++)
        {
            run = v[i] == v[i - 1] + 1 && char.IsAsciiLetterOrDigit(v[i]) ? run + 1 : 1;
            if (run >= 6)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> Hex = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private static readonly System.Buffers.SearchValues<char> HexDash = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF-");
}
