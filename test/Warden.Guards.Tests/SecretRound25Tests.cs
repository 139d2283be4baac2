namespace Warden.Guards.Tests;

/// <summary>
/// Round 25: OpenShift OAuth access tokens (<c>sha256~</c> + 43 base64url characters) are a provider format, read
/// without a key name; a base64 value whose decoded text is one placeholder token (<c>changeme…</c>,
/// <c>your-api-key-here</c>, AWS's documentation key pair) is read as that placeholder; a bearer value that is a JWT
/// header alone (<c>eyJ…J9.</c>, cut short in documentation) is not a token. Every value below was written for these
/// tests; the base64 strings encode the text in the comment beside them.
/// </summary>
public sealed class SecretRound25Tests
{
    private const string Token = "sha256~Xk9pQ2vLm7RtY4wZa1BcD3eFg5HiJ6kLm8NoP0qRsTu";
    private const string JwtHeader = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";

    private static void FindsExactly(string text, string value) => DetectorProbe.SecretsFindExactly(text, value);

    private static void FindsNothing(string text) => DetectorProbe.SecretsFindNothing(text);

    [Theory]
    [InlineData(Token)]
    [InlineData(Token + "\n")]
    [InlineData("oc login --token=" + Token + " --server=https://api.ocp.internal:6443")]
    [InlineData("export OC_TOKEN=" + Token)]
    [InlineData("{\"access_token\": \"" + Token + "\", \"token_type\": \"Bearer\"}")]
    [InlineData("Authorization: Bearer " + Token)]
    [InlineData(Token + " # example only")]
    [InlineData("THIS IS A TEST FIXTURE\n" + Token)]
    public void AnOpenShiftToken_IsReported(string text) => FindsExactly(text, Token);

    [Fact]
    public void AnOpenShiftToken_HasItsOwnType() => Assert.Equal("OPENSHIFT_TOKEN", Assert.Single(DetectorProbe.Secrets(Token)).Type);

