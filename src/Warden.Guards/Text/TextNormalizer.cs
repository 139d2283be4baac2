using System.Text;

namespace Warden.Guards.Text;

/// <summary>
/// Undoes the usual obfuscation tricks before rules and the model look at a text: invisible and tag characters,
/// NFKC compatibility forms, Hangul written as loose jamo, cross-script confusables, leetspeak, s p a c e d letters, runs of blanks, one word per line, and payloads hidden in
/// base64, hex, rot13, URL-encoding, Morse code, 8-bit binary or reversed text (decoded copies are appended so both
/// forms are scored). Long stretches that repeat one short unit are cut to about 256 characters, so filler cannot score
/// on length alone.
/// </summary>
internal static class TextNormalizer
{
    // One entry per thread: the engine runs prompt-attack and then harmful-request on the same string, and both need
    // the same normalised copy. Strings are immutable, so a reference match is always a correct hit.
    [ThreadStatic]
    private static string? _lastSource;

    [ThreadStatic]
    private static string? _lastNormalized;

    /// <summary><see cref="Normalize"/>, reusing this thread's previous result when called again with the same string instance.</summary>
    public static string NormalizeShared(string text)
    {
        if (ReferenceEquals(text, _lastSource) && _lastNormalized is { } hit)
        {
            return hit;
        }

        var normalized = Normalize(text);
        _lastSource = text;
        _lastNormalized = normalized;
        return normalized;
    }

    public static string Normalize(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        // ASCII text has no invisible, surrogate, confusable or non-NFKC characters: skip those passes (same output).
        var ascii = Ascii.IsValid(text);
        var hidden = new StringBuilder();
        var cleaned = ascii ? text : StripOverlayMarks(StripInvisible(text, hidden));
        var nfkc = ascii ? cleaned : SafeNfkc(HangulJamo.Compose(cleaned));
        cleaned = JoinDottedChunks(JoinWordLines(nfkc.ToLowerInvariant()));
        var sb = new StringBuilder(cleaned.Length + 64);
        RewriteWords(cleaned, sb);
        var main = CollapseBlanks(CollapseSpacedLetters(sb.ToString())); // after the spaced letters: two spaces part their words
        var result = new StringBuilder(main);
        if (hidden.Length > 0)
        {
            result.Append(" \n ").Append(hidden.ToString().ToLowerInvariant());
        }

        PayloadDecoder.AppendDecoded(nfkc, result);
        return CollapseRepeats(result.ToString());
    }

    private const int MaxRepeatPeriod = 16;
    private const int RepeatProbe = 32;
    private const int RepeatKeepChars = 256;

    /// <summary>
    /// Cuts long stretches that repeat one short unit (period 1–16, such as "xxxx…", "ok. ok. …" or "a.a.a…" after the
    /// letters are joined) down to its first 256 characters or so. Hashed n-gram features sum per occurrence, so a text made of
    /// one repeated unit puts the square root of its length on a handful of buckets and scores on length alone. Only
    /// stretches of about 64 characters or more are found (probes every 16 characters); the text is returned as the
    /// same instance when there is none. Linear: each character is compared a bounded number of times.
    /// </summary>
    internal static string CollapseRepeats(string text)
    {
        var span = text.AsSpan();
        if (span.Length < MaxRepeatPeriod + RepeatProbe * 2)
        {
            return text;
        }

        StringBuilder? sb = null;
        var copied = 0;
        var k = MaxRepeatPeriod;
        while (k + RepeatProbe <= span.Length)
        {
            var probe = span.Slice(k, RepeatProbe);
            var first = span[k];
            var period = 0;
            for (var p = 1; p <= MaxRepeatPeriod; p++)
            {
                // One char compare rejects almost every period of ordinary text before the vectorised compare.
                if (span[k - p] == first && probe.SequenceEqual(span.Slice(k - p, RepeatProbe)))
                {
                    period = p;
                    break;
                }
            }

            if (period == 0)
            {
                k += RepeatProbe / 2;
                continue;
            }

            // The stretch [start, end) has period `period`: extend both ways from the probe.
            var start = k - period;
            while (start > copied && span[start - 1] == span[start - 1 + period])
            {
                start--;
            }

            var end = k + RepeatProbe;
            end += span[end..].CommonPrefixLength(span[(end - period)..]);
            var keep = period * Math.Max(3, (RepeatKeepChars + period - 1) / period);
            var drop = (end - start - keep) / period * period;
            if (drop > 0)
            {
                sb ??= new StringBuilder(text.Length);
                sb.Append(span[copied..(start + keep)]);
                copied = start + keep + drop;
            }

            k = Math.Max(end, k + 1) + MaxRepeatPeriod;
        }

        if (sb is null)
        {
            return text;
        }

        sb.Append(span[copied..]);
        return sb.ToString();
    }

