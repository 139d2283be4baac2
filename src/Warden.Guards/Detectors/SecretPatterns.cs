using System.Text.RegularExpressions;

namespace Warden.Guards.Detectors;

/// <summary>
/// Regexes for credentials. Provider formats sit in one alternation (one pass over the text); every pattern starts
/// with a literal or a keyword and uses bounded quantifiers, and all carry a timeout as a backstop.
/// </summary>
internal static partial class SecretPatterns
{
    /// <summary>Group names of <see cref="Provider"/>, which are also the finding types.</summary>
    public static readonly string[] ProviderTypes =
    [
        "AWS_ACCESS_KEY", "GITHUB_TOKEN", "GITLAB_TOKEN", "SLACK_TOKEN", "SLACK_WEBHOOK", "STRIPE_KEY", "ANTHROPIC_API_KEY",
        "OPENAI_API_KEY", "GOOGLE_API_KEY", "GOOGLE_OAUTH_SECRET", "HUGGINGFACE_TOKEN", "NPM_TOKEN", "PYPI_TOKEN",
        "SENDGRID_API_KEY", "TWILIO_KEY", "DISCORD_TOKEN", "TELEGRAM_BOT_TOKEN", "MAILGUN_KEY", "SHOPIFY_TOKEN",
        "DIGITALOCEAN_TOKEN", "AZURE_STORAGE_KEY", "JWT", "DISCORD_WEBHOOK", "AZURE_SAS_TOKEN", "DATABRICKS_TOKEN",
        "DOCKERHUB_TOKEN", "LINEAR_API_KEY", "GROQ_API_KEY", "SQUARE_TOKEN", "AZURE_SAS_KEY", "AZURE_CLIENT_SECRET",
        "NEWRELIC_KEY", "ATLASSIAN_TOKEN", "POSTMAN_KEY", "HEROKU_API_KEY", "DOPPLER_TOKEN", "VAULT_TOKEN", "GRAFANA_TOKEN",
        "SENTRY_TOKEN", "NOTION_TOKEN", "SQUARE_OAUTH_SECRET", "PLANETSCALE_TOKEN", "SUPABASE_TOKEN", "REPLICATE_API_TOKEN",
        "PERPLEXITY_API_KEY", "XAI_API_KEY", "FIGMA_TOKEN", "PULUMI_TOKEN", "AGE_SECRET_KEY", "FLYIO_TOKEN", "SLACK_APP_TOKEN",
        "ALIBABA_ACCESS_KEY", "MAPBOX_SECRET_TOKEN", "STRIPE_WEBHOOK_SECRET", "CONTENTFUL_TOKEN", "DROPBOX_TOKEN", "NETLIFY_TOKEN",
        "RENDER_API_KEY", "BUILDKITE_TOKEN", "CIRCLECI_TOKEN", "AIRTABLE_TOKEN", "GITLAB_RUNNER_TOKEN",
        "CLOUDFLARE_ORIGIN_CA_KEY", "ONEPASSWORD_TOKEN", "DYNATRACE_TOKEN", "PRIVATE_KEY", "AWS_MWS_KEY", "BITBUCKET_TOKEN",
        "GOOGLE_OAUTH_TOKEN", "NEWRELIC_PIXIE_KEY", "NUGET_API_KEY", "APIFY_TOKEN", "BUILDERIO_KEY", "SONARQUBE_TOKEN", "ADOBE_CLIENT_SECRET",
        "ARTIFACTORY_TOKEN", "CRATESIO_TOKEN", "RUBYGEMS_TOKEN", "SEGMENT_TOKEN", "STACKHAWK_KEY", "CALCOM_API_KEY", "CARTESIA_API_KEY",
        "CLOUDFLARE_API_TOKEN", "FACEBOOK_TOKEN", "TEAMS_WEBHOOK", "ELEVENLABS_API_KEY", "VERCEL_TOKEN", "DOCKER_SWARM_TOKEN", "DEEPL_API_KEY",
        "BRANCH_KEY", "INTRA42_SECRET", "AZURE_DATA_FACTORY_KEY", "OPENSHIFT_TOKEN",
    ];

