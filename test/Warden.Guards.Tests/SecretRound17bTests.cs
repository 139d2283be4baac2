namespace Warden.Guards.Tests;

/// <summary>
/// Round 17b: name / value arguments ("set(\"x-token\", \"…\")"), name / value pairs on two lines (Kubernetes env),
/// quoted sentences and translated field names under password keys, field names as values ("db-password"), template
/// slots and regex text as URL passwords, and "…_identifier" keys. Every value below is random text generated for
/// these tests; none is taken from another project.
/// </summary>
public sealed class SecretRound17bTests
{
    private const string Hex64 = "d029a463ae6f24752f94023c271191d9b3ccbbae44eb62030ada31605577c0a0";
    private const string Mixed = "pdarM9plPrXrH6vONrZJJQW7SG22U3sZ";
    private const string Pwd = "iebvnDDW9u7P4psVR13L!zWCUh";

    private static List<GuardFinding> Run(string text) => DetectorProbe.Secrets(text);

    private static void Finds(string text, string value) => Assert.Contains(Run(text), f => text[f.Start..f.End] == value);

    private static void FindsNothing(string text) => Assert.Empty(Run(text));

    [Theory]
    [InlineData("props.set(\"vendor-token\", \"" + Hex64 + "\")", Hex64)]
    [InlineData("cfg.put('cloud-api-key', '" + Mixed + "');", Mixed)]
    [InlineData("os.getenv(\"DB_PASSWORD\", \"" + Pwd + "\")", Pwd)]
    [InlineData("headers.set(\"X-Auth-Token\",\"" + Mixed + "\")", Mixed)]
    public void NameValueArguments_AreRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("fields = [\"password\", \"username\", \"email\"]")]
    [InlineData("props.set(\"api-key\", \"change-me-later\")")] // words, no digits
    [InlineData("getenv(\"TOKEN\", \"\")")]
    [InlineData("keys = ('secret_key', 'access_key_id')")]
    [InlineData("set(\"token\", x, \"" + Mixed + "\")")] // not next to the name
    public void NameValueArgument_LookAlikes_AreIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("env:\n  - name: DB_PASSWORD\n    value: \"" + Pwd + "\"\n", Pwd)]
    [InlineData("env:\n- name: API_TOKEN\n  value: " + Mixed + "\n", Mixed)]
    [InlineData("{\n  \"name\": \"SERVICE_SECRET\",\n  \"value\": \"" + Mixed + "\"\n}", Mixed)]
    [InlineData("{\"name\": \"ADMIN_PASSWORD\", \"value\": \"" + Pwd + "\"}", Pwd)]
    [InlineData("env {\n  name  = \"APP_SECRET_KEY\"\n  value = \"" + Mixed + "==\"\n}", Mixed + "==")]
    public void NameThenValue_IsRead(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("- name: DB_PASSWORD_FILE\n  value: /run/secrets/db_password\n")] // a setting about the password
    [InlineData("- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db\n")]
    [InlineData("- name: API_TOKEN\n  value: \"${API_TOKEN}\"\n")]
    [InlineData("- name: USERNAME\n  value: \"" + Mixed + "\"\n")] // not a credential name
    public void NameThenValue_LookAlikes_AreIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("\"repeat_password\": \"Skriv passordet igjen\",")]
    [InlineData("\"password_hint\": \"Wählen Sie ein sicheres Kennwort\"")]
    [InlineData("password: \"Mot de passe oublié\"")]
    [InlineData("\"new_password\": \"at least eight characters, one digit.\"")]
    [InlineData("\"password\": \"Passord\",")]
    [InlineData("'password': 'Kennwort'")]
    [InlineData("\"password\": \"Contraseña\"")]
    public void SentencesAndTranslatedFieldNames_AreIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("password: \"correct horse battery staple\"", "correct")]
    [InlineData("password: \"Marble Anvil Quartz Ember\"", "Marble")]
    [InlineData("\"password\": \"" + Pwd + "\",", Pwd)]
    public void Passphrases_StayReported(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("password='db-password'")]
    [InlineData("DB_PASS: \"admin-pass\"")]
    [InlineData("api_key = \"my-api-key\"")]
    [InlineData("secret = \"client_secret\"")]
    public void FieldNamesAsValues_AreIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("password='db-" + Pwd + "'", "db-" + Pwd)]
    [InlineData("password = \"pass-Wq7x9Lm2\"", "pass-Wq7x9Lm2")]
    public void SecretsHoldingAFieldWord_StayReported(string text, string value) => Finds(text, value);

    [Theory]
    [InlineData("conn_str = \"postgres://$DB_USER$:$DB_PASS$@db.internal/app\"")]
    [InlineData("url = \"amqp://app:$(RABBIT_PASSWORD)@mq:5672/\"")]
    [InlineData("Regex(\"(postgres://.*:)(.*)(@.*)\")")]
    [InlineData("url: mysql://root:%DB_PASS%@localhost/app")]
    [InlineData("uri = \"postgres://app:#{db_pass}@db/app\"")]
    public void UrlPasswordSlots_AreIgnored(string text) => FindsNothing(text);

    [Fact]
    public void UrlPassword_IsStillFound() => Finds("postgres://app:" + Pwd + "@db.internal:5432/app", Pwd);

    [Theory]
    [InlineData("key_identifier: '" + Mixed + "'")]
    [InlineData("tokenIdentifier = \"" + Mixed + "\"")]
    public void IdentifierKeys_AreIgnored(string text) => FindsNothing(text);

    [Theory]
    [InlineData("\"token\", \"")]
    [InlineData("- name: PASSWORD\n  value: ")]
    [InlineData("password value: ")]
    [InlineData("\"password\": \"Ab ")]
    [InlineData("postgres://u:$x$@")]
    [InlineData("secret = 'a-pass' ")]
    public void NewChecks_StayLinear_OnHostileInput(string unit) =>
        Linearity.AssertRepeatedUnitScalesLinearly(unit, t => Run(t));
}
