namespace Warden.Guards.Tests;

/// <summary>
/// Round 26b: "pw" with a suffix as a key (<c>pw_left = "…"</c>, <c>PW_PROD: "…"</c>), a URL password holding a "'" in a
/// double-quoted or unquoted URL, literals joined with '+' (<c>key = "sk_live_" + "…"</c>, <c>authenticate(7, "pw:" + "…")</c>),
/// and credentials handed by position to <c>new NetworkCredential(user, "…")</c>, <c>MongoCredential.createCredential(user, db, "…")</c>
/// and <c>authenticate(uid, "…")</c> (there the literal must look generated). Every value below is random text written for
/// these tests; none is taken from another project.
/// </summary>
public sealed class SecretsRound26bTests
{
    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void Finds(string text, string value) => Assert.Contains(Run(text), f => text[f.Start..f.End] == value);

    private static void FindsNothing(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("pw_first = \"Rk7#vQ9mLx2p\"", "Rk7#vQ9mLx2p")]
    [InlineData("pw_second = \"Tz4!nW8qKd\"", "Tz4!nW8qKd")]
    [InlineData("pw_admin = \"Hq8$xL2mVr\"", "Hq8$xL2mVr")]
    [InlineData("PW_PROD: \"Lm3%kT9wZq\"", "Lm3%kT9wZq")]
    [InlineData("pw_part = \"c2VjcmV0UGFydE9uZTk4NzY1NDMyMQ\"", "c2VjcmV0UGFydE9uZTk4NzY1NDMyMQ")]
    [InlineData("pw_a = \"Vm2Lq9Zt5Nw8Kx3Pr7Jd1Hf4Gb6Yc0Sa2Ew\"\npw_b = \"Qe4Rt6Yu8Io0Pa==\"", "Qe4Rt6Yu8Io0Pa==")]
    public void PwWithASuffix_IsAKey(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("pw_hash = \"5f4dcc3b5aa765d61d8327deb882cf99\"")]
    [InlineData("pw_hash = \"$2b$12$KIXQJflv7y1Zb8Nq0wYt3uYhVdA9sLkR2mPzXcEoWfGj4HnTbUiSa\"")]
    [InlineData("pw_digest = \"Lq8Vt3Nw6Ks1Pm9Jd4Hf7Gb2Yc5Za0Qw3Er8Ty1Ux6=\"")]
    [InlineData("pw_salt = \"Xr7kQ2mL9vT4pZ8w\"")]
    [InlineData("pw_len = \"12\"")]
    [InlineData("pw_field = \"password_input\"")]
    [InlineData("pw_label = \"Enter your password\"")]
    [InlineData("pw_url = \"https://example.com/reset\"")]
    [InlineData("pw_salt_file = \"/etc/app/salt.bin\"")]
    [InlineData("pw_env = \"DB_PASSWORD\"")]
    [InlineData("pw_input = document.getElementById(\"pw\")")]
    [InlineData("pw_reset_token_expiry = \"3600000000000\"")]
    [InlineData("pw_check(\"Xr7kQ2mL9vT4pZ8w\")")]
    public void PwSuffixLookAlikes_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("string input = @\"https://deploy:Zq4';kP8(xW@db.internal.net/app\";", "Zq4';kP8(xW")]
    [InlineData("url = \"ftp://backup:Mn7'rT2;vX@files.corp.net/\"", "Mn7'rT2;vX")]
    [InlineData("amqp://svc:Px2;Lm8'Qr(@rabbit.local:5672", "Px2;Lm8'Qr(")]
    public void UrlPasswordWithAQuote_IsRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("window.open('https://example.com:8443');mail('a@b.example.com')")]
    [InlineData("fetch('http://localhost:3000');alert('x@y.com')")]
    [InlineData("fetch(\"http://localhost:3000');alert('a@b.com\")")]
    [InlineData("see http://host:8080'x@y.com")]
    [InlineData("href=\"https://en.wikipedia.org/wiki/Foo_(bar)\" and mail me@host.com")]
    [InlineData("url('https://cdn.example.com/img.png'); /* by bob@corp.com */")]
    public void UrlQuoteLookAlikes_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("String key = \"sk_live_\" + \"4eC39HqLyjWDarjtT1zdp7dc\";", "4eC39HqLyjWDarjtT1zdp7dc")]
    [InlineData("password = \"Hq8#vL2m\" + \"Xr9!kT4p\"", "Xr9!kT4p")]
    [InlineData("authenticate(7, \"pw:\" + \"Vd3Lq8Zt5Nw2Kx9Pm4Jr7Hf1Gb6Yc0Sa3Ew5Ty8Uq=\")", "Vd3Lq8Zt5Nw2Kx9Pm4Jr7Hf1Gb6Yc0Sa3Ew5Ty8Uq=")]
    [InlineData("mac := hmac.New(sha256.New, []byte(\"v1:\" + \"Qz7vKp2mWx9tR4nB\"))", "Qz7vKp2mWx9tR4nB")]
    public void JoinedLiterals_AreRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("name = \"prefix_\" + name")]
    [InlineData("key = \"prefix_\" + name + \"_suffix\"")]
    [InlineData("token = \"Bearer \" + accessToken")]
    [InlineData("key = \"cache:\" + \"user:\" + userId")]
    [InlineData("password_label = \"Your \" + \"password\"")]
    [InlineData("secret_path = \"/var/run/\" + \"secrets\"")]
    [InlineData("apiKey = \"https://api.example.com/\" + \"v1/\" + \"keys\"")]
    [InlineData("password = \"abc\" + \"def\"")]
    [InlineData("secret = \"Hello \" + \"World\"")]
    [InlineData("signature = hmac.New(sha256.New, []byte(\"AWS4\" + key))")]
    public void JoinedLookAlikes_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("var cred = new NetworkCredential(\"svc\", \"Bn4$xT8qWm\");", "Bn4$xT8qWm")]
    [InlineData("MongoCredential cred = MongoCredential.createCredential(\"app\", \"admin\", \"Qw7#zL3pKv\".toCharArray());", "Qw7#zL3pKv")]
    [InlineData("authenticate(42, \"Tb8Pq2Wz6Xm4Lk0Rn5Vc3Hd7Fs1Jg9Ya2Eu6Io8Qw4=\")", "Tb8Pq2Wz6Xm4Lk0Rn5Vc3Hd7Fs1Jg9Ya2Eu6Io8Qw4=")]
    [InlineData("var b = new SqlConnectionStringBuilder { DataSource = \"db\", UserID = \"sa\", Password = \"Rk2!mV9zLq\" };", "Rk2!mV9zLq")]
    public void CredentialByPosition_IsRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("var cred = new NetworkCredential(user, pass);")]
    [InlineData("var cred = new NetworkCredential(\"svc\", password);")]
    [InlineData("new NetworkCredential(\"svc\", \"password\")")]
    [InlineData("new NetworkCredential(\"svc\", \"changeme\")")]
    [InlineData("MongoCredential.createCredential(user, \"admin\", password.toCharArray());")]
    [InlineData("authenticate(user, \"token\")")]
    [InlineData("authenticate(request, \"Bearer\")")]
    [InlineData("passport.authenticate('local', { failureRedirect: '/login' })")]
    [InlineData("authenticate(req, \"github-oauth\")")]
    [InlineData("self.client.authenticate(user, \"sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\")")]
    [InlineData("<script src=\"app.js\" integrity=\"sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\"></script>")]
    [InlineData("{\"hash\": \"n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=\", \"size\": 1024}")]
    [InlineData("digest == \"LCa0a2j/xo/5m0U8HTBBNBNCLXBkg7+g+YpeiGJm564=\"")]
    public void CredentialByPositionLookAlikes_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("pw_x = \"abcd\" + ")]
    [InlineData("password = \"Ab1!\" + \"")]
    [InlineData("authenticate(1, \"a\" + ")]
    [InlineData("new NetworkCredential(\"a\", ")]
    [InlineData("createCredential(\"a\", \"b\", \"c\" + ")]
    [InlineData("x = \"http://u:p'q")]
    [InlineData("pw_")]
    public void NewChecks_StayLinear_OnHostileInput(string unit) =>
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t), string.Empty, smallRepeats: 500, floorMs: 250);
}
