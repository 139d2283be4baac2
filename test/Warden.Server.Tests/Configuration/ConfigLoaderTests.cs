using Warden.Server.Configuration;

namespace Warden.Server.Tests.Configuration;

public sealed class ConfigLoaderTests
{
    [Fact]
    public void ValidFile_IsLoaded()
    {
        var result = ConfigLoader.Load("""
            server:
              urls: [http://127.0.0.1:9000]
              issuer: https://warden.example.com
            tokens:
              accessTokenLifetime: 2m
              maxDelegationDepth: 2
            delegation:
              - agents: ["*"]
                groups: [admins]
            """, "warden.yaml", new WardenConfig());
        Assert.Empty(result.Errors);
        Assert.Equal(TimeSpan.FromMinutes(2), result.Config!.AccessTokenLifetime);
        Assert.Equal("https://warden.example.com", result.Config.EffectiveIssuer);
        Assert.Equal(2, result.Config.MaxDelegationDepth);
    }

    [Fact]
    public void BadFile_ListsEveryErrorWithLines()
    {
        var result = ConfigLoader.Load("""
            server:
              urls: [ftp://nope]
              colour: blue
            tokens:
              accessTokenLifetime: forever
              maxDelegationDepth: 99
            identityProviders:
              - name: corp
                issuer: https://idp.example.com
            delegation:
              - agents: []
            """, "warden.yaml", new WardenConfig());
        Assert.Null(result.Config);
        var all = string.Join('\n', result.Errors);
        Assert.Contains("warden.yaml:3:3: WRD8105 unknown field 'colour'", all, StringComparison.Ordinal);
        Assert.Contains("WRD8109", all, StringComparison.Ordinal);
        Assert.Contains("WRD8110", all, StringComparison.Ordinal);
        Assert.Contains("WRD8120", all, StringComparison.Ordinal);
        Assert.Contains("WRD8131", all, StringComparison.Ordinal);
        Assert.Contains("WRD8134", all, StringComparison.Ordinal);
        Assert.True(result.Errors.Count >= 6, all);
    }

    [Fact]
    public void SqliteSync_IsFullByDefault_AcceptsNormal_AndRejectsOtherValuesWithTheLine()
    {
        Assert.Equal(Warden.Storage.SqliteSynchronous.Full, ConfigLoader.Load("", "c.yaml", new WardenConfig()).Config!.SqliteSynchronous);
        Assert.Equal(Warden.Storage.SqliteSynchronous.Normal, ConfigLoader.Load("storage:\n  sqliteSync: normal\n", "c.yaml", new WardenConfig()).Config!.SqliteSynchronous);
        var bad = ConfigLoader.Load("storage:\n  sqliteSync: off\n", "c.yaml", new WardenConfig());
        Assert.Null(bad.Config);
        Assert.StartsWith("c.yaml:2:", Assert.Single(bad.Errors), StringComparison.Ordinal);
        Assert.Contains("WRD8115", bad.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void SyntaxError_IsReportedWithPosition()
    {
        var result = ConfigLoader.Load("server:\n  urls: [unclosed\n", "c.yaml", new WardenConfig());
        Assert.Null(result.Config);
        Assert.Contains("WRD8102", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFile_GivesDefaults()
    {
        var result = ConfigLoader.Load("", "c.yaml", new WardenConfig());
        Assert.NotNull(result.Config);
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("5m", 300)]
    [InlineData("1h", 3600)]
    [InlineData("00:02:00", 120)]
    public void Durations_Parse(string text, int seconds)
    {
        Assert.True(DurationParser.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromSeconds(seconds), value);
    }
}
