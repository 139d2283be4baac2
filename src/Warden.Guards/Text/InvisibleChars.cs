namespace Warden.Guards.Text;

/// <summary>Characters that render as nothing (or reorder text) and so can smuggle instructions past a human reader.</summary>
internal static class InvisibleChars
{
    public static bool IsInvisible(char c) => c switch
    {
        '\u00AD' => true, // soft hyphen
        '\u034F' => true, // combining grapheme joiner
        '\u061C' => true, // Arabic letter mark
        '\u115F' or '\u1160' or '\u3164' or '\uFFA0' => true, // Hangul fillers
        '\u180E' => true, // Mongolian vowel separator
        >= '\u200B' and <= '\u200F' => true, // zero-width space/joiners, LRM/RLM
        >= '\u202A' and <= '\u202E' => true, // bidi embeddings and overrides
        >= '\u2060' and <= '\u2064' => true, // word joiner, invisible operators
        >= '\u2066' and <= '\u2069' => true, // bidi isolates
        >= '\uFE00' and <= '\uFE0F' => true, // variation selectors
        '\uFEFF' => true, // BOM / zero-width no-break space
        _ => false,
    };

    /// <summary>Unicode tag characters (U+E0000–U+E007F), which can encode a whole hidden ASCII message.</summary>
    public static bool IsTag(int codePoint) => codePoint is >= 0xE0000 and <= 0xE007F;

    /// <summary>Supplementary-plane invisibles: variation selectors supplement.</summary>
    public static bool IsInvisibleCodePoint(int codePoint) => codePoint is >= 0xE0100 and <= 0xE01EF;

    /// <summary>Bidi controls are used for "Trojan Source" style reordering rather than hiding.</summary>
    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
