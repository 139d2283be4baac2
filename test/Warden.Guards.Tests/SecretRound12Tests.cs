namespace Warden.Guards.Tests;

/// <summary>
/// Round 12: gaps found by scoring gitleaks' rule test cases (tune half only). All values below are written for these
/// tests (random-looking strings typed by hand), not copied from the external data.
/// </summary>
public sealed class SecretRound12Tests
{
    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void Finds(string text, string value, string? type = null) =>
        Assert.Contains(Run(text), f => text[f.Start..f.End].Contains(value, StringComparison.Ordinal) && (type is null || f.Type == type));

    [Theory]
    [InlineData("GITLAB_FF = glffct-Rk3vT9wQz2LmP8xN4sYd", "GITLAB_TOKEN")]
    [InlineData("Cookie: _gitlab_session=9f3k2m8q7z1x4c6v5b0n2m4k8j7h6g5f", "GITLAB_TOKEN")]
    [InlineData("hf = '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'", "HUGGINGFACE_TOKEN")]
    [InlineData("origin: v1.0-3fa91c0d7e2b4a6f8c1d9e0b-" + "4c2e9a7f1b3d5c8e0a6f2b4d9c1e7a3f5b8d0c2e4a6f9b1d3c5e7a0f2b4d6c8e1a3f5b7d9c0e2a4f6b8d1c3e5a7f9b0d2c4e6a8f1b3d5c7e9a0f2b4d6c8e0a1b3c5d7e9f0a2b4c6d8e", "CLOUDFLARE_ORIGIN_CA_KEY")]
    [InlineData("vault_token = s.Q7mZ2xP8vR4tL6wN1bY5cH0j", "VAULT_TOKEN")]
    [InlineData("SLACK_APP=xapp-1-A0K3J5H7G9F-4817263549102-9z8y7x6w5v4u3t2s1r0q9p8o7n6m5l4k3j2i1h0g9f8e7d6c5b4a3z2y1x0w9v8u", "SLACK_APP_TOKEN")]
    [InlineData("OP_KEY=A3-K7QZ2M-9XW4RT8LP2N-5HJ3K-8VB2C-Q4M7Z", "ONEPASSWORD_TOKEN")]
    [InlineData("DT=dt0c01.Q7MZ2XP8VR4TL6WN1BY5CH0J.k3m9q2z7x4c8v1b6n0m5l2k8j4h7g1f3d9s6a2p5o8i4u7y1t3r6e9w2q5z8x1c4", "DYNATRACE_TOKEN")]
    [InlineData("grafana: eyJrIjoiQ7mZ2xP8vR4tL6wN1bY5cH0jK3m9q2z7x4c8v1b6n0m5l2k8j4h7g1f3d9s6a2p5o8i4u7y1t3r6e9w2", "GRAFANA_TOKEN")]
    public void NewProviderFormats_AreFound(string text, string type) => Assert.Contains(Run(text), f => f.Type == type);

    [Theory]
    [InlineData("GOOGLE_KEY=AIzaSyQ8vK2mL5nR7tW9xZ1bD3fH5jN7pS9uV1-")] // the key's last character is '-'
    [InlineData("client_secret: .Kq7Q~Zm3xV8bN1cL5kJ9hG2fD4sA6pO0iU-yT")] // Azure secrets may start with '.', '~' or '_'
    public void ProviderTokens_WithPunctuationAtTheEdges_AreFound(string text) => Assert.NotEmpty(Run(text));

    [Theory]
    [InlineData("\"token\": \"xoxp-1234-1234-1234-9b3f0c2e7a1d4f6b8c0e2a4d6f8b0c1e\"")] // 4-digit ids are not Slack ids
    [InlineData("\"token\": \"xoxp-882736451092-774635281920-665544332211-####################\"")] // masked tail
    [InlineData("see https://example.org/photos/2019-xoxo-party-1.jpg")]
    [InlineData("GR134894198765432109876543210")] // runner prefix followed only by digits
    [InlineData("o.s.b.f.s.DefaultListableBeanFactory     : Overriding bean")]
    [InlineData("s.thisstringisalllowercase and s.THISSTRINGISALLUPPERCASE")]
    [InlineData("id=\"QmFzZTY0,4~k2Q~Wm8xR3tY6uI9oP1aS4dF7gH0jK3lZ5~cv0x9,AQAB\"")] // '~' run longer than an Azure secret
    [InlineData("A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX")]
    [InlineData("fn::secret: ops_eyJzaWduSW5B..[Redacted]")] // truncated in documentation
    public void ProviderLookAlikes_AreIgnored(string text) => Assert.Empty(Run(text));

