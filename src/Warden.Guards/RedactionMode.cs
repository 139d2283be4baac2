namespace Warden.Guards;

/// <summary>How a redacted span is replaced.</summary>
public enum RedactionMode
{
    /// <summary>Replace with <c>[TYPE]</c>.</summary>
    Mask,

    /// <summary>Replace with <c>[TYPE:hash]</c>, a truncated SHA-256 keyed per engine, so equal values stay linkable.</summary>
    Hash,

    /// <summary>Replace with a placeholder token stored in a per-request <see cref="GuardVault"/> so the answer can be restored.</summary>
    Tokenize,
}
