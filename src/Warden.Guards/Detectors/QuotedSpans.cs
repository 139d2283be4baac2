namespace Warden.Guards.Detectors;

/// <summary>
/// Round 21c: text presented as an object. Blanks quoted spans ("…", '…', “…”, ‘…’, „…“, «…», 「…」, `…`, closed ``` fences
/// and lines that start with "> ") so a detector can score what the text says outside its quotes. An unclosed quotation
/// mark or fence blanks nothing (a stray mark must not hide the rest of the text). One pass: each kind of closing mark
/// is searched for at most once per position of the text, so hostile runs of opening marks stay linear.
/// </summary>
internal static class QuotedSpans
{
    // Longest quoted span that counts (round 18c's limit): a stray pair of marks must not hide a long text. Fences may be longer.
    private const int MaxQuoted = 600;

    // Spans shorter than this are blanked but do not by themselves make the text "quoting" (a quoted word or two).
    private const int MinQuoted = 8;

    private const string Openers = "\"'“‘„«「`>";

    /// <summary>The text with quoted spans blanked (same length), or null when no span of at least 8 characters was quoted.</summary>
    public static string? Blank(string text)
    {
        if (text.AsSpan().IndexOfAny(Openers) < 0)
        {
            return null;
        }

        var chars = text.ToCharArray();
        var counted = false;
        var closers = new Closers(text);
        var i = 0;
        while (i < chars.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(Openers);
            if (k < 0)
            {
                break;
            }

            i += k;
            var end = SpanEnd(text, i, closers);
            if (end < 0)
            {
                i++;
                continue;
            }

            counted |= end - i >= MinQuoted;
            chars.AsSpan(i, end - i).Fill(' ');
            i = end;
        }

        return counted ? new string(chars) : null;
    }

    // The end (exclusive) of a quoted span opening at i, or -1. A straight mark (" ' `) opens only after a non-word
    // character and closes only before one, so apostrophes ("don't", "users' data") and nested quotes pair as written.
    private static int SpanEnd(string text, int i, Closers closers)
    {
        var c = text[i];
        if (c == '`' && text.AsSpan(i).StartsWith("```", StringComparison.Ordinal))
        {
            var fence = closers.Fence(i + 3);
            return fence < 0 ? -1 : fence + 3;
        }

        if (c == '>')
        {
            var lineStart = i == 0 || text[i - 1] == '\n';
            if (!lineStart || i + 1 >= text.Length || text[i + 1] != ' ')
            {
                return -1;
            }

            var nl = text.IndexOf('\n', i);
            return nl < 0 ? text.Length : nl;
        }

        if (c is '"' or '\'' or '`')
        {
            if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                return -1;
            }

            var j = closers.Straight(c, i + 2);
            return j >= 0 && j - i <= MaxQuoted ? j + 1 : -1;
        }

        var close = c switch
        {
            '“' => closers.Curly(0, i + 1),
            '‘' => closers.Curly(1, i + 1),
            '„' => closers.Curly(2, i + 1),
            '«' => closers.Curly(3, i + 1),
            '「' => closers.Curly(4, i + 1),
            _ => -1,
        };
        return close < 0 || close - i > MaxQuoted ? -1 : close + 1;
    }

    /// <summary>
    /// The next closing mark of each kind at or after a position. Positions asked for only grow during one pass, so each
    /// search resumes where the last one for its kind stopped and the text is read once per kind.
    /// </summary>
    private sealed class Closers(string text)
    {
        private static readonly string[] CurlySets = ["”", "’", "“”", "»", "」"];

        private readonly int[] _curly = [-2, -2, -2, -2, -2];
        private readonly int[] _straight = [-2, -2, -2]; // " ' `
        private int _fence = -2;

        public int Curly(int kind, int from) => Next(text, ref _curly[kind], from, (t, p) => t.AsSpan(p).IndexOfAny(CurlySets[kind]));

        // A straight closing mark: the mark, after at least one character, not followed by a letter or digit.
        public int Straight(char mark, int from)
        {
            var kind = mark == '"' ? 0 : mark == '\'' ? 1 : 2;
            return Next(text, ref _straight[kind], from, (t, p) =>
            {
                for (var j = t.IndexOf(mark, p); j >= 0; j = t.IndexOf(mark, j + 1))
                {
                    if (j + 1 == t.Length || !char.IsLetterOrDigit(t[j + 1]))
                    {
                        return j - p;
                    }
                }

                return -1;
            });
        }

        public int Fence(int from) => Next(text, ref _fence, from, (t, p) => t.IndexOf("```", p, StringComparison.Ordinal) is var f and >= 0 ? f - p : -1);

        // cached: -2 unknown, -1 none left after the last search start, else the absolute position found.
        private static int Next(string text, ref int cached, int from, Func<string, int, int> search)
        {
            if (cached == -1 || (cached >= 0 && cached >= from))
            {
                return cached;
            }

            if (from >= text.Length)
            {
                return -1;
            }

            var rel = search(text, from);
            cached = rel < 0 ? -1 : from + rel;
            return cached;
        }
    }
}
