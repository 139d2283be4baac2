namespace Warden.Guards.Detectors;

/// <summary>
/// Nationalities, religious and political groups as <c>NRP</c> (Presidio's type name): "a German bank", "we are proud
/// Saudis", "I am Muslim", "the Democrats". A word list, matched as a whole word; capitalised, or lower case for the
/// forms that are not also everyday words ("paraguayans", but not "polish" or "french fries"). A language is not a
/// group: after "in", "speak", "learn", "translate" … or before "language", "translation" … the word is skipped.
/// </summary>
internal static class PiiGroups
{
    private const double Score = 0.7;

    // Demonyms and group names (singular); plurals are derived (see Forms).
    private static readonly string[] Singular =
    [
        "Afghan", "Albanian", "Algerian", "American", "Andorran", "Angolan", "Argentine", "Argentinian", "Armenian", "Australian", "Austrian",
        "Azerbaijani", "Bahamian", "Bahraini", "Bangladeshi", "Barbadian", "Belarusian", "Belgian", "Belizean", "Beninese", "Bhutanese", "Bolivian",
        "Bosnian", "Brazilian", "British", "Bruneian", "Bulgarian", "Burmese", "Burundian", "Cambodian", "Cameroonian", "Canadian", "Chadian",
        "Chilean", "Chinese", "Colombian", "Congolese", "Costa Rican", "Croatian", "Cuban", "Cypriot", "Czech", "Danish", "Dominican", "Dutch",
        "Ecuadorian", "Egyptian", "Emirati", "English", "Eritrean", "Estonian", "Ethiopian", "Fijian", "Filipino", "Finnish", "French", "Gabonese",
        "Gambian", "Georgian", "German", "Ghanaian", "Greek", "Greenlandic", "Guatemalan", "Guinean", "Haitian", "Honduran", "Hungarian",
        "Icelandic", "Indian", "Indonesian", "Iranian", "Iraqi", "Irish", "Israeli", "Italian", "Ivorian", "Jamaican", "Japanese", "Jordanian",
        "Kazakh", "Kenyan", "Korean", "Kosovar", "Kuwaiti", "Kyrgyz", "Laotian", "Latvian", "Lebanese", "Liberian", "Libyan", "Lithuanian",
        "Luxembourgish", "Macedonian", "Malagasy", "Malawian", "Malaysian", "Maldivian", "Malian", "Maltese", "Mauritanian", "Mauritian", "Mexican",
        "Moldovan", "Monegasque", "Mongolian", "Montenegrin", "Moroccan", "Mozambican", "Namibian", "Nepalese", "Nepali", "Nicaraguan", "Nigerian",
        "Norwegian", "Omani", "Pakistani", "Palestinian", "Panamanian", "Paraguayan", "Peruvian", "Polish", "Portuguese", "Puerto Rican", "Qatari",
        "Romanian", "Russian", "Rwandan", "Salvadoran", "Samoan", "Saudi", "Scottish", "Senegalese", "Serbian", "Singaporean", "Slovak",
        "Slovenian", "Somali", "South African", "Spanish", "Sri Lankan", "Sudanese", "Swedish", "Swiss", "Syrian", "Taiwanese", "Tajik",
        "Tanzanian", "Thai", "Tibetan", "Togolese", "Tongan", "Tunisian", "Turkish", "Turkmen", "Ugandan", "Ukrainian", "Uruguayan", "Uzbek",
        "Venezuelan", "Vietnamese", "Welsh", "Yemeni", "Zambian", "Zimbabwean", "Faroese", "Basque", "Catalan", "Kurdish", "Kurd", "Flemish",
        "Walloon", "Bavarian", "Sicilian", "Tamil", "Punjabi", "Bengali", "Gujarati", "Sinhalese", "Pashtun", "Uyghur", "Berber", "Bedouin",
        // Nouns for a person of a nation, where they differ from the adjective ("a Greenlander", "the Icelanders").
        "Greenlander", "Greenlanders", "Icelander", "Icelanders", "Netherlander", "Netherlanders", "Luxembourger", "Luxembourgers",
        "Maori", "Aboriginal", "Inuit", "Sami", "Roma", "Arab", "Asian", "European", "African", "Latino", "Latina", "Hispanic", "Scandinavian",
        "Christian", "Muslim", "Moslem", "Jewish", "Jew", "Hindu", "Buddhist", "Sikh", "Jain", "Catholic", "Protestant", "Mormon", "Evangelical",
        "Lutheran", "Methodist", "Baptist", "Anglican", "Presbyterian", "Quaker", "Amish", "Shia", "Shiite", "Sunni", "Atheist", "Agnostic",
        "Democrat", "Republican", "Tory", "Socialist", "Communist", "Libertarian", "Marxist", "Zionist", "Islamist",
    ];

    // Lower-case forms that are everyday words or mostly mean something else: only the capitalised form counts.
    private static readonly HashSet<string> CapitalOnly = new(
        ["polish", "english", "french", "danish", "turkish", "swiss", "roma", "dutch", "welsh", "indian", "democrat", "republican", "tory",
         "socialist", "communist", "libertarian", "marxist", "catholic", "evangelical", "baptist", "sami", "thai", "greek", "arab", "asian", "african",
         "european", "american", "christian", "georgian", "chinese", "japanese", "german", "italian", "spanish", "russian", "irish", "british",
         "scottish", "czech", "swedish", "finnish", "norwegian", "portuguese", "korean", "hindu", "jewish", "muslim", "bengali", "tamil", "punjabi",
         "catalan", "basque", "flemish", "kurdish", "latino", "latina", "hispanic", "atheist", "agnostic", "amish", "quaker", "mormon", "jew",
         "jews", "shia", "sunni", "roman", "sikh", "jain", "buddhist"],
        StringComparer.Ordinal);

