namespace Warden.Guards.Detectors;

/// <summary>
/// Person names written all in lower case, found only where the context says a name stands there:
/// <list type="bullet">
/// <item>after a lower-case title with its full stop ("mr. haldane", "dr. okafor");</item>
/// <item>after a "name:" form label aligned with several spaces, or whose words are known names ("name:    teodor k. varga");</item>
/// <item>as a line of its own, two or three words (a middle initial allowed), above further lines, when the first word
///   is a known given name and the last a known name ("maria lopez" above a job title, "jonas m. weber").</item>
/// </list>
/// The gazetteer holds capitalised names, so each word is looked up with its first letter raised.
/// Every check starts from one word and reads at most the rest of that line: the pass stays linear.
/// </summary>
internal static class PiiLowerCaseNames
{
    private const int MaxWord = 32;

    /// <summary>
    /// Tries the three readings at word <paramref name="i"/> (a lower-case word). Returns the index of the first word after
    /// the name when one was emitted, otherwise <paramref name="i"/>.
    /// </summary>
    public static int Match(string text, List<(int Start, int End)> words, int i, Gazetteer gaz, Action<string, int, int, double> emit)
    {
        var (start, end) = words[i];
        var word = text.AsSpan(start, end - start);

        // "mr. haldane": a lower-case title, its full stop, then a lower-case name.
        if (word.Length is >= 2 and <= 4 && end + 2 < text.Length && text[end] == '.' && text[end + 1] == ' ' && IsLowerTitle(word)
            && i + 1 < words.Count && words[i + 1].Start == end + 2 && IsLowerNameWord(text, words[i + 1], gaz, needKnown: false))
        {
            var j = i + 1;
            while (j + 1 < words.Count && j - i < 3 && text.AsSpan(words[j].End, words[j + 1].Start - words[j].End) is " "
                && IsLowerNameWord(text, words[j + 1], gaz, needKnown: true))
            {
                j++;
            }

            emit("TITLE", start, end + 1, 0.85);
            emit("PERSON", words[i + 1].Start, words[j].End, 0.8);
            return j + 1;
        }

        // "name:    teodor k. varga": a lower-case name label, then a line of name words.
        if (word is "name" && end < text.Length && text[end] == ':' && i + 1 < words.Count)
        {
            var gap = words[i + 1].Start - end - 1;
            var last = LineRun(text, words, i + 1, 4, out var hasInitial);
            if (last > i + 1 && gap is >= 1 and <= 12 && text.AsSpan(end + 1, gap).IndexOfAnyExcept(' ', '\t') < 0
                && (gap >= 2 || hasInitial || (Known(text, words[i + 1], gaz.First) && Known(text, words[last], gaz.Last))))
            {
                emit("PERSON", words[i + 1].Start, words[last].End, 0.8);
                return last + 1;
            }

            return i;
        }

        // "maria lopez" alone on the first line of a block.
        if (start == 0 || text[start - 1] == '\n')
        {
            var last = LineRun(text, words, i, 3, out _);
            if (last > i && AtLineEnd(text, words[last].End) is var le && le >= 0 && le < text.Length
                && ((Known(text, words[i], gaz.First) && (Known(text, words[last], gaz.Last) || Known(text, words[last], gaz.First)))
                    || (start == 0 && ContactCard(text, le))))
            {
                emit("PERSON", start, words[last].End, 0.7);
                return last + 1;
            }
        }

        return i;
    }

