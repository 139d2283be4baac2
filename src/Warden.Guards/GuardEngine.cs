using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Warden.Guards.Detectors;

namespace Warden.Guards;

/// <summary>
/// Runs the configured detectors per channel and turns their findings into a verdict (block, redact, flag).
/// Thread-safe and meant to be shared; per-request state lives in <see cref="GuardVault"/> and <see cref="GuardStreamScanner"/>.
/// Fails closed: a detector that throws raises <see cref="GuardException"/> (WRD5002) instead of letting text through.
/// </summary>
public sealed class GuardEngine
{
    private readonly Dictionary<string, IGuardDetector> _detectors;
    private readonly Redactor _redactor;
    private readonly Dictionary<string, Dictionary<string, GuardAction>> _typeActions;

    /// <summary>Builds an engine from options and an explicit detector set.</summary>
    /// <exception cref="GuardException">WRD5003 when the options are invalid (all problems are listed).</exception>
    public GuardEngine(GuardOptions options, IEnumerable<IGuardDetector> detectors)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(detectors);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new GuardException(GuardErrors.InvalidOptions, "invalid guard options: " + string.Join(" ", errors));
        }

        Options = options;
        _detectors = detectors.ToDictionary(d => d.Name, StringComparer.Ordinal);
        _typeActions = options.FindingTypes.Where(p => p.Value.Count > 0).ToDictionary(
            p => p.Key, p => new Dictionary<string, GuardAction>(p.Value, StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);
        var key = options.HashKey?.ToArray() ?? RandomNumberGenerator.GetBytes(32);
        _redactor = new Redactor(options.RedactionMode, key);
    }

    /// <summary>The options in force.</summary>
    public GuardOptions Options { get; }

    /// <summary>The detectors this engine can run.</summary>
    public IReadOnlyCollection<IGuardDetector> Detectors => _detectors.Values;

    /// <summary>Builds the engine with all built-in detectors and the shipped models. No DI required.</summary>
    public static GuardEngine CreateDefault(GuardOptions? options = null)
    {
        options ??= new GuardOptions();
        return new GuardEngine(options, BuiltInDetectors.Create(options));
    }

    /// <summary>Scans text from a channel.</summary>
    public GuardVerdict Scan(string text, GuardChannel channel, GuardVault? vault = null) =>
        Scan(text, new GuardScanContext { Channel = channel, Canary = Options.Canary }, vault);

    /// <summary>
    /// Runs one detector. A regex that reaches its match timeout is given one more try from scratch: on a starved CPU a
    /// cold process can spend the timeout on work that takes microseconds once warm, while a pattern that really runs
    /// away times out again and the text is refused. Any other exception is not retried.
    /// </summary>
    private static void ScanOnce(IGuardDetector detector, string text, GuardScanContext context, List<GuardFinding> local)
    {
        try
        {
            detector.Scan(text, context, local);
        }
        catch (RegexMatchTimeoutException)
        {
            local.Clear();
            detector.Scan(text, context, local);
        }
    }

    /// <summary>Scans text with a full context (system prompt for leak detection).</summary>
    /// <exception cref="GuardException">WRD5001 when the text is too large; WRD5002 when a detector fails.</exception>
    public GuardVerdict Scan(string text, GuardScanContext context, GuardVault? vault = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        EnsureSize(text);
        if (context.Canary is null && Options.Canary is not null)
        {
            context = context with { Canary = Options.Canary };
        }

        var findings = new List<GuardFinding>();
        var policy = PolicyFor(context.Channel);
        foreach (var (name, action) in policy.Detectors)
        {
            if (action == GuardAction.Allow || !_detectors.TryGetValue(name, out var detector))
            {
                continue;
            }

            var local = new List<GuardFinding>();
            try
            {
                ScanOnce(detector, text, context, local);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new GuardException(GuardErrors.DetectorFailed, $"detector '{name}' failed ({ex.GetType().Name}); the text was refused because guards fail closed.", ex);
            }

            var types = _typeActions.GetValueOrDefault(name);
            foreach (var f in local)
            {
                var a = types is not null && types.TryGetValue(f.Type, out var typeAction) ? typeAction : action;
                if (a != GuardAction.Allow)
                {
                    findings.Add(f with { Action = a });
                }
            }
        }

        findings.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Detector, b.Detector));
        var strongest = findings.Count == 0 ? GuardAction.Allow : findings.Max(f => f.Action);
        var output = strongest == GuardAction.Redact ? _redactor.Apply(text, findings, vault) : text;
        return new GuardVerdict { Action = strongest, Channel = context.Channel, Findings = findings, Text = output };
    }

    /// <summary>Async form of <see cref="Scan(string, GuardScanContext, GuardVault?)"/> for pipelines; detectors are CPU-bound and sub-millisecond.</summary>
    public ValueTask<GuardVerdict> ScanAsync(string text, GuardScanContext context, GuardVault? vault = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Scan(text, context, vault));
    }

    /// <summary>Scans chat messages; each message's role selects its channel, and the system prompt feeds leak detection.</summary>
    /// <exception cref="GuardException">WRD5005 when there are too many messages; WRD5001 when their total size is too large.</exception>
    public GuardMessagesVerdict ScanMessages(IReadOnlyList<GuardMessage> messages, GuardVault? vault = null)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count > Options.MaxMessages)
        {
            throw new GuardException(GuardErrors.TooManyMessages, $"too many messages: {messages.Count} exceeds limit {Options.MaxMessages}; raise guards.maxMessages or send fewer messages.");
        }

        long total = 0;
        foreach (var m in messages)
        {
            total += Encoding.UTF8.GetByteCount(m.Content ?? "");
        }

        if (total > Options.MaxInputBytes)
        {
            throw TooLarge(total);
        }

        var system = string.Join("\n", messages.Where(m => m.Channel == GuardChannel.System).Select(m => m.Content));
        var verdicts = new List<GuardVerdict>(messages.Count);
        foreach (var m in messages)
        {
            var ctx = new GuardScanContext { Channel = m.Channel, SystemPrompt = system.Length > 0 ? system : null, Canary = Options.Canary };
            verdicts.Add(Scan(m.Content ?? "", ctx, vault));
        }

        var action = verdicts.Count == 0 ? GuardAction.Allow : verdicts.Max(v => v.Action);
        return new GuardMessagesVerdict { Action = action, Messages = verdicts };
    }

    /// <summary>Creates a scanner for a streamed answer that holds back at most <see cref="GuardOptions.StreamHoldBackChars"/> characters.</summary>
    public GuardStreamScanner CreateStreamScanner(GuardScanContext context, GuardVault? vault = null) =>
        new(this, context, vault, Options.StreamHoldBackChars);

    internal IGuardDetector? Find(string name) => _detectors.GetValueOrDefault(name);

    internal ChannelGuardPolicy PolicyFor(GuardChannel channel) =>
        Options.Channels.TryGetValue(channel, out var p) ? p
        : GuardOptions.DefaultChannels.TryGetValue(channel, out var d) ? d : new ChannelGuardPolicy();

    internal string Redact(string text, IReadOnlyList<GuardFinding> findings, GuardVault? vault) => _redactor.Apply(text, findings, vault);

    private void EnsureSize(string text)
    {
        // Every UTF-16 unit is at least one UTF-8 byte and at most three, so most texts skip the exact count.
        if (text.Length <= Options.MaxInputBytes / 3)
        {
            return;
        }

        long bytes = text.Length > Options.MaxInputBytes ? text.Length : Encoding.UTF8.GetByteCount(text);
        if (bytes > Options.MaxInputBytes)
        {
            throw TooLarge(Encoding.UTF8.GetByteCount(text));
        }
    }

    private GuardException TooLarge(long bytes) =>
        new(GuardErrors.InputTooLarge, $"input too large: {bytes} bytes exceeds limit {Options.MaxInputBytes}; raise guards.maxInputBytes or split the text.");
}