    // A cheap filter before the hash lookup: (first letter, last letter, length) of every listed word, as bits. Most
    // words of a text fail it, so the scan costs a few operations per word instead of a hash of each.
    private const int MaxWordLength = 16;
    private static readonly bool[] Shapes = new bool[26 * 26 * (MaxWordLength + 1)];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = Build();

    /// <summary>A nationality, religious or political group word in any of its forms ("Japanese", "Saudis").</summary>
    internal static bool IsGroupWord(ReadOnlySpan<char> w) => Words.Contains(w);

    // Multi-word forms by their first word ("Costa" → "Costa Rican").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstOfTwo = new HashSet<string>(
        Singular.Where(w => w.Contains(' ')).Select(w => w[..w.IndexOf(' ')]), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words around a language name: "in French", "speaks German", "German translation".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LanguageBefore = new HashSet<string>(
        ["in", "speak", "speaks", "spoke", "speaking", "learn", "learns", "learned", "learning", "learnt", "study", "studies", "studied", "studying",
         "teach", "teaches", "taught", "teaching", "translate", "translated", "translating", "into", "native", "fluent", "write", "writes",
         "written", "read", "reads", "understand", "understands", "know", "knows", "from", "say", "says", "said", "called"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LanguageAfter = new HashSet<string>(
        ["language", "languages", "translation", "translations", "translator", "version", "text", "speaker", "speakers", "subtitles", "words",
         "word", "grammar", "lessons", "course", "class", "classes", "teacher", "dictionary", "keyboard", "literature"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static int ShapeOf(ReadOnlySpan<char> w)
    {
        var f = (w[0] | 0x20) - 'a';
        var l = (w[^1] | 0x20) - 'a';
        return (uint)f < 26 && (uint)l < 26 && w.Length <= MaxWordLength ? ((f * 26) + l) * (MaxWordLength + 1) + w.Length : -1;
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Build()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in Singular)
        {
            foreach (var form in Forms(w))
            {
                set.Add(form);
                var lower = form.ToLowerInvariant();
                if (!CapitalOnly.Contains(lower) && !CapitalOnly.Contains(w.ToLowerInvariant()))
                {
                    set.Add(lower);
                }
            }
        }

        foreach (var w in set)
        {
            var first = w.Contains(' ') ? w[..w.IndexOf(' ')] : w;
            if (ShapeOf(first) is var k and >= 0)
            {
                Shapes[k] = true;
            }
        }

        return set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Plural forms of people ("Saudis", "Paraguayans", "Christians"); adjectives in -sh/-ese/-ss/-ch have none ("Polish", "Chinese", "Swiss").
    private static IEnumerable<string> Forms(string w)
    {
        yield return w;
        if (!(w.EndsWith("sh", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith('s') || w.EndsWith("ch", StringComparison.Ordinal)
            || w.EndsWith("que", StringComparison.Ordinal) || w.EndsWith('y') || w.EndsWith("ic", StringComparison.Ordinal) && w is not ("Hispanic" or "Catholic")))
        {
            yield return w + "s";
        }
    }

    public static void Find(PiiScan scan)
    {
        var text = scan.Text;
        var i = 0;
        var prevStart = -1;
        var prevEnd = -1;
        var lastLanguageEnd = -1;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var s = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            var e = i;
            var word = text.AsSpan(s, e - s);
            if (word.Length >= 3 && ShapeOf(word) is var shape and >= 0 && Shapes[shape])
            {
                var end = -1;
                if (FirstOfTwo.Contains(word) && e + 1 < text.Length && text[e] == ' ')
                {
                    var s2 = e + 1;
                    var e2 = s2;
                    while (e2 < text.Length && char.IsLetter(text[e2]))
                    {
                        e2++;
                    }

                    if (e2 > s2 && Words.Contains(text.AsSpan(s, e2 - s)))
                    {
                        end = e2;
                    }
                }

                if (end < 0 && Words.Contains(word) && !word.StartsWith("-") && IsWholeWord(text, s, e))
                {
                    end = e;
                }

                if (end > 0)
                {
                    // "speaks German and Italian": a word joined to a language by "and", "or" or a comma is a language too.
                    var joined = lastLanguageEnd >= 0 && text.AsSpan(lastLanguageEnd, s - lastLanguageEnd) is " and " or " or " or ", " or " & ";
                    if (joined || IsLanguage(text, prevStart, prevEnd, end))
                    {
                        lastLanguageEnd = end;
                    }
                    else
                    {
                        // Two-word forms ("Costa Rican") outscore the first-name reading of their first word.
                        scan.Emit("NRP", s, end, end > e ? 0.86 : Score);
                    }

                    i = end;
                    e = end;
                }
            }

            prevStart = s;
            prevEnd = e;
        }
    }

    // "German-speaking" and "Anglo-German" are compounds, not the group on its own.
    private static bool IsWholeWord(string text, int s, int e) =>
        (s == 0 || text[s - 1] != '-') && (e >= text.Length || text[e] != '-');

    private static bool IsLanguage(string text, int prevStart, int prevEnd, int end)
    {
        if (prevStart >= 0 && text.AsSpan(prevEnd, Math.Max(0, end - prevEnd)).StartsWith(" ") && LanguageBefore.Contains(text.AsSpan(prevStart, prevEnd - prevStart)))
        {
            return true;
        }

        if (end + 1 < text.Length && text[end] == ' ')
        {
            var s = end + 1;
            var e = s;
            while (e < text.Length && char.IsLetter(text[e]))
            {
                e++;
            }

            return e > s && LanguageAfter.Contains(text.AsSpan(s, e - s));
        }

        return false;
    }
}
