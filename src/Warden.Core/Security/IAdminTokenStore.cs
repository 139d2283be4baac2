namespace Warden.Core.Security;

/// <summary>An admin API token, stored only as a SHA-256 hash (it is a 256-bit random value).</summary>
public sealed record AdminTokenRecord
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public required string TokenHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }
}

/// <summary>Persistence for admin tokens.</summary>
public interface IAdminTokenStore
{
    Task<AdminTokenRecord?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken);

    Task AddAsync(AdminTokenRecord token, CancellationToken cancellationToken);

    Task<int> CountActiveAsync(CancellationToken cancellationToken);
}
