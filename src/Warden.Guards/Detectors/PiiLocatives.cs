namespace Warden.Guards.Detectors;

/// <summary>
/// Polish places in the locative after the preposition "w" / "we" ("w Łodzi", "we Wrocławiu", "w Katowicach", "w Zielonej
/// Górze"): the gazetteer holds the nominative ("Łódź"), so the inflected word is turned back into candidate nominatives by
/// the regular locative endings and looked up. Only a word whose nominative is a known place counts: "w Excelu" (Excel) and
/// "w Pythonie" (Python) stay quiet. Capital "W" / "We" only opens a sentence ("George W Bush", "1200 W Lincoln Ave" are
/// not Polish), and "we" only comes before "W" / "F" (Polish writes "we" before those clusters), so English "we" is never read.
/// </summary>
internal static class PiiLocatives
{
    // Locative endings and the nominative endings they come from; every matching ending is tried, the gazetteer decides.
    private static readonly (string Ending, string[] Nominative)[] NounEndings =
    [
        ("ie", ["", "a", "o"]), // Szczecinie → Szczecin, Warszawie → Warszawa, Lesznie → Leszno, Krakowie → Kraków (ó below)
        ("cie", ["t", "ta", "to"]), // Sopocie → Sopot
        ("rze", ["ra", "r", "ro"]), // Górze → Góra
        ("dzie", ["da", "d"]), // Kanadzie → Kanada
        ("źnie", ["zno"]), // Gnieźnie → Gniezno
        ("śnie", ["sno"]), // Krośnie → Krosno
        ("ce", ["ka"]), // Polsce → Polska, Ostrołęce → Ostrołęka
        ("dze", ["ga"]), // Pradze → Praga
        ("le", ["ła", "ło", "ł"]), // Pile → Piła, Stambule → Stambuł
        ("li", ["la"]), // Brukseli → Bruksela, Sewilli → Sewilla
        ("u", ["", "o", "e"]), // Gdańsku → Gdańsk, Kłodzku → Kłodzko, Opolu → Opole, Biłgoraju → Biłgoraj
        ("iu", [""]), // Wrocławiu → Wrocław, Radomiu → Radom
        ("ku", ["ek"]), // Włocławku → Włocławek
        ("cu", ["ec"]), // Zgorzelcu → Zgorzelec
        ("niu", ["ń"]), // Poznaniu → Poznań
        ("ciu", ["ć"]), // Zamościu → Zamość
        ("siu", ["ś"]),
        ("ziu", ["ź"]),
        ("i", ["ia"]), // Gdyni → Gdynia
        ("ii", ["ia"]), // Anglii → Anglia, Hiszpanii → Hiszpania
        ("ji", ["ja"]), // Francji → Francja
        ("dzi", ["dź"]), // Łodzi → Łódź (ó below)
        ("ni", ["ń"]),
        ("ci", ["ć"]),
        ("y", ["a", ""]), // Łomży → Łomża, Bydgoszczy → Bydgoszcz
        ("cy", ["ca"]), // Legnicy → Legnica
        ("ach", ["e", "y", "i"]), // Katowicach → Katowice, Tychach → Tychy, Suwałkach → Suwałki
        ("em", ["e"]), // Zakopanem → Zakopane
    ];

    // Adjectives in a two-word or hyphenated place: "Zielonej Górze", "Nowym Sączu", "Bielsku-Białej", "Gorzowie Wielkopolskim".
    private static readonly (string Ending, string[] Nominative)[] AdjectiveEndings =
    [
        ("ej", ["a"]),
        ("ym", ["y", "e"]),
        ("im", ["i", "ie"]),
        ("ych", ["e", "y"]), // Stanach Zjednoczonych → Stany Zjednoczone
    ];

    /// <summary>
    /// At word <paramref name="i"/> ("w" / "we"): the number of words after it (1 or 2) that name a known place in the
    /// locative, or 0.
    /// </summary>
    public static int Match(string text, List<(int Start, int End)> words, int i, Gazetteer gaz)
    {
        var (start, end) = words[i];
        var prep = text.AsSpan(start, end - start);
        if (prep is not ("w" or "we" or "W" or "We") || i + 1 >= words.Count || !OpensPhrase(text, start, char.IsUpper(prep[0])))
        {
            return 0;
        }

        var first = words[i + 1];
        if (!Blanks(text, end, first.Start) || !Proper(text.AsSpan(first.Start, first.End - first.Start)) || !EndsWord(text, first.End))
        {
            return 0;
        }

        // Polish "we" only before "w" / "f" clusters ("we Wrocławiu", "we Francji").
        if (prep.Length == 2 && text[first.Start] is not ('W' or 'F'))
        {
            return 0;
        }

        var w1 = text.Substring(first.Start, first.End - first.Start);
        if (gaz.Place.Contains(w1))
        {
            return 0; // the nominative itself: read by the gazetteer pass
        }

        if (gaz.PolishPlace.Contains(w1))
        {
            return 1; // a Polish name that does not decline ("w Monachium", "w Tokio")
        }

        var c1 = Candidates(w1);
        if (i + 2 < words.Count && text.AsSpan(first.End, words[i + 2].Start - first.End) is " ")
        {
            var second = words[i + 2];
            var w2 = text.AsSpan(second.Start, second.End - second.Start);
            if (Proper(w2) && EndsWord(text, second.End))
            {
                var c2 = Candidates(w2.ToString());
                foreach (var a in c1)
                {
                    foreach (var b in c2)
                    {
                        if (gaz.PolishPlace.Contains(a + " " + b))
                        {
                            return 2;
                        }
                    }
                }
            }
        }

        foreach (var a in c1)
        {
            if (gaz.PolishPlace.Contains(a))
            {
                return 1;
            }
        }

        return 0;
    }

