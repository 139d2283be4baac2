using System.Collections.Concurrent;
using Warden.Core.Errors;
using Warden.Core.Security;

namespace Warden.Server.Admin;

/// <summary>Checks the admin bearer token (stored as a SHA-256 hash; it is a 256-bit random value).</summary>
public sealed class AdminAuthenticator(IAdminTokenStore store, TimeProvider time)
{
    /// <summary>The <see cref="HttpContext.Items"/> key under which the authenticated admin token's name is kept for the audit trail.</summary>
    public const string AdminNameItem = "warden.admin";

    private readonly ConcurrentDictionary<string, (long Seen, AdminTokenRecord Record)> _recent = new(StringComparer.Ordinal);

    public async Task<AdminTokenRecord?> RequireAdminAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length > 512)
        {
            throw new WardenException(Errors.AdminUnauthorized());
        }

        var hash = SecretHasher.Fingerprint(header["Bearer ".Length..].Trim());
        var now = time.GetTimestamp();
        if (_recent.TryGetValue(hash, out var seen) && time.GetElapsedTime(seen.Seen, now) < TimeSpan.FromSeconds(1))
        {
            context.Items[AdminNameItem] = seen.Record.Name;
            return null;
        }

        var record = await store.FindByHashAsync(hash, context.RequestAborted);
        if (record is null || record.RevokedAt is not null)
        {
            throw new WardenException(Errors.AdminUnauthorized());
        }

        _recent[hash] = (now, record);
        context.Items[AdminNameItem] = record.Name;
        return record;
    }
}
