using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Warden.Audit;
using Warden.Audit.Chain;
using Warden.Core.Errors;
using Warden.Storage.Data;
using Warden.Storage.Infrastructure;

namespace Warden.Storage.Audit;

internal sealed class EfAuditStore(IDbContextFactory<WardenDbContext> factory) : StoreBase(factory), IAuditStore, IPipelinedAuditStore, IDisposable
{
    // "WRDN" + a section number, like the keys in DatabaseLock; only the audit writer takes this one.
    private const long ChainLock = 0x5752_444E_0000_0010;
    private const int RowsPerStatement = 100;
    private const int Columns = 11;
    private static readonly string[] InsertSql = BuildInsertSql();

    private readonly SqliteAuditAppender _sqlite = new(factory);
    private bool? _isSqlite;

    public void Dispose() => _sqlite.Dispose();

    /// <summary>WAL syncs the SQLite appender ran itself (tests read it).</summary>
    internal long ExplicitSyncs => _sqlite.ExplicitSyncs;

    public async Task<IReadOnlyList<AuditRecord>> AppendAsync(IReadOnlyList<AuditBody> bodies, CancellationToken cancellationToken)
    {
        _isSqlite ??= await RunAsync(db => Task.FromResult(db.Database.IsSqlite()), cancellationToken);
        if (_isSqlite == false)
        {
            return await AppendPostgresAsync(bodies, cancellationToken);
        }

        try
        {
            return await _sqlite.AppendAsync(bodies, cancellationToken);
        }
        catch (Exception ex) when (ex is not WardenException && ex is not OperationCanceledException && IsUnavailable(ex))
        {
            throw new WardenException(Errors.StoreUnavailable(), ex);
        }
    }

    public IReadOnlyList<AuditRecord> AppendPipelined(IReadOnlyList<AuditBody> bodies, Action<Exception?> durable)
    {
        _isSqlite ??= RunAsync(db => Task.FromResult(db.Database.IsSqlite()), CancellationToken.None).GetAwaiter().GetResult();
        if (_isSqlite == false)
        {
            // PostgreSQL's COMMIT returns when it is durable; the writer thread blocks on it as before.
            var records = AppendPostgresAsync(bodies, CancellationToken.None).GetAwaiter().GetResult();
            durable(null);
            return records;
        }

        try
        {
            return _sqlite.Append(bodies, error => durable(error is null || error is WardenException || !IsUnavailable(error) ? error : new WardenException(Errors.StoreUnavailable(), error)), CancellationToken.None);
        }
        catch (Exception ex) when (ex is not WardenException && IsUnavailable(ex))
        {
            throw new WardenException(Errors.StoreUnavailable(), ex);
        }
    }

    /// <summary>The database cannot be written: a connection or file-system failure, or a failed WAL sync (an <see cref="IOException"/>).</summary>
    private static bool IsUnavailable(Exception ex) => ex is IOException || StoreFailures.IsUnavailable(ex);

