using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Warden.Benchmarks.Load;

/// <summary>
/// Profiling aid (WARDEN_ALLOC_PROFILE=1): samples the runtime's GC AllocationTick events (about one per 100 KB
/// allocated) by type name while <see cref="On"/> is set; a rough allocation profile without an external tool.
/// </summary>
internal sealed class AllocTypes : EventListener
{
    public ConcurrentDictionary<string, long> Bytes { get; } = new();

    public volatile bool On;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!On || eventData.EventName is not ("GCAllocationTick_V4" or "GCAllocationTick_V3") || eventData.Payload is null)
        {
            return;
        }

        var names = eventData.PayloadNames!;
        var type = names.IndexOf("TypeName") is var t and >= 0 ? eventData.Payload[t] as string ?? "?" : "?";
        var amount = names.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(eventData.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        Bytes.AddOrUpdate(type, amount, (_, v) => v + amount);
    }
}