    [Fact]
    public void BareBase64PrivateKey_IsFound_ButCertificatesAndPublicKeysAreNot()
    {
        // DER: 30 82 01 3b | 02 01 00 (version 0) ... = a PKCS#1 private key; 30 82 .. | 30 .. = certificate / SPKI.
        var priv = Convert.ToBase64String([0x30, 0x82, 0x01, 0x3b, 0x02, 0x01, 0x00, .. Enumerable.Range(7, 60).Select(i => (byte)(i * 37))]);
        var cert = Convert.ToBase64String([0x30, 0x82, 0x03, 0x0d, 0x30, 0x82, 0x01, .. Enumerable.Range(7, 60).Select(i => (byte)(i * 37))]);
        Assert.StartsWith("MII", priv, StringComparison.Ordinal);
        Assert.Contains(Run("key = " + priv), f => f.Type == "PRIVATE_KEY");
        Assert.DoesNotContain(Run("cert: " + cert), f => f.Type == "PRIVATE_KEY");
    }

    [Fact]
    public void PemBlock_IsReportedOnce_NotAlsoAsItsBase64Body()
    {
        var body = Convert.ToBase64String([0x30, 0x82, 0x01, 0x3b, 0x02, 0x01, 0x00, .. Enumerable.Range(7, 60).Select(i => (byte)(i * 41))]);
        var text = "-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n-----END RSA PRIVATE KEY-----";
        Assert.Single(Run(text));
    }

    [Theory]
    [InlineData("DB_PASSWORD_TOKEN := \"q7!Vz<Lm2Rx}Tp9W\"", "q7!Vz<Lm2Rx}Tp9W")] // quoted value runs to its quote
    [InlineData("var dbPasswordToken = \"H4!kR=82Lm\"", "H4!kR=82Lm")] // '=' inside a password
    [InlineData("DB_PASSWORD += \"Wq8vN3kZ2pL5\"", "Wq8vN3kZ2pL5")]
    [InlineData("DB_PASSWORD ?= \"Wq8vN3kZ2pL5\"", "Wq8vN3kZ2pL5")]
    [InlineData("API_TOKEN ::= \"Zr5Tq8Wm2Xk7Vn4Lp9Bd\"", "Zr5Tq8Wm2Xk7Vn4Lp9Bd")]
    [InlineData("$apiToken .= \"Zr5Tq8Wm2Xk7Vn4Lp9Bd\"", "Zr5Tq8Wm2Xk7Vn4Lp9Bd")]
    [InlineData("<dbPasswordToken>Wq8vN3kZ2pL5</dbPasswordToken>", "Wq8vN3kZ2pL5")]
    [InlineData("<apiToken>\n    Zr5Tq8Wm2Xk7Vn4Lp9Bd\n</apiToken>", "Zr5Tq8Wm2Xk7Vn4Lp9Bd")]
    [InlineData("service_token: |\n  Zr5Tq8Wm2Xk7Vn4Lp9Bd", "Zr5Tq8Wm2Xk7Vn4Lp9Bd")]
    [InlineData("curl -H 'Authorization:  7c2e9a41-5b3d-4f60-8a1e-d94b2c7f3e05' https://api.example.com", "7c2e9a41-5b3d-4f60-8a1e-d94b2c7f3e05")]
    [InlineData("curl -H \"Authorization: Token 9e1c4b7a2d8f3e6b0c5a9d2f7e1b4c8a3d6f0e9b\" https://api.example.com", "9e1c4b7a2d8f3e6b0c5a9d2f7e1b4c8a3d6f0e9b")]
    public void AssignmentForms_AreFound(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("if (token> 5) { return; }")]
    [InlineData("create?access_token=ACCESS_TOKEN\"),")] // a constant's name, not its value
    [InlineData("password = DB_PASSWORD_2")]
    [InlineData("anthropic_token = \"sk-ant-oat01-notReal\"")] // a provider prefix whose format did not match
    [InlineData("github_token = \"ghp_tooshort123\"")]
    [InlineData("password = \"<your-password-here>\"")]
    [InlineData("<user:password> https://test.com/endpoint")] // '>' closes a placeholder, not an element
    [InlineData("token = \"<TOKEN>\"")]
    [InlineData("passwordPolicy: minLength=12")]
    public void AssignmentLookAlikes_AreIgnored(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("curl --cacert ca.crt -u elastic:Tq7!wZ2$9 https://localhost:9200", "Tq7!wZ2$9")]
    [InlineData("curl -s --user 'api:Vb8nM3kQ!z' https://api.example.net/v3/messages", "Vb8nM3kQ!z")]
    [InlineData("curl -X PATCH --user ops:'Hn4Rk8Zq2Lw6' -d x", "Hn4Rk8Zq2Lw6")]
    [InlineData("curl -k https://host/api \\\n  -H 'Accept: text/plain' \\\n  -u deploy:Xc7Vb2Nm9Qw4", "Xc7Vb2Nm9Qw4")]
    [InlineData("curl -u \"Kq82Zm4Lx7Vt:\" https://api.example.com", "Kq82Zm4Lx7Vt")] // API key as the user name
    [InlineData("curl --user=svc:Pw9Lk2Zx7Qm https://x", "Pw9Lk2Zx7Qm")]
    public void CurlUserPasswords_AreFound(string text, string value) => Finds(text, value, "PASSWORD");

