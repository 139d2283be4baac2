using Warden.Audit;
using Warden.Core.Audit;

namespace Warden.Server.Audit;

/// <summary>
/// The registered <see cref="IAuditSink"/>: group-committed appends to the durable chain. As a hosted service it is
/// stopped after the web server has drained, so every request that got an answer has its event on disk.
/// </summary>
internal sealed class AuditSink(IAuditStore store, TimeProvider time) : IAuditSink, IHostedService, IAsyncDisposable
{
    private readonly AuditWriter _writer = new(store, time);

    public AuditHealth Health => _writer.Health;

    public AuditWriter Writer => _writer;

    public async ValueTask RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken) =>
        await _writer.AppendAsync(auditEvent, cancellationToken);

    public async ValueTask RecordDeferredAsync(AuditEvent auditEvent) => await _writer.AppendDeferredAsync(auditEvent);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await _writer.DisposeAsync();

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
