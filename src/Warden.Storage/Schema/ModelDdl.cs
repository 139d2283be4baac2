using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Warden.Storage.Data;

namespace Warden.Storage.Schema;

/// <summary>
/// Generates provider-specific DDL from the EF model at run time, with the same runtime services the migrations
/// pipeline uses (the model differ and SQL generator ship in EF Core Relational, not the design-time tools).
/// </summary>
internal static class ModelDdl
{
    /// <summary>Creates every table, index and sequence of the current model.</summary>
    public static Task CreateAllAsync(WardenDbContext db, CancellationToken cancellationToken) =>
        ExecuteAsync(db, static _ => true, cancellationToken);

    /// <summary>Creates just the named tables (with their indexes and keys) as the current model defines them.</summary>
    public static Task CreateTablesAsync(WardenDbContext db, IReadOnlyCollection<string> tables, CancellationToken cancellationToken) =>
        ExecuteAsync(
            db,
            operation => operation switch
            {
                CreateTableOperation create => tables.Contains(create.Name, StringComparer.Ordinal),
                CreateIndexOperation index => tables.Contains(index.Table, StringComparer.Ordinal),
                _ => false,
            },
            cancellationToken);

    private static async Task ExecuteAsync(WardenDbContext db, Func<MigrationOperation, bool> include, CancellationToken cancellationToken)
    {
        var model = db.GetService<IDesignTimeModel>().Model;
        var operations = db.GetService<IMigrationsModelDiffer>()
            .GetDifferences(source: null, target: model.GetRelationalModel())
            .Where(include)
            .ToList();
        var commands = db.GetService<IMigrationsSqlGenerator>().Generate(operations, model, MigrationsSqlGenerationOptions.Default);
        foreach (var command in commands)
        {
            // Runs in the caller's transaction, so a failed step leaves nothing behind.
            await db.Database.ExecuteSqlRawAsync(command.CommandText, cancellationToken);
        }
    }
}