    [Theory]
    [InlineData("curl -i -u 'test:test'")]
    [InlineData("curl -sL --user \"$1:$2\" \"$3\"")]
    [InlineData("curl -u <user:password> https://test.com/endpoint")]
    [InlineData("curl --user neo4j:[PASSWORD] http://[IP]:7474/db/data/")]
    [InlineData("curl -u \"myusername\" http://localhost:15130/api/check_user/")]
    [InlineData("curl -u \"${USER}:${PASS}\"")]
    [InlineData("curl --user \"{{ .Values.user }}:{{ .Values.password }}\"")]
    [InlineData("curl -X POST --user \"$(cat ./login.txt):$(cat ./password.txt)\"")]
    [InlineData("curl --user \"xxx:yyy\"")]
    [InlineData("curl http://127.0.0.1:5000/file --user user:pass --digest")]
    [InlineData("curl -u \":\" https://localhost:9200")]
    [InlineData("curly -u admin:Tq7wZ29xLm")] // not the curl command
    public void CurlPlaceholders_AreIgnored(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("mysql -u root -p'Vq7#mZ2xL9' shop", "Vq7#mZ2xL9")]
    [InlineData("mysqldump -h db -u app -pKw8Zq3Lm5Vx2 app > dump.sql", "Kw8Zq3Lm5Vx2")]
    public void MysqlGluedPasswords_AreFound(string text, string value) => Finds(text, value, "PASSWORD");

    [Theory]
    [InlineData("mysql -u root -p shop")] // prompts for the password
    [InlineData("mysql -u root -p$DB_PASS shop")]
    [InlineData("mysql -u root -p'<password>' shop")]
    [InlineData("mysql -u root -ppassword shop")]
    [InlineData("mysqlx -u root -pKw8Zq3Lm5Vx2")] // other tools; "-p" is a port or a path there
    public void MysqlPlaceholders_AreIgnored(string text) => Assert.Empty(Run(text));

    [Fact]
    public void KubernetesSecretData_IsFound_InlineQuotedAndBlock()
    {
        var text = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  # base64\n  extra: cTdWejJMbVI4eFQ0\n"
                   + "  quoted: \"WjhrUTJ3TDVtTjl2\"\n  .cfg: |\n    eyJhIjp7ImIiOiJjZGVmZ2hpamsifX0=\n  user: YWRtaW4=\n";
        var found = Run(text);
        Assert.Contains(found, f => text[f.Start..f.End] == "cTdWejJMbVI4eFQ0");
        Assert.Contains(found, f => text[f.Start..f.End] == "WjhrUTJ3TDVtTjl2");
        Assert.Contains(found, f => text[f.Start..f.End] == "eyJhIjp7ImIiOiJjZGVmZ2hpamsifX0=");
        Assert.DoesNotContain(found, f => text[f.Start..f.End] == "YWRtaW4="); // too short to tell from a user name
    }

    [Theory]
    [InlineData("apiVersion: v1\nkind: Secret\ndata:\n  htpasswd: ''\n")]
    [InlineData("apiVersion: v1\nkind: Secret\ndata:\n  htpasswd: {{ htpasswd }}\n")]
    [InlineData("apiVersion: v1\nkind: ExternalSecret\nspec:\n  data:\n    - secretKey: api-key\n      remoteRef:\n        key: my-secrets-manager-secret\n")]
    [InlineData("kind: SopsSecret\nspec:\n  data:\n    name1: ZGF0YS12YWx1ZTEx\n")]
    [InlineData("kind: ConfigMap\ndata:\n  settings: c29tZS1zZXR0aW5ncy1maWxl\n")]
    public void KubernetesNonSecrets_AreIgnored(string text) => Assert.Empty(Run(text));

    [Fact]
    public void NewPasses_StayLinear_OnHostileInput()
    {
        var curl = string.Concat(Enumerable.Repeat("curl -u -u --user= ", 20_000));
        var k8s = "kind: Secret\ndata:\n" + string.Concat(Enumerable.Repeat("  k: |\n", 20_000)) + new string('A', 100_000);
        var assign = string.Concat(Enumerable.Repeat("<tokenToken>\"", 20_000)) + string.Concat(Enumerable.Repeat("password: |\n", 20_000));
        var slack = string.Concat(Enumerable.Repeat("xoxb-123456-123456-", 20_000));
        var der = "MIIB" + new string('A', 200_000);
        var mysql = string.Concat(Enumerable.Repeat("mysql -p -p -px ", 20_000));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        foreach (var t in new[] { curl, k8s, assign, slack, der, mysql })
        {
            Run(t);
        }

        Assert.True(sw.ElapsedMilliseconds < 10_000, $"took {sw.ElapsedMilliseconds} ms");
    }
}
