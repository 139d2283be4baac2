using System.Buffers;
using System.Text;

namespace Warden.Guards.Text;

/// <summary>
/// Decodes runs of Morse code (".. --. -. --- .-. . / .--. .-. . ...-") so the decoded words are scored like other
/// decoded payloads. A run is a sequence of whitespace-separated tokens made only of dots and dashes, with "/" as the
/// word break; lone punctuation tokens are skipped. A run counts only with at least <see cref="MinCodes"/> codes of at
/// least three different kinds, most of them valid, so Markdown rules ("---", "|---|"), spaced dashes and ellipses are
/// left alone.
/// </summary>
internal static class MorseDecoder
{
    private const int MinCodes = 4;
    private const int MinDistinct = 3;
    private const int MaxRuns = 8;
    private const int MaxCodeLength = 7;

    // A dot next to a dash: the only thing ordinary text is searched for (one vectorised scan) before any tokenising.
    private static readonly SearchValues<string> Pairs = SearchValues.Create(
        [".-", "-.", "._", "_.", "·-", "-·", "•-", "-•", "·−", "−·", ".−", "−.", "·–", "–·"], StringComparison.Ordinal);

    private static readonly Dictionary<string, char> Codes = new(StringComparer.Ordinal)
    {
        [".-"] = 'a',
        ["-..."] = 'b',
        ["-.-."] = 'c',
        ["-.."] = 'd',
        ["."] = 'e',
        ["..-."] = 'f',
        ["--."] = 'g',
        ["...."] = 'h',
        [".."] = 'i',
        [".---"] = 'j',
        ["-.-"] = 'k',
        [".-.."] = 'l',
        ["--"] = 'm',
        ["-."] = 'n',
        ["---"] = 'o',
        [".--."] = 'p',
        ["--.-"] = 'q',
        [".-."] = 'r',
        ["..."] = 's',
        ["-"] = 't',
        ["..-"] = 'u',
        ["...-"] = 'v',
        [".--"] = 'w',
        ["-..-"] = 'x',
        ["-.--"] = 'y',
        ["--.."] = 'z',
        ["-----"] = '0',
        [".----"] = '1',
        ["..---"] = '2',
        ["...--"] = '3',
        ["....-"] = '4',
        ["....."] = '5',
        ["-...."] = '6',
        ["--..."] = '7',
        ["---.."] = '8',
        ["----."] = '9',
        [".-.-.-"] = '.',
        ["--..--"] = ',',
        ["..--.."] = '?',
        [".----."] = '\'',
        ["-.-.--"] = '!',
        ["-..-."] = '/',
        ["-.--."] = '(',
        ["-.--.-"] = ')',
        ["---..."] = ':',
        ["-.-.-."] = ';',
        ["-...-"] = '=',
        [".-.-."] = '+',
        ["-....-"] = '-',
        [".-..-."] = '"',
        [".--.-."] = '@',
    };

    private static readonly Dictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> Lookup = Codes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Appends the decoding of every Morse run of <paramref name="text"/>; false when there was none.</summary>
    public static bool AppendDecoded(string text, StringBuilder output)
    {
        if (text.AsSpan().IndexOfAny(Pairs) < 0)
        {
            return false;
        }

        var run = new Run();
        var appended = 0;
        var span = text.AsSpan();
        var i = 0;
        Span<char> code = stackalloc char[MaxCodeLength];
        while (i < span.Length && appended < MaxRuns)
        {
            if (char.IsWhiteSpace(span[i]))
            {
                // Three or more spaces (or a line break) between codes also separate words.
                var gap = i;
                while (i < span.Length && char.IsWhiteSpace(span[i]))
                {
                    i++;
                }

                if (i - gap >= 3 || span[gap..i].Contains('\n'))
                {
                    run.WordBreak();
                }

                continue;
            }

            var start = i;
            while (i < span.Length && !char.IsWhiteSpace(span[i]))
            {
                i++;
            }

            var token = span[start..i];
            if (token is "/" or "//" or "|")
            {
                run.WordBreak();
            }
            else if (TryCanonical(token, code, out var length))
            {
                run.Add(code[..length]);
            }
            else if (!IsPunctuation(token))
            {
                appended += run.Flush(output) ? 1 : 0;
            }
        }

        appended += appended < MaxRuns && run.Flush(output) ? 1 : 0;
        return appended > 0;
    }

    // Dots and dashes in their ASCII form; false for anything else or a code longer than any in the table.
    private static bool TryCanonical(ReadOnlySpan<char> token, Span<char> code, out int length)
    {
        length = 0;
        if (token.Length > MaxCodeLength)
        {
            return false;
        }

        foreach (var c in token)
        {
            var m = c switch
            {
                '.' or '·' or '•' or '∙' => '.',
                '-' or '_' or '−' or '–' => '-',
                _ => '\0',
            };
            if (m == '\0')
            {
                return false;
            }

            code[length++] = m;
        }

        return true;
    }

    private static bool IsPunctuation(ReadOnlySpan<char> token) => token.Length <= 2 && !token.ContainsAnyExcept(",;:!?\"'()");

    private sealed class Run
    {
        private readonly StringBuilder _text = new();
        private readonly HashSet<string> _distinct = new(StringComparer.Ordinal);
        private int _codes;
        private int _unknown;

        public void Add(ReadOnlySpan<char> code)
        {
            _codes++;
            if (_distinct.Count < MinDistinct)
            {
                _distinct.Add(code.ToString());
            }

            if (Lookup.TryGetValue(code, out var c))
            {
                _text.Append(c);
            }
            else
            {
                _unknown++;
            }
        }

        public void WordBreak()
        {
            if (_text.Length > 0 && _text[^1] != ' ')
            {
                _text.Append(' ');
            }
        }

        public bool Flush(StringBuilder output)
        {
            var ok = _codes >= MinCodes && _distinct.Count >= MinDistinct && _unknown * 5 <= _codes;
            if (ok)
            {
                output.Append(" \n ").Append(_text.ToString().Trim());
            }

            _text.Clear();
            _distinct.Clear();
            _codes = 0;
            _unknown = 0;
            return ok;
        }
    }
}
