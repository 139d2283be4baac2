using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warden.Audit.Chain;
using Warden.Core.Audit;
using Warden.Storage.Audit;
using Warden.Storage.Data;
using Warden.Storage.Tests.Infrastructure;

namespace Warden.Storage.Tests.Audit;

public sealed class SqliteAuditAppenderTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Dispose_WhileACheckpointIsStillOpening_ClosesItsConnectionWhenItEnds()
    {
        // Regression: Dispose waited 10 s for the background checkpoint, then disposed whatever context it had. A
        // checkpoint that had not created its context yet created it afterwards and never closed it; one that was
        // running had the context disposed under its PRAGMA.
        var options = await database.CreateFreshAsync();
        var services = database.CreateServices(options);
        await services.GetRequiredService<IWardenStorage>().InitializeAsync(CancellationToken.None);
        var factory = new GatedFactory(services.GetRequiredService<IDbContextFactory<WardenDbContext>>());
        var appender = new SqliteAuditAppender(factory) { CheckpointWaitOnDispose = TimeSpan.Zero };

        for (var i = 0; i < 50; i++)
        {
            appender.Append([Body(i)], _ => { }, CancellationToken.None);
        }

        await factory.CheckpointWaiting.Task.WaitAsync(Timeout); // the 50th commit started a checkpoint
        appender.Dispose();
        Assert.False(appender.CheckpointClosed.IsCompleted);

        factory.Open.SetResult();
        await appender.CheckpointClosed.WaitAsync(Timeout);
        var checkpointDb = Assert.Single(factory.AsyncCreated);
        Assert.Throws<ObjectDisposedException>(() => checkpointDb.Database.GetDbConnection());
    }

    private static AuditBody Body(int i) => AuditCanonical.Body(new AuditEvent
    {
        EventId = AuditEventIds.TokenIssued,
        Type = "token.issued",
        Time = TestData.Now.AddSeconds(i),
        Outcome = "success",
        Reason = $"Reason number {i}",
    });

    /// <summary>Sessions open at once; the checkpoint's context (the only one created asynchronously) waits for <see cref="Open"/>.</summary>
    private sealed class GatedFactory(IDbContextFactory<WardenDbContext> inner) : IDbContextFactory<WardenDbContext>
    {
        public TaskCompletionSource CheckpointWaiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Open { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<WardenDbContext> AsyncCreated { get; } = [];

        public WardenDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<WardenDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
        {
            CheckpointWaiting.TrySetResult();
            await Open.Task;
            var db = inner.CreateDbContext();
            AsyncCreated.Add(db);
            return db;
        }
    }
}
