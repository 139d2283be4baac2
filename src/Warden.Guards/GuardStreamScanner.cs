using System.Text;

namespace Warden.Guards;

/// <summary>
/// Scans a streamed answer as it accumulates. Text is released once it is more than the hold-back window behind the
/// end of the stream, so a finding that is still being written can be redacted or blocked before the caller sees it.
/// Not thread-safe: one per stream.
/// </summary>
public sealed class GuardStreamScanner
{
    // Re-scanning the whole accumulated text on every tiny chunk would be quadratic; scan after this much new text.
    private const int MinScanStep = 64;

    private readonly GuardEngine _engine;
    private readonly GuardScanContext _context;
    private readonly GuardVault? _vault;
    private readonly int _holdBack;
    private readonly StringBuilder _buffer = new();
    private int _released;
    private int _scannedLength;
    private IReadOnlyList<GuardFinding> _findings = [];

    internal GuardStreamScanner(GuardEngine engine, GuardScanContext context, GuardVault? vault, int holdBack)
    {
        _engine = engine;
        _context = context;
        _vault = vault;
        _holdBack = holdBack;
    }

    /// <summary>True once a finding blocked the stream; later calls release nothing.</summary>
    public bool Blocked { get; private set; }

    /// <summary>Findings so far (with the applied actions).</summary>
    public IReadOnlyList<GuardFinding> Findings => _findings;

    /// <summary>Adds a chunk and returns the text that may now be sent to the caller (possibly empty).</summary>
    public string Append(string chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        if (Blocked)
        {
            return "";
        }

        _buffer.Append(chunk);
        if (_buffer.Length - _scannedLength < MinScanStep && _buffer.Length - _released <= _holdBack)
        {
            return "";
        }

        return Release(final: false);
    }

    /// <summary>Ends the stream: scans the full text and releases the rest.</summary>
    public string Complete() => Blocked ? "" : Release(final: true);

    private string Release(bool final)
    {
        var text = _buffer.ToString();
        var verdict = _engine.Scan(text, _context);
        _scannedLength = text.Length;
        _findings = verdict.Findings;
        if (verdict.Blocked)
        {
            Blocked = true;
            return "";
        }

        var cut = final ? text.Length : Math.Max(_released, text.Length - _holdBack);
        foreach (var f in verdict.Findings)
        {
            // Never release half of a span that will be redacted.
            if (f.Action == GuardAction.Redact && f.Start < cut && f.End > cut && f.Start >= _released)
            {
                cut = f.Start;
            }
        }

        // Keep a trailing unfinished "[...": it may be a vault placeholder the caller restores.
        var open = text.LastIndexOf('[', Math.Max(cut - 1, 0));
        if (!final && open >= _released && open < cut && cut - open < GuardVault.MaxTokenLength && text.IndexOf(']', open) < 0)
        {
            cut = open;
        }

        if (cut <= _released)
        {
            return "";
        }

        var window = new List<GuardFinding>();
        foreach (var f in verdict.Findings)
        {
            if (f.Action == GuardAction.Redact && f.Start >= _released && f.End <= cut)
            {
                window.Add(f with { Start = f.Start - _released, End = f.End - _released });
            }
        }

        var piece = text.Substring(_released, cut - _released);
        _released = cut;
        return window.Count == 0 ? piece : _engine.Redact(piece, window, _vault);
    }
}
