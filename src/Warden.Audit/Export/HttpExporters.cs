using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Warden.Audit.Chain;
using Warden.Core.Audit;

namespace Warden.Audit.Export;

/// <summary>
/// OTLP/HTTP logs (JSON encoding, POST <c>{endpoint}/v1/logs</c>). Hand-encoded rather than through the
/// OpenTelemetry SDK's logger pipeline because that pipeline drops records it cannot deliver; here a failed POST
/// throws and the pump retries from the durable cursor.
/// </summary>
public sealed class OtlpExporter(HttpClient http, Uri endpoint, EventFilter filter) : IAuditExporter
{
    public string Name => "otlp:" + endpoint;

    public bool Accepts(AuditEvent auditEvent) => filter.Matches(auditEvent);

    public async Task SendAsync(IReadOnlyList<ExportItem> batch, CancellationToken cancellationToken)
    {
        var body = Encode(batch);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(endpoint, "v1/logs"), content, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public static string Encode(IReadOnlyList<ExportItem> batch)
    {
        var records = new JsonArray();
        foreach (var item in batch)
        {
            var e = item.Event;
            var failed = e.Outcome is "failure" or "deny" or "block" or "error";
            var attributes = new JsonArray();
            Attr(attributes, "warden.seq", item.Sequence.ToString(CultureInfo.InvariantCulture));
            Attr(attributes, "warden.hash", item.Hash);
            Attr(attributes, "event.name", e.Type);
            Attr(attributes, "warden.event_id", e.EventId.ToString(CultureInfo.InvariantCulture));
            Attr(attributes, "warden.outcome", e.Outcome);
            Attr(attributes, "warden.agent", e.Actor.Agent);
            Attr(attributes, "warden.human", e.Actor.Human);
            Attr(attributes, "warden.request_id", e.RequestId);
            Attr(attributes, "client.address", e.ClientAddress);
            var record = new JsonObject
            {
                ["timeUnixNano"] = ((e.Time.UtcTicks - DateTime.UnixEpoch.Ticks) * 100).ToString(CultureInfo.InvariantCulture),
                ["severityNumber"] = failed ? 13 : 9,
                ["severityText"] = failed ? "WARN" : "INFO",
                ["body"] = new JsonObject { ["stringValue"] = AuditCanonical.Body(e).Json },
                ["attributes"] = attributes,
            };
            if (e.TraceId is { Length: 32 })
            {
                record["traceId"] = e.TraceId;
            }

            records.Add(record);
        }

        var root = new JsonObject
        {
            ["resourceLogs"] = new JsonArray(new JsonObject
            {
                ["resource"] = new JsonObject { ["attributes"] = new JsonArray(new JsonObject { ["key"] = "service.name", ["value"] = new JsonObject { ["stringValue"] = "warden" } }) },
                ["scopeLogs"] = new JsonArray(new JsonObject { ["scope"] = new JsonObject { ["name"] = "warden.audit" }, ["logRecords"] = records }),
            }),
        };
        return root.ToJsonString();
    }

    private static void Attr(JsonArray attributes, string key, string? value)
    {
        if (value is not null)
        {
            attributes.Add(new JsonObject { ["key"] = key, ["value"] = new JsonObject { ["stringValue"] = value } });
        }
    }
}

/// <summary>
/// One HTTP POST per matching event. Receivers verify <c>X-Warden-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c>
/// where v1 = HMAC-SHA256(secret, t + "." + body); the timestamp lets them reject replays.
/// </summary>
public sealed class WebhookExporter(HttpClient http, Uri url, byte[] secret, EventFilter filter, TimeProvider time) : IAuditExporter
{
    public const string SignatureHeader = "X-Warden-Signature";

    public string Name => "webhook:" + url;

    public bool Accepts(AuditEvent auditEvent) => filter.Matches(auditEvent);

    public async Task SendAsync(IReadOnlyList<ExportItem> batch, CancellationToken cancellationToken)
    {
        foreach (var item in batch)
        {
            var body = JsonSerializer.Serialize(new JsonObject
            {
                ["seq"] = item.Sequence,
                ["hash"] = item.Hash,
                ["event"] = JsonNode.Parse(AuditCanonical.Body(item.Event).Json),
            });
            var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add(SignatureHeader, Sign(secret, timestamp, body));
            request.Headers.Add("X-Warden-Event", item.Event.Type);
            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }

    public static string Sign(byte[] secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body));
        return string.Create(CultureInfo.InvariantCulture, $"t={timestamp},v1={Convert.ToHexStringLower(mac)}");
    }

    /// <summary>What a receiver does: recompute and compare in constant time.</summary>
    public static bool Verify(byte[] secret, string header, string body)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        if (!parts.TryGetValue("t", out var t) || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp) || !parts.TryGetValue("v1", out var v1))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body).Split("v1=")[1]);
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(v1));
    }
}

/// <summary>Appends every event as one OCSF JSON line to a local file (for a log shipper to pick up).</summary>
public sealed class OcsfFileExporter(string path, EventFilter filter) : IAuditExporter
{
    public string Name => "ocsf-file:" + Path.GetFullPath(path);

    public bool Accepts(AuditEvent auditEvent) => filter.Matches(auditEvent);

    public async Task SendAsync(IReadOnlyList<ExportItem> batch, CancellationToken cancellationToken)
    {
        var lines = new StringBuilder();
        foreach (var item in batch)
        {
            lines.Append(OcsfMapper.Map(item).ToJsonString()).Append('\n');
        }

        await File.AppendAllTextAsync(path, lines.ToString(), cancellationToken);
    }
}