    /// <summary>Removes zero-width, bidi and variation-selector characters; tag characters are decoded into <paramref name="hidden"/>; lone surrogates become U+FFFD.</summary>
    internal static string StripInvisible(string text, StringBuilder hidden)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, text[i + 1]);
                if (InvisibleChars.IsTag(cp) || InvisibleChars.IsInvisibleCodePoint(cp))
                {
                    sb ??= new StringBuilder(text, 0, i, text.Length);
                    if (cp is >= 0xE0020 and <= 0xE007E)
                    {
                        hidden.Append((char)(cp - 0xE0000));
                    }

                    i++;
                    continue;
                }

                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                sb ??= new StringBuilder(text, 0, i, text.Length);
                sb.Append('\uFFFD');
                continue;
            }

            if (InvisibleChars.IsInvisible(c))
            {
                sb ??= new StringBuilder(text, 0, i, text.Length);
                continue;
            }

            sb?.Append(c);
        }

        return sb?.ToString() ?? text;
    }

    // Round 17: combining marks that draw a line through, over or under a letter (overline U+0305, low lines U+0332–U+0333,
    // overlays U+0334–U+0338, double overline U+033F). One after every letter writes struck-through or underlined text
    // ("i̶g̶n̶o̶r̶e̶") that hides words from the n-grams; no language uses them as accents, so dropping them loses nothing.
    private static readonly System.Buffers.SearchValues<char> OverlayMarks =
        System.Buffers.SearchValues.Create("\u0305\u0332\u0333\u0334\u0335\u0336\u0337\u0338\u033F");

    /// <summary>Removes the line-drawing combining marks of <see cref="OverlayMarks"/>; returns the same instance when there are none.</summary>
    internal static string StripOverlayMarks(string text)
    {
        var first = text.AsSpan().IndexOfAny(OverlayMarks);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text.AsSpan(0, first));
        foreach (var c in text.AsSpan(first))
        {
            if (!OverlayMarks.Contains(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string SafeNfkc(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Unassigned or malformed sequences: scoring the un-normalised text beats refusing it here.
            return text;
        }
    }

    /// <summary>Per word: maps look-alike Cyrillic/Greek letters in Latin words and leetspeak digits in mixed words.</summary>
    private static void RewriteWords(string text, StringBuilder sb)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                sb.Append(text[i]);
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            AppendWord(text.AsSpan(start, i - start), sb);
        }
    }

    private static readonly System.Buffers.SearchValues<char> LeetChars = System.Buffers.SearchValues.Create("0123456789@$!|");

    private static void AppendWord(ReadOnlySpan<char> word, StringBuilder sb)
    {
        // Most words are plain ASCII letters: nothing to map (confusables are non-ASCII; leetspeak needs a digit or symbol).
        if (Ascii.IsValid(word) && !word.ContainsAny(LeetChars))
        {
            sb.Append(word);
            return;
        }

        if (IsPipeSplit(word))
        {
            // Round 17b: "i|g|n|o|r|e" is one letter between pipes, not leetspeak ('|' for 'l'): join the letters.
            foreach (var c in word)
            {
                if (c != '|')
                {
                    sb.Append(c);
                }
            }

            return;
        }

        int latin = 0, confusable = 0, letters = 0, leet = 0;
        foreach (var c in word)
        {
            if (c is >= 'a' and <= 'z')
            {
                latin++;
            }

            if (Confusables.Map(c) != c)
            {
                confusable++;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (Leet(c) != c)
            {
                leet++;
            }
        }

        var mapConfusables = confusable > 0 && latin > 0;
        // Leetspeak is a Latin-script trick; in other scripts '@' or '!' between letters is a separator ("시@스@템").
        var mapLeet = leet > 0 && letters >= 2 && latin > 0 && word.Length >= 3;
        if (!mapConfusables && !mapLeet)
        {
            sb.Append(word);
            return;
        }

        foreach (var c in word)
        {
            var m = mapConfusables ? Confusables.Map(c) : c;
            sb.Append(mapLeet ? Leet(m) : m);
        }
    }

    /// <summary>
    /// Round 19: a run of blanks (spaces, tabs, other space separators) becomes one space, so "ignore  the\tabove" reads
    /// as "ignore the above" for the phrase cues and the word n-grams alike. Line breaks are kept (they carry structure);
    /// returns the same instance when there is nothing to collapse.
    /// </summary>
    internal static string CollapseBlanks(string text)
    {
        StringBuilder? sb = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsBlank(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsBlank(text[i]))
            {
                i++;
            }

            if (i - start > 1 || text[start] != ' ')
            {
                sb ??= new StringBuilder(text.Length);
                sb.Append(text, copied, start - copied).Append(' ');
                copied = i;
            }
        }

        if (sb is null)
        {
            return text;
        }

        sb.Append(text, copied, text.Length - copied);
        return sb.ToString();
    }

    private static bool IsBlank(char c) => c is ' ' or '\t' || (c > '\u007f' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator);

    private const int WordLineRun = 4;
    private const int MaxWordLine = 24;

    /// <summary>
    /// Round 19: four or more lines in a row that each hold one word ("ignore\nall\nprevious\ninstructions") are joined
    /// with spaces, so a sentence written one word per line reads as a sentence. A line counts when it has a letter, no
    /// blank inside and at most 24 characters; returns the same instance when there is no such run.
    /// </summary>
    internal static string JoinWordLines(string text)
    {
        if (text.IndexOf('\n') < 0)
        {
            return text;
        }

        StringBuilder? sb = null;
        var copied = 0;
        var runStart = -1;
        var runLines = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var nl = text.IndexOf('\n', lineStart);
            var lineEnd = nl < 0 ? text.Length : nl;
            if (IsWordLine(text.AsSpan(lineStart, lineEnd - lineStart)))
            {
                if (runLines++ == 0)
                {
                    runStart = lineStart;
                }
            }
            else
            {
                Flush(lineStart - 1);
                runLines = 0;
            }

            if (nl < 0)
            {
                Flush(text.Length);
                break;
            }

            lineStart = nl + 1;
        }

        if (sb is null)
        {
            return text;
        }

        sb.Append(text, copied, text.Length - copied);
        return sb.ToString();

        // The run [runStart, end) of word lines: its inner line breaks become spaces.
        void Flush(int end)
        {
            if (runLines < WordLineRun)
            {
                return;
            }

            sb ??= new StringBuilder(text.Length);
            sb.Append(text, copied, runStart - copied);
            for (var k = runStart; k < end; k++)
            {
                sb.Append(text[k] == '\n' ? ' ' : text[k]);
            }

            copied = end;
            runLines = 0;
        }
    }

    private static bool IsWordLine(ReadOnlySpan<char> line)
    {
        line = line.Trim(" \r");
        return line.Length is > 0 and <= MaxWordLine && line.IndexOf(' ') < 0 && ContainsLetter(line);
    }

    private static bool ContainsLetter(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Round 17b: joins a word cut into chunks of one or two letters by dots ("i.gn.or.e", "pr.ev.io.us"): four or more
    /// chunks, at least one of two letters (runs of single letters are <see cref="CollapseSpacedLetters"/>'s). A chunk of three
    /// or more letters, a digit or a further dotted part leaves the word alone, so host names ("www.bbc.co.uk"), versions
    /// and abbreviations ("e.g.", "ph.d.") stay as they are.
    /// </summary>
    internal static string JoinDottedChunks(string text)
    {
        if (text.Length < 7 || !text.Contains('.'))
        {
            return text;
        }

        StringBuilder? sb = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '.')))
            {
                i++;
                continue;
            }

            int j = i, end = i, chunks = 0;
            var two = false;
            while (true)
            {
                var start = j;
                while (j < text.Length && char.IsLetter(text[j]) && j - start < 3)
                {
                    j++;
                }

                var length = j - start;
                if (length is 0 or 3)
                {
                    break;
                }

                chunks++;
                two |= length == 2;
                end = j;
                if (j + 1 < text.Length && text[j] == '.' && char.IsLetter(text[j + 1]))
                {
                    j++;
                    continue;
                }

                break;
            }

            var tail = end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] == '.' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])));
            if (chunks >= 4 && two && !tail)
            {
                sb ??= new StringBuilder(text.Length);
                sb.Append(text, copied, i - copied);
                for (var k = i; k < end; k++)
                {
                    if (text[k] != '.')
                    {
                        sb.Append(text[k]);
                    }
                }

                copied = end;
            }

            i = Math.Max(end, i + 1);
        }

        if (sb is null)
        {
            return text;
        }

        sb.Append(text, copied, text.Length - copied);
        return sb.ToString();
    }

    /// <summary>
    /// True for a word of three or more single letters each set off by pipes ("i|g|n|o|r|e", "|a|l|l|"): no two letters
    /// and no two pipes side by side. Two-letter alternations ("a|b") and longer names ("foo|bar") are left alone.
    /// </summary>
    internal static bool IsPipeSplit(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || !word.Contains('|'))
        {
            return false;
        }

        var letters = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '|')
            {
                if (i > 0 && word[i - 1] == '|')
                {
                    return false;
                }
            }
            else if (char.IsLetter(c))
            {
                if (i > 0 && word[i - 1] != '|')
                {
                    return false;
                }

                letters++;
            }
            else
            {
                return false;
            }
        }

        return letters >= 3;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '@' or '$' or '!' or '|';

    private static char Leet(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        '@' => 'a',
        '$' => 's',
        '!' => 'i',
        '|' => 'l',
        _ => c,
    };

    /// <summary>
    /// Joins runs like "i g n o r e" or "i.g.n.o.r.e" (four or more single letters) into one word. When the letters are
    /// joined by a non-space separator ('.', '-', '_', '*', '@', '^'), whitespace between groups is a word break, so
    /// "i.g.n.o.r.e p.r.e.v.i.o.u.s" becomes "ignore previous"; between space-separated letters, two or more spaces are.
    /// </summary>
    internal static string CollapseSpacedLetters(string text)
    {
        if (text.Length < 7)
        {
            return text;
        }

        StringBuilder? sb = null;
        var run = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (IsSingleLetter(text, i))
            {
                run.Clear();
                run.Append(text[i]);
                var j = i;
                var count = 1;
                char sep = '\0';
                while (true)
                {
                    var k = j + 1;
                    if (k + 1 < text.Length && IsSeparator(text[k]) && (sep == '\0' || text[k] == sep) && IsSingleLetter(text, k + 1))
                    {
                        sep = text[k];
                        run.Append(text[k + 1]);
                        j = k + 1;
                        count++;
                        continue;
                    }

                    if (sep is not '\0')
                    {
                        // Word break: optional trailing separator, then whitespace (two or more spaces after space-separated
                        // letters), then the next group.
                        var m = k < text.Length && text[k] == sep ? k + 1 : k;
                        var spaces = m;
                        while (m < text.Length && text[m] == ' ')
                        {
                            m++;
                        }

                        if (m > spaces && m + 2 < text.Length && IsSingleLetter(text, m) && text[m + 1] == sep && IsSingleLetter(text, m + 2))
                        {
                            run.Append(' ').Append(text[m]);
                            j = m;
                            count++;
                            continue;
                        }
                    }

                    break;
                }

                if (count >= 4)
                {
                    sb ??= new StringBuilder(text, 0, i, text.Length);
                    sb.Append(run);
                    i = j + 1;
                    continue;
                }
            }

            sb?.Append(text[i]);
            i++;
        }

        return sb?.ToString() ?? text;
    }

    private static bool IsSeparator(char c) => c is ' ' or '.' or '-' or '_' or '*' or '@' or '^';

    private static bool IsSingleLetter(string text, int i) =>
        char.IsLetter(text[i]) && (i == 0 || !char.IsLetter(text[i - 1])) && (i + 1 >= text.Length || !char.IsLetter(text[i + 1]));
}
