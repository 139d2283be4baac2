using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Warden.Audit.Chain;
using Warden.Storage.Data;

namespace Warden.Storage.Audit;

/// <summary>
/// The SQLite append path of the audit writer: one dedicated connection kept open for the writer's lifetime, with
/// its statements prepared once. A commit is then BEGIN IMMEDIATE, one head read, one prepared insert per event,
/// one head update and COMMIT, without a DbContext, a connection open or statement compilation per batch. With full
/// sync configured, the COMMIT only writes the WAL frames and a <see cref="WalSyncer"/> syncs them, so the next batch
/// can be written while this one syncs (<see cref="Append"/>). The write transaction excludes other writers (other
/// processes on the same file), so the head read under it is the true head. Any failure closes the connection; the next batch opens a fresh one.
/// Most WAL checkpoint work is taken off the commit path: every <see cref="CheckpointEvery"/> commits a passive
/// checkpoint runs on a connection of its own, concurrently with further appends, and copies the WAL's pages into the
/// database file. SQLite's own automatic checkpoint (in the committing connection, every ~1,000 pages) still runs,
/// because only a checkpoint that catches up with the writer lets the WAL restart; but it then finds most pages
/// already copied, so the stall it puts in front of queued events is a fraction of copying ~4 MiB itself.
/// </summary>
internal sealed class SqliteAuditAppender(IDbContextFactory<WardenDbContext> factory) : IDisposable
{
    private const int CheckpointEvery = 50;

    /// <summary>
    /// WAL pages after which the committing connection checkpoints itself (SQLite's default is 1,000). That
    /// checkpoint runs inside a COMMIT and everything queued behind it waits for its fsyncs; at 1,000 gateway calls/s
    /// (about seven pages per commit) the default put one such stall in front of the queue every ~0.15 s and was the
    /// p99 tail of the gateway's added latency (3.5-4 ms against 2.3-2.4 ms with this value, three runs each). The WAL
    /// file can now grow to ~40 MiB before it restarts; the passive background checkpoints keep copying it meanwhile.
    /// </summary>
    internal const int WalAutoCheckpointPages = 10_000;
    private readonly Lock _gate = new();
    private Session? _session;
    private int _commitsSinceCheckpoint;
    private Task _checkpoint = Task.CompletedTask;
    private WardenDbContext? _checkpointDb;

    /// <summary>Appends and waits until the records are durable.</summary>
    public async Task<IReadOnlyList<AuditRecord>> AppendAsync(IReadOnlyList<AuditBody> bodies, CancellationToken cancellationToken)
    {
        var durable = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var records = Append(bodies, WalSyncer.Completes(durable), cancellationToken);
        await durable.Task.WaitAsync(cancellationToken);
        return records;
    }

    /// <summary>
    /// Commits the bodies and returns their records as soon as the commit is written; <paramref name="durable"/> is
    /// called when it is on disk (see <see cref="WalSyncer"/>), inline when SQLite synced it itself. Calls are
    /// serialised; the next may run while the previous one syncs.
    /// </summary>
    public IReadOnlyList<AuditRecord> Append(IReadOnlyList<AuditBody> bodies, Action<Exception?> durable, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_session is { Syncer.Failed: true })
            {
                // A failed fsync taints everything written since: start over on a fresh connection and file handle.
                _session.Dispose();
                _session = null;
            }

            var session = _session ??= Session.Open(factory);
            IReadOnlyList<AuditRecord> records;
            try
            {
                records = session.Append(bodies, durable, cancellationToken);
            }
            catch
            {
                _session = null;
                session.Dispose();
                throw;
            }

            if (++_commitsSinceCheckpoint >= CheckpointEvery && _checkpoint.IsCompleted)
            {
                _commitsSinceCheckpoint = 0;
                _checkpoint = Task.Run(CheckpointAsync, CancellationToken.None);
            }

