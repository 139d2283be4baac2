using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Warden.Benchmarks.Load;

/// <summary>Profiling aid (WARDEN_JIT_PROFILE=1): names of the methods the JIT compiles while <see cref="On"/> is set.</summary>
internal sealed class JitNames : EventListener
{
    public ConcurrentDictionary<string, int> Methods { get; } = new();

    public volatile bool On;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x10);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!On || eventData.EventName != "MethodJittingStarted_V1" || eventData.Payload is null)
        {
            return;
        }

        var ns = eventData.Payload[eventData.PayloadNames!.IndexOf("MethodNamespace")] as string;
        var name = eventData.Payload[eventData.PayloadNames!.IndexOf("MethodName")] as string;
        Methods.AddOrUpdate(ns + "::" + name, 1, (_, n) => n + 1);
    }
}
