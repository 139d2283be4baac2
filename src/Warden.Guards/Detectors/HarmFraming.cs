using System.Collections.Frozen;
using System.Text;

namespace Warden.Guards.Detectors;

/// <summary>
/// Removes framing and justification clauses ("this is for a novel I'm writing", "for a class:", "hypothetically,",
/// "no harm intended", "let's pretend …") from a normalised text: a clause (between punctuation marks) that holds a
/// framing phrase with at most <c>MaxLeadWords</c> words before it and <c>MaxTailWords</c> after; a framing phrase
/// inside a longer clause is part of the ask and stays. The harmful-request detector scores the bare ask as well and
/// keeps the higher score: adding such a claim cannot lower the verdict below that of the ask without
/// it. Only removes text, so it can never add a harm the text does not already hold. One pass over the words to find
/// the phrases, at most <see cref="MaxRemovals"/> removals, clause ends searched within <see cref="MaxClause"/>
/// characters: linear in the text's length.
/// </summary>
internal static class HarmFraming
{
    /// <summary>Most framing phrases acted on per text; later ones are left in place.</summary>
    public const int MaxRemovals = 64;

    /// <summary>How far (characters) a clause start or end is searched for from a phrase.</summary>
    public const int MaxClause = 300;

    // A framing clause has at most this many words before its phrase ("this is", "it's just", "i").
    private const int MaxLeadWords = 3;

    // … and at most this many after it ("… novel I'm writing").
    private const int MaxTailWords = 4;

    // Lower case, as the shared normaliser leaves the text. Whole words; a phrase is matched where a word starts.
    private static readonly string[] Phrases =
    [
        // Fiction.
        "for a novel", "for my novel", "for the novel", "in a novel", "in my novel", "writing a novel", "for a book", "for my book",
        "in my book", "writing a book", "for a story", "for my story", "in a story", "in my story", "writing a story", "for fiction",
        "in fiction", "fictional", "purely fictional", "just fiction", "for a screenplay", "for my screenplay", "for a script", "for my script",
        "for a movie", "for my movie", "for a film", "for my film", "for a play",
        // Education.
        "for a class", "for my class", "for class", "for a course", "for my course", "for school", "for a school", "for my school",
        "for homework", "for my homework", "for an assignment", "for my assignment", "for a project", "for my project",
        "educational purposes", "for educational", "for education", "for a lecture", "for a presentation", "for a lesson",
        "for my students", "for teaching",
        // Research.
        "for research", "for a research", "for my research", "research purposes", "for academic", "academic purposes",
        "for my thesis", "for a thesis", "for my dissertation", "for a paper", "for my paper", "for a study", "for science",
        "for scientific",
        // Hypothetical, curiosity.
        "hypothetically", "hypothetical", "in theory", "theoretically", "purely theoretical", "just wondering", "just curious",
        "i'm curious", "im curious", "out of curiosity", "asking for a friend", "just for fun",
        // Test.
        "for a test", "just a test", "it's a test", "this is a test", "for testing", "testing purposes", "test purposes",
        // No harm meant, will not do it.
        "no harm intended", "no harm meant", "mean no harm", "no bad intentions", "no ill intent", "no malicious intent",
        "not malicious", "without hurting", "without harming", "won't hurt", "wont hurt", "will not hurt", "don't want to hurt",
        "dont want to hurt", "do not want to hurt", "not going to hurt", "i'd never", "i would never", "won't actually",
        "not going to actually", "not going to do", "won't do it", "not planning to", "no one will get hurt",
        "nobody will get hurt", "harmless",
        // Role-play set-ups.
        "let's pretend", "lets pretend", "pretend you", "pretend that", "pretend to be", "imagine you", "imagine that",
        "act as", "role-play", "roleplay", "role play", "stay in character", "you are now",
        // Spanish, Portuguese, Italian.
        "para una novela", "para mi novela", "para una historia", "para una clase", "para mi clase", "para la escuela",
        "para un trabajo", "para una investigación", "para investigación", "hipotéticamente", "hipoteticamente", "en teoría",
        "sin intención de hacer daño", "sin mala intención", "no quiero hacer daño", "por curiosidad", "es ficción",
        "para um romance", "para o meu romance", "para uma aula", "para a escola", "para pesquisa", "sem má intenção",
        "per un romanzo", "per il mio romanzo", "per una storia", "per la scuola", "per una lezione", "per la ricerca",
        "ipoteticamente", "in teoria", "senza cattive intenzioni", "per curiosità",
        // German, French.
        "für einen roman", "für meinen roman", "für eine geschichte", "für den unterricht", "für die schule",
        "für eine hausaufgabe", "für die forschung", "für forschungszwecke", "hypothetisch", "theoretisch", "ohne böse absicht",
        "aus neugier", "ich will niemandem schaden", "pour un roman", "pour mon roman", "pour une histoire", "pour un cours",
        "pour l'école", "pour un devoir", "pour la recherche", "pour une recherche", "hypothétiquement", "en théorie",
        "sans mauvaise intention", "sans intention de nuire", "par curiosité", "je ne veux blesser personne",
        // Russian.
        "для романа", "для книги", "для рассказа", "для урока", "для учёбы", "для исследования", "гипотетически",
        "теоретически", "без злого умысла", "из любопытства",
    ];

