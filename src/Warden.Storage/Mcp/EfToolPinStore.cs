using Microsoft.EntityFrameworkCore;
using Warden.Core.Mcp;
using Warden.Storage.Data;
using Warden.Storage.Infrastructure;

namespace Warden.Storage.Mcp;

internal sealed class EfToolPinStore(IDbContextFactory<WardenDbContext> factory) : StoreBase(factory), IToolPinStore
{
    public Task<ToolPin?> FindAsync(string upstream, string tool, CancellationToken cancellationToken) =>
        RunAsync(
            async db =>
            {
                var row = await db.Set<ToolPinEntity>().AsNoTracking().FirstOrDefaultAsync(p => p.Upstream == upstream && p.Tool == tool, cancellationToken);
                return row is null ? null : ToRecord(row);
            },
            cancellationToken);

    public Task<IReadOnlyList<ToolPin>> ListAsync(CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<ToolPin>>(
            async db =>
            {
                var rows = await db.Set<ToolPinEntity>().AsNoTracking().ToListAsync(cancellationToken);
                return [.. rows.Select(ToRecord).OrderBy(p => p.Upstream, StringComparer.Ordinal).ThenBy(p => p.Tool, StringComparer.Ordinal)];
            },
            cancellationToken);

    public Task SaveAsync(ToolPin pin, CancellationToken cancellationToken) =>
        RunAsync(
            async db =>
            {
                var exists = await db.Set<ToolPinEntity>().AnyAsync(p => p.Upstream == pin.Upstream && p.Tool == pin.Tool, cancellationToken);
                var row = new ToolPinEntity
                {
                    Upstream = pin.Upstream,
                    Tool = pin.Tool,
                    State = pin.State.ToString().ToLowerInvariant(),
                    ApprovedHash = pin.ApprovedHash,
                    ApprovedDefinition = pin.ApprovedDefinition,
                    SeenHash = pin.SeenHash,
                    SeenDefinition = pin.SeenDefinition,
                    FirstSeenAt = pin.FirstSeenAt,
                    LastSeenAt = pin.LastSeenAt,
                    ApprovedAt = pin.ApprovedAt,
                    ApprovedBy = pin.ApprovedBy,
                };
                if (exists)
                {
                    db.Update(row);
                }
                else
                {
                    db.Add(row);
                }

                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException) when (!exists)
                {
                    // Another node inserted the same tool first; apply ours as an update.
                    db.ChangeTracker.Clear();
                    db.Update(row);
                    await db.SaveChangesAsync(cancellationToken);
                }
            },
            cancellationToken);

    private static ToolPin ToRecord(ToolPinEntity row) => new()
    {
        Upstream = row.Upstream,
        Tool = row.Tool,
        State = Enum.TryParse<ToolPinState>(row.State, ignoreCase: true, out var s) ? s : ToolPinState.Pending,
        ApprovedHash = row.ApprovedHash,
        ApprovedDefinition = row.ApprovedDefinition,
        SeenHash = row.SeenHash,
        SeenDefinition = row.SeenDefinition,
        FirstSeenAt = row.FirstSeenAt,
        LastSeenAt = row.LastSeenAt,
        ApprovedAt = row.ApprovedAt,
        ApprovedBy = row.ApprovedBy,
    };
}
