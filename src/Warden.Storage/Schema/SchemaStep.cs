using Warden.Storage.Data;

namespace Warden.Storage.Schema;

/// <summary>
/// One upgrade of the schema from <c>Version - 1</c> to <see cref="Version"/>. It runs inside the upgrade
/// transaction, under the schema lock, and at most once per database.
/// </summary>
/// <param name="Version">The version the database has after this step; strictly increasing, never renumbered.</param>
/// <param name="Description">What the step adds, recorded in <c>schema_version</c>.</param>
/// <param name="Apply">The change itself (see <see cref="ModelDdl"/> for creating tables from the model).</param>
internal sealed record SchemaStep(int Version, string Description, Func<WardenDbContext, CancellationToken, Task> Apply);
