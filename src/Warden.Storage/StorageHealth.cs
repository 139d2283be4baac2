namespace Warden.Storage;

/// <summary>The result of <see cref="IWardenStorage.CheckAsync"/>, shaped for <c>/readyz</c>.</summary>
public sealed record StorageHealth
{
    public required StorageProvider Provider { get; init; }

    /// <summary>The database, password masked.</summary>
    public required string Database { get; init; }

    public required bool Reachable { get; init; }

    /// <summary>The recorded schema version; null when unknown (unreachable) and 0 when never initialised.</summary>
    public int? SchemaVersion { get; init; }

    /// <summary>The schema version this build of Warden needs.</summary>
    public required int ExpectedSchemaVersion { get; init; }

    /// <summary>Why the database is not ready; null when it is.</summary>
    public string? Error { get; init; }

    public bool IsReady => Reachable && SchemaVersion == ExpectedSchemaVersion && Error is null;
}
