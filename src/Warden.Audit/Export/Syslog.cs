using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Warden.Audit.Export;

/// <summary>
/// RFC 5424 messages: facility 13 (log audit), severity from the outcome, MSGID the event type, structured data
/// <c>[warden@32473 …]</c> (32473 is the example enterprise number RFC 5612 reserves for documentation), and the
/// OCSF JSON of the event as MSG.
/// </summary>
public static class SyslogFormatter
{
    public const int Facility = 13;
    public const string SdId = "warden@32473";

    public static string Format(ExportItem item, string hostname)
    {
        var e = item.Event;
        var severity = e.Outcome is "failure" or "deny" or "block" or "error" ? 4 : 6;
        var sd = new StringBuilder("[").Append(SdId);
        Param(sd, "seq", item.Sequence.ToString(CultureInfo.InvariantCulture));
        Param(sd, "eventId", e.EventId.ToString(CultureInfo.InvariantCulture));
        Param(sd, "outcome", e.Outcome);
        Param(sd, "agent", e.Actor.Agent);
        Param(sd, "human", e.Actor.Human);
        Param(sd, "requestId", e.RequestId);
        Param(sd, "traceId", e.TraceId);
        sd.Append(']');
        var msg = JsonSerializer.Serialize(OcsfMapper.Map(item));
        return string.Create(CultureInfo.InvariantCulture,
            $"<{(Facility * 8) + severity}>1 {e.Time.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'} {Header(hostname, 255)} warden - {Header(e.Type, 32)} {sd} {msg}");
    }

    private static void Param(StringBuilder sd, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        // RFC 5424 section 6.3.3: '"', '\' and ']' are escaped inside PARAM-VALUE.
        sd.Append(' ').Append(name).Append("=\"").Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal)).Append('"');
    }

    // Header fields are printable US-ASCII without spaces, or "-" when empty.
    private static string Header(string value, int max)
    {
        var clean = new string([.. value.Where(c => c is > ' ' and < (char)127).Take(max)]);
        return clean.Length == 0 ? "-" : clean;
    }
}

/// <summary>Sends RFC 5424 messages over TCP (RFC 6587 octet counting, one connection reused) or UDP (one datagram each).</summary>
public sealed class SyslogExporter(string host, int port, bool tcp, EventFilter filter) : IAuditExporter, IDisposable
{
    private const int MaxUdpBytes = 8192;
    private TcpClient? _client;

    public string Name => $"syslog:{(tcp ? "tcp" : "udp")}:{host}:{port}";

    public bool Accepts(Core.Audit.AuditEvent auditEvent) => filter.Matches(auditEvent);

    public async Task SendAsync(IReadOnlyList<ExportItem> batch, CancellationToken cancellationToken)
    {
        var hostname = Environment.MachineName;
        if (!tcp)
        {
            using var udp = new UdpClient();
            foreach (var item in batch)
            {
                var bytes = Encoding.UTF8.GetBytes(SyslogFormatter.Format(item, hostname));
                await udp.SendAsync(bytes.AsMemory(0, Math.Min(bytes.Length, MaxUdpBytes)), host, port, cancellationToken);
            }

            return;
        }

        try
        {
            if (_client is not { Connected: true })
            {
                _client?.Dispose();
                _client = new TcpClient();
                await _client.ConnectAsync(host, port, cancellationToken);
            }

            var stream = _client.GetStream();
            var buffer = new StringBuilder();
            foreach (var item in batch)
            {
                var message = SyslogFormatter.Format(item, hostname);
                buffer.Append(Encoding.UTF8.GetByteCount(message).ToString(CultureInfo.InvariantCulture)).Append(' ').Append(message);
            }

            await stream.WriteAsync(Encoding.UTF8.GetBytes(buffer.ToString()), cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
        catch
        {
            // A broken connection is rebuilt on the retry; the batch is sent again (receivers may see a duplicate, never a gap).
            _client?.Dispose();
            _client = null;
            throw;
        }
    }

    public void Dispose() => _client?.Dispose();
}
