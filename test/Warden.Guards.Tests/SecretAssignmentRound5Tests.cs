using Warden.Guards.Detectors;

namespace Warden.Guards.Tests;

/// <summary>Round 5: generic keys ("signing_key", "Bearer") in code and config, and settings that only mention a secret.</summary>
public sealed class SecretAssignmentRound5Tests
{
    private static List<GuardFinding> Run(string text)
    {
        var list = new List<GuardFinding>();
        new SecretsDetector(0.5).Scan(text, GuardScanContext.For(GuardChannel.User), list);
        return list;
    }

    [Theory]
    [InlineData("Authorization: Bearer d41Fq8ZpN3xW7LkT2mRb9VyC6hJs0GaE", "d41Fq8ZpN3xW7LkT2mRb9VyC6hJs0GaE")]
    [InlineData("signing_key: \"a9F3kQ7mZ2xP8vR4tL6wN1bY5cH0jD3s\"", "a9F3kQ7mZ2xP8vR4tL6wN1bY5cH0jD3s")]
    [InlineData("MASTER_KEY=4f9c2a7e1b8d3f6a0c5e9b2d7f1a4c8e3b6d0f9a", "4f9c2a7e1b8d3f6a0c5e9b2d7f1a4c8e3b6d0f9a")]
    [InlineData("const appKey = 'Zk8Qw2Lm5Np9Rt3Vx7By1Cd4Fg6Hj0Ks';", "Zk8Qw2Lm5Np9Rt3Vx7By1Cd4Fg6Hj0Ks")]
    [InlineData("curl -H \"Authorization: Basic dXNlcjpzM2NyZXRQYXNzMjAyNA==\" https://api.example.com", "dXNlcjpzM2NyZXRQYXNzMjAyNA==")]
    public void GenericKeysWithGeneratedValues_AreFound(string text, string value) =>
        Assert.Contains(Run(text), f => text[f.Start..f.End].Trim('"', '\'') == value);

    [Theory]
    [InlineData("passwordPolicy: minLength=12")]
    [InlineData("password_hash: $2b$12$abcdefghijklmnopqrstuv")]
    [InlineData("tokenUrl: https://auth.example.com/oauth/token")]
    [InlineData("secret_name = \"prod-db-credentials-2024\"")]
    [InlineData("key: value")]
    [InlineData("primary_key = \"customer_id\"")]
    [InlineData("keyboard_layout = \"us-intl-2024-layout\"")]
    [InlineData("monkey = \"Zk8Qw2Lm5Np9Rt3Vx7By1Cd4Fg6Hj0Ks\"")]
    [InlineData("cache_key = \"user-profile-v2-2024-11-30\"")]
    [InlineData("The bearer of this letter is my brother.")]
    [InlineData("Authorization: Basic realm=\"staging\"")]
    public void SettingsAndLookAlikes_AreIgnored(string text) => Assert.Empty(Run(text));
}