    // Scripts written without spaces: found as substrings.
    private static readonly string[] Spaceless =
    [
        "为了写小说", "我在写小说", "小说里", "小说中", "用于研究", "为了研究", "学术研究", "假设", "假如", "理论上", "没有恶意", "无恶意",
        "只是好奇", "出于好奇", "小説のため", "仮に", "悪意はありません", "研究のため", "好奇心から",
    ];

    // The same phrases with a typographic apostrophe ("won’t"), which the normaliser keeps.
    private static readonly FrozenDictionary<string, string[]> ByFirstWord = Phrases
        .Concat(Phrases.Where(p => p.Contains('\'', StringComparison.Ordinal)).Select(p => p.Replace('\'', '\u2019')))
        .GroupBy(p => p.Split(' ')[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray(), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    // The first two characters (a space for one-letter words) of every ASCII first word: most words of a text are
    // rejected by one array read instead of a dictionary lookup.
    private static readonly bool[] AsciiStarts = BuildAsciiStarts();

    /// <summary>
    /// The text with its framing clauses removed, or null when it holds none (or nothing would be left).
    /// </summary>
    public static string? Strip(string normalized)
    {
        Span<(int Start, int End)> cuts = stackalloc (int, int)[MaxRemovals];
        var count = FindPhrases(normalized, cuts);
        if (count == 0)
        {
            return null;
        }

        cuts = cuts[..count];
        for (var i = 0; i < cuts.Length; i++)
        {
            cuts[i] = Removal(normalized, cuts[i].Start, cuts[i].End);
        }

        var removed = false;
        foreach (var (start, end) in cuts)
        {
            removed |= end > start;
        }

        if (!removed)
        {
            return null;
        }

        cuts.Sort();
        var sb = new StringBuilder(normalized.Length);
        var pos = 0;
        foreach (var (start, end) in cuts)
        {
            if (end == start)
            {
                continue;
            }

            if (start > pos)
            {
                sb.Append(normalized, pos, start - pos).Append(' ');
            }

            pos = Math.Max(pos, end);
        }

        if (pos < normalized.Length)
        {
            sb.Append(normalized, pos, normalized.Length - pos);
        }

        var stripped = sb.ToString().Trim();
        return stripped.Any(char.IsLetter) ? stripped : null;
    }

    /// <summary>Longest statement (in words) <see cref="StripStatements"/> removes.</summary>
    public const int MaxStatementWords = 14;

    /// <summary>Longest text (in characters) <see cref="StripStatements"/> looks at.</summary>
    public const int MaxStatementText = 1024;

    /// <summary>Most sentences <see cref="StripStatements"/> looks at; later ones stay.</summary>
    public const int MaxSentences = 64;

    /// <summary>
    /// Session 15 review: the text without its short statements that name no harm, or null when there is none or no
    /// sentence with a harm term would be left. A claim the phrase list does not know ("My therapist told me to ask
    /// this.", "I'm a safety trainer.", "My manager approved it:") is a sentence of at most
    /// <see cref="MaxStatementWords"/> words that asks nothing (no '?') and holds no harm term, creative term or game
    /// term; removing it leaves the ask. Questions and sentences with a harm term ("My ex is blackmailing me.") always
    /// stay. Only texts of at most <see cref="MaxStatementText"/> characters; one harm-term scan per sentence, at most
    /// <see cref="MaxSentences"/> sentences.
    /// </summary>
    public static string? StripStatements(string normalized)
    {
        // A claim attached to an ask is short text; a long document is scored whole (and this keeps the hot path flat).
        if (normalized.Length > MaxStatementText)
        {
            return null;
        }

        Span<(int Start, int End)> drop = stackalloc (int, int)[MaxSentences];
        var dropped = 0;
        var harmKept = false;
        var start = 0;
        var sentences = 0;
        while (start < normalized.Length && sentences < MaxSentences)
        {
            var end = SentenceEnd(normalized, start);
            var sentence = normalized.AsSpan(start, end - start);
            sentences++;
            var flags = HarmIntent.Flags(sentence);
            var harm = (flags & HarmIntent.HarmTermFlag) != 0;
            // A statement with a creative or game term sets up a creative or game ask and stays, so a benign ask keeps its frame.
            if (!harm && (flags & HarmIntent.CreativeOrGameFlags) == 0 && !sentence.Contains('?') && Words(sentence) is > 0 and <= MaxStatementWords)
            {
                drop[dropped++] = (start, end);
            }
            else
            {
                harmKept |= harm;
            }

            start = end;
        }

        if (dropped == 0 || !harmKept)
        {
            return null;
        }

        var sb = new StringBuilder(normalized.Length);
        var pos = 0;
        foreach (var (s, e) in drop[..dropped])
        {
            sb.Append(normalized, pos, s - pos).Append(' ');
            pos = e;
        }

        sb.Append(normalized, pos, normalized.Length - pos);
        return sb.ToString().Trim();
    }

    /// <summary>
    /// Round 20b: the text's harm asks alone, or null when no sentence is one or none is left out. A harm ask is a
    /// sentence that holds a harm term and a request-form term and is put as an ask by the speaker: it holds a '?' or
    /// opens with an ask word ("how", "write", "give", "tell", "please" …). Every other sentence (an account such as
    /// "My neighbour is dealing drugs.", a question without a harm term such as "And what are the warning signs?", a
    /// remark) is left out, so a defensive turn in another sentence cannot lower the ask, while a defensive word in
    /// the ask's own sentence ("How do I report a groomer to the police?") still counts. Round 20c: a harm-ask sentence
    /// is also split at an "and" / "or" that opens a question by inversion ("… and what are the warning signs?", "… or
    /// should i …") and at a "so (that) i can" purpose; only the clauses that open an ask and hold a harm term and a
    /// request-form term are kept ("how do i make a pipe bomb"). When no clause qualifies ("my son is being bullied and
    /// how do i report it?") the sentence stays whole, as before. Only texts of at most <see cref="MaxStatementText"/>
    /// characters; one harm-term scan per sentence and per clause, at most <see cref="MaxSentences"/> sentences and
    /// <see cref="MaxClauseSplits"/> splits per sentence.
    /// </summary>
    public static string? HarmAsks(string normalized)
    {
        if (normalized.Length > MaxStatementText)
        {
            return null;
        }

        Span<(int Start, int End)> keep = stackalloc (int, int)[MaxKeptParts];
        Span<int> splits = stackalloc int[MaxClauseSplits];
        var kept = 0;
        var left = false;
        var start = 0;
        var sentences = 0;
        while (start < normalized.Length && sentences < MaxSentences)
        {
            sentences++;
            var end = SentenceEnd(normalized, start);
            var sentence = normalized.AsSpan(start, end - start);
            if (IsHarmAsk(sentence) && IsAsk(sentence))
            {
                // Round 20c: a question or purpose joined inside the ask's sentence ("… and what are the warning signs?",
                // "… so I can protect my kids?") is left out too, when a clause that opens an ask holds the harm.
                var n = ClauseSplits(sentence, splits);
                var clauseKept = 0;
                for (var c = 0; c <= n && n > 0; c++)
                {
                    var cs = c == 0 ? 0 : splits[c - 1];
                    var ce = c == n ? sentence.Length : splits[c];
                    var clause = sentence[cs..ce];
                    if (IsHarmAsk(clause) && OpensAsk(clause) && kept + clauseKept < keep.Length - 1)
                    {
                        keep[kept + clauseKept++] = (start + cs, start + ce);
                    }
                }

                if (clauseKept > 0 && clauseKept <= n)
                {
                    kept += clauseKept;
                    left = true;
                }
                else if (kept < keep.Length)
                {
                    keep[kept++] = (start, end); // past MaxKeptParts (not reachable within 1 KB) the sentence is not kept
                }
            }
            else
            {
                left |= Words(sentence) > 0;
            }

            start = end;
        }

        left |= start < normalized.Length;
        if (kept == 0 || !left)
        {
            return null;
        }

        var sb = new StringBuilder(normalized.Length);
        foreach (var (s, e) in keep[..kept])
        {
            sb.Append(normalized, s, e - s).Append(' ');
        }

        return sb.ToString().Trim();
    }

    /// <summary>Most run-on breaks <see cref="RunOnSentences"/> marks in one text.</summary>
    public const int MaxRunOnBreaks = 32;

    /// <summary>
    /// Round 22b: the text with a full stop put where a new sentence starts without punctuation (a run-on), or null when
    /// there is none. "How do I kill my neighbour I want to recognise the warning signs." is one sentence to
    /// <see cref="SentenceEnd"/>, so <see cref="HarmAsks"/> and <see cref="StripStatements"/> could not leave the
    /// appended remark out. A break goes before a clause opener that follows a word that does not join clauses (not a
    /// conjunction, preposition, article, question word, auxiliary or a "know / tell / ask" verb), with only blanks or a
    /// comma between: a question word and an auxiliary ("what is", "why did", "how do"), an auxiliary and a subject ("is
    /// this", "can you"), a first-person statement ("i want", "i would", "i'm"), "this is", "it's", or "please". The text
    /// is lower case here (the shared normaliser), so case, spacing and one-word-per-line forms take the same path. The
    /// caller scores the views of the marked text beside the old ones and keeps the highest: a break can only add a view.
    /// Only texts of at most <see cref="MaxStatementText"/> characters; one pass over the words, at most
    /// <see cref="MaxRunOnBreaks"/> breaks.
    /// </summary>
    public static string? RunOnSentences(string normalized)
    {
        if (normalized.Length > MaxStatementText)
        {
            return null;
        }

        Span<int> breaks = stackalloc int[MaxRunOnBreaks];
        var n = 0;
        var text = normalized.AsSpan();
        var prev = NextWord(text, 0);
        if (prev.Start >= text.Length)
        {
            return null;
        }

        var word = NextWord(text, prev.End);
        while (word.Start < text.Length && n < breaks.Length)
        {
            var next = NextWord(text, word.End);
            if (IsRunOnGap(text[prev.End..word.Start]) && !JoinerLookup.Contains(text[prev.Start..prev.End]) &&
                OpensRunOn(text[word.Start..word.End], next.Start < text.Length ? text[next.Start..next.End] : []))
            {
                breaks[n++] = prev.End;
            }

            prev = word;
            word = next;
        }

        if (n == 0)
        {
            return null;
        }

        var sb = new StringBuilder(normalized.Length + n);
        var pos = 0;
        foreach (var at in breaks[..n])
        {
            sb.Append(normalized, pos, at - pos).Append('.');
            pos = normalized[at] == ',' ? at + 1 : at; // a comma before the opener becomes the full stop
        }

        sb.Append(normalized, pos, normalized.Length - pos);
        return sb.ToString();
    }

    // Only blanks, or one comma and blanks, between two words: any other mark already ends a sentence or is not a run-on.
    private static bool IsRunOnGap(ReadOnlySpan<char> gap)
    {
        var commas = 0;
        foreach (var c in gap)
        {
            if (c == ',')
            {
                commas++;
            }
            else if (c is not ' ' and not '\t')
            {
                return false;
            }
        }

        return gap.Length > 0 && commas <= 1;
    }

    private static bool OpensRunOn(ReadOnlySpan<char> w, ReadOnlySpan<char> next) =>
        w is "please" or "i'm" or "im" or "i'd" or "i've" or "i'll" or "it's" ||
        (w is "i" && FirstPersonVerbLookup.Contains(next)) ||
        (w is "this" or "it" && next is "is" or "was") ||
        (QuestionWordLookup.Contains(w) && AuxiliaryLookup.Contains(next)) ||
        (w is "is" or "are" or "was" or "were" && next is "this" or "that" or "it" or "there") ||
        (w is "can" or "could" or "should" or "would" or "will" or "do" or "does" or "did" && SubjectLookup.Contains(next));

    // Verbs (and adverbs) that follow a first-person "i" that opens a statement: "i want to …", "i would report …", "i am a nurse".
    private static readonly FrozenSet<string> FirstPersonVerbs = new[]
        {
            "want", "wanted", "need", "would", "will", "am", "was", "have", "had", "just", "only", "really", "think", "hope",
            "work", "wanna", "like", "must", "should", "plan", "feel", "mean", "promise", "swear", "never", "also", "study",
            "teach", "write", "volunteer", "run", "asked", "ask", "saw", "read", "heard", "care", "don't", "do", "can", "could",
        }.ToFrozenSet(StringComparer.Ordinal);

    // Subjects after an auxiliary that opens a question: "can you explain", "should i worry", "do people". Not "this" /
    // "it": "… people do this" is one clause ("is this legal" is matched on its own).
    private static readonly FrozenSet<string> Subjects = new[]
        {
            "i", "you", "we", "they", "he", "she", "people", "anyone", "someone",
        }.ToFrozenSet(StringComparer.Ordinal);

    // Words after which a clause opener is part of the same sentence ("know what is", "how do i", "and i want", "that i").
    private static readonly FrozenSet<string> Joiners = new[]
        {
            "and", "or", "but", "nor", "so", "that", "if", "when", "whether", "because", "as", "than", "since", "unless", "while",
            "though", "although", "once", "until", "till", "before", "after", "where", "why", "how", "what", "who", "whom", "whose",
            "which", "to", "of", "for", "about", "on", "in", "with", "at", "from", "by", "like", "into", "onto", "over", "under",
            "through", "without", "the", "a", "an", "know", "tell", "ask", "asked", "wonder", "wondering", "see", "show", "explain",
            "understand", "think", "mean", "say", "said", "guess", "sure", "learn", "find", "check", "figure", "me", "you", "is",
            "are", "am", "was", "were", "do", "does", "did", "should", "can", "could", "would", "will", "may", "might", "must",
            "shall", "not", "let", "help", "wish", "hope", "whatever", "wherever", "whenever", "however",
        }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstPersonVerbLookup = FirstPersonVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectLookup = Subjects.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> JoinerLookup = Joiners.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that open an ask ("how do i …", "write …", "give me …", "please …"); a leading "and", "also", "so", "now",
    // "then", "ok" is skipped.
    private static readonly FrozenSet<string> AskOpeners = new[]
        {
            "how", "can", "could", "would", "will", "please", "write", "give", "tell", "show", "explain", "create", "generate", "make",
         "list", "describe", "provide", "teach", "help", "draft", "compose", "design", "produce", "build", "find", "develop", "outline",
         "where", "which", "what's",
        }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> AskLeads = new[] { "and", "also", "so", "now", "then", "ok", "okay" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AskOpenerLookup = AskOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AskLeadLookup = AskLeads.GetAlternateLookup<ReadOnlySpan<char>>();

    // A question, or a sentence whose first word (after at most two lead words) opens an ask.
    private static bool IsAsk(ReadOnlySpan<char> sentence) => sentence.Contains('?') || sentence.Contains('？') || OpensAsk(sentence);

    private static bool IsHarmAsk(ReadOnlySpan<char> text)
    {
        const ulong askFlags = HarmIntent.HarmTermFlag | HarmIntent.RequestFlag;
        return (HarmIntent.Flags(text) & askFlags) == askFlags;
    }

    /// <summary>Most clause splits <see cref="HarmAsks"/> makes in one sentence.</summary>
    public const int MaxClauseSplits = 16;

    // Kept sentences and clauses: a sentence may add up to MaxClauseSplits + 1 clauses; past this the rest are kept whole.
    private const int MaxKeptParts = 128;

    // Words that put a question by inversion after "and" / "or" ("and what are …", "or should i …", "and who do i call").
    private static readonly FrozenSet<string> Auxiliaries = new[]
        {
            "is", "are", "am", "was", "were", "do", "does", "did", "should", "can", "could", "would", "will", "may", "might", "must",
            "shall", "isn't", "aren't", "don't", "doesn't", "can't", "shouldn't", "what's", "who's", "where's", "how's",
        }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> QuestionWords = new[] { "what", "how", "who", "whom", "whose", "where", "when", "which", "why" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliaryLookup = Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuestionWordLookup = QuestionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Where the sentence's clauses start after the first: at an "and" / "or" that opens a question ("and what are the
    // warning signs", "or should i", "and how do i report it"; not "and how to make it", which is part of the ask)
    // and at a "so" / "so that" that opens a purpose ("so i can protect my kids"). Whole words, any white space between.
    private static int ClauseSplits(ReadOnlySpan<char> sentence, Span<int> splits)
    {
        var n = 0;
        var word = NextWord(sentence, 0);
        var first = true;
        while (word.Start < sentence.Length && n < splits.Length)
        {
            var w = sentence[word.Start..word.End];
            var next = NextWord(sentence, word.End);
            if (!first && next.Start < sentence.Length && OpensClause(sentence, w, next))
            {
                splits[n++] = word.Start;
            }

            first = false;
            word = next;
        }

        return n;
    }

    private static bool OpensClause(ReadOnlySpan<char> sentence, ReadOnlySpan<char> w, (int Start, int End) next)
    {
        var nw = sentence[next.Start..next.End];
        if (w is "and" or "or")
        {
            if (AuxiliaryLookup.Contains(nw))
            {
                return true;
            }

            var after = NextWord(sentence, next.End);
            return QuestionWordLookup.Contains(nw) && after.Start < sentence.Length && AuxiliaryLookup.Contains(sentence[after.Start..after.End]);
        }

        if (w is not "so")
        {
            return false;
        }

        if (nw is "that")
        {
            next = NextWord(sentence, next.End);
            nw = sentence[next.Start..next.End];
        }

        var verb = NextWord(sentence, next.End);
        return nw is "i" or "we" && verb.Start < sentence.Length && sentence[verb.Start..verb.End] is "can" or "could" or "will" or "may";
    }

    private static (int Start, int End) NextWord(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        var e = i;
        while (e < text.Length && IsWordChar(text[e]))
        {
            e++;
        }

        return (i, e);
    }

    // A text whose first word (after at most two lead words) opens an ask.
    private static bool OpensAsk(ReadOnlySpan<char> sentence)
    {
        var i = 0;
        for (var w = 0; w < 3; w++)
        {
            var (start, end) = NextWord(sentence, i);
            var word = sentence[start..end];
            if (AskOpenerLookup.Contains(word))
            {
                return true;
            }

            if (!AskLeadLookup.Contains(word))
            {
                return false;
            }

            i = end;
        }

        return false;
    }

    // The end of the sentence that starts at `start`: after its '.', '!', '?', ':' or line break (and the blanks after it).
    private static int SentenceEnd(string text, int start)
    {
        var k = text.AsSpan(start).IndexOfAny(SentenceEnds);
        var end = k < 0 ? text.Length : start + k + 1;
        while (end < text.Length && text[end] is ' ' or '\n')
        {
            end++;
        }

        return end;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?:\n。！？：");

    // Phrase matches (start, end) in text order, at most cuts.Length.
    private static int FindPhrases(string text, Span<(int Start, int End)> cuts)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length && count < cuts.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && IsWordChar(text[end]))
            {
                end++;
            }

            if (CannotStart(text[i], end - i > 1 ? text[i + 1] : ' '))
            {
                i = end;
                continue;
            }

            if (Lookup.TryGetValue(text.AsSpan(i, end - i), out var candidates))
            {
                foreach (var phrase in candidates)
                {
                    var after = MatchEnd(text, i, phrase);
                    if (after > 0 && (after == text.Length || !IsWordChar(text[after])))
                    {
                        cuts[count++] = (i, after);
                        end = after;
                        break;
                    }
                }
            }

            i = end;
        }

        if (count < cuts.Length && HasSpaceless(text))
        {
            foreach (var phrase in Spaceless)
            {
                for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0 && count < cuts.Length;
                     at = text.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
                {
                    cuts[count++] = (at, at + phrase.Length);
                }
            }
        }

        return count;
    }

    // The framing clause around a phrase at [start, end) with its closing punctuation, or an empty span when the phrase
    // is part of a longer clause (the ask's own words, "a bomb for a research project", stay).
    private static (int Start, int End) Removal(string text, int start, int end)
    {
        var clauseStart = start;
        while (clauseStart > 0 && start - clauseStart < MaxClause && !IsClauseEnd(text[clauseStart - 1]))
        {
            clauseStart--;
        }

        var clauseEnd = end;
        while (clauseEnd < text.Length && clauseEnd - end < MaxClause && !IsClauseEnd(text[clauseEnd]))
        {
            clauseEnd++;
        }

        var framingOnly = Words(text.AsSpan(clauseStart, start - clauseStart)) <= MaxLeadWords
            && Words(text.AsSpan(end, clauseEnd - end)) <= MaxTailWords;
        return framingOnly ? (clauseStart, Math.Min(text.Length, clauseEnd + 1)) : (start, start);
    }

    private static int Words(ReadOnlySpan<char> span)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in span)
        {
            var word = IsWordChar(c);
            words += word && !inWord ? 1 : 0;
            inWord = word;
        }

        return words;
    }

    // Where the phrase ends when it occurs at `at`, or -1; a space in the phrase matches any run of white space
    // ("for  a\tnovel"), as for the prompt-attack phrase cues.
    private static int MatchEnd(string text, int at, string phrase) => PhraseIndex.MatchLength(text, at, phrase) is var n and > 0 ? at + n : -1;

    private static bool CannotStart(char first, char second) => first < 128 && second < 128 && !AsciiStarts[(first * 128) + second];

    private static bool[] BuildAsciiStarts()
    {
        var starts = new bool[128 * 128];
        foreach (var word in ByFirstWord.Keys)
        {
            var second = word.Length > 1 ? word[1] : ' ';
            if (word[0] < 128 && second < 128)
            {
                starts[(word[0] * 128) + second] = true;
            }
        }

        return starts;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '\u2019' or '-';

    private static bool IsClauseEnd(char c) =>
        c is '.' or '!' or '?' or ';' or ':' or ',' or '\n' or '(' or ')' or '。' or '！' or '？' or '；' or '：' or '，' or '、';

    private static bool HasSpaceless(string text) => text.AsSpan().IndexOfAnyInRange('\u3000', '\uffff') >= 0;
}
