using System.Collections.Concurrent;
using Warden.Core.Errors;
using Warden.Core.Security;

namespace Warden.Server.Admin;

/// <summary>Checks the admin bearer token (stored as a SHA-256 hash; it is a 256-bit random value).</summary>
public sealed class AdminAuthenticator(IAdminTokenStore store, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, long> _recent = new(StringComparer.Ordinal);

    public async Task<AdminTokenRecord?> RequireAdminAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length > 512)
        {
            throw new WardenException(Errors.AdminUnauthorized());
        }

        var hash = SecretHasher.Fingerprint(header["Bearer ".Length..].Trim());
        var now = time.GetTimestamp();
        if (_recent.TryGetValue(hash, out var seen) && time.GetElapsedTime(seen, now) < TimeSpan.FromSeconds(1))
        {
            return null;
        }

        var record = await store.FindByHashAsync(hash, context.RequestAborted);
        if (record is null || record.RevokedAt is not null)
        {
            throw new WardenException(Errors.AdminUnauthorized());
        }

        _recent[hash] = now;
        return record;
    }
}