            return records;
        }
    }

    /// <summary>Syncs the current session has run (tests read it); 0 when commits sync inside SQLite.</summary>
    internal long ExplicitSyncs => _session?.Syncer?.Syncs ?? 0;

    /// <summary>How long <see cref="Dispose"/> waits for a running checkpoint before leaving it to close its own connection.</summary>
    internal TimeSpan CheckpointWaitOnDispose { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Completes when the checkpoint connection is closed after <see cref="Dispose"/> (tests await it).</summary>
    internal Task CheckpointClosed { get; private set; } = Task.CompletedTask;

    public void Dispose()
    {
        lock (_gate)
        {
            _session?.Dispose();
            _session = null;
        }

        var checkpoint = _checkpoint;
        try
        {
            checkpoint.Wait(CheckpointWaitOnDispose);
        }
        catch (AggregateException)
        {
            // A failed checkpoint only leaves the WAL longer; SQLite checkpoints it on the next open.
        }

        // A checkpoint still running owns its connection: disposing the context under it would race the PRAGMA, and a
        // checkpoint that has not opened its context yet would open one after this point and leak it. Either way the
        // context is closed once the checkpoint ends.
        CheckpointClosed = checkpoint.ContinueWith(
            _ =>
            {
                _checkpointDb?.Dispose();
                _checkpointDb = null;
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>PASSIVE: copies what it can without waiting for (or blocking) the writer or readers. A failed pass is dropped (the next one retries on a fresh connection).</summary>
    private async Task CheckpointAsync()
    {
        try
        {
            if (_checkpointDb is null)
            {
                _checkpointDb = await factory.CreateDbContextAsync();
                await _checkpointDb.Database.OpenConnectionAsync();
            }

            await _checkpointDb.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE)");
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            _checkpointDb?.Dispose();
            _checkpointDb = null;
        }
    }

    private sealed class Session : IDisposable
    {
        private readonly WardenDbContext _db;
        private readonly DbConnection _connection;
        private readonly DbCommand _begin;
        private readonly DbCommand _head;
        private readonly DbCommand _createHead;
        private readonly DbCommand _insert;
        private readonly DbCommand _moveHead;
        private readonly DbCommand _commit;
        private readonly DbCommand _rollback;

        private Session(WardenDbContext db, DbConnection connection)
        {
            _db = db;
            _connection = connection;
            _begin = Command("BEGIN IMMEDIATE");
            _head = Command("SELECT head_seq, head_hash FROM audit_chain WHERE id = 1");
            _createHead = Command("INSERT INTO audit_chain (id, head_seq, head_hash, anchor_seq, anchor_hash) VALUES (1, 0, @h, 0, @h)", "@h");
            _insert = Command(
                "INSERT INTO audit_events (seq, time, event_id, type, outcome, agent, human, reason, payload, prev_hash, hash) " +
                "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10)",
                "@p0", "@p1", "@p2", "@p3", "@p4", "@p5", "@p6", "@p7", "@p8", "@p9", "@p10");
            _moveHead = Command("UPDATE audit_chain SET head_seq = @s, head_hash = @h WHERE id = 1", "@s", "@h");
            _commit = Command("COMMIT");
            _rollback = Command("ROLLBACK");
        }

        /// <summary>
        /// Set when commits are made durable by an explicit WAL sync (<see cref="WalSyncer"/>): the database is a WAL
        /// file configured for full sync. Otherwise (synchronous = NORMAL configured, or no WAL file) SQLite commits
        /// as configured and a commit is reported durable as soon as it is written.
        /// </summary>
        public WalSyncer? Syncer { get; private set; }

        public static Session Open(IDbContextFactory<WardenDbContext> factory)
        {
            var db = factory.CreateDbContext();
            Session? session = null;
            try
            {
                // Opened through EF so the connection interceptor applies the same pragmas as every other connection.
                db.Database.OpenConnection();
                session = new Session(db, db.Database.GetDbConnection());
                // Per connection: only the appender's own commits checkpoint less often.
                session.Execute("PRAGMA wal_autocheckpoint = " + WalAutoCheckpointPages.ToString(System.Globalization.CultureInfo.InvariantCulture));
                foreach (var command in session.All())
                {
                    command.Prepare();
                }

                session.Syncer = session.SyncOutsideSqlite();
                return session;
            }
            catch
            {
                if (session is null)
                {
                    db.Dispose();
                }
                else
                {
                    session.Dispose();
                }

                throw;
            }
        }

        public IReadOnlyList<AuditRecord> Append(IReadOnlyList<AuditBody> bodies, Action<Exception?> durable, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _begin.ExecuteNonQuery();
            IReadOnlyList<AuditRecord> records;
            try
            {
                var head = ReadHead();
                records = AuditChain.Link(head, bodies);
                var p = _insert.Parameters;
                foreach (var r in records)
                {
                    var e = r.Projection!;
                    p[0].Value = r.Sequence;
                    p[1].Value = UnixMicrosecondsConverter.ToMicroseconds(e.Time);
                    p[2].Value = e.EventId;
                    p[3].Value = e.Type;
                    p[4].Value = e.Outcome;
                    p[5].Value = (object?)e.Agent ?? DBNull.Value;
                    p[6].Value = (object?)e.Human ?? DBNull.Value;
                    p[7].Value = (object?)e.Reason ?? DBNull.Value;
                    p[8].Value = r.Payload;
                    p[9].Value = r.PreviousHash;
                    p[10].Value = r.Hash;
                    _insert.ExecuteNonQuery();
                }

                _moveHead.Parameters[0].Value = records[^1].Sequence;
                _moveHead.Parameters[1].Value = records[^1].Hash;
                _moveHead.ExecuteNonQuery();
                _commit.ExecuteNonQuery();
            }
            catch
            {
                if (_connection.State == ConnectionState.Open)
                {
                    try
                    {
                        _rollback.ExecuteNonQuery();
                    }
                    catch (DbException)
                    {
                        // The transaction may already be gone (the failing statement rolled it back); the session is discarded anyway.
                    }
                }

                throw;
            }

            if (Syncer is null)
            {
                durable(null); // SQLite's own COMMIT synced it (or sync is configured off)
            }
            else
            {
                Syncer.Committed(durable);
            }

            return records;
        }

        public void Dispose()
        {
            // First: the sync threads finish the syncs owed to commits already written.
            Syncer?.Dispose();
            foreach (var command in All())
            {
                command.Dispose();
            }

            _db.Dispose();
        }

        /// <summary>
        /// With full sync configured on a WAL database, the connection commits with synchronous = NORMAL and a
        /// <see cref="WalSyncer"/> syncs the WAL after each commit: the same durability (each commit's frames are on
        /// disk before anyone is told it is durable), but the next commit is written while this one syncs.
        /// </summary>
        private WalSyncer? SyncOutsideSqlite()
        {
            using var mode = _connection.CreateCommand();
            mode.CommandText = "PRAGMA journal_mode";
            var journal = mode.ExecuteScalar() as string;
            mode.CommandText = "PRAGMA synchronous";
            var synchronous = Convert.ToInt64(mode.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            var wal = _connection.DataSource + "-wal";
            if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase) || synchronous < 2 || !File.Exists(wal))
            {
                return null;
            }

            var syncer = WalSyncer.ForFile(wal);
            try
            {
                Execute("PRAGMA synchronous = NORMAL");
                return syncer;
            }
            catch
            {
                syncer.Dispose();
                throw;
            }
        }

        private void Execute(string sql)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        private ChainAnchor ReadHead()
        {
            using (var reader = _head.ExecuteReader())
            {
                if (reader.Read())
                {
                    return new ChainAnchor(reader.GetInt64(0), reader.GetString(1));
                }
            }

            _createHead.Parameters[0].Value = AuditChain.GenesisHash;
            _createHead.ExecuteNonQuery();
            return ChainAnchor.Genesis;
        }

        private DbCommand[] All() => [_begin, _head, _createHead, _insert, _moveHead, _commit, _rollback];

        private DbCommand Command(string sql, params string[] parameters)
        {
            var command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = DBNull.Value;
                command.Parameters.Add(parameter);
            }

            return command;
        }
    }
}