    /// <summary>Candidate nominatives of one word; a hyphenated word ("Bielsku-Białej") part by part.</summary>
    internal static List<string> Candidates(string word)
    {
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && dash < word.Length - 1)
        {
            var result = new List<string>();
            var left = PartCandidates(word[..dash]);
            var right = PartCandidates(word[(dash + 1)..]);
            foreach (var a in left)
            {
                foreach (var b in right)
                {
                    result.Add(a + "-" + b);
                }
            }

            return result;
        }

        return PartCandidates(word);
    }

    private static List<string> PartCandidates(string word)
    {
        var result = new List<string>();
        if (PiiPolishExonyms.IrregularLocatives.TryGetValue(word, out var irregular))
        {
            result.Add(irregular);
        }

        Add(result, word, NounEndings);
        Add(result, word, AdjectiveEndings);
        return result;
    }

    private static void Add(List<string> into, string word, (string Ending, string[] Nominative)[] endings)
    {
        foreach (var (ending, nominatives) in endings)
        {
            if (word.Length - ending.Length < 2 || !word.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = word[..^ending.Length];
            foreach (var nominative in nominatives)
            {
                var candidate = stem + nominative;
                into.Add(candidate);

                // o → ó in the last syllable of the nominative ("Łodzi" → "Łódź", "Krakowie" → "Kraków").
                var vowel = candidate.AsSpan().LastIndexOfAny("aeiouyąęó");
                if (vowel > 0 && candidate[vowel] == 'o' && vowel == candidate.Length - 1 - TrailingConsonants(candidate))
                {
                    into.Add(string.Concat(candidate.AsSpan(0, vowel), "ó", candidate.AsSpan(vowel + 1)));
                }
            }
        }
    }

    private static int TrailingConsonants(string w)
    {
        var n = 0;
        while (n < w.Length && "aeiouyąęó".IndexOf(w[w.Length - 1 - n], StringComparison.Ordinal) < 0)
        {
            n++;
        }

        return n;
    }

    // A capitalised word of four or more letters, lower case after its first letter (a hyphen may open a capitalised part).
    private static bool Proper(ReadOnlySpan<char> w)
    {
        if (w.Length < 4 || !char.IsUpper(w[0]))
        {
            return false;
        }

        for (var k = 1; k < w.Length; k++)
        {
            if (!char.IsLower(w[k]) && !(w[k] == '-' || (char.IsUpper(w[k]) && w[k - 1] == '-')))
            {
                return false;
            }
        }

        return true;
    }

    // The preposition is a word of prose: at the start, after blanks or an opening bracket / quote; a capital "W" / "We"
    // only where a sentence or line opens.
    private static bool OpensPhrase(string text, int start, bool capital)
    {
        var p = start;
        if (p > 0 && text[p - 1] is '(' or '"' or '\u201E' or '\u201C' or '\u00AB' or '\'')
        {
            p--;
        }

        if (p == 0)
        {
            return true;
        }

        if (text[p - 1] is not (' ' or '\t' or '\n' or '\r' or '\u00A0'))
        {
            return false;
        }

        if (!capital)
        {
            return true;
        }

        while (p > 0 && text[p - 1] is ' ' or '\t' or '\u00A0')
        {
            p--;
        }

        return p == 0 || text[p - 1] is '.' or '!' or '?' or '\n' or '\r' or ':';
    }

    // One to three blanks between the preposition and the place.
    private static bool Blanks(string text, int from, int to) =>
        to - from is >= 1 and <= 3 && !text.AsSpan(from, to - from).ContainsAnyExcept(" \t\u00A0");

    // The place ends the word: no dot, slash, underscore, bracket or digit glued to it ("w Excelu.xlsx", "w Poznaniu_2").
    private static bool EndsWord(string text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        var c = text[end];
        if (c is '.' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))
        {
            return false;
        }

        return !(char.IsLetterOrDigit(c) || c is '_' or '/' or '\\' or '(' or '[' or '@' or '=');
    }
}
