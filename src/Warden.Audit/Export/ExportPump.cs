using Warden.Audit.Chain;
using Warden.Core.Audit;

namespace Warden.Audit.Export;

/// <summary>One event handed to an exporter.</summary>
public sealed record ExportItem(long Sequence, string Hash, AuditEvent Event);

/// <summary>A destination for audit events. <see cref="SendAsync"/> throws when delivery failed; the batch is retried.</summary>
public interface IAuditExporter
{
    /// <summary>Stable name; the delivery cursor is stored under it.</summary>
    string Name { get; }

    bool Accepts(AuditEvent auditEvent);

    Task SendAsync(IReadOnlyList<ExportItem> batch, CancellationToken cancellationToken);
}

/// <summary>
/// Moves events from the durable store to one exporter by sequence cursor. Requests never wait for it and nothing is
/// lost when the destination is down: the store is the queue, memory holds one batch, and delivery resumes from the
/// stored cursor (also after a restart) with exponential backoff between attempts.
/// </summary>
public sealed class ExportPump(IAuditStore store, IAuditExporter exporter, TimeProvider time, int batchSize = 200)
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public static readonly TimeSpan MinBackoff = TimeSpan.FromMilliseconds(200);
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    public string Name => exporter.Name;

    /// <summary>The last error, for diagnostics; null after a successful delivery.</summary>
    public string? LastError { get; private set; }

    public long Delivered { get; private set; }

    /// <summary>Signals new events; never blocks.</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cursor = await WithRetryAsync(ct => store.GetCursorAsync(exporter.Name, ct), cancellationToken);
        var backoff = MinBackoff;
        while (!cancellationToken.IsCancellationRequested)
        {
            IReadOnlyList<AuditRecord> page;
            try
            {
                page = await store.ReadAsync(cursor, batchSize, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LastError = ex.Message;
                await DelayAsync(backoff, cancellationToken);
                backoff = Next(backoff);
                continue;
            }

            if (page.Count == 0)
            {
                // New events wake us at once; the timeout covers events written by another node.
                await _wake.WaitAsync(TimeSpan.FromSeconds(1), cancellationToken);
                continue;
            }

            var items = page.Select(r => (r, AuditCanonical.Parse(r.Payload).Event))
                .Where(x => exporter.Accepts(x.Event))
                .Select(x => new ExportItem(x.r.Sequence, x.r.Hash, x.Event)).ToList();
            try
            {
                if (items.Count > 0)
                {
                    await exporter.SendAsync(items, cancellationToken);
                }

                cursor = page[^1].Sequence;
                await store.SetCursorAsync(exporter.Name, cursor, cancellationToken);
                Delivered += items.Count;
                LastError = null;
                backoff = MinBackoff;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LastError = ex.Message;
                await DelayAsync(backoff, cancellationToken);
                backoff = Next(backoff);
            }
        }
    }

    private static TimeSpan Next(TimeSpan backoff) => backoff * 2 > MaxBackoff ? MaxBackoff : backoff * 2;

    private Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) => Task.Delay(delay, time, cancellationToken);

    private async Task<T> WithRetryAsync<T>(Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        var backoff = MinBackoff;
        while (true)
        {
            try
            {
                return await action(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LastError = ex.Message;
                await DelayAsync(backoff, cancellationToken);
                backoff = Next(backoff);
            }
        }
    }
}

/// <summary>Event filters as configured: exact types, <c>prefix.*</c>, or numeric ids; none means everything.</summary>
public sealed class EventFilter(IReadOnlyList<string> patterns)
{
    public bool Matches(AuditEvent e) => patterns.Count == 0 || patterns.Any(p =>
        string.Equals(p, e.Type, StringComparison.Ordinal)
        || (p.EndsWith(".*", StringComparison.Ordinal) && e.Type.StartsWith(p[..^1], StringComparison.Ordinal))
        || string.Equals(p, e.EventId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        || p == "*");
}
