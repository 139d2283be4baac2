namespace Warden.Guards.Tests;

/// <summary>
/// Round 26: a password handed by position to a call that logs in or opens a key store
/// (<c>DriverManager.getConnection(url, user, "…")</c>, <c>new X509Certificate2(file, "…")</c>, <c>Membership.CreateUser(user, "…")</c>,
/// <c>user.ChangePassword(old, "…")</c>, <c>new PasswordAuthentication(user, "…".toCharArray())</c>, <c>client.login(user, "…")</c>,
/// <c>client.authPassword(user, "…")</c>), a Go literal converted to bytes and assigned to a key name (<c>jwtKey := []byte("…")</c>,
/// <c>Key: []byte("…")</c>), and Go jwt signing keys (<c>token.SignedString([]byte("…"))</c>, <c>NewSignerHS(HS256, []byte("…"))</c>).
/// Every value below is random text written for these tests; none is taken from another project.
/// </summary>
public sealed class SecretsRound26Tests
{
    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void Finds(string text, string value) => Assert.Contains(Run(text), f => text[f.Start..f.End] == value);

    private static void FindsNothing(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("conn, err := DriverManager.getConnection(url, \"admin\", \"Wq9!rT4zLp\")", "Wq9!rT4zLp")]
    [InlineData("Connection c = DriverManager.getConnection(jdbcUrl, \"report\", \"Hv3@pL8qZt\");", "Hv3@pL8qZt")]
    [InlineData("Connection c = dataSource.getConnection(\"report\", \"Tq6#mW2xRv\");", "Tq6#mW2xRv")]
    [InlineData("var cert = new X509Certificate2(rawData, \"Kd7$wQ3nZp\");", "Kd7$wQ3nZp")]
    [InlineData("var cert = new X509Certificate2(\n    \"server.pfx\",\n    \"Lx4%rT9qWm\");", "Lx4%rT9qWm")]
    [InlineData("Membership.CreateUser(\"alice\", \"Pz8$kW3nQv\");", "Pz8$kW3nQv")]
    [InlineData("user.ChangePassword(oldPassword, \"Nr5%tY8wKm\");", "Nr5%tY8wKm")]
    [InlineData("new PasswordAuthentication(user, \"Gz2&vN7kQx\".toCharArray());", "Gz2&vN7kQx")]
    [InlineData("client.login(\"deploy\", \"Mx7#vQ2pLr\");", "Mx7#vQ2pLr")]
    [InlineData("ssh.authPassword(\"build\", \"Bw6*qR3zTn\");", "Bw6*qR3zTn")]
    public void PasswordHandedToALoginCall_IsRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("conn = DriverManager.getConnection(url, user, pass)")]
    [InlineData("conn = DriverManager.getConnection(url, \"sa\", \"\")")]
    [InlineData("conn = DriverManager.getConnection(url, props)")]
    [InlineData("conn = DriverManager.getConnection(\"jdbc:h2:mem:test\")")]
    [InlineData("var cert = new X509Certificate2(\"cert.pfx\", \"\");")]
    [InlineData("var cert = new X509Certificate2(\"cert.pfx\", password, X509KeyStorageFlags.Exportable);")]
    [InlineData("user.ChangePassword(oldPassword, newPassword)")]
    [InlineData("Membership.CreateUser(name, \"password\")")]
    [InlineData("Membership.CreateUser(\"bob\", \"changeme\")")]
    [InlineData("cy.login(\"admin\", \"admin\")")]
    [InlineData("await page.login(\"user@example.com\", \"<password>\")")]
    [InlineData("ftp.login(\"anonymous\", \"\")")]
    [InlineData("client.login(\"deploy\", System.getenv(\"FTP_PASS\"))")]
    [InlineData("The login(user, password) function checks both.")]
    [InlineData("Call getConnection(url, user, password) with your own values.")]
    [InlineData("return login(\"guest\", \"Xq7!vR2pLm\")")]
    public void LoginCallLookAlikes_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("jwtKey := []byte(\"w9Zr4Tq8Lm2Kx7VnB5cH\")", "w9Zr4Tq8Lm2Kx7VnB5cH")]
    [InlineData("var jwtKey = []byte(\"Xk9mQ2v7LpR4zT8wQ2v7LpR4\")", "Xk9mQ2v7LpR4zT8wQ2v7LpR4")]
    [InlineData("key := []byte(\"Tv8pQ2wX9kR4mZ7n\")\nreturn gokit.NewSigner(kid, key, nil, claims)", "Tv8pQ2wX9kR4mZ7n")]
    [InlineData("\t\tKey:         []byte(\"Rm4nV8qZ2wX6tK9pL3sD\"),", "Rm4nV8qZ2wX6tK9pL3sD")]
    [InlineData("jwtSecret := []byte(\"qH7tR2mW9xK4vZ8p\")", "qH7tR2mW9xK4vZ8p")]
    [InlineData("signed, err := token.SignedString([]byte(\"r8Fw2kLq9xZt5mVp\"))", "r8Fw2kLq9xZt5mVp")]
    [InlineData("return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(\"hJ4nW8qZ2vX6tR9p\"))", "hJ4nW8qZ2vX6tR9p")]
    [InlineData("signer, _ := cristal.NewSignerHS(cristal.HS256, []byte(\"m3Kd9Wq7Zt2xLp5v\"))", "m3Kd9Wq7Zt2xLp5v")]
    public void GoByteKeys_AreRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("cacheKey := []byte(\"users:\")")]
    [InlineData("prefix := []byte(\"Bearer \")")]
    [InlineData("key := []byte(os.Getenv(\"K\"))")]
    [InlineData("Key: []byte(cfg.Key),")]
    [InlineData("hashKey := []byte(\"sha256\")")]
    [InlineData("apiKey := []byte(\"\")")]
    [InlineData("keyPrefix := []byte(\"session/\")")]
    [InlineData("key := []byte(\"key4\")")]
    [InlineData("signed, _ := token.SignedString(key)")]
    [InlineData("signed, _ := token.SignedString([]byte(secret))")]
    [InlineData("signed, _ := token.SignedString([]byte(\"secret\"))")]
    [InlineData("signed, _ := token.SignedString([]byte(\"your-256-bit-secret\"))")]
    [InlineData("signer, _ := cristal.NewSignerHS(cristal.HS256, key)")]
    [InlineData("mac := hmac.New(sha256.New, []byte(os.Getenv(\"HMAC_KEY\")))")]
    public void GoByteLookAlikes_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("DriverManager.getConnection(u, \"a\", \"")]
    [InlineData("x.login(\"a\", ")]
    [InlineData("new X509Certificate2(")]
    [InlineData("key := []byte(\"")]
    [InlineData("token.SignedString([]byte(\"a")]
    public void NewChecks_StayLinear_OnHostileInput(string unit) =>
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t), string.Empty, smallRepeats: 500, floorMs: 250);
}
