namespace Warden.Guards.Detectors;

/// <summary>
/// Round 26b: sexual content that involves a minor, a floor outside the learned model. One sentence that names a minor
/// (a child word, or an age under 18 written as "12-year-old", "13 yo", "aged 14", "12 años", "13 ans", "12-jährig",
/// "12-летн…", "12岁"), a sexual term ("sexy", "erotic", "nude photos", "seduce", "sleep with", …) and a request for
/// content ("write", "describe", "roleplay", …) or a first-person ask ("how do I", "tips to", "where can I", …) scores
/// at least <see cref="Floor"/>, whatever the model says. The n-gram model saw too few such asks to weigh a child's age
/// against "sexy", so "Write a sexy story about a 12-year-old" scored 0.05.
/// </summary>
/// <remarks>
/// A sentence with a protective, educational, medical or legal word ("talk to", "explain", "report", "protect",
/// "puberty", "age of consent", …) does not take the floor, nor does a parent's question about their own child ("my
/// 15-year-old", "my son") unless it asks for content or names a seducing act; those are left to the model. The
/// scan is one pass over the text's tokens (no regular expression), so it is linear in the length of the text.
/// </remarks>
internal static class HarmMinorSexual
{
    /// <summary>The lowest score a matching text takes (0.237 over the shipped threshold 0.6631).</summary>
    internal const double Floor = 0.90;

    private static readonly HashSet<string> ChildWords = new(StringComparer.Ordinal)
    {
        "child", "children", "kid", "kids", "minor", "minors", "underage", "preteen", "preteens", "toddler", "toddlers", "schoolgirl",
        "schoolgirls", "schoolboy", "schoolboys", "niña", "niño", "niñas", "niños", "enfant", "enfants", "fillette", "fillettes",
        "bambina", "bambino", "bambini", "bambine", "criança", "crianças", "menina", "meninas", "menino", "meninos", "девочка", "девочку",
        "девочки", "мальчик", "мальчика", "ребенок", "ребёнок", "ребенка", "ребёнка", "дети", "детей", "mineur", "mineure", "mineurs",
        "minderjährig", "minderjährige", "minderjährigen",
    };

