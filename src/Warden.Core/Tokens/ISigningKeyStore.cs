namespace Warden.Core.Tokens;

/// <summary>Persistence for signing keys.</summary>
public interface ISigningKeyStore
{
    Task<IReadOnlyList<SigningKeyRecord>> ListAsync(CancellationToken cancellationToken);

    Task AddAsync(SigningKeyRecord key, CancellationToken cancellationToken);

    /// <summary>Retires every key that has no <see cref="SigningKeyRecord.RetiredAt"/> and adds <paramref name="next"/>, atomically.</summary>
    Task RotateAsync(SigningKeyRecord next, DateTimeOffset retiredAt, DateTimeOffset oldKeysExpireAt, CancellationToken cancellationToken);
}
