using Warden.Core.Agents;
using Warden.Core.Errors;
using Warden.Core.Tokens;

namespace Warden.Core.Tests.Tokens;

public sealed class TokenLifetimeTests
{
    [Fact]
    public async Task WrongAudienceOrIssuer_IsRejected()
    {
        var options = new TokenOptions { Issuer = "http://warden" };
        var ring = await InMemoryKeys.RingAsync(options);
        var service = new AccessTokenService(ring, options, TimeProvider.System, null!, null!);
        var token = service.Issue("agt_1", "agt_1", "https://api", ["read"]).AccessToken;
        Assert.Equal("agt_1", service.ValidateSignatureAndLifetime(token, "https://api").Subject);
        var wrongAudience = Assert.Throws<WardenException>(() => service.ValidateSignatureAndLifetime(token, "https://other"));
        Assert.Contains("audience", wrongAudience.Error.Message, StringComparison.Ordinal);

        var otherIssuer = new AccessTokenService(ring, options with { Issuer = "http://evil" }, TimeProvider.System, null!, null!);
        var issuerError = Assert.Throws<WardenException>(() => otherIssuer.ValidateSignatureAndLifetime(token, null));
        Assert.Contains("issuer", issuerError.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lifetime_IsCappedAtOneHour_AndBoundedByNotAfter()
    {
        var options = new TokenOptions { Issuer = "http://warden", AccessTokenLifetime = TimeSpan.FromDays(2) };
        var service = new AccessTokenService(await InMemoryKeys.RingAsync(options), options, TimeProvider.System, null!, null!);
        var issued = service.Issue("s", "agt", "aud", ["x"]);
        Assert.Equal(3600, issued.ExpiresIn);
        var bounded = service.Issue("s", "agt", "aud", ["x"], notAfter: DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.InRange(bounded.ExpiresIn, 58, 61);
    }

    [Fact]
    public async Task RotatedKeys_KeepVerifyingOldTokens()
    {
        var options = new TokenOptions { Issuer = "http://warden" };
        var ring = await InMemoryKeys.RingAsync(options);
        var service = new AccessTokenService(ring, options, TimeProvider.System, null!, null!);
        var before = service.Issue("s", "agt", "aud", ["x"]).AccessToken;
        await ring.RotateAsync(CancellationToken.None);
        var after = service.Issue("s", "agt", "aud", ["x"]).AccessToken;
        Assert.NotNull(service.ValidateSignatureAndLifetime(before, null));
        Assert.NotNull(service.ValidateSignatureAndLifetime(after, null));
        Assert.Contains("\"keys\":[{", ring.JwksJson, StringComparison.Ordinal);
    }

    [Fact]
    public void DelegationSelectors_MatchIdsLabelsAndWildcard()
    {
        var agent = new Agent { Id = "agt_1", Name = "n", Owner = "o", Labels = new Dictionary<string, string> { ["team"] = "finance" } };
        Assert.True(DelegationPolicy.Selects("*", agent));
        Assert.True(DelegationPolicy.Selects("agt_1", agent));
        Assert.True(DelegationPolicy.Selects("label:team=finance", agent));
        Assert.False(DelegationPolicy.Selects("label:team=sales", agent));
        Assert.False(DelegationPolicy.Selects("label:team", agent));
        Assert.False(DelegationPolicy.Selects("agt_2", agent));
    }
}
