using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Warden.Guards.Text;

/// <summary>
/// Finds payloads encoded as base64, hex, rot13, URL-encoding, Morse code, 8-bit binary or reversed text and appends
/// readable decodings.
/// </summary>
internal static class PayloadDecoder
{
    // Bounds the work an adversary can force: a text full of base64-looking runs decodes at most this many.
    private const int MaxDecodes = 8;
    private const int MinRun = 16;

    // rot13 of words that carry attacks; if any occurs, the whole text is worth decoding.
    private static readonly string[] Rot13Markers = ["vtaber", "vafgehpgvba", "cebzcg", "cnffjbeq", "flfgrz", "cerivbhf", "qvfertneq", "erirny", "frperg", "wnvyoernx"];

    // The same words written backwards ("snoitcurtsni suoiverp erongi"): one vectorised scan of the text.
    private static readonly SearchValues<string> ReversedMarkers = SearchValues.Create(
        ["erongi", "snoitcurtsni", "tpmorp", "suoiverp", "dragersid", "laever", "drowssap", "tegrof", "kaerbliaj", "selur ruoy"], StringComparison.OrdinalIgnoreCase);

    // ASCII letters in 8-bit binary start with one of these; text without any is not searched for binary tokens.
    private static readonly SearchValues<string> BinaryMarkers = SearchValues.Create(["0110", "0111", "0100", "0101"], StringComparison.Ordinal);

    public static void AppendDecoded(string text, StringBuilder output)
    {
        var decodes = 0;
        var i = 0;
        while (i < text.Length && decodes < MaxDecodes)
        {
            if (!IsBase64Char(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsBase64Char(text[i]))
            {
                i++;
            }

            if (i - start >= MinRun && TryDecode(text.AsSpan(start, i - start), out var decoded))
            {
                output.Append(" \n ").Append(decoded.ToLowerInvariant());
                decodes++;
            }
        }

        if (CountPercentEscapes(text) >= 3)
        {
            try
            {
                output.Append(" \n ").Append(Uri.UnescapeDataString(text).ToLowerInvariant());
            }
            catch (UriFormatException)
            {
                // Malformed escapes: nothing to decode.
            }
        }

        foreach (var marker in Rot13Markers)
        {
            if (text.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                output.Append(" \n ").Append(Rot13(text).ToLowerInvariant());
                break;
            }
        }

        if (text.AsSpan().IndexOfAny(ReversedMarkers) >= 0)
        {
            output.Append(" \n ").Append(Reverse(text).ToLowerInvariant());
        }

        MorseDecoder.AppendDecoded(text, output);
        if (text.AsSpan().IndexOfAny(BinaryMarkers) >= 0)
        {
            AppendBinary(text, output);
        }
    }

    /// <summary>Decodes runs of at least four whitespace-separated 8-bit binary bytes ("01101001 01100111 ...") or one long bit string.</summary>
    internal static void AppendBinary(string text, StringBuilder output)
    {
        var bytes = new List<byte>();
        var decodes = 0;
        foreach (var range in text.AsSpan().SplitAny(" \t\r\n,"))
        {
            var token = text.AsSpan()[range];
            if (token.Length == 0)
            {
                continue;
            }

            if (token.Length % 8 == 0 && !token.ContainsAnyExcept('0', '1'))
            {
                for (var k = 0; k < token.Length; k += 8)
                {
                    bytes.Add(byte.Parse(token.Slice(k, 8), NumberStyles.AllowBinarySpecifier, CultureInfo.InvariantCulture));
                }

                continue;
            }

            decodes += FlushBinary(bytes, output) ? 1 : 0;
            if (decodes >= MaxDecodes)
            {
                return;
            }
        }

        FlushBinary(bytes, output);
    }

    private static bool FlushBinary(List<byte> bytes, StringBuilder output)
    {
        var ok = false;
        if (bytes.Count >= 4 && Printable(CollectionsMarshal.AsSpan(bytes), out var decoded) && decoded.Any(char.IsLetter))
        {
            output.Append(" \n ").Append(decoded.ToLowerInvariant());
            ok = true;
        }

        bytes.Clear();
        return ok;
    }

    internal static string Reverse(string text) => string.Create(text.Length, text, static (span, src) =>
    {
        for (var i = 0; i < src.Length; i++)
        {
            span[i] = src[src.Length - 1 - i];
        }

        // Keep surrogate pairs in order after reversing.
        for (var i = 0; i + 1 < span.Length; i++)
        {
            if (char.IsLowSurrogate(span[i]) && char.IsHighSurrogate(span[i + 1]))
            {
                (span[i], span[i + 1]) = (span[i + 1], span[i]);
                i++;
            }
        }
    });

    private static bool IsBase64Char(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or '-' or '_';

    private static bool TryDecode(ReadOnlySpan<char> run, out string decoded)
    {
        decoded = "";
        if (IsHex(run) && run.Length % 2 == 0)
        {
            try
            {
                return Printable(Convert.FromHexString(run), out decoded);
            }
            catch (FormatException)
            {
                return false;
            }
        }

        // Require both cases or digits: plain words and identifiers are not base64 payloads.
        var hasUpper = false;
        var hasLower = false;
        foreach (var c in run)
        {
            hasUpper |= char.IsAsciiLetterUpper(c);
            hasLower |= char.IsAsciiLetterLower(c);
        }

        if (!hasUpper || !hasLower)
        {
            return false;
        }

        Span<char> buf = run.Length <= 4096 ? stackalloc char[run.Length + 3] : new char[run.Length + 3];
        var n = 0;
        foreach (var c in run)
        {
            buf[n++] = c switch { '-' => '+', '_' => '/', _ => c };
        }

        while (n % 4 != 0)
        {
            buf[n++] = '=';
        }

        var bytes = new byte[n / 4 * 3];
        return Convert.TryFromBase64Chars(buf[..n], bytes, out var written) && Printable(bytes.AsSpan(0, written), out decoded);
    }

    private static bool IsHex(ReadOnlySpan<char> run)
    {
        foreach (var c in run)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Printable(ReadOnlySpan<byte> bytes, out string text)
    {
        text = Encoding.UTF8.GetString(bytes);
        if (text.Length == 0)
        {
            return false;
        }

        var ok = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || char.IsPunctuation(c))
            {
                ok++;
            }
        }

        return ok >= text.Length * 0.85;
    }

    private static int CountPercentEscapes(string text)
    {
        var count = 0;
        for (var i = text.IndexOf('%', StringComparison.Ordinal); i >= 0 && i + 2 < text.Length; i = text.IndexOf('%', i + 1))
        {
            if (char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
            {
                count++;
            }
        }

        return count;
    }

    internal static string Rot13(string text) => string.Create(text.Length, text, static (span, src) =>
    {
        for (var i = 0; i < src.Length; i++)
        {
            var c = src[i];
            span[i] = c switch
            {
                >= 'a' and <= 'z' => (char)('a' + ((c - 'a' + 13) % 26)),
                >= 'A' and <= 'Z' => (char)('A' + ((c - 'A' + 13) % 26)),
                _ => c,
            };
        }
    });
}