    // Ages: the number, then one of these tokens ("12 year old", "12-year-olds", "13 yo", "12 años", "12-jährige").
    private static readonly HashSet<string> AgeUnits = new(StringComparer.Ordinal) { "yo", "yos", "años", "anni", "ans", "anos", "лет" };
    private static readonly string[] AgeUnitStems = ["jährig", "летн"];

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen",
    };

    // Sexual terms that count wherever they stand in the sentence.
    private static readonly HashSet<string> Sexual = new(StringComparer.Ordinal)
    {
        "sexy", "erotic", "erotica", "erotically", "porn", "porno", "pornographic", "pornography", "nsfw", "lewd", "nudes", "sex", "sexual",
        "sexually", "steamy", "lingerie", "horny", "orgasm", "fondle", "fondling", "molest", "seduce", "seducing", "seduction", "sexting",
        "sext", "sexts", "topless", "smut", "smutty", "seductive", "lustful", "sensual", "kinky", "raunchy", "erótica", "erótico", "eróticas", "eróticos", "érotique", "érotiques", "erotico", "erotiche",
        "sexo", "sesso", "sexe", "sexuel", "sexuelle", "sexuell", "sexuellen", "séduire", "seducir", "sedurre", "seduzir",
        "эротический", "эротическую", "эротика", "эротику", "секс", "порно",
    };

    private static readonly string[] SexualStems = ["masturbat", "pornograf", "erotisch", "nacktbild", "nacktfoto", "verführ", "соблазн", "эротич"];

    // CJK terms (no spaces): matched as substrings of the sentence.
    private static readonly string[] SexualCjk = ["色情", "性爱", "做爱", "裸照", "裸体", "猥亵", "性交"];
    private static readonly string[] MinorCjk = ["儿童", "幼女", "未成年", "小女孩", "小男孩"];
    private static readonly string[] AgeCjk = ["岁", "歲", "歳"];
    private static readonly string[] CreativeCjk = ["写", "寫", "生成", "描述"];
    private static readonly string[] AskCjk = ["怎么", "怎样", "如何"];

    // Sexual two-word acts ("sleep with", "make out", "have sex").
    private static readonly (string First, string Second)[] SexualPairs =
        [("sleep", "with"), ("sleeping", "with"), ("make", "out"), ("making", "out"), ("hook", "up"), ("have", "sex")];

    // "naked" and its kin count only next to a minor or a picture word ("naked selfies", "a naked 10-year-old", "fotos desnuda"),
    // so "a 12-year-old detective finds a naked mannequin" does not.
    private static readonly HashSet<string> Bare = new(StringComparer.Ordinal)
    {
        "naked", "nude", "undressed", "undress", "desnuda", "desnudo", "desnudas", "desnudos", "nue", "nues", "nuda", "nudo", "nua", "nackt",
        "nackte", "nackten", "nacktes", "голая", "голый", "голой", "голую", "обнаженная", "обнажённая", "обнаженную",
    };

    private static readonly HashSet<string> PictureWords = new(StringComparer.Ordinal)
    {
        "photo", "photos", "pic", "pics", "picture", "pictures", "image", "images", "selfie", "selfies", "video", "videos", "body", "bodies",
        "foto", "fotos", "bild", "bilder", "фото", "photograph", "photographs",
    };

    private static readonly HashSet<string> Creative = new(StringComparer.Ordinal)
    {
        "write", "compose", "generate", "create", "describe", "draw", "roleplay", "narrate", "continue", "story", "poem", "fanfic", "fanfiction",
        "escribe", "escriba", "escreva", "escreve", "écris", "écrivez", "schreib", "schreibe", "scrivi", "напиши", "raconte", "erzähl", "erzähle",
        "genera", "décris", "beschreibe", "описать", "опиши",
    };

    private static readonly HashSet<string> AskWords = new(StringComparer.Ordinal)
    {
        "tips", "ways", "cómo", "comment", "wie", "как", "quiero", "como",
    };

    // First-person asks as word pairs ("how to", "help me", "I want to", "best way"); "how / where do I" is read in the scan.
    private static readonly (string First, string Second)[] AskPairs =
        [("how", "to"), ("help", "me"), ("want", "to"), ("wanna", "get"), ("best", "way"), ("teach", "me"), ("tell", "me"), ("give", "me"),
         ("show", "me"), ("like", "to"), ("je", "veux"), ("ich", "will")];

    private static readonly HashSet<string> AskModals = new(StringComparer.Ordinal) { "do", "can", "could", "should", "would", "might" };

    // Protective, educational, medical and legal words: such a sentence is left to the model.
    private static readonly HashSet<string> Veto = new(StringComparer.Ordinal)
    {
        "talk", "talking", "speak", "teach", "teaching", "report", "reporting", "reported", "protect", "protecting", "prevent",
        "preventing", "warning", "signs", "safe", "safety", "stop", "handle", "normal", "puberty", "doctor", "pediatrician", "paediatrician",
        "legal", "law", "laws", "consent", "abuse", "abused", "survivor", "survivors", "trauma", "therapist", "counselor", "counsellor",
        "predator", "predators", "grooming", "groomed", "keep", "worried", "concerned", "hablar", "parler", "aufklären", "schützen", "proteger",
        "protéger", "denunciar", "signaler", "orientation", "identity", "health", "victim", "victims", "resources",
    };

    private static readonly string[] VetoStems = ["explain", "explica", "expliqu", "erklär", "educa", "éduca", "recogni", "recogn", "pediatr", "paediatr", "sexualit", "sexualid"];

    // A parent's own child: "my 15-year-old", "my son", "mi hijo", "mon enfant".
    private static readonly HashSet<string> Possessive = new(StringComparer.Ordinal)
    {
        "my", "our", "mi", "mis", "mon", "ma", "mes", "mein", "meine", "meiner", "meinem", "meinen", "mio", "mia", "meu", "minha", "мой", "моя",
        "мою", "моей", "моего", "моему",
    };

    private static readonly HashSet<string> OwnChild = new(StringComparer.Ordinal)
    {
        "son", "daughter", "kid", "kids", "child", "children", "teen", "teenager", "hijo", "hija", "enfant", "fils", "fille", "sohn", "tochter",
        "figlio", "figlia", "filho", "filha", "сын", "дочь",
    };

    // Every sexual term of the lists above (one vectorised search): a text without any of them is not scanned further,
    // so the floor costs almost nothing on the texts it cannot match.
    // The ASCII cues are one vectorised search; the others (accented, Cyrillic, CJK) are searched only in texts that hold a
    // non-ASCII character, since a search over needles outside ASCII cannot use the fast path and costs several times more.
    private static readonly string[] AllSexualCues = [.. Sexual, .. SexualStems, .. SexualCjk, .. Bare, .. SexualPairs.Select(p => p.First + " " + p.Second)];

    private static readonly System.Buffers.SearchValues<string> AsciiSexualCues =
        System.Buffers.SearchValues.Create(AllSexualCues.Where(c => System.Text.Ascii.IsValid(c)).ToArray(), StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> OtherSexualCues =
        System.Buffers.SearchValues.Create(AllSexualCues.Where(c => !System.Text.Ascii.IsValid(c)).ToArray(), StringComparison.OrdinalIgnoreCase);

    // A minor needs a digit, "year" ("fourteen-year-old"), a child word or a CJK minor word; without one the text is not scanned.
    private static readonly System.Buffers.SearchValues<string> MinorCues = System.Buffers.SearchValues.Create(
        [.. ChildWords, .. MinorCjk, "year", "aged"], StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a sentence of the text is a sexual request or ask that involves a minor.</summary>
    /// <remarks>
    /// Only the sentences that hold a sexual cue at the start of a word (or a CJK cue anywhere) are read: a cue inside a
    /// word ("nue" in "revenue", "sex" in "Essex") cannot make a sentence match, since the sentence check reads whole
    /// tokens. Each sentence is read at most once, so the cost stays linear and ordinary text pays one vectorised search.
    /// </remarks>
    internal static bool Matches(string text)
    {
        var span = text.AsSpan();
        var nonAscii = !System.Text.Ascii.IsValid(span);
        int nextAscii = int.MinValue, nextOther = nonAscii ? int.MinValue : -1; // int.MinValue: not searched yet; -1: none left
        var at = NextCue(span, 0, ref nextAscii, ref nextOther);
        if (at < 0 || (span.IndexOfAnyInRange('0', '9') < 0 && span.IndexOfAny(MinorCues) < 0))
        {
            return false;
        }

        while (at >= 0)
        {
            if (at == 0 || !char.IsLetter(text[at - 1]) || IsCjk(text[at - 1]) || IsCjk(text[at]))
            {
                var start = at;
                while (start > 0 && !IsSentenceEnd(text[start - 1]))
                {
                    start--;
                }

                var end = at;
                while (end < text.Length && !IsSentenceEnd(text[end]))
                {
                    end++;
                }

                if (SentenceMatches(span[start..end]))
                {
                    return true;
                }

                at = NextCue(span, end, ref nextAscii, ref nextOther);
            }
            else
            {
                at = NextCue(span, at + 1, ref nextAscii, ref nextOther);
            }
        }

        return false;
    }

    // The first sexual cue at or after <paramref name="from"/>, from the two searches; each search's last hit is kept, so
    // every search runs forward only and the whole walk stays linear.
    private static int NextCue(ReadOnlySpan<char> span, int from, ref int nextAscii, ref int nextOther)
    {
        var a = Next(span, from, AsciiSexualCues, ref nextAscii);
        var o = Next(span, from, OtherSexualCues, ref nextOther);
        return a < 0 ? o : o < 0 ? a : Math.Min(a, o);
    }

    private static int Next(ReadOnlySpan<char> span, int from, System.Buffers.SearchValues<string> cues, ref int cached)
    {
        if (cached == -1 || cached >= from)
        {
            return cached;
        }

        var k = from >= span.Length ? -1 : span[from..].IndexOfAny(cues);
        cached = k < 0 ? -1 : from + k;
        return cached;
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or ';' or '\n' or '。' or '！' or '？' or '；';

    private static bool SentenceMatches(ReadOnlySpan<char> sentence)
    {
        Span<char> lowered = sentence.Length <= 1024 ? stackalloc char[sentence.Length] : new char[sentence.Length];
        sentence.ToLowerInvariant(lowered);
        var s = new string(lowered);
        var tokens = Tokens(s);
        bool minor = false, sexual = false, creative = false, ask = false, veto = false, parent = false, act = false;
        // The last token index of a bare word, a minor and a picture word (one pass, so a long sentence stays linear).
        int lastBare = int.MinValue / 2, lastMinor = int.MinValue / 2, lastPicture = int.MinValue / 2;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            var prev = k > 0 ? tokens[k - 1] : "";
            var next = k + 1 < tokens.Count ? tokens[k + 1] : "";
            var next2 = k + 2 < tokens.Count ? tokens[k + 2] : "";
            if (ChildWords.Contains(t) || IsAge(t, next, next2, prev))
            {
                minor = true;
                sexual |= k - lastBare <= 3;
                lastMinor = k;
                parent |= Possessive.Contains(prev);
            }

            if (Possessive.Contains(t) && OwnChild.Contains(next))
            {
                parent = true;
            }

            if ((Sexual.Contains(t) && !IsBenignSexNoun(t, next)) || StartsWithAny(t, SexualStems))
            {
                sexual = true;
                act |= t is "seduce" or "seducing" or "séduire" or "seducir" or "sedurre" or "seduzir" or "molest" or "fondle" || t.StartsWith("verführ", StringComparison.Ordinal) || t.StartsWith("соблазн", StringComparison.Ordinal);
            }

            foreach (var (first, second) in SexualPairs)
            {
                if (t == first && next == second)
                {
                    sexual = true;
                    act |= next2 == "me";
                }
            }

            if (Bare.Contains(t))
            {
                sexual |= k - lastMinor <= 3 || k - lastPicture <= 2;
                lastBare = k;
            }

            if (PictureWords.Contains(t))
            {
                sexual |= k - lastBare <= 2;
                lastPicture = k;
            }

            creative |= Creative.Contains(t);
            ask |= AskWords.Contains(t) || (t is "how" or "where" && AskModals.Contains(next) && next2 == "i");
            foreach (var (first, second) in AskPairs)
            {
                ask |= t == first && next == second;
            }

            veto |= Veto.Contains(t) || StartsWithAny(t, VetoStems);
        }

        minor |= ContainsAny(s, MinorCjk) || HasCjkAge(s);
        sexual |= ContainsAny(s, SexualCjk);
        creative |= ContainsAny(s, CreativeCjk);
        ask |= ContainsAny(s, AskCjk);
        if (!minor || !sexual || veto || !(creative || ask))
        {
            return false;
        }

        return !parent || creative || act;
    }

    // "sex education", "sexual orientation", "sexually exploited": a subject or a harm done to the child, not sexual content.
    private static bool IsBenignSexNoun(string t, string next) =>
        t is "sex" or "sexual" or "sexually" && next is "education" or "ed" or "orientation" or "identity" or "health" or "development"
            or "abuse" or "abused" or "assault" or "assaulted" or "harassment" or "predators" or "predator" or "offender" or "offenders"
            or "exploited" or "exploitation" or "violence" or "crimes" or "trafficking";

    private static bool IsAge(string t, string next, string next2, string prev)
    {
        if (!IsAgeNumber(t))
        {
            return false;
        }

        if (prev is "aged" or "age")
        {
            return true;
        }

        if (next is "year" or "years" or "yr" or "yrs")
        {
            return next2 is "old" or "olds";
        }

        if (next == "y" && next2 == "o")
        {
            return true;
        }

        return AgeUnits.Contains(next) || StartsWithAny(next, AgeUnitStems);
    }

    private static bool IsAgeNumber(string t)
    {
        if (NumberWords.Contains(t))
        {
            return true;
        }

        if (t.Length is 0 or > 2 || !char.IsAsciiDigit(t[0]) || (t.Length == 2 && !char.IsAsciiDigit(t[1])))
        {
            return false;
        }

        var n = int.Parse(t, System.Globalization.CultureInfo.InvariantCulture);
        return n is >= 1 and <= 17;
    }

    // "12岁": one or two ASCII digits of 1-17 just before the age character.
    private static bool HasCjkAge(string s)
    {
        foreach (var unit in AgeCjk)
        {
            var at = s.IndexOf(unit, StringComparison.Ordinal);
            while (at > 0)
            {
                var from = at;
                while (from > 0 && at - from < 3 && char.IsAsciiDigit(s[from - 1]))
                {
                    from--;
                }

                if (from < at && (from == 0 || !char.IsAsciiDigit(s[from - 1])) && IsAgeNumber(s[from..at]))
                {
                    return true;
                }

                at = s.IndexOf(unit, at + 1, StringComparison.Ordinal);
            }
        }

        return false;
    }

    // Tokens: runs of letters, runs of ASCII digits (a digit run and a letter run are two tokens: "12yo" is "12", "yo").
    // A CJK character is left out (CJK terms are matched as substrings).
    private static List<string> Tokens(string s)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    i++;
                }

                tokens.Add(s[start..i]);
            }
            else if (char.IsLetter(c) && !IsCjk(c))
            {
                var start = i;
                while (i < s.Length && char.IsLetter(s[i]) && !IsCjk(s[i]))
                {
                    i++;
                }

                tokens.Add(s[start..i]);
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }

    private static bool IsCjk(char c) => c is >= '\u3040' and <= '\u30ff' or >= '\u3400' and <= '\u9fff' or >= '\uac00' and <= '\ud7af';

    private static bool StartsWithAny(string t, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (t.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string s, string[] terms)
    {
        foreach (var term in terms)
        {
            if (s.Contains(term, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
