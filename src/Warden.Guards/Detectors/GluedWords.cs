namespace Warden.Guards.Detectors;

/// <summary>
/// Round 23b: words glued by '_' or '-' ("ignore_all_previous_instructions", "reveal-the-system-prompt"). Returns a copy
/// of the normalised text with each chain of three or more letter-only words glued by one to three '_' / '-' split into
/// words, so a detector can score what the chain says. A part with a digit (ids, hashes, versions, dates) is not a word
/// and ends a chain; a chain next to a path, URL, member access, call, assignment or file extension is left alone. Four
/// or more one-word sentences in a row ("Ignore. All. Previous. Instructions.", "…!" "…?") lose their stops in the same
/// copy. Two passes, linear in the text.
/// </summary>
internal static class GluedWords
{
    private const int MinParts = 3;

    private const int MaxSeparators = 3;

    private const int MinStoppedWords = 4;

    // A chain right after one of these is part of a path, URL, query, member access, variable or key ("/how-to-x-y").
    private const string RejectBefore = "/\\.@$#%&=?~+:";

    // ... or right before one of these (a path, an e-mail, an assignment, a call, an index, a block).
    private const string RejectAfter = "/\\@=([{";

    /// <summary>The text with its glued chains split into words and its stopped words joined (same length), or null when it has neither.</summary>
    public static string? Split(string text)
    {
        char[]? chars = null; // copied on the first change
        SplitChains(text, ref chars);
        DropStops(text, ref chars);
        return chars is null ? null : new string(chars);
    }

    private static void SplitChains(string text, ref char[]? chars)
    {
        if (text.AsSpan().IndexOfAny('_', '-') < 0)
        {
            return;
        }

        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }

            var (end, parts) = Chain(text, i);
            if (parts >= MinParts && Standalone(text, i, end))
            {
                chars ??= text.ToCharArray();
                for (var k = i; k < end; k++)
                {
                    if (chars[k] is '_' or '-')
                    {
                        chars[k] = ' ';
                    }
                }
            }

            i = Math.Max(end, i + 1);
        }
    }

    // "word. word. word. word.": four or more sentences of one word each (letters only, after white space or at the start,
    // the stop followed by white space or the end) in a row; their stops become spaces.
    private static void DropStops(string text, ref char[]? chars)
    {
        if (text.AsSpan().IndexOfAny(".!?") < 0)
        {
            return;
        }

        var runStart = 0;
        var run = 0;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var unit = i > start && (start == 0 || char.IsWhiteSpace(text[start - 1])) && i < text.Length && text[i] is '.' or '!' or '?'
                && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));
            if (unit)
            {
                if (run++ == 0)
                {
                    runStart = start;
                }

                i++;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                continue;
            }

            StopsToSpaces(text, ref chars, runStart, start, run);
            run = 0;
            i = Math.Max(i, start + 1);
        }

        StopsToSpaces(text, ref chars, runStart, text.Length, run);
    }

    private static void StopsToSpaces(string text, ref char[]? chars, int from, int to, int run)
    {
        if (run < MinStoppedWords)
        {
            return;
        }

        chars ??= text.ToCharArray();
        for (var k = from; k < to; k++)
        {
            if (text[k] is '.' or '!' or '?')
            {
                chars[k] = ' ';
            }
        }
    }

    // The end (exclusive) of the run of letter-only parts joined by one to three '_' / '-' that starts at i, and its part
    // count. A part that holds a digit ends the run before it ("prompt_2", "v2_…": the letter-only parts still count).
    private static (int End, int Parts) Chain(string text, int i)
    {
        var parts = 0;
        var j = i;
        var end = i;
        while (true)
        {
            var k = j;
            while (k < text.Length && char.IsLetter(text[k]))
            {
                k++;
            }

            if (k == j || (k < text.Length && char.IsDigit(text[k])))
            {
                return (end, parts);
            }

            parts++;
            end = k;
            var m = k;
            while (m < text.Length && m - k < MaxSeparators && text[m] is '_' or '-')
            {
                m++;
            }

            if (m == k || m == text.Length || !char.IsLetterOrDigit(text[m]))
            {
                return (end, parts);
            }

            j = m;
        }
    }

    // The chain [start, end) is prose, not part of a path, URL, file name, call or assignment.
    private static bool Standalone(string text, int start, int end)
    {
        if (start > 0)
        {
            var b = text[start - 1];
            if (RejectBefore.Contains(b))
            {
                return false;
            }
        }

        if (end < text.Length)
        {
            var a = text[end];
            var next = end + 1 < text.Length ? text[end + 1] : ' ';
            if (RejectAfter.Contains(a) || (a is '.' or ':' && char.IsLetterOrDigit(next)))
            {
                return false;
            }
        }

        return true;
    }
}
