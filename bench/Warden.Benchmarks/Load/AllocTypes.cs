using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
namespace Warden.Benchmarks.Load;
/// <summary>Samples GC AllocationTick events (about one per 100 KB allocated) by type name; a rough allocation profile.</summary>
internal sealed class AllocTypes : EventListener
{
    public readonly ConcurrentDictionary<string, long> Bytes = new();
    public volatile bool On;
    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }
    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!On || e.EventName is not "GCAllocationTick_V4" and not "GCAllocationTick_V3" || e.Payload is null) return;
        var i = e.PayloadNames!.IndexOf("TypeName");
        var a = e.PayloadNames!.IndexOf("AllocationAmount64");
        var name = i >= 0 ? e.Payload[i] as string ?? "?" : "?";
        long amt = a >= 0 ? Convert.ToInt64(e.Payload[a]) : 100_000;
        Bytes.AddOrUpdate(name, amt, (_, v) => v + amt);
    }
}
