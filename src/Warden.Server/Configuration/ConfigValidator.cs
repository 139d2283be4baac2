using Warden.Core.Tokens;

namespace Warden.Server.Configuration;

/// <summary>Cross-field checks on a configuration; every problem is reported.</summary>
internal static class ConfigValidator
{
    public static void Validate(WardenConfig c, ConfigLoader.Reader r)
    {
        if (c.Urls.Count == 0)
        {
            r.Error(null, "WRD8130 server.urls must list at least one URL");
        }

        foreach (var url in c.Urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https"))
            {
                r.Error(null, $"WRD8131 server.urls: '{url}' is not an absolute http(s) URL");
            }
        }

        if (c.Issuer is not null && (!Uri.TryCreate(c.Issuer, UriKind.Absolute, out var iss) || iss.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(iss.Query) || !string.IsNullOrEmpty(iss.Fragment)))
        {
            r.Error(null, "WRD8132 server.issuer must be an absolute http(s) URL without query or fragment (RFC 8414)");
        }

        if (c.AccessTokenLifetime < TimeSpan.FromSeconds(30) || c.AccessTokenLifetime > TokenOptions.MaxAccessTokenLifetime)
        {
            r.Error(null, $"WRD8133 tokens.accessTokenLifetime must be between 30s and {TokenOptions.MaxAccessTokenLifetime.TotalMinutes:0}m");
        }

        if (c.MaxDelegationDepth is < 1 or > 10)
        {
            r.Error(null, "WRD8134 tokens.maxDelegationDepth must be between 1 and 10");
        }

        if (c.SecretRotationOverlap > TimeSpan.FromDays(90))
        {
            r.Error(null, "WRD8135 tokens.secretRotationOverlap must be at most 90d");
        }

        if (c.Limits.MaxRequestBodyBytes is < 1024 or > 100 * 1024 * 1024)
        {
            r.Error(null, "WRD8136 limits.maxRequestBodyBytes must be between 1024 and 104857600");
        }

        if (c.Limits.MaxFormBytes is < 1024 or > 1024 * 1024)
        {
            r.Error(null, "WRD8137 limits.maxFormBytes must be between 1024 and 1048576");
        }

        if (c.Limits.MaxTokenLength is < 512 or > 65536)
        {
            r.Error(null, "WRD8138 limits.maxTokenLength must be between 512 and 65536");
        }

        foreach (var dup in c.IdentityProviders.GroupBy(p => p.Issuer, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            r.Error(null, $"WRD8139 identity provider issuer '{dup.Key}' is configured more than once");
        }

        foreach (var p in c.IdentityProviders.Where(p => string.Equals(p.Issuer.TrimEnd('/'), c.EffectiveIssuer, StringComparison.Ordinal)))
        {
            r.Error(null, $"WRD8140 identity provider '{p.Name}' uses Warden's own issuer");
        }
    }
}