    [GeneratedRegex(
        @"\G(?:(?<AWS_ACCESS_KEY>\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16}\b)"
        + @"|(?<GITHUB_TOKEN>\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b|\bghs_\d{1,20}_eyJ[A-Za-z0-9_\-]{10,2000}\.eyJ[A-Za-z0-9_\-]{2,4000}\.[A-Za-z0-9_\-]{10,1000})"
        + @"|(?<GITLAB_TOKEN>\b(?:gl(?:pat|dt|rt|ptt|cbt|soat|ft|ffct|imt|agent|oas)-[A-Za-z0-9_\-]{20,64}\b|_gitlab_session=[0-9a-z]{32}\b))"
        + @"|(?<SLACK_TOKEN>\bxox[abposre]-(?:\d-)?(?:\d{6,13}-){0,4}[A-Za-z0-9]{8,250}(?![A-Za-z0-9\-]))"
        + @"|(?<SLACK_WEBHOOK>https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_+\-]{20,200})"
        + @"|(?<STRIPE_KEY>\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}\b)"
        + @"|(?<ANTHROPIC_API_KEY>\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_\-]{20,200})"
        + @"|(?<OPENAI_API_KEY>\bsk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_\-]{20,200})"
        + @"|(?<GOOGLE_API_KEY>\bAIza[0-9A-Za-z_\-]{35}(?![0-9A-Za-z_\-]))"
        + @"|(?<GOOGLE_OAUTH_SECRET>\bGOCSPX-[A-Za-z0-9_\-]{28}\b)"
        + @"|(?<HUGGINGFACE_TOKEN>\b(?:hf_[A-Za-z0-9]{30,40}|api_org_[A-Za-z]{34})\b)"
        + @"|(?<NPM_TOKEN>\bnpm_[A-Za-z0-9]{36}\b)"
        + @"|(?<PYPI_TOKEN>\bpypi-AgE[A-Za-z0-9_\-]{50,300})"
        + @"|(?<SENDGRID_API_KEY>\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}\b)"
        + @"|(?<TWILIO_KEY>\bSK(?:[0-9a-f]{32}|[0-9A-F]{32})\b)"
        + @"|(?<DISCORD_TOKEN>\b[MNO][A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,40}\b)"
        + @"|(?<TELEGRAM_BOT_TOKEN>\b\d{8,10}:AA[A-Za-z0-9_\-]{33}\b)"
        + @"|(?<MAILGUN_KEY>\bkey-[0-9A-Za-z]{32}\b)"
        + @"|(?<SHOPIFY_TOKEN>\bshp(?:at|ca|pa|ss)_[A-Za-z0-9]{32,64}\b)"
        + @"|(?<DIGITALOCEAN_TOKEN>\bdo[opr]_v1_[a-f0-9]{64}\b)"
        + @"|(?<AZURE_STORAGE_KEY>AccountKey=[A-Za-z0-9+/]{86}==)"
        + @"|(?<JWT>\beyJ[A-Za-z0-9_\-]{10,2000}\.eyJ[A-Za-z0-9_\-]{2,4000}(?:\.[A-Za-z0-9_\-]{0,1000})?)"
        + @"|(?<DISCORD_WEBHOOK>https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{5,30}/[A-Za-z0-9_\-]{30,100})"
        + @"|(?<AZURE_SAS_TOKEN>\bsig=[A-Za-z0-9%]{40,100}(?:&|\b))"
        + @"|(?<DATABRICKS_TOKEN>\bdapi[a-f0-9]{32}(?:-\d)?\b)"
        + @"|(?<DOCKERHUB_TOKEN>\bdckr_pat_[A-Za-z0-9_\-]{27}\b)"
        + @"|(?<LINEAR_API_KEY>\blin_api_[A-Za-z0-9]{40}\b)"
        + @"|(?<GROQ_API_KEY>\bgsk_[A-Za-z0-9]{52}\b)"
        + @"|(?<SQUARE_TOKEN>\bEAAA[A-Za-z0-9_\-]{60}\b)"
        + @"|(?<AZURE_SAS_KEY>SharedAccessKey=[A-Za-z0-9+/]{43}=)"
        + @"|(?<AZURE_CLIENT_SECRET>(?<![A-Za-z0-9_~.\-])[A-Za-z0-9_~.\-]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}(?![A-Za-z0-9_~.\-]))"
        + @"|(?<NEWRELIC_KEY>\b(?:NRAK-[A-Z0-9]{27}\b|NRAA-[a-f0-9]{27}\b|NRRA-[a-f0-9]{42}\b|NRJS-[a-f0-9]{19}\b|NRI[IQ]-[A-Za-z0-9_\-]{32}(?![A-Za-z0-9_\-])))"
        + @"|(?<ATLASSIAN_TOKEN>\bATATT3[A-Za-z0-9_\-=]{180,200})"
        + @"|(?<POSTMAN_KEY>\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b)"
        + @"|(?<HEROKU_API_KEY>\bHRKU-[A-Za-z0-9_\-]{60}\b)"
        + @"|(?<DOPPLER_TOKEN>\bdp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_\-]{1,40}\.)?[A-Za-z0-9]{40,44}\b)"
        + @"|(?<VAULT_TOKEN>\b(?:hv[sb]\.[A-Za-z0-9_\-]{24,300}|s\.[A-Za-z0-9]{24}\b))"
        + @"|(?<GRAFANA_TOKEN>\b(?:glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\b|glc_[A-Za-z0-9+/]{32,400}={0,2}|eyJrIjoi[A-Za-z0-9]{70,400}={0,3}))"
        + @"|(?<SENTRY_TOKEN>\b(?:sntrys_[A-Za-z0-9+/=_\-]{50,400}|sntryu_[a-f0-9]{64}\b))"
        + @"|(?<NOTION_TOKEN>\b(?:secret_[A-Za-z0-9]{43}|ntn_[A-Za-z0-9]{40,50})\b)"
        + @"|(?<SQUARE_OAUTH_SECRET>\bsq0(?:atp|csp|atb)-[A-Za-z0-9_\-]{22,43}\b)"
        + @"|(?<PLANETSCALE_TOKEN>\bpscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.\-]{32,64}\b)"
        + @"|(?<SUPABASE_TOKEN>\bsbp_[a-f0-9]{40}\b)"
        + @"|(?<REPLICATE_API_TOKEN>\br8_[A-Za-z0-9]{37}\b)"
        + @"|(?<PERPLEXITY_API_KEY>\bpplx-[A-Za-z0-9]{48}\b)"
        + @"|(?<XAI_API_KEY>\bxai-[A-Za-z0-9]{70,90}\b)"
        + @"|(?<FIGMA_TOKEN>\bfigd_[A-Za-z0-9_\-]{40}\b)"
        + @"|(?<PULUMI_TOKEN>\bpul-[a-f0-9]{40}\b)"
        + @"|(?<AGE_SECRET_KEY>\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b)"
        + @"|(?<FLYIO_TOKEN>\bfo1_[A-Za-z0-9_\-]{43}\b)"
        + @"|(?<SLACK_APP_TOKEN>\bxapp-\d-[A-Z0-9]{9,12}-\d{10,16}-[A-Za-z0-9]{64}\b)"
        + @"|(?<ALIBABA_ACCESS_KEY>\bLTAI[A-Za-z0-9]{20}\b)"
        + @"|(?<MAPBOX_SECRET_TOKEN>\bsk\.eyJ[A-Za-z0-9_\-]{50,200}\.[A-Za-z0-9_\-]{20,100})"
        + @"|(?<STRIPE_WEBHOOK_SECRET>\bwhsec_[A-Za-z0-9]{32,64}\b)"
        + @"|(?<CONTENTFUL_TOKEN>\bCFPAT-[A-Za-z0-9_\-]{43}\b)"
        + @"|(?<DROPBOX_TOKEN>\bsl\.[A-Za-z0-9_\-]{130,1400})"
        + @"|(?<NETLIFY_TOKEN>\bnfp_[A-Za-z0-9]{36}\b)"
        + @"|(?<RENDER_API_KEY>\brnd_[A-Za-z0-9]{32}\b)"
        + @"|(?<BUILDKITE_TOKEN>\bbkua_[a-f0-9]{40}\b)"
        + @"|(?<CIRCLECI_TOKEN>\bCCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}\b)"
        + @"|(?<AIRTABLE_TOKEN>\bpat[A-Za-z0-9]{14}\.[a-f0-9]{64}\b)"
        + @"|(?<GITLAB_RUNNER_TOKEN>\bGR1348941[A-Za-z0-9_\-]{20}\b)"
        + @"|(?<CLOUDFLARE_ORIGIN_CA_KEY>\bv1\.0-[a-f0-9]{24}-[a-f0-9]{146}\b)"
        + @"|(?<ONEPASSWORD_TOKEN>\b(?:ops_eyJ[A-Za-z0-9+/]{250,5000}={0,3}|A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}\b))"
        + @"|(?<DYNATRACE_TOKEN>\bdt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}\b)"
        + @"|(?<PRIVATE_KEY>\bMII[BCEJ][A-Za-z0-9+/]{60,8000}={0,2})"
        + @"|(?<AWS_MWS_KEY>\bamzn\.mws\.[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}\b)"
        + @"|(?<BITBUCKET_TOKEN>\bATBB[A-Za-z0-9]{32}\b)"
        + @"|(?<GOOGLE_OAUTH_TOKEN>\bya29\.[0-9A-Za-z_\-]{20,2000})"
        + @"|(?<NEWRELIC_PIXIE_KEY>\bpx-(?:api|dep)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b)"
        + @"|(?<NUGET_API_KEY>\boy2[a-z0-9]{43}\b)"
        + @"|(?<APIFY_TOKEN>\bapify_api_[A-Za-z0-9]{36}\b)"
        + @"|(?<BUILDERIO_KEY>\bbpk-[a-f0-9]{32}\b)"
        + @"|(?<SONARQUBE_TOKEN>\bsq[upa]_[a-f0-9]{40}\b)"
        + @"|(?<ADOBE_CLIENT_SECRET>\bp8e-[A-Za-z0-9\-]{32}(?![A-Za-z0-9\-]))"
        + @"|(?<ARTIFACTORY_TOKEN>\b(?:AKCp[A-Za-z0-9]{69}|cmVmdGtuOjAxOj[A-Za-z0-9]{40,60})\b)"
        + @"|(?<CRATESIO_TOKEN>\bcio[A-Za-z0-9]{32}\b)"
        + @"|(?<RUBYGEMS_TOKEN>\brubygems_[a-f0-9]{48}\b)"
        + @"|(?<SEGMENT_TOKEN>\bsgp_[A-Za-z0-9]{64}\b)"
        + @"|(?<STACKHAWK_KEY>\bhawk\.[A-Za-z0-9_\-]{20}\.[A-Za-z0-9_\-]{20}\b)"
        + @"|(?<CALCOM_API_KEY>\bcal_live_[A-Za-z0-9]{32}\b)"
        + @"|(?<CARTESIA_API_KEY>\bsk_car_[A-Za-z0-9_]{20}\b)"
        + @"|(?<CLOUDFLARE_API_TOKEN>\bcf(?:ut|at)_[A-Za-z0-9_\-]{40,64}\b)"
        + @"|(?<FACEBOOK_TOKEN>\bEAA[CM][A-Za-z0-9]{90,400}\b)"
        + @"|(?<TEAMS_WEBHOOK>https://(?:[a-z0-9\-]{1,60}\.webhook\.office\.com/webhookb2|outlook\.office(?:365)?\.com/webhook)/[0-9a-f\-]{36}(?:@|%40|%2540)[0-9a-f\-]{36}/[A-Za-z]{2,30}/[0-9a-f]{32}/[0-9a-f\-]{36}(?:/[A-Za-z0-9_\-]{20,60})?)"
        + @"|(?<ELEVENLABS_API_KEY>\bsk_[a-f0-9]{48}\b)"
        + @"|(?<VERCEL_TOKEN>\bvc[piark]_[A-Za-z0-9_\-]{50}[A-Za-z0-9]{6}(?![A-Za-z0-9_\-]))"
        + @"|(?<DOCKER_SWARM_TOKEN>\b(?:SWMTKN-1-[a-z0-9]{50,60}-[a-z0-9]{24,30}|SWMKEY-1-[A-Za-z0-9+/]{40,50})\b)"
        + @"|(?<DEEPL_API_KEY>(?<![A-Za-z0-9\-])[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}:fx\b)"
        + @"|(?<BRANCH_KEY>\bkey_live_[A-Za-z0-9]{32}\b)"
        + @"|(?<INTRA42_SECRET>\bs-s4t2(?:ud|af)-[a-f0-9]{64}\b)"
        + @"|(?<AZURE_DATA_FACTORY_KEY>\bIR@[0-9A-Za-z\-]{36}@[A-Za-z0-9_\-]{1,63}@[a-z]{2,6}@[A-Za-z0-9+/]{43}=)"
        + @"|(?<OPENSHIFT_TOKEN>\bsha256~[A-Za-z0-9_\-]{43}(?![A-Za-z0-9_\-])))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    public static partial Regex Provider();

    /// <summary>Literal prefixes of every <see cref="Provider"/> alternative: the anchored regex only runs where one occurs.</summary>
    public static readonly System.Buffers.SearchValues<string> ProviderPrefixes = System.Buffers.SearchValues.Create(
    [
        "AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_",
        "glpat-", "gldt-", "glrt-", "glptt-", "glcbt-", "glsoat-", "glft-", "glimt-", "glagent-", "gloas-", "xoxa-", "xoxb-", "xoxp-", "xoxo-", "xoxs-", "xoxr-", "xoxe-", "https://", "sk_live_",
        "sk_test_", "rk_live_", "rk_test_", "sk-", "AIza", "GOCSPX-", "hf_", "npm_", "pypi-AgE", "SG.", "SK",
        "MT", "Mj", "Mz", "ND", "NT", "Nj", "Nz", "OD", "OT", "key-", "shpat_", "shpca_", "shppa_", "shpss_", "doo_v1_", "dop_v1_", "dor_v1_",
        "AccountKey=", "eyJ", "sig=", "dapi", "dckr_pat_", "lin_api_", "gsk_", "EAAA", "SharedAccessKey=", "Q~", "NRAK-", "ATATT3", "PMAK-",
        "HRKU-", "dp.", "hvs.", "hvb.", "glsa_", "glc_", "sntrys_", "sntryu_", "secret_", "ntn_", "sq0atp-", "sq0csp-", "pscale_", "sbp_", "r8_",
        "pplx-", "xai-", "figd_", "pul-", "AGE-SECRET-KEY-1", "fo1_", "xapp-", "LTAI", "sk.eyJ", "whsec_", "CFPAT-", "sl.", "nfp_", "rnd_", "bkua_",
        "CCIPAT_", "pat", "GR1348941", "glffct-", "_gitlab_session=", "api_org_", "v1.0-", "MII", "s.", "ops_eyJ", "A3-", "dt0c01.",
        "amzn.mws.", "ATBB", "ya29.", ":AA", "NRAA-", "NRRA-", "NRJS-", "NRII-", "NRIQ-", "sq0atb-", "px-api-", "px-dep-", "oy2", "apify_api_", "bpk-",
        "squ_", "sqp_", "sqa_", "p8e-", "AKCp", "cmVmdGtuOjAxOj", "cio", "rubygems_", "sgp_", "hawk.", "cal_live_", "sk_car_", "cfut_", "cfat_",
        "EAAC", "EAAM", "-us", "NRAL", "sk_", "vcp_", "vci_", "vca_", "vcr_", "vck_", "SWMTKN-1-", "SWMKEY-1-", ":fx", "key_live_", "s-s4t2", "IR@", "sha256~",
    ],
        StringComparison.Ordinal);

    /// <summary>
    /// First words of the <see cref="Assignment"/> keys. All ASCII ("contrase" for contraseña), which keeps the
    /// case-insensitive search vectorised; every entry has at least three characters ("pw" only with the character
    /// after it), since a two-character needle makes the vectorised search stop at many more places.
    /// </summary>
    public static readonly System.Buffers.SearchValues<string> AssignmentKeys = System.Buffers.SearchValues.Create(
        ["pass", "pwd", "pw:", "pw=", "pw\"", "pw ", "pw_", "pat=", "pat:", "pat\"", "pat'", "pat ", "secret", "token", "api", "access", "auth", "cred", "client", "private", "contrase", "mot_de", "mot de", "kennwort", "key", "bearer"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Non-ASCII assignment keys, searched only in texts that contain non-ASCII characters.</summary>
    public static readonly System.Buffers.SearchValues<string> NonAsciiAssignmentKeys = System.Buffers.SearchValues.Create(["пароль"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// key = value, key: "value", key =&gt; value, make/PHP operators (+=, ?=, ::=, .=), XML elements (&lt;dbPassword&gt;value),
    /// YAML block scalars (key: |, then the value on the next line), "Authorization: [scheme] value" and "password is X" forms.
    /// "pw" is a key only as a whole word (user pw:…, my_pw: …), or before '_' and a suffix (pw_left = …; the suffix rules
    /// then apply: pw_hash, pw_len name settings); "auth" / "authentication" only when nothing follows.
    /// "password for NAME:value" and "password (default: value)" name whose password or its default value.
    /// Between blanks, a run of dashes ("Ldap password ---- value") or a table bar ("apiKey | value") also separates;
    /// a single dash does only before a quoted value ("token - 'value'"). A comparison with a quoted literal
    /// ("if password == \"…\"", "token !== '…'") checks a hard-coded credential. "PAT" after a lower-case letter
    /// (GitHubPAT) and "cred" / "creds" as a whole word are keys too. A quoted key, a comma and a quoted value are a
    /// call's name / value arguments (props.set("linode-token", "…"), getenv("API_KEY", "…")), and so are an upper-case
    /// constant and a quoted value (props.put(Context.SECURITY_CREDENTIALS, "…")); a key followed on the
    /// next line by "value:" / "value =" is a name / value pair (Kubernetes env: "- name: DB_PASSWORD", "value: …").
    /// A value opened by a doubled quote ("Password=""…""" in a C# verbatim or VB string) runs to the next doubled quote.
    /// An unquoted value runs on over a closing bracket that a letter, digit or symbol follows ("password = Xq7)Lm2p"):
    /// a bracket that closes a call or group ("f(password=…)", "[…](url)") is followed by a blank, a bracket or punctuation.
    /// A line break written as an escape ("…\nkey=…" inside a JSON or code string) starts a line, so the whole-word
    /// keys ("key", "pw", "pat", "creds") may follow its 'n', 'r' or 't'. Quotes written as escapes (JSON inside a string:
    /// "{\"password\": \"…\"}") close a key and open a value like plain quotes. A value of one escaped line break alone, before a blank
    /// ("PASSWORD=\n  V"), is read too: the detector looks for the value on the indented next line (SecretValues.IndentedLineValue). After an element's '>' the value may sit in
    /// a brace group behind up to three words ("&lt;secret&gt;{name AQAAABAAA V}&lt;/secret&gt;", Jenkins credential XML); the
    /// detector checks that shape (SecretsDetector.IsXmlBracedValue). A Go byte conversion before the quote
    /// (<c>jwtKey := []byte("…")</c>, <c>Key: []byte("…")</c>) is stepped over: the literal is the value.
    /// </summary>
    [GeneratedRegex(
        @"\G(?<key>pass(?:word|wd|phrase|wort|e)?|pwd|secret|token|api[_\-\s]?key|apikey|access[_\-]?key|auth[_\-]?key|credential|client[_\-]?secret|private[_\-]?key|contraseña|mot[_\s]de[_\s]passe|kennwort|пароль|(?-i:(?:(?<![a-z])|(?<=\\[nrt]))key|Key|KEY)|bearer|authorization(?:[""']?\s?:|[""']\]?\s{0,3}=)\s{0,3}[""']?(?:(?:basic|bearer|token|api-token|digest|ssws)\s{1,3})?|(?:(?<![a-z0-9])|(?<=\\[nrt]))pw(?![a-z])|(?:(?<![a-z0-9])|(?<=\\[nrt]))pat(?![a-z0-9])|(?-i:(?<=[a-z])PAT)(?![a-z0-9])|(?:(?<![a-z0-9])|(?<=\\[nrt]))creds?(?![a-z0-9])|auth(?:entication)?(?![a-z0-9_.\-]))(?<suffix>[A-Za-z0-9_.\-]{0,30})(?<close>(?:\\{1,3}[""']|[""'\]]){0,2})(?:(?:[ \t]{0,30}|\s{0,5})(?<op>[+?.]?=|:{1,3}=|=>|:|\|\|=|\?\?=|>)(?:[ \t]{0,30}|\s{0,5})(?:[|>][-+]?[ \t]{0,5}\r?\n\s{0,20})?|[ \t]{0,30}(?<op>[=!]==?)[ \t]{0,30}(?=[""'`])|[ \t]{1,30}(?<op>-{2,10})[ \t]{1,30}|[ \t]{1,30}(?<op>-)[ \t]{1,30}(?=[""'])|[ \t]{1,30}(?<op>\|)[ \t]{0,30}(?=[^|\s])|\s{1,3}(?:is|was|ist|est|es)\s{1,3}(?:set\s+to\s+|now\s+|:\s*)?|\s{1,3}for\s{1,3}[A-Za-z0-9_.\-]{1,30}(?<op>[:=])\s{0,3}|\s{0,2}\(\s{0,2}default\s{0,2}(?<op>[:=])\s{0,3}|(?<=[""'])\s{0,3}\{[^{}]{0,200}?\bdefault[ \t]{0,30}(?<op>=)[ \t]{0,30}|,?[ \t]{0,5}(?<nv>(?:\r?\n[ \t]{0,40}(?:-[ \t]{1,5})?)?)[""']?value[""']?[ \t]{0,5}(?<op>[:=])[ \t]{0,30}|(?<=[""']|(?-i:[A-Z0-9_]))[ \t]{0,3}(?<op>,)[ \t]{0,3}(?=[""'])|(?<=bearer)\s{1,3}|(?<=[:\s]))(?:\(\)[ \t]{0,3}=>[ \t]{0,3})?(?:\\{1,3}(?=[""']))?(?:(?<=>[ \t]{0,3})(?<brace>\{[ \t]{0,3}(?:[A-Za-z0-9_.\-]{1,40}[ \t]{1,3}){0,3}))?(?:\[\]byte\((?=[""'`]))?(?<q>""""(?=[^""\s])|[""'`]?)(?<val>(?:[^\s""'`,;<>(){}\[\]]|[)\]}](?=[A-Za-z0-9$@#%&*!^~+=_\-])){4,300}|\\{1,3}(?-i:n)(?=[ \t]))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    public static partial Regex Assignment();

    [GeneratedRegex(
        @"\G[a-zA-Z][a-zA-Z0-9+.\-]{1,20}://(?<user>[^\s:/@'""<>]{1,100}):(?<val>[^\s:/@""<>]{1,200})@(?:(?<host>[A-Za-z0-9.\-_]{1,200})|(?=[""'`]))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    public static partial Regex UrlCredentials();
}