    /// <summary>
    /// "her maiden name is hansen", "people call me višeslav": a lower-case name right after "name is" or "call me",
    /// ending the clause: a known name (and a second one after it), or a word with letters outside ASCII, which no
    /// English word after these cues has ("call me later" is not matched). Called only for a lower-case word after "is" or "me".
    /// Returns the index after the name, or <paramref name="i"/>.
    /// </summary>
    public static int AfterNameCue(string text, List<(int Start, int End)> words, int i, Gazetteer gaz, Action<string, int, int, double> emit)
    {
        if (i < 2 || !Spaced(text, words, i - 2) || !Spaced(text, words, i - 1))
        {
            return i;
        }

        var cue = text.AsSpan(words[i - 2].Start, words[i - 1].End - words[i - 2].Start);
        if (cue.Equals("up with", StringComparison.OrdinalIgnoreCase))
        {
            return AfterFollowUp(text, words, i, gaz, emit);
        }

        if (!cue.Equals("name is", StringComparison.OrdinalIgnoreCase) && !cue.Equals("call me", StringComparison.OrdinalIgnoreCase)
            || !LowerName(text, words[i], gaz))
        {
            return i;
        }

        var j = i;
        if (j + 1 < words.Count && Spaced(text, words, j) && IsLowerNameWord(text, words[j + 1], gaz, needKnown: true))
        {
            j++;
        }

        var e = words[j].End;
        if (e < text.Length && text[e] is not ('.' or ',' or '!' or '?' or ';' or '\n' or '\r'))
        {
            return i;
        }

        emit("PERSON", words[i].Start, e, 0.7);
        return j + 1;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SignOffs = new HashSet<string>(
        ["regards", "thanks", "love", "cheers", "sincerely", "best", "yours", "thx"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Warm Regards, ben", "Love,\nben": after a sign-off word and a comma (then spaces or a line break), a lower-case known
    /// given name that ends its line (a full stop may follow) is the writer's name. "thanks, john and team" is not matched.
    /// </summary>
    public static int AfterSignOff(string text, List<(int Start, int End)> words, int i, Gazetteer gaz, Action<string, int, int, double> emit)
    {
        var (s, e) = words[i];
        var gap = text.AsSpan(words[i - 1].End, s - words[i - 1].End);
        if (gap.Length is < 2 or > 4 || gap[0] != ',' || gap[1..].ContainsAnyExcept(" \r\n") || !SignOffs.Contains(text.AsSpan(words[i - 1].Start, words[i - 1].End - words[i - 1].Start))
            || !IsLowerNameWord(text, words[i], gaz, needKnown: true))
        {
            return i;
        }

        var rest = text.AsSpan(e);
        if (!rest.IsEmpty && rest[0] == '.')
        {
            rest = rest[1..];
        }

        if (!rest.IsEmpty && rest[0] is not ('\n' or '\r'))
        {
            return i;
        }

        emit("PERSON", s, e, 0.7);
        return i + 1;
    }

    /// <summary>
    /// "follow up with monika žilková in a month": after "up with", two lower-case words are a name when each is a known
    /// name or has letters outside ASCII ("follow up with the team", "catch up with old friends" are not matched).
    /// </summary>
    private static int AfterFollowUp(string text, List<(int Start, int End)> words, int i, Gazetteer gaz, Action<string, int, int, double> emit)
    {
        if (i + 1 >= words.Count || !Spaced(text, words, i) || !LowerName(text, words[i], gaz) || !LowerName(text, words[i + 1], gaz))
        {
            return i;
        }

        emit("PERSON", words[i].Start, words[i + 1].End, 0.7);
        return i + 2;
    }

    private static bool LowerName(string text, (int Start, int End) w, Gazetteer gaz) =>
        IsLowerNameWord(text, w, gaz, needKnown: System.Text.Ascii.IsValid(text.AsSpan(w.Start, w.End - w.Start)));

    private static bool Spaced(string text, List<(int Start, int End)> words, int k) =>
        k + 1 < words.Count && text.AsSpan(words[k].End, words[k + 1].Start - words[k].End) is " ";

    // Field labels of a contact card, each at the start of a line.
    private static readonly string[] CardLabels = ["\nphone:", "\ne-mail:", "\nemail:", "\naddress:", "\nmobile:", "\nwebsite:"];

    /// <summary>
    /// The first line of the text sits on top of a contact card: within the next 300 characters, at least two lines start
    /// with a field label ("phone:", "e-mail:", "address:", ...). Then a first line of two or three lower-case words is
    /// the card holder's name even when the gazetteer does not know it ("leone mazzi\n\nnurse\n\npersonal info:\nphone: …").
    /// </summary>
    private static bool ContactCard(string text, int lineEnd)
    {
        var window = text.AsSpan(lineEnd, Math.Min(300, text.Length - lineEnd));
        var labels = 0;
        foreach (var label in CardLabels)
        {
            if (window.Contains(label, StringComparison.OrdinalIgnoreCase) && ++labels >= 2)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLowerTitle(ReadOnlySpan<char> w) => w is "mr" or "mrs" or "ms" or "dr" or "prof" or "mx";

    /// <summary>
    /// Last index of a run of two or more lower-case name words from <paramref name="i"/> that fills the rest of its
    /// line (single-letter initials with a full stop allowed inside), or -1.
    /// </summary>
    private static int LineRun(string text, List<(int Start, int End)> words, int i, int maxWords, out bool hasInitial)
    {
        hasInitial = false;
        var j = i;
        while (true)
        {
            var w = words[j];
            var len = w.End - w.Start;
            if (!char.IsLower(text[w.Start]) || len > MaxWord)
            {
                return -1;
            }

            if (len == 1)
            {
                // An initial needs its full stop and a word after it.
                if (j == i || w.End >= text.Length || text[w.End] != '.')
                {
                    return -1;
                }

                hasInitial = true;
            }
            else if (len < 2 || IsCommon(text.AsSpan(w.Start, len)))
            {
                return -1;
            }

            if (AtLineEnd(text, w.End) >= 0)
            {
                // The run ends the line; an initial cannot end it.
                return len == 1 || j == i ? -1 : j;
            }

            if (j + 1 >= words.Count || j - i + 1 >= maxWords)
            {
                return -1;
            }

            var gap = text.AsSpan(w.End, words[j + 1].Start - w.End);
            if (!(gap is " " || (len == 1 && gap is ". ")))
            {
                return -1;
            }

            j++;
        }
    }

    /// <summary>
    /// Position of the line break (or the text's end) when only one full stop, spaces and tabs follow <paramref name="p"/>
    /// on its line; otherwise -1.
    /// </summary>
    private static int AtLineEnd(string text, int p)
    {
        var q = p;
        if (q < text.Length && text[q] == '.')
        {
            q++;
        }

        while (q < text.Length && text[q] is ' ' or '\t' or '\r')
        {
            q++;
        }

        return q >= text.Length ? text.Length : text[q] == '\n' ? q : -1;
    }

    private static bool IsLowerNameWord(string text, (int Start, int End) w, Gazetteer gaz, bool needKnown)
    {
        var len = w.End - w.Start;
        if (len < 2 || len > MaxWord || !char.IsLower(text[w.Start]) || IsCommon(text.AsSpan(w.Start, len)))
        {
            return false;
        }

        return !needKnown || Known(text, w, gaz.Last) || Known(text, w, gaz.First);
    }

    private static bool IsCommon(ReadOnlySpan<char> lower)
    {
        Span<char> buf = stackalloc char[MaxWord];
        if (!Capitalise(lower, buf, out var cap))
        {
            return true;
        }

        return CommonWords.CapitalizedSpan.Contains(cap) || CommonWords.HeadingSpan.Contains(cap) || lower is "and" or "or" or "the" or "of" or "to" or "in" or "on" or "at" or "is";
    }

    private static bool Known(string text, (int Start, int End) w, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
    {
        Span<char> buf = stackalloc char[MaxWord];
        return Capitalise(text.AsSpan(w.Start, w.End - w.Start), buf, out var cap) && !CommonWords.CapitalizedSpan.Contains(cap) && set.Contains(cap);
    }

    private static bool Capitalise(ReadOnlySpan<char> word, Span<char> buf, out ReadOnlySpan<char> cap)
    {
        cap = default;
        if (word.Length == 0 || word.Length > buf.Length)
        {
            return false;
        }

        word.CopyTo(buf);
        buf[0] = char.ToUpperInvariant(buf[0]);
        cap = buf[..word.Length];
        return true;
    }
}
