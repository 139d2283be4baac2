using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Warden.Benchmarks.Load;

/// <summary>
/// Profiling aid without an external tool: tallies one kind of runtime event by name while <see cref="On"/> is set.
/// <see cref="Allocations"/> samples GC AllocationTick events (about one per 100 KB allocated) into bytes by type
/// (WARDEN_ALLOC_PROFILE=1); <see cref="JitCompilations"/> counts the methods the JIT starts compiling (WARDEN_JIT_PROFILE=1).
/// </summary>
internal sealed class RuntimeEventTally : EventListener
{
    private readonly EventKeywords _keywords;
    private readonly Func<EventWrittenEventArgs, (string Key, long Amount)?> _read;

    private RuntimeEventTally(EventKeywords keywords, Func<EventWrittenEventArgs, (string Key, long Amount)?> read)
    {
        _keywords = keywords;
        _read = read;
        // Events of sources created before this constructor ran are enabled here; later ones in OnEventSourceCreated.
        foreach (var source in EventSource.GetSources())
        {
            Enable(source);
        }
    }

    public ConcurrentDictionary<string, long> Totals { get; } = new();

    public volatile bool On;

    public static RuntimeEventTally Allocations() => new((EventKeywords)0x1, e =>
        e.EventName is "GCAllocationTick_V4" or "GCAllocationTick_V3"
            ? (Field(e, "TypeName") as string ?? "?", Convert.ToInt64(Field(e, "AllocationAmount64") ?? 100_000L, System.Globalization.CultureInfo.InvariantCulture))
            : null);

    public static RuntimeEventTally JitCompilations() => new((EventKeywords)0x10, e =>
        e.EventName == "MethodJittingStarted_V1" ? (Field(e, "MethodNamespace") + "::" + Field(e, "MethodName"), 1L) : null);

    protected override void OnEventSourceCreated(EventSource eventSource) => Enable(eventSource);

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (On && eventData.Payload is not null && _read?.Invoke(eventData) is { } hit)
        {
            Totals.AddOrUpdate(hit.Key, hit.Amount, (_, v) => v + hit.Amount);
        }
    }

    private void Enable(EventSource source)
    {
        // OnEventSourceCreated runs from the base constructor, before the fields are set: the constructor catches up.
        if (_keywords != EventKeywords.None && source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, _keywords);
        }
    }

    private static object? Field(EventWrittenEventArgs e, string name) =>
        e.PayloadNames!.IndexOf(name) is var i and >= 0 ? e.Payload![i] : null;
}
