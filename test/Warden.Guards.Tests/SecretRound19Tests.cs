namespace Warden.Guards.Tests;

/// <summary>
/// Round 19: stock passwords in URLs are examples only on documentation and loopback hosts; credentials handed to
/// setters and builders or wrapped in a decoding call; '%(' inside generated keys. Every value below is random text
/// written for these tests; none is taken from another project.
/// </summary>
public sealed class SecretRound19Tests
{
    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void Finds(string text, string value) => Assert.Contains(Run(text), f => text[f.Start..f.End] == value);

    private static void FindsNothing(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("DATABASE_URL=postgres://app:hunter2@db.prod.internal:5432/app", "hunter2")]
    [InlineData("cache: redis://default:letmein@cache.internal:6379/0", "letmein")]
    [InlineData("mongodb+srv://svc:Passw0rd@cluster7.mongodb.net/app", "Passw0rd")]
    [InlineData("amqp://guest:qwerty1@rabbit:5672/", "qwerty1")] // a compose service name is a real host
    public void StockPasswordsOnRealHosts_AreRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("postgres://app:hunter2@localhost:5432/app")]
    [InlineData("postgres://app:hunter2@LocalHost:5432/app")]
    [InlineData("mysql://root:letmein@127.0.0.1/shop")]
    [InlineData("redis://default:Passw0rd@cache.example.com:6379")]
    [InlineData("amqp://guest:welcome1@example.org/")]
    [InlineData("smtp://mailer:trustno1@mail.test:25")]
    public void StockPasswordsOnDocumentationHosts_StayQuiet(string text) => FindsNothing(text);

    // A careless user or an attacker cannot hide a real one by writing a word next to it or by dressing up the host.
    [Theory]
    [InlineData("example only: postgres://app:hunter2@db.prod.internal/app", "hunter2")]
    [InlineData("# test fixture, not a real password\nredis://default:letmein@cache.internal:6379", "letmein")]
    [InlineData("THIS IS A SAMPLE postgres://app:hunter2@db.prod.internal/app", "hunter2")]
    [InlineData("postgres://app:hunter2@example.com.attacker.net/app", "hunter2")]
    [InlineData("postgres://app:hunter2@myexample.com/app", "hunter2")]
    [InlineData("postgres://app:hunter2@localhost.evil.io/app", "hunter2")]
    [InlineData("\"postgres://app:hunter2@db.prod.internal/app\" // just an example", "hunter2")]
    public void WordsOrHostTricksAroundStockPasswords_DoNotHideThem(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("SECRET_KEY = 'q7^w%(k2+z=m!x9@v4&p8*r3-t6_y$'", "q7^w%(k2+z=m!x9@v4&p8*r3-t6_y$")]
    [InlineData("api_secret: \"Lm4%(Tq8!vZ2^wR7+Kx\"", "Lm4%(Tq8!vZ2^wR7+Kx")]
    public void PercentParenInsideGeneratedKeys_IsRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("password = \"%(db_password)s\"")]
    [InlineData("token: '%(token)s-suffix'")]
    public void PythonNamedFormatFields_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("ds.setPassword(\"Vq8#mT2xLw9k\");", "Vq8#mT2xLw9k")]
    [InlineData("ds.SetPassword(\"Vq8#mT2xLw9k\");", "Vq8#mT2xLw9k")]
    [InlineData("builder.withClientSecret(\"Zr4nK8wQ2mTx7Lp9Vb3c\").build();", "Zr4nK8wQ2mTx7Lp9Vb3c")]
    [InlineData("conf.setCipherKey(Base64.decode(\"pQ3xR7mK2vL9wT4nZ8bY1A==\"));", "pQ3xR7mK2vL9wT4nZ8bY1A==")]
    [InlineData("auth.password( \"Hk7$wq2Lm9x\" )", "Hk7$wq2Lm9x")]
    [InlineData("client.set_token('Tq9mW2xK7vR4pL8nZ3bY')", "Tq9mW2xK7vR4pL8nZ3bY")]
    [InlineData("mgr.setSecretKey(\"Mx8Vq2Tk9Lw4Rz7Np3Bc\".getBytes());", "Mx8Vq2Tk9Lw4Rz7Np3Bc")]
    public void CredentialsHandedToSetters_AreRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("ds.setPassword(\"\");")]
    [InlineData("ds.setPassword(userInput);")]
    [InlineData("ds.setPassword(\"password\");")]
    [InlineData("ds.setPassword(\"${DB_PASSWORD}\");")]
    [InlineData("String h = hashPassword(\"Vq8mT2xLw9k\");")] // not a setter: a hash of a test input
    [InlineData("form.setPasswordHint(\"first-pet\");")]
    [InlineData("req.setTokenType(\"Bearer\");")]
    [InlineData("tok.setTokenizer(\"Wq2mK8xT4vL9\");")]
    [InlineData("rsa.setPublicKey(Base64.decode(\"pQ3xR7mK2vL9wT4nZ8bY1A==\"));")]
    public void SetterLookAlikes_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("byte[] secretKey = Base64.decode(\"pQ3xR7mK2vL9wT4nZ8bY1A==\");", "pQ3xR7mK2vL9wT4nZ8bY1A==")]
    [InlineData("signing_key = bytes.fromhex(\"9f3a7c21e8b45d60a1f2c3b4d5e6f708\")", "9f3a7c21e8b45d60a1f2c3b4d5e6f708")]
    [InlineData("const key = Buffer.from(\"pQ3xR7mK2vL9wT4nZ8bY1A==\", \"base64\");", "pQ3xR7mK2vL9wT4nZ8bY1A==")]
    [InlineData("SECRET = base64.b64decode(b'Vm9xR2tMOXdUNG5aOGJZMUE=')", "Vm9xR2tMOXdUNG5aOGJZMUE=")]
    public void LiteralsInsideDecodingCalls_AreRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("byte[] secretKey = Base64.decode(encodedKey);")]
    [InlineData("password = getPassword(\"db-main\")")]
    [InlineData("token = encode(\"Wq2mK8xT4vL9Rz7Np3Bc\")")]
    public void NonDecodingCalls_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("x.setPassword(")]
    [InlineData("key = Base64.decode(\"")]
    [InlineData("%(a)")]
    [InlineData("u:hunter2@localhost.")]
    public void NewChecks_StayLinear_OnHostileInput(string unit) =>
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t));
}