    /// <summary>PostgreSQL: advisory chain lock, then 100-row insert statements (SQLite appends go through <see cref="SqliteAuditAppender"/>).</summary>
    private Task<IReadOnlyList<AuditRecord>> AppendPostgresAsync(IReadOnlyList<AuditBody> bodies, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<AuditRecord>>(
            async db =>
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

                // One chain across processes: whoever holds the lock reads the head, links after it and moves it.
                await DatabaseLock.AcquireAsync(db, ChainLock, cancellationToken);
                var chain = await db.Set<AuditChainEntity>().SingleOrDefaultAsync(c => c.Id == 1, cancellationToken);
                if (chain is null)
                {
                    chain = new AuditChainEntity { Id = 1, HeadSeq = 0, HeadHash = AuditChain.GenesisHash, AnchorSeq = 0, AnchorHash = AuditChain.GenesisHash };
                    db.Add(chain);
                    await db.SaveChangesAsync(cancellationToken);
                }

                var records = AuditChain.Link(new ChainAnchor(chain.HeadSeq, chain.HeadHash), bodies);
                var connection = db.Database.GetDbConnection();
                var tx = transaction.GetDbTransaction();
                for (var start = 0; start < records.Count; start += RowsPerStatement)
                {
                    await InsertAsync(connection, tx, records, start, Math.Min(RowsPerStatement, records.Count - start), cancellationToken);
                }

                await db.Set<AuditChainEntity>().Where(c => c.Id == 1).ExecuteUpdateAsync(
                    s => s.SetProperty(c => c.HeadSeq, records[^1].Sequence).SetProperty(c => c.HeadHash, records[^1].Hash), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return records;
            },
            cancellationToken);

    public Task<ChainAnchor> GetHeadAsync(CancellationToken cancellationToken) =>
        RunAsync(async db => await db.Set<AuditChainEntity>().Where(c => c.Id == 1).Select(c => new ChainAnchor(c.HeadSeq, c.HeadHash)).SingleOrDefaultAsync(cancellationToken) ?? ChainAnchor.Genesis, cancellationToken);

    public Task<ChainAnchor> GetAnchorAsync(CancellationToken cancellationToken) =>
        RunAsync(async db => await db.Set<AuditChainEntity>().Where(c => c.Id == 1).Select(c => new ChainAnchor(c.AnchorSeq, c.AnchorHash)).SingleOrDefaultAsync(cancellationToken) ?? ChainAnchor.Genesis, cancellationToken);

    public Task<IReadOnlyList<AuditRecord>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<AuditRecord>>(
            async db => (await db.Set<AuditEventEntity>().Where(e => e.Seq > afterSequence).OrderBy(e => e.Seq).Take(Math.Clamp(limit, 1, 10_000)).ToListAsync(cancellationToken)).ConvertAll(ToRecord),
            cancellationToken);

    public Task<IReadOnlyList<AuditRecord>> SearchAsync(AuditQuery query, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<AuditRecord>>(
            async db =>
            {
                var q = db.Set<AuditEventEntity>().AsQueryable();
                if (query.Before is { } before)
                {
                    q = q.Where(e => e.Seq < before);
                }

                if (query.From is { } from)
                {
                    q = q.Where(e => e.Time >= from);
                }

                if (query.To is { } to)
                {
                    q = q.Where(e => e.Time < to);
                }

                if (query.Agent is { } agent)
                {
                    q = q.Where(e => e.Agent == agent);
                }

                if (query.Human is { } human)
                {
                    q = q.Where(e => e.Human == human);
                }

                if (query.EventType is { } type)
                {
                    q = int.TryParse(type, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? q.Where(e => e.EventId == id)
                        : type.EndsWith(".*", StringComparison.Ordinal) ? q.Where(e => e.Type.StartsWith(type.Substring(0, type.Length - 1)))
                        : q.Where(e => e.Type == type);
                }

                if (query.Outcome is { } outcome)
                {
                    q = q.Where(e => e.Outcome == outcome);
                }

                if (query.Text is { Length: > 0 } text)
                {
                    var lower = text.ToLowerInvariant();
                    q = q.Where(e => e.Reason != null && e.Reason.ToLower().Contains(lower));
                }

                var rows = await q.OrderByDescending(e => e.Seq).Take(Math.Clamp(query.Limit, 1, 1000)).ToListAsync(cancellationToken);
                return rows.ConvertAll(ToRecord);
            },
            cancellationToken);

    public Task AddCheckpointAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken) =>
        RunAsync(
            async db =>
            {
                if (await db.Set<AuditCheckpointEntity>().AnyAsync(c => c.Seq == checkpoint.Sequence, cancellationToken))
                {
                    return;
                }

                db.Add(new AuditCheckpointEntity
                {
                    Seq = checkpoint.Sequence,
                    Hash = checkpoint.Hash,
                    SignedAt = checkpoint.SignedAt,
                    Kid = checkpoint.KeyId,
                    Signature = checkpoint.Signature,
                    PublicJwk = checkpoint.PublicJwk,
                });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException ex) when (StoreFailures.IsUniqueViolation(ex))
                {
                    // Another node checkpointed the same head at the same moment; one signature is enough.
                }
            },
            cancellationToken);

    public Task<IReadOnlyList<AuditCheckpoint>> GetCheckpointsAsync(long afterSequence, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<AuditCheckpoint>>(
            async db => (await db.Set<AuditCheckpointEntity>().Where(c => c.Seq > afterSequence).OrderBy(c => c.Seq).ToListAsync(cancellationToken))
                .ConvertAll(c => new AuditCheckpoint { Sequence = c.Seq, Hash = c.Hash, SignedAt = c.SignedAt, KeyId = c.Kid, Signature = c.Signature, PublicJwk = c.PublicJwk }),
            cancellationToken);

    public Task<int> PruneAsync(long throughSequence, CancellationToken cancellationToken) =>
        RunAsync(
            async db =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await DatabaseLock.AcquireAsync(db, ChainLock, cancellationToken);
                var last = await db.Set<AuditEventEntity>().Where(e => e.Seq == throughSequence).Select(e => e.Hash).SingleOrDefaultAsync(cancellationToken)
                    ?? throw new InvalidOperationException($"Event {throughSequence} is not in the store; prune only through an event that exists.");
                var deleted = await db.Set<AuditEventEntity>().Where(e => e.Seq <= throughSequence).ExecuteDeleteAsync(cancellationToken);
                await db.Set<AuditCheckpointEntity>().Where(c => c.Seq <= throughSequence).ExecuteDeleteAsync(cancellationToken);
                await db.Set<AuditChainEntity>().Where(c => c.Id == 1).ExecuteUpdateAsync(
                    s => s.SetProperty(c => c.AnchorSeq, throughSequence).SetProperty(c => c.AnchorHash, last), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return deleted;
            },
            cancellationToken);

    public Task<long> GetCursorAsync(string name, CancellationToken cancellationToken) =>
        RunAsync(async db => await db.Set<AuditCursorEntity>().Where(c => c.Name == name).Select(c => c.Seq).SingleOrDefaultAsync(cancellationToken), cancellationToken);

    public Task SetCursorAsync(string name, long sequence, CancellationToken cancellationToken) =>
        RunAsync(
            async db =>
            {
                if (await db.Set<AuditCursorEntity>().Where(c => c.Name == name).ExecuteUpdateAsync(s => s.SetProperty(c => c.Seq, sequence), cancellationToken) == 0)
                {
                    db.Add(new AuditCursorEntity { Name = name, Seq = sequence });
                    await db.SaveChangesAsync(cancellationToken);
                }
            },
            cancellationToken);

    private static async Task InsertAsync(DbConnection connection, DbTransaction tx, List<AuditRecord> records, int start, int count, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = InsertSql[count];
        for (var i = 0; i < count; i++)
        {
            var r = records[start + i];
            var p = r.Projection!;
            Add(command, i, 0, r.Sequence);
            Add(command, i, 1, p.Time.ToUnixTimeMilliseconds() * 1000 + (p.Time.UtcTicks % TimeSpan.TicksPerMillisecond / 10));
            Add(command, i, 2, p.EventId);
            Add(command, i, 3, p.Type);
            Add(command, i, 4, p.Outcome);
            Add(command, i, 5, p.Agent);
            Add(command, i, 6, p.Human);
            Add(command, i, 7, p.Reason);
            Add(command, i, 8, r.Payload);
            Add(command, i, 9, r.PreviousHash);
            Add(command, i, 10, r.Hash);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add(DbCommand command, int row, int column, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = string.Create(CultureInfo.InvariantCulture, $"@p{(row * Columns) + column}");
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static string[] BuildInsertSql()
    {
        var sql = new string[RowsPerStatement + 1];
        for (var rows = 1; rows <= RowsPerStatement; rows++)
        {
            var builder = new StringBuilder("INSERT INTO audit_events (seq, time, event_id, type, outcome, agent, human, reason, payload, prev_hash, hash) VALUES ");
            for (var row = 0; row < rows; row++)
            {
                builder.Append(row == 0 ? "(" : ",(");
                for (var column = 0; column < Columns; column++)
                {
                    builder.Append(column == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"@p{(row * Columns) + column}");
                }

                builder.Append(')');
            }

            sql[rows] = builder.ToString();
        }

        return sql;
    }

    private static AuditRecord ToRecord(AuditEventEntity e) => new()
    {
        Sequence = e.Seq,
        Payload = e.Payload,
        PreviousHash = e.PrevHash,
        Hash = e.Hash,
        Projection = new AuditProjection(e.Time, e.EventId, e.Type, e.Outcome, e.Agent, e.Human, e.Reason),
    };
}