    [Theory]
    [InlineData("oc login --token=sha256~<your-token-here> --server=https://api:6443")]
    [InlineData("sha256~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("sha256~Xk9pQ2vLm7RtY4wZa1BcD3eFg5HiJ6kLm8NoP0qRsTuVWXYZ")] // 47 characters: not the format
    [InlineData("sha256~Xk9pQ2vLm7RtY4wZa1BcD3eFg5HiJ6kLm8No")] // 36 characters
    [InlineData("integrity sha256-Xk9pQ2vLm7RtY4wZa1BcD3eFg5HiJ6kLm8NoP0qRsTu=")] // subresource integrity
    [InlineData("image: registry.local/app@sha256:934240a162082fd8b8a2f90cd5114446443f1eba1c5378f6687167ca405e6584")]
    [InlineData("sha256~abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq")] // one case, no digits: not a hash
    [InlineData("see sha256~abc in the docs")]
    public void ShaLookAlikes_StayQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("apiVersion: v1\nkind: Secret\ndata:\n  password: Y2hhbmdlbWUtZGItMjAyNA==\n")] // changeme-db-2024
    [InlineData("apiVersion: v1\nkind: Secret\ndata:\n  password: Y2hhbmdlbWUtZGItMjAyNAo=\n")] // changeme-db-2024 + line break (echo | base64)
    [InlineData("apiVersion: v1\nkind: Secret\ndata:\n  api-key: eW91ci1hcGkta2V5LWhlcmU=\n")] // your-api-key-here
    [InlineData("kind: Secret\ndata:\n  AWS_ACCESS_KEY_ID: QUtJQUlPU0ZPRE5ON0VYQU1QTEU=\n  AWS_SECRET_ACCESS_KEY: d0phbHJYVXRuRkVNSS9LN01ERU5HL2JQeFJmaUNZRVhBTVBMRUtFWQ==\n")]
    [InlineData("secret: QUtJQUlPU0ZPRE5ON0VYQU1QTEU=")] // AKIAIOSFODNN7EXAMPLE
    [InlineData("client_secret = \"cmVwbGFjZS13aXRoLXlvdXItc2VjcmV0\"")] // replace-with-your-secret
    [InlineData("api_token: c2FtcGxlLXRva2VuLXZhbHVlLTAx")] // sample-token-value-01
    [InlineData("secret: Y2hhbmdlbWUtZGItMjAyNA== # production")]
    public void ABase64Placeholder_StaysQuiet(string text) => FindsNothing(text);

    [Theory]
    [InlineData("apiVersion: v1\nkind: Secret\ndata:\n  password: VnE4IXpMbTNUcldwNUt4\n", "VnE4IXpMbTNUcldwNUt4")] // Vq8!zLm3TrWp5Kx
    [InlineData("apiVersion: v1\nkind: Secret\ndata:\n  password: UnQ1I2tQOXpYdzJMcTdWbQo=\n", "UnQ1I2tQOXpYdzJMcTdWbQo=")] // Rt5#kP9zXw2Lq7Vm + line break
    [InlineData("secret: SHM0dE5xOXZSYjJZY0x3N0pt", "SHM0dE5xOXZSYjJZY0x3N0pt")] // Hs4tNq9vRb2YcLw7Jm
    [InlineData("secret: SHM0dE5xOXZSYjJZY0x3N0pt # example only", "SHM0dE5xOXZSYjJZY0x3N0pt")]
    [InlineData("apiVersion: v1\nkind: Secret\ndata:\n  .dockerconfigjson: eyJhdXRocyI6eyJyZWdpc3RyeS5leGFtcGxlLmNvbSI6eyJhdXRoIjoiYjNCek9sWnhPQ0Y2VEcwelZIST0ifX19\n",
        "eyJhdXRocyI6eyJyZWdpc3RyeS5leGFtcGxlLmNvbSI6eyJhdXRoIjoiYjNCek9sWnhPQ0Y2VEcwelZIST0ifX19")] // JSON naming example.com: a document, not one placeholder
    public void ABase64Credential_IsStillReported(string text, string value) => FindsExactly(text, value);

    [Theory]
    [InlineData("curl -H 'Authorization: Bearer " + JwtHeader + ".' https://api.internal")]
    [InlineData("Authorization: Bearer " + JwtHeader + "...")]
    [InlineData("Authorization: Bearer " + JwtHeader)]
    [InlineData("headers = {\"Authorization\": \"Bearer " + JwtHeader + ".\"}")]
    public void ABearerJwtHeaderAlone_IsNotAToken(string text) => FindsNothing(text);

    [Theory]
    [InlineData("Authorization: Bearer " + JwtHeader + ".eyJzdWIiOiJ1MTIzIiwiZXhwIjoxOTAwMDAwMDAwfQ.q8Zr3Xk2Lm9Np0vB7Tc4Yw1Ha6Gd5Fs8Je2Ku3Io4Pp",
        JwtHeader + ".eyJzdWIiOiJ1MTIzIiwiZXhwIjoxOTAwMDAwMDAwfQ.q8Zr3Xk2Lm9Np0vB7Tc4Yw1Ha6Gd5Fs8Je2Ku3Io4Pp")]
    [InlineData("Authorization: Bearer " + JwtHeader + ".eyJzdWIiOiJ1MTIzIn0", JwtHeader + ".eyJzdWIiOiJ1MTIzIn0")] // unsigned: claims, no signature
    public void ABearerJwtWithClaims_IsStillReported(string text, string value) => FindsExactly(text, value);

    [Fact]
    public void HostileInputs_StayLinear()
    {
        string[] texts =
        [
            string.Concat(Enumerable.Repeat("sha256~", 150_000)),
            string.Concat(Enumerable.Repeat("sha256~Xk9pQ2vLm7RtY4wZa1BcD3eFg5HiJ6kLm8NoP0qRsTu~", 20_000)),
            string.Concat(Enumerable.Repeat("secret: " + string.Concat(Enumerable.Repeat("Y2hh", 100)) + "\n", 2_000)),
            string.Concat(Enumerable.Repeat("Authorization: Bearer " + JwtHeader + ".\n", 20_000)),
        ];
        foreach (var text in texts)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            DetectorProbe.Secrets(text);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
        }
    }
}
