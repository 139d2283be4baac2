namespace Warden.Storage;

/// <summary>Lifecycle and health of the Warden database.</summary>
public interface IWardenStorage
{
    /// <summary>The configured database, password masked.</summary>
    StorageConnection Connection { get; }

    /// <summary>
    /// Creates or upgrades the schema. Idempotent; safe to run from several processes at once. Throws
    /// <see cref="Core.Errors.WardenException"/> (WRD80xx) when the database cannot be opened or upgraded.
    /// </summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Probes the database for readiness checks; never throws for a database fault.</summary>
    Task<StorageHealth> CheckAsync(CancellationToken cancellationToken);
}
