using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Warden.Core.Audit;

namespace Warden.Audit.Chain;

/// <summary>
/// The one canonical JSON form of an event: fixed property order, nulls and empty lists omitted, detail objects with
/// keys sorted by ordinal, no whitespace, times in UTC with microsecond precision. It is a fixed point
/// (canonicalising a parsed canonical text gives the same text), so exports and re-imports hash the same.
/// </summary>
public static class AuditCanonical
{
    public const int Version = 1;

    // One writer and buffer per thread, reset for each event: an event is serialised without growing a fresh buffer
    // (and a fresh writer) every time. Body does not await, so a thread's pair is never used by two events at once.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Serialises the event without its sequence number; see <see cref="AuditChain.Payload"/>.</summary>
    public static AuditBody Body(AuditEvent e)
    {
        var time = TruncateToMicroseconds(e.Time);
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var w = t_writer ??= new Utf8JsonWriter(buffer);
        w.Reset(buffer);
        try
        {
            w.WriteStartObject();
            w.WriteNumber("v", Version);
            w.WriteNumber("eventId", e.EventId);
            w.WriteString("type", e.Type);
            w.WriteString("time", FormatTime(time));
            w.WriteString("outcome", e.Outcome);
            WriteActor(w, e.Actor);
            Optional(w, "resource", e.Resource);
            Optional(w, "action", e.Action);
            Optional(w, "requestId", e.RequestId);
            Optional(w, "traceId", e.TraceId);
            Optional(w, "clientAddress", e.ClientAddress);
            Optional(w, "errorId", e.ErrorId);
            Optional(w, "reason", e.Reason);
            Optional(w, "policyVersion", e.PolicyVersion);
            OptionalList(w, "ruleIds", e.RuleIds);
            if (e.Details.Count > 0)
            {
                w.WritePropertyName("details");
                w.WriteStartObject();
                var keys = new string[e.Details.Count];
                var k = 0;
                foreach (var key in e.Details.Keys)
                {
                    keys[k++] = key;
                }

                Array.Sort(keys, StringComparer.Ordinal);
                foreach (var key in keys)
                {
                    w.WritePropertyName(key);
                    WriteDetail(w, e.Details[key]);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.Flush();
        }
        catch
        {
            // A writer left mid-object (a detail that failed to serialise) is not reused.
            t_writer = null;
            t_buffer = null;
            throw;
        }

        var projection = new AuditProjection(time, e.EventId, e.Type, e.Outcome, e.Actor.Agent, e.Actor.Human, e.Reason);
        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity > 64 * 1024)
        {
            // A huge event (log_full content) does not pin its buffer to the thread.
            t_buffer = null;
            t_writer = null;
        }

        return new AuditBody(json, projection);
    }

    /// <summary>Reads a payload back into its sequence number and event (details as <see cref="JsonElement"/>).</summary>
    public static (long Sequence, AuditEvent Event) Parse(string payload)
    {
        using var doc = JsonDocument.Parse(payload);
        var r = doc.RootElement;
        var actor = r.TryGetProperty("actor", out var a) ? a : default;
        var e = new AuditEvent
        {
            EventId = r.GetProperty("eventId").GetInt32(),
            Type = r.GetProperty("type").GetString()!,
            Time = DateTimeOffset.Parse(r.GetProperty("time").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            Outcome = r.GetProperty("outcome").GetString()!,
            Actor = new AuditActor
            {
                Human = Str(actor, "human"),
                HumanIssuer = Str(actor, "humanIssuer"),
                Agent = Str(actor, "agent"),
                Chain = List(actor, "chain"),
                Admin = Str(actor, "admin"),
            },
            Resource = Str(r, "resource"),
            Action = Str(r, "action"),
            RequestId = Str(r, "requestId"),
            TraceId = Str(r, "traceId"),
            ClientAddress = Str(r, "clientAddress"),
            ErrorId = Str(r, "errorId"),
            Reason = Str(r, "reason"),
            PolicyVersion = Str(r, "policyVersion"),
            RuleIds = List(r, "ruleIds"),
            Details = r.TryGetProperty("details", out var d)
                ? d.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.Ordinal)
                : new Dictionary<string, object?>(StringComparer.Ordinal),
        };
        return (r.GetProperty("seq").GetInt64(), e);
    }

    public static DateTimeOffset TruncateToMicroseconds(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % 10), TimeSpan.Zero);

    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static void WriteActor(Utf8JsonWriter w, AuditActor actor)
    {
        if (actor.Human is null && actor.HumanIssuer is null && actor.Agent is null && actor.Chain.Count == 0 && actor.Admin is null)
        {
            return;
        }

        w.WritePropertyName("actor");
        w.WriteStartObject();
        Optional(w, "human", actor.Human);
        Optional(w, "humanIssuer", actor.HumanIssuer);
        Optional(w, "agent", actor.Agent);
        OptionalList(w, "chain", actor.Chain);
        Optional(w, "admin", actor.Admin);
        w.WriteEndObject();
    }

    /// <summary>
    /// Common detail values are written directly, exactly as <see cref="JsonSerializer"/> would write them; anything
    /// else goes through the serializer and the canonical writer.
    /// </summary>
    private static void WriteDetail(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNullValue();
                break;
            case string s:
                w.WriteStringValue(s);
                break;
            case bool b:
                w.WriteBooleanValue(b);
                break;
            case int i:
                w.WriteNumberValue(i);
                break;
            case long l:
                w.WriteNumberValue(l);
                break;
            case double d when double.IsFinite(d):
                // What JsonSerializer writes for a double (its converter calls this same method).
                w.WriteNumberValue(d);
                break;
            case string[] list:
                w.WriteStartArray();
                foreach (var item in list)
                {
                    w.WriteStringValue(item);
                }

                w.WriteEndArray();
                break;
            case JsonElement element:
                WriteValue(w, element);
                break;
            default:
                WriteValue(w, JsonSerializer.SerializeToElement(value));
                break;
        }
    }

    private static void WriteValue(Utf8JsonWriter w, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                w.WriteStartObject();
                foreach (var p in value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    w.WritePropertyName(p.Name);
                    WriteValue(w, p.Value);
                }

                w.WriteEndObject();
                break;
            case JsonValueKind.Array:
                w.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    WriteValue(w, item);
                }

                w.WriteEndArray();
                break;
            case JsonValueKind.String:
                w.WriteStringValue(value.GetString());
                break;
            case JsonValueKind.Number:
                // The digits exactly as produced: re-parsing through double could change them.
                w.WriteRawValue(value.GetRawText(), skipInputValidation: true);
                break;
            case JsonValueKind.True:
            case JsonValueKind.False:
                w.WriteBooleanValue(value.GetBoolean());
                break;
            default:
                w.WriteNullValue();
                break;
        }
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void OptionalList(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static string? Str(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string[] List(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Select(x => x.GetString() ?? "")]
            : [];
}
