namespace Warden.Policy;

/// <summary>Limits applied while loading policy documents, so hostile documents cannot exhaust the host.</summary>
public sealed record PolicyLoadOptions
{
    /// <summary>The default for <see cref="MaxDocumentBytes"/>: 1 MiB.</summary>
    public const long DefaultMaxDocumentBytes = 1024 * 1024;

    /// <summary>The default options.</summary>
    public static PolicyLoadOptions Default { get; } = new();

    /// <summary>The largest document accepted, in characters of text.</summary>
    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    /// <summary>The deepest nesting of YAML mappings and sequences accepted.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>The most rules accepted across all documents.</summary>
    public int MaxRules { get; init; } = 50_000;

    /// <summary>The longest regular expression accepted, in characters.</summary>
    public int MaxRegexLength { get; init; } = 512;

    /// <summary>Whether to report rules that can never decide (shadowed by a stronger rule). Costs O(rules²) at load.</summary>
    public bool DetectUnreachableRules { get; init; } = true;
}
