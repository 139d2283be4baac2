namespace Warden.Guards.Detectors;

/// <summary>
/// The organisation line of a signature or address block: a person's name alone on its line, optionally a job-title
/// line, then a short line of capitalised words that nothing else names ("Liisa Lepistö\nInnography\n…"). That line is
/// an ORGANIZATION when the block goes on below it.
/// </summary>
/// <remarks>
/// The organisation line is one to three capitalised words of letters (and "&amp;", "-"), none of them a common
/// capitalised word, a known place or a first name. A line that another candidate already touches (a place, a title, a
/// street) is left to it. Quote or list markers before the lines ("&gt;", "*") are skipped. At most
/// <see cref="MaxBlocks"/> name lines are followed, so the cost stays linear.
/// </remarks>
internal static class PiiSignatureBlocks
{
    private const int MaxBlocks = 4;
    private const int MaxWords = 3;
    private const int MaxLine = 40;

    // Above a guess from context-free capitalised words (0.52-0.55), below cue and suffix readings.
    private const double Score = 0.56;

    public static void OrganizationLines(PiiScan scan)
    {
        var text = scan.Text;
        if (!text.Contains('\n'))
        {
            return;
        }

        var found = scan.Found;
        var candidates = found.Count;
        var blocks = 0;
        for (var k = 0; k < candidates && blocks < MaxBlocks; k++)
        {
            var f = found[k];
            if (f.Type != "PERSON" || !WholeLine(text, f.Start, f.End, out var lineEnd) || lineEnd >= text.Length)
            {
                continue;
            }

            blocks++;
            var (s, e) = Content(text, lineEnd + 1);

            // A job-title line between the name and the organisation.
            if (Covered(found, candidates, "TITLE", s, e) && e < text.Length)
            {
                (s, e) = Content(text, LineEnd(text, e) + 1);
            }

            var next = LineEnd(text, e);
            if (e > s && e - s <= MaxLine && next < text.Length && text.AsSpan(next + 1).ContainsAnyExcept(" \t\r\n") && IsOrganizationLine(text.AsSpan(s, e - s))
                && !Touched(found, candidates, s, e))
            {
                scan.Emit("ORGANIZATION", s, e, Score);
            }
        }
    }

    // The name is the only content of its line, apart from leading markers and spaces.
    private static bool WholeLine(string text, int start, int end, out int lineEnd)
    {
        lineEnd = LineEnd(text, end);
        if (text.AsSpan(end, lineEnd - end).ContainsAnyExcept(" \t\r"))
        {
            return false;
        }

        var p = start;
        while (p > 0 && text[p - 1] != '\n')
        {
            if (char.IsLetterOrDigit(text[p - 1]))
            {
                return false;
            }

            p--;
        }

        return true;
    }

    private static int LineEnd(string text, int from)
    {
        var n = text.AsSpan(from).IndexOf('\n');
        return n < 0 ? text.Length : from + n;
    }

    // The line's content from the first letter or digit to the last one (markers and spaces trimmed).
    private static (int Start, int End) Content(string text, int lineStart)
    {
        var end = LineEnd(text, lineStart);
        var s = lineStart;
        while (s < end && !char.IsLetterOrDigit(text[s]))
        {
            s++;
        }

        var e = end;
        while (e > s && !char.IsLetterOrDigit(text[e - 1]))
        {
            e--;
        }

        return (s, e);
    }

    private static bool IsOrganizationLine(ReadOnlySpan<char> line)
    {
        var gaz = Gazetteer.Instance;
        var words = 0;
        var i = 0;
        while (i < line.Length)
        {
            var ws = i;
            while (i < line.Length && line[i] != ' ')
            {
                i++;
            }

            var w = line[ws..i];
            if (w is not "&")
            {
                if (++words > MaxWords || w.Length < 2 || !char.IsUpper(w[0]) || !IsWord(w) || CommonWords.CapitalizedSpan.Contains(w)
                    || gaz.Place.Contains(w) || gaz.First.Contains(w))
                {
                    return false;
                }
            }

            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }
        }

        return words > 0 && !gaz.Place.Contains(line);
    }

    // Letters and hyphens only.
    private static bool IsWord(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool Covered(IReadOnlyList<GuardFinding> found, int count, string type, int s, int e)
    {
        for (var k = 0; k < count; k++)
        {
            if (found[k].Type == type && found[k].Start <= s && found[k].End >= e && e > s)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Touched(IReadOnlyList<GuardFinding> found, int count, int s, int e)
    {
        for (var k = 0; k < count; k++)
        {
            if (found[k].Start < e && found[k].End > s)
            {
                return true;
            }
        }

        return false;
    }
}
