namespace Warden.Guards.Detectors;

/// <summary>
/// PERSON and LOCATION spans from capitalised word sequences: gazetteer hits, titles (Mr, Dr, Frau…) and context
/// phrases ("my name is", "Dear"). Ambiguous words ("Will", "May") only count when a surname follows.
/// </summary>
internal static class NameFinder
{
    private static readonly HashSet<string> Titles = new(["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Madam", "Mx", "Herr", "Frau", "Mme", "Mlle", "Sr", "Sra", "Dott", "Signor", "Signora", "Don", "Doña"], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Triggers = ["my name is ", "name is ", "named ", "called ", "i am ", "i'm ", "dear ", "hi ", "hello ", "regards, ", "sincerely, ", "patient ", "customer ", "employee ", "contact ", "signed ", "from: ", "to: ", "attn: ", "mi nombre es ", "je m'appelle ", "ich heiße ", "mein name ist ", "me llamo ", "mi chiamo ",
        "name: ", "contact: ", "patient: ", "signed, ", "thanks, ", "cardholder ", "next of kin ", "sou ", "soy ", "naam is ", "chamo-me ", "nome è ", "sono ", "heiße ", "name? ", "surname ", "surname: "];

    private static readonly string[] KinWords =
    [
        "son ", "daughter ", "kid ", "child ", "wife ", "husband ", "brother ", "sister ", "mother ", "father ", "mom ", "mum ", "dad ", "friend ",
        "boyfriend ", "girlfriend ", "fiancé ", "fiancée ", "cousin ", "uncle ", "aunt ", "nephew ", "niece ", "grandson ", "granddaughter ",
        "grandmother ", "grandfather ", "grandma ", "grandpa ", "colleague ", "coworker ", "roommate ", "neighbour ", "neighbor ",
    ];

    // "my daughter Florence", "her husband Orlando": a relative or friend named after a possessive.
    private static readonly string[] KinTriggers = [.. from p in new[] { "my ", "our ", "his ", "her ", "their ", "your " } from k in KinWords select p + k];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KinEnds =
        new HashSet<string>(KinWords.Select(k => k.TrimEnd()), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Find(string text, Action<string, int, int, double> emit)
    {
        var gaz = Gazetteer.Instance;
        var words = Tokenize(text);
        int? speakerLines = null;
        FirstLineName(text, words, gaz, emit);
        var i = 0;
        while (i < words.Count)
        {
            var (start, end) = words[i];
            var word = text.AsSpan(start, end - start);

            // "w Łodzi", "we Wrocławiu", "w Zielonej Górze": a Polish place in the locative after "w" / "we" (round 24b).
            if (end - start <= 2 && word[0] is 'w' or 'W')
            {
                var placeWords = PiiLocatives.Match(text, words, i, gaz);
                if (placeWords > 0)
                {
                    Emit(emit, text, "LOCATION", words[i + 1].Start, words[i + placeWords].End, 0.6);
                    i += placeWords + 1;
                    continue;
                }
            }

            if (!IsCapitalized(word))
            {
                // Names written in lower case: "mr. haldane", "name:    ilse brandt", a line "maria lopez" above a block.
                // Only at a line start or before "." / ":" ("mr.", "name:"), so ordinary lower-case words cost one check.
                if (char.IsLower(word[0]) && (start == 0 || text[start - 1] == '\n' || (end < text.Length && text[end] is '.' or ':')))
                {
                    var next = PiiLowerCaseNames.Match(text, words, i, gaz, emit);
                    if (next > i)
                    {
                        i = next;
                        continue;
                    }
                }

                // "Warm Regards, ben": a lower-case given name after a sign-off and a comma, alone at the end of its line.
                if (i >= 1 && char.IsLower(word[0]) && start >= 2 && text[words[i - 1].End] == ',')
                {
                    var next = PiiLowerCaseNames.AfterSignOff(text, words, i, gaz, emit);
                    if (next > i)
                    {
                        i = next;
                        continue;
                    }
                }

                // "her maiden name is nyberg", "call me višeslav", "follow up with monika žilková".
                if (i >= 2 && char.IsLower(word[0]) && Slice(text, words[i - 1]) is "is" or "me" or "with")
                {
                    var next = PiiLowerCaseNames.AfterNameCue(text, words, i, gaz, emit);
                    if (next > i)
                    {
                        i = next;
                        continue;
                    }
                }

                // "OKONKWO, Chinonso": a family name in capitals, a comma, then the given name(s).
                if (IsUpperWord(word) && i + 1 < words.Count && text.AsSpan(end, words[i + 1].Start - end) is ", " && IsNameLike(Slice(text, words[i + 1]), gaz)
                    && !gaz.Place.Contains(word) && !NameCues.Acronyms.Contains(word))
                {
                    var j = RunEnd(text, words, i + 1, gaz);
                    Emit(emit, text, "PERSON", start, words[j].End, 0.7);
                    i = j + 1;
                    continue;
                }

                // "flew to LEPPEN", "grew up in SUND": a place name in capitals after a place preposition in sentence-case text.
                if (IsUpperWord(word) && !NameCues.Acronyms.Contains(word) && (AfterPlacePreposition(text, words, i) || AfterWord(text, words, i, "to") || AfterPlaceCue(text, words, i))
                    && SentenceCase(text, words, i))
                {
                    var j = i;
                    while (j + 1 < words.Count && j - i < 2 && Adjacent(text, words[j], words[j + 1]) && IsUpperWord(Slice(text, words[j + 1])))
                    {
                        j++;
                    }

                    Emit(emit, text, "LOCATION", start, words[j].End, 0.52);
                    i = j + 1;
                    continue;
                }

                // "originally from switzerland", "moving to czech republic": a country in lower case after a place preposition.
                if (word.Length >= 4 && char.IsLower(word[0]) && (AfterPlacePreposition(text, words, i) || AfterWord(text, words, i, "to")))
                {
                    var ce = i + 1 < words.Count && Adjacent(text, words[i], words[i + 1]) && words[i + 1].End - start <= 40
                        && gaz.Country.Contains(text.AsSpan(start, words[i + 1].End - start)) ? i + 1 : gaz.Country.Contains(word) ? i : -1;
                    if (ce >= 0)
                    {
                        Emit(emit, text, "LOCATION", start, words[ce].End, 0.6);
                        i = ce + 1;
                        continue;
                    }
                }

                i++;
                continue;
            }

            // The pronoun "I" ("Can I", "Hello I moved") starts no name.
            if (word is "I")
            {
                i++;
                continue;
            }

            // "Al final del día", "Van een echte massaspurt …": at a sentence start before a lower-case word, Spanish "Al"
            // (a + el) in Spanish text and Dutch "Van" are the preposition, not a given name or the Turkish town (round 26b).
            if (word is "Al" or "Van" && SentenceStart(text, start) && end + 1 < text.Length && text[end] == ' ' && char.IsLower(text[end + 1])
                && (word is "Van" || SpanishAround(text, start)))
            {
                i++;
                continue;
            }

            // "Ubul: What a wife.\nNicole: Remember me": a speaker label at the start of a line in a transcript with two or more such lines.
            if (end < text.Length && text[end] == ':' && (start == 0 || text[start - 1] == '\n') && !ValueOpensWithDigit(text, end + 1) && !CommonWords.HeadingSpan.Contains(word) && !FieldLabels.Contains(word)
                && !PiiFieldLabels.IsLabel(word) && !CommonWords.CapitalizedSpan.Contains(word) && !NameCues.Acronyms.Contains(word) && IsUnknownProper(word, gaz) | gaz.First.Contains(word)
                && (speakerLines ??= SpeakerLines(text)) >= 2)
            {
                Emit(emit, text, "PERSON", start, end, 0.6);
                i++;
                continue;
            }

            // "I'm Melvin's daughter", "Okafor's wife", "here's Matej's address": a name in the possessive before a word for
            // a relative or friend, or for a person's own address, phone, e-mail or birthday; not after an article ("the
            // Company's friend program").
            if (EndsPossessive(text, words[i]) && i + 1 < words.Count && text[end] == ' ' && words[i + 1].Start == end + 1
                && (KinEnds.Contains(Slice(text, words[i + 1])) || Slice(text, words[i + 1]) is "address" or "phone" or "email" or "e-mail" or "birthday")
                && PossessiveName(word[..^2], gaz)
                && !(i > 0 && Slice(text, words[i - 1]) is "The" or "the" or "A" or "a" or "An" or "an"))
            {
                Emit(emit, text, "PERSON", start, end - 2, 0.6);
                i += 2;
                continue;
            }

            // "move Steve's meeting", "in Manny's words", "Okafor's report": a known given or family name in the possessive
            // before a lower-case word or a number (family names since round 22). The tokenizer
            // keeps the "'s", so the gazetteer checks below would miss it; a run of names ("Ana Lopes's") is read below.
            if (EndsPossessive(text, words[i]) && PossessiveKnownName(text, words, i, gaz))
            {
                Emit(emit, text, "PERSON", start, end - 2, 0.6);
                i++;
                continue;
            }

            // "last February", "since March": a month name after a time word. Overlapping full dates ("since March 2020")
            // come from the date regex with a higher score.
            if (NameCues.Months.Contains(word) && i > 0 && NameCues.MonthCues.Contains(Slice(text, words[i - 1])) && text.AsSpan(words[i - 1].End, start - words[i - 1].End) is " ")
            {
                Emit(emit, text, "DATE_TIME", start, end, 0.55);
                i++;
                continue;
            }

            // Places first for multi-word names ("New York", "Rio de Janeiro").
            var placeLen = MatchPlace(text, words, i, gaz);
            var isFirst = gaz.First.Contains(word);
            var nextIsName = i + 1 < words.Count && Adjacent(text, words[i], words[i + 1]) && NameLikeAt(text, words[i + 1], gaz);
            var titled = i > 0 && TitleLookup.Contains(Slice(text, words[i - 1])) && Adjacent(text, words[i - 1], words[i], allowDot: true);
            // "Name: The quick brown fox": a determiner after a name cue opens no name unless a name-like word follows it
            // ("Name: A. Okafor", "Name: An Nguyen") (round 22).
            var triggered = !CommonWords.HeadingSpan.Contains(word) && (nextIsName || !NameCues.Determiners.Contains(word)) && (Triggered(text, start) || AddresseeLine(text, words, i));

            // "Aniela is very reliable.", "Mehrudin shouted at …": a single unknown word that opens a sentence, followed by a
            // predicate that only a person takes. A product name in the docs ("Warden is …") recurs in its text; this word may not.
            // "…, Sakakibara said", "and Coste said", "\" Burns told": the same at the start of a clause before a verb of speech (round 20).
            // A speaker named again later in the text is still a speaker, so the clause form does not ask RecursNearby.
            if (placeLen == 0 && !nextIsName && IsUnknownProper(word, gaz) && !HasInnerCapital(word)
                && ((ClauseStart(text, start) && SpeechPredicate(text, end)) || (SentenceStart(text, start) && PersonPredicate(text, end) && !RecursNearby(text, word, start, end))))
            {
                Emit(emit, text, "PERSON", start, end, 0.55);
                i++;
                continue;
            }

            // A list of single names ("The winners were Brekkestad, Weber, Halvorsrud and Nakashimo"): every item is a name once one
            // of them is a known name and none is a place or a common word.
            if (end + 2 < text.Length && text[end] == ',' && text[end + 1] == ' ')
            {
                var next = EmitNameList(text, words, i, gaz, emit);
                if (next > i)
                {
                    i = next;
                    continue;
                }
            }

            // A title followed by a name ("Mr. Garcia", "Dr Okafor") is one PERSON span including the title.
            if (TitleLookup.Contains(word) && i + 1 < words.Count && Adjacent(text, words[i], words[i + 1], allowDot: true) && IsNameLike(Slice(text, words[i + 1]), gaz))
            {
                var t = i + 1;
                while (t + 1 < words.Count && t - i < 3 && Adjacent(text, words[t], words[t + 1]) && NameLikeAt(text, words[t + 1], gaz))
                {
                    t++;
                }

                // Presidio's TITLE for the title (with its full stop), PERSON for the name.
                var titleEnd = end < text.Length && text[end] == '.' ? end + 1 : end;
                Emit(emit, text, "TITLE", start, titleEnd, 0.85);
                Emit(emit, text, "PERSON", words[i + 1].Start, words[t].End, 0.85);
                i = t + 1;
                continue;
            }

            // A well-known company ("Deloitte", "Morgan Stanley") that is not a place.
            var companyLen = placeLen == 0 ? PiiCompanies.Match(text, words, i) : 0;
            if (companyLen > 0)
            {
                Emit(emit, text, "ORGANIZATION", start, words[i + companyLen - 1].End, PiiCompanies.Score);
                i += companyLen;
                continue;
            }

            // An unknown capitalised word before a known surname ("Hiroshi Brown", "Olumide Rossi") is a given name.
            var unknownBeforeSurname = !isFirst && placeLen == 0 && nextIsName && !CommonWords.CapitalizedSpan.Contains(word) && word.Length >= 3
                && gaz.Last.Contains(Slice(text, words[i + 1]));

            // Two names joined by "and" ("Park and Weber were …", "Maria and Halldis"): neither a place, one a known name
            // that is no common word, and no further capitalised word after them.
            if (placeLen == 0 && !titled && !triggered && !nextIsName && i + 2 < words.Count && words[i + 2].Start - end == 5 && EmitNamePair(text, words, i, gaz, emit))
            {
                i += 3;
                continue;
            }

            // "The Princess Royal", "the Golden Gate": an ordinary word after "the" opens no name, and neither do the
            // capitalised words that follow it.
            if (!titled && !triggered && (CommonWords.CapitalizedSpan.Contains(word) || CommonWords.HeadingSpan.Contains(word)) && i > 0
                && Slice(text, words[i - 1]) is "The" or "the" && text.AsSpan(words[i - 1].End, start - words[i - 1].End) is " " && nextIsName)
            {
                i = RunEnd(text, words, i, gaz) + 1;
                continue;
            }

            // "a Job for Zhiyong", "an Ivy League school": a lone given name right after "a" or "an" is a common noun here.
            if (isFirst && !nextIsName && !titled && !triggered && placeLen == 0 && i > 0 && Slice(text, words[i - 1]) is "a" or "an"
                && text.AsSpan(words[i - 1].End, start - words[i - 1].End) is " ")
            {
                i++;
                continue;
            }

            // A place of two or more words ("Czech Republic", "New Zealand") is not read as a person's name.
            if (placeLen < 2 && (titled || triggered || unknownBeforeSurname || (isFirst && (nextIsName || !CommonWords.CapitalizedSpan.Contains(word)) && placeLen == 0)
                || (isFirst && nextIsName) || (gaz.Last.Contains(word) && nextIsName && !CommonWords.CapitalizedSpan.Contains(word))))
            {
                var j = i;
                while (j + 1 < words.Count && j - i < 3 && Adjacent(text, words[j], words[j + 1]) && NameLikeAt(text, words[j + 1], gaz))
                {
                    j++;
                }

                var score = titled || triggered || j > i ? 0.85 : 0.6;
                Emit(emit, text, "PERSON", start, words[j].End, score);
                i = NextAfterPossessive(text, words, i, j);
                continue;
            }

            // Two or more unknown capitalised words in sentence-case text ("Ngozi Kahale", "Kalani Bekele"): a proper noun,
            // most often a person's name; after a place preposition ("in", "from") it is a LOCATION.
            // A quoted run of unknown capitalised words is a title ("Tube Snake Boogie"), not a name: skip all of it.
            // "I'm …" after a quote is the pronoun ("\"I'm Melvin's daughter\""), not the first word of a title.
            if (placeLen == 0 && nextIsName && IsUnknownProper(word, gaz) && start > 0 && text[start - 1] is '"' or '\u201C' && !word.StartsWith("I'", StringComparison.Ordinal))
            {
                i = RunEnd(text, words, i, gaz) + 1;
                continue;
            }

            if (placeLen == 0 && nextIsName && IsUnknownProper(word, gaz) && !TriggerEnds.Contains(word) && !word.StartsWith("I'", StringComparison.Ordinal)
                && (IsUnknownProper(Slice(text, words[i + 1]), gaz) || (IsInitial(text, words[i + 1], allowBare: true) && i + 2 < words.Count && IsUnknownProper(Slice(text, words[i + 2]), gaz)))
                && !AfterDeterminer(text, words, i)
                && SentenceCase(text, words, i))
            {
                var j = RunEnd(text, words, i, gaz);

                // A heading inside a line ("see Guilty Pleasures: 5 Songs You Hate"): the run, a colon, then a capital or a digit.
                if (IsHeadingBeforeColon(text, start, words[j].End))
                {
                    i = j + 1;
                    continue;
                }

                // After "from"/"in" the run is a place, unless it holds a middle initial or ends in a possessive
                // ("the songs from Ottilde K. Marwood's album").
                var place = (AfterPlacePreposition(text, words, i) || AfterPlaceCue(text, words, i)) && !HasInitial(text, words, i, j) && !HasPossessive(text, words, i + 1, j);
                Emit(emit, text, place ? "LOCATION" : "PERSON", start, words[j].End, 0.55);
                i = NextAfterPossessive(text, words, i, j);
                continue;
            }

            // A list of family names ("founders: Brabec, Doyle and Gonzalez"): an unknown capitalised word before ", " and a
            // known name that itself goes on with ", " or " and ".
            if (placeLen == 0 && !nextIsName && IsUnknownProper(word, gaz) && i + 1 < words.Count && text.AsSpan(end, words[i + 1].Start - end) is ", "
                && IsKnownName(Slice(text, words[i + 1]), gaz) && words[i + 1].End < text.Length
                && (text.AsSpan(words[i + 1].End).StartsWith(", ", StringComparison.Ordinal) || text.AsSpan(words[i + 1].End).StartsWith(" and ", StringComparison.Ordinal))
                && SentenceCase(text, words, i))
            {
                Emit(emit, text, "PERSON", start, end, 0.55);
                i++;
                continue;
            }

            // A single unknown capitalised word after a verb that takes a person ("text Haruto", "ask Wanjiru").
            // "ex-Beatle Harrison": after a former member's "ex-" word it is a person too.
            if (placeLen == 0 && !nextIsName && IsUnknownProper(word, gaz) && i > 0 && (NameCues.PersonVerbs.Contains(Slice(text, words[i - 1])) || ExMember(Slice(text, words[i - 1])))
                && text.AsSpan(words[i - 1].End, start - words[i - 1].End) is " " && SentenceCase(text, words, i))
            {
                Emit(emit, text, "PERSON", start, end, 0.55);
                i++;
                continue;
            }

            // A single unknown capitalised word after "in/from/near" in sentence-case text ("from Lusaka").
            if (placeLen == 0 && !nextIsName && IsUnknownProper(word, gaz) && word.Length >= 4 && (AfterPlacePreposition(text, words, i) || AfterWord(text, words, i, "to") || AfterPlaceCue(text, words, i))
                && SentenceCase(text, words, i))
            {
                Emit(emit, text, "LOCATION", start, end, 0.52);
                i++;
                continue;
            }

            if (placeLen > 0)
            {
                Emit(emit, text, "LOCATION", start, words[i + placeLen - 1].End, 0.7);
                i += placeLen;
                continue;
            }

            i++;
        }
    }

    /// <summary>
    /// "Oddny Rasmusdottir\n\nVallgata 12\nSkagen", "> Oddny Rasmusdottir\n> Quillfield\n…": the first line of the text holds
    /// only two or three capitalised words (a middle initial allowed) that are neither common words nor places, and a
    /// block of short lines follows (at least two, or one with a digit or "@" within 60 characters). Such a line names a person
    /// even when the gazetteer knows neither word and no lower-case text is around. Only the first line is read.
    /// </summary>
    private static void FirstLineName(string text, List<(int Start, int End)> words, Gazetteer gaz, Action<string, int, int, double> emit)
    {
        if (words.Count < 3 || words[0].Start > 8 || text.AsSpan(0, words[0].Start).ContainsAnyExcept(LineMarkers))
        {
            return;
        }

        var j = 0;
        while (true)
        {
            var w = Slice(text, words[j]);
            var initial = j > 0 && w.Length == 1 && char.IsUpper(w[0]);
            if (!initial && (w.Length < 2 || !IsCapitalized(w) || CommonWords.CapitalizedSpan.Contains(w) || CommonWords.HeadingSpan.Contains(w)
                || gaz.Place.Contains(w) || EnglishLooking(w) || FieldLabels.Contains(w)))
            {
                return;
            }

            var after = words[j].End + (initial && words[j].End < text.Length && text[words[j].End] == '.' ? 1 : 0);
            if (after < text.Length && text[after] is '\n' or '\r')
            {
                if (initial || j == 0)
                {
                    return;
                }

                break;
            }

            if (j >= 2 || j + 1 >= words.Count || text.AsSpan(after, words[j + 1].Start - after) is not " ")
            {
                return;
            }

            j++;
        }

        var lineEnd = words[j].End;
        var rest = text.AsSpan(lineEnd, Math.Min(200, text.Length - lineEnd));
        var shortLines = 0;
        foreach (var line in rest.EnumerateLines())
        {
            var t = line.Trim();
            if (t.Length == 0)
            {
                continue;
            }

            if (t.Length > 40)
            {
                break;
            }

            shortLines++;
        }

        // A heading above a paragraph ("Release Planning\n\nThis quarter we …") is no block: the next line must be short.
        if (shortLines >= 2 || (shortLines == 1 && rest[..Math.Min(rest.Length, 60)].IndexOfAny(DigitOrAt) >= 0))
        {
            emit("PERSON", words[0].Start, words[j].End, 0.6);
        }
    }

    private static readonly System.Buffers.SearchValues<char> LineMarkers = System.Buffers.SearchValues.Create(" \t\r\n?>*-•");

    private static readonly System.Buffers.SearchValues<char> DigitOrAt = System.Buffers.SearchValues.Create("0123456789@");

    // Labels of mail headers, forms and chat roles: "Subject: ..." is a field, not a speaker.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FieldLabels = new HashSet<string>(
        ["Subject", "From", "To", "Cc", "Bcc", "Date", "Sent", "Re", "Fwd", "Note", "Notes", "Phone", "Email", "Mail", "Address", "Name", "Title", "Status",
         "Summary", "Description", "Question", "Answer", "Bot", "User", "Assistant", "System", "Customer", "Agent", "Support", "Q", "A", "When", "Where",
         "Who", "What", "Why", "How", "Time", "Location", "Company", "Website", "Tel", "Fax", "Mobile", "Reason", "Priority", "Result", "Error", "Warning",
         "Example", "Input", "Output", "Step", "Tip", "Update", "Reply", "Comment", "Source", "Tags", "Category", "Type", "Id", "ID", "Ref", "Attn",
         "Signed", "Regards", "Thanks", "Hi", "Hello", "Dear", "Patient", "Contact", "Username", "Password", "Account", "Order", "Invoice", "Total",
         "Amount", "Age", "Sex", "Gender", "Dob", "DOB", "Zip", "City", "State", "Country", "Street", "Apt", "Suite", "Unit", "Box", "Website", "Url"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Lines that start with one capitalised word and a colon ("Nicole: ..."), as in a chat transcript or a script.</summary>
    // "Scadenza: 30.06.2024", "Total: 251.40": a label whose value opens with a digit is a form field, not a speaker's line.
    private static bool ValueOpensWithDigit(string text, int p)
    {
        while (p < text.Length && text[p] is ' ' or '\t')
        {
            p++;
        }

        return p < text.Length && char.IsDigit(text[p]);
    }

    // Lines that open with a capitalised word and ':' and then an utterance; field labels ("Adresse:", "Telefon:") and
    // values that open with a digit do not count, so a form is no transcript (round 23 review).
    private static int SpeakerLines(string text)
    {
        var count = 0;
        var p = 0;
        while (p < text.Length && count < 2)
        {
            var e = p;
            while (e < text.Length && char.IsLetter(text[e]))
            {
                e++;
            }

            if (e > p && e - p <= 20 && char.IsUpper(text[p]) && e + 1 < text.Length && text[e] == ':' && text[e + 1] is ' ' or '"' or '\u201C' or '\\' && !FieldLabels.Contains(text.AsSpan(p, e - p))
                && !PiiFieldLabels.IsLabel(text.AsSpan(p, e - p)) && !ValueOpensWithDigit(text, e + 1))
            {
                count++;
            }

            var nl = text.IndexOf('\n', e);
            if (nl < 0)
            {
                break;
            }

            p = nl + 1;
        }

        return count;
    }

    private static int MatchPlace(string text, List<(int Start, int End)> words, int i, Gazetteer gaz)
    {
        var first = words[i];
        var maxLen = gaz.PlaceStart.Contains(text.AsSpan(first.Start, first.End - first.Start)) ? Math.Min(4, words.Count - i) : 1;
        for (var len = maxLen; len >= 1; len--)
        {
            var s = words[i].Start;
            var e = words[i + len - 1].End;
            if (e - s > 40)
            {
                continue;
            }

            var candidate = text.AsSpan(s, e - s);
            if (candidate.Contains('\n'))
            {
                continue;
            }

            // "Australia's economy", "New Zealand's team": the tokenizer keeps "'s" inside the last word, so the place is
            // looked up without it; Emit cuts the span before the possessive (round 22).
            if (gaz.Place.Contains(candidate) || EndsPossessive(text, words[i + len - 1]) && gaz.Place.Contains(candidate[..^2]))
            {
                return len;
            }
        }

        return 0;
    }


    /// <summary>Last word index of a run of name-like words starting at <paramref name="i"/> (at most four words).</summary>
    private static int RunEnd(string text, List<(int Start, int End)> words, int i, Gazetteer gaz)
    {
        var j = i;
        while (j + 1 < words.Count && j - i < 3 && Adjacent(text, words[j], words[j + 1]) && NameLikeAt(text, words[j + 1], gaz))
        {
            j++;
        }

        return j;
    }

    // Not at the start of a line, where "Ngozi Kahale: Thanks" is a speaker label.
    private static bool IsHeadingBeforeColon(string text, int start, int end) =>
        start > 0 && text[start - 1] != '\n' && end + 2 < text.Length && text[end] == ':' && text[end + 1] == ' ' && (char.IsUpper(text[end + 2]) || char.IsAsciiDigit(text[end + 2]));

    // Capitals of any script ("LEPPEN", "MÖNSTERÅS", "BÜSCHENDORF"); an ASCII word needs a vowel, so "NTSB" is no place.
    private static bool IsUpperWord(ReadOnlySpan<char> w)
    {
        if (w.Length < 3 || w.Length > 20)
        {
            return false;
        }

        var vowel = false;
        foreach (var c in w)
        {
            if (c is '\'' or '-')
            {
                continue;
            }

            if (!char.IsUpper(c))
            {
                return false;
            }

            vowel |= c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y' || c > '\u007F';
        }

        return vowel;
    }

    /// <summary>A capitalised word that is neither a common word nor a known place, and does not look like an English noun or verb.</summary>
    private static bool IsUnknownProper(ReadOnlySpan<char> w, Gazetteer gaz) =>
        w.Length >= 3 && IsCapitalized(w) && !CommonWords.CapitalizedSpan.Contains(w) && !CommonWords.HeadingSpan.Contains(w) && !gaz.Place.Contains(w) && !EnglishLooking(w);

    private static bool EnglishLooking(ReadOnlySpan<char> w)
    {
        // Swedish family names end in "-qvist"/"-kvist" ("Blomqvist"), not in the English "-ist".
        if (w.EndsWith("qvist", StringComparison.Ordinal) || w.EndsWith("kvist", StringComparison.Ordinal) || w.EndsWith("quist", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var sfx in NameCues.EnglishSuffixes)
        {
            if (w.Length > sfx.Length + 2 && w.EndsWith(sfx, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "J." — or, between two capitalised words, a bare "J" ("Julieta S Almeida"); "A" and "I" are words, not initials.
    private static bool IsInitial(string text, (int Start, int End) w, bool allowBare = false) => w.End - w.Start == 1 && char.IsUpper(text[w.Start])
        && w.End < text.Length && (text[w.End] == '.' || allowBare && text[w.End] == ' ' && text[w.Start] is not ('A' or 'I'));

    private static bool AfterWord(string text, List<(int Start, int End)> words, int i, string previous) =>
        i > 0 && Slice(text, words[i - 1]).Equals(previous, StringComparison.OrdinalIgnoreCase) && text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End) is " ";

    // "the Kessler Report", and with one capitalised adjective between: "The American Border Force".
    private static bool AfterDeterminer(string text, List<(int Start, int End)> words, int i) =>
        i > 0 && text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End) is " "
        && (NameCues.Determiners.Contains(Slice(text, words[i - 1]))
            || (i > 1 && IsCapitalized(Slice(text, words[i - 1])) && Slice(text, words[i - 2]) is "The" or "the"
                && text.AsSpan(words[i - 2].End, words[i - 1].Start - words[i - 2].End) is " "));

    // "home city Assen", "the town Kulusuk", "arrived at Ettelgem": a place noun, or "at" after a verb of arrival.
    private static bool AfterPlaceCue(string text, List<(int Start, int End)> words, int i)
    {
        // "in central Rangoon", "back to east Zaire": a lower-case compass word between a place preposition (or "to") and
        // the name, the words set apart by any run of blanks (round 20).
        if (i > 1 && Compass.Contains(Slice(text, words[i - 1])) && Blanks(text, words[i - 1].End, words[i].Start) && Blanks(text, words[i - 2].End, words[i - 1].Start)
            && (NameCues.PlacePrepositions.Contains(Slice(text, words[i - 2])) || Slice(text, words[i - 2]) is "to"))
        {
            return true;
        }

        if (i == 0 || text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End) is not " ")
        {
            return false;
        }

        var prev = Slice(text, words[i - 1]);
        if (prev is "city" or "town" or "village" or "hometown")
        {
            return true;
        }

        return prev is "at" && i > 1 && Slice(text, words[i - 2]) is "arrived" or "arrive" or "arrives" or "arriving" or "landed" or "lands"
            && text.AsSpan(words[i - 2].End, words[i - 1].Start - words[i - 2].End) is " ";
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Compass = new HashSet<string>(
        ["central", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest",
         "north-east", "north-west", "south-east", "south-west", "downtown"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool Blanks(string text, int from, int to) => to > from && !text.AsSpan(from, to - from).ContainsAnyExcept(" \t");

    // "FROM Users WHERE" is SQL: a preposition in capitals is a place cue only before a word in capitals ("FLEW TO OSLO").
    private static bool AfterPlacePreposition(string text, List<(int Start, int End)> words, int i)
    {
        if (i == 0 || !NameCues.PlacePrepositions.Contains(Slice(text, words[i - 1])) || text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End) is not " ")
        {
            return false;
        }

        var prep = Slice(text, words[i - 1]);
        return prep.Length < 2 || !char.IsUpper(prep[^1]) || IsUpperWord(Slice(text, words[i]));
    }

    /// <summary>
    /// False for Title Case text (headings, product names): among the up to eight words before and after, fewer than two
    /// longer words are lower case.
    /// </summary>
    private static bool SentenceCase(string text, List<(int Start, int End)> words, int i)
    {
        var lower = 0;
        for (var k = Math.Max(0, i - 8); k < Math.Min(words.Count, i + 9); k++)
        {
            var w = Slice(text, words[k]);
            if (w.Length >= 2 && char.IsLower(w[0]))
            {
                lower++;
            }
        }

        return lower >= 2;
    }

    // "ex-Zombie", "ex-Beatle": "ex-" and a capitalised word for the band or group the person left.
    private static bool ExMember(ReadOnlySpan<char> w) =>
        w.Length >= 5 && (w.StartsWith("ex-", StringComparison.Ordinal) || w.StartsWith("Ex-", StringComparison.Ordinal)) && char.IsUpper(w[3]);

    /// <summary>
    /// "Billing address: Noelle Martinsson\n    1593 Pagari 18": after an "address:" label, a line of two or three
    /// capitalised words without digits, and a next line that starts with a number (the street), is the addressee.
    /// Reads at most the rest of the label's line and the next line's indentation.
    /// </summary>
    private static bool AddresseeLine(string text, List<(int Start, int End)> words, int i)
    {
        var start = words[i].Start;
        if (i < 1 || start - words[i - 1].End is < 2 or > 6 || text[words[i - 1].End] != ':' || !Slice(text, words[i - 1]).Equals("address", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var k = i;
        while (k + 1 < words.Count && k - i < 2 && text.AsSpan(words[k].End, words[k + 1].Start - words[k].End) is " " && IsCapitalized(Slice(text, words[k + 1])))
        {
            k++;
        }

        var p = words[k].End;
        if (k == i || p >= text.Length || text[p] != '\n')
        {
            return false;
        }

        p++;
        while (p < text.Length && p - words[k].End < 12 && text[p] is ' ' or '\t')
        {
            p++;
        }

        return p < text.Length && char.IsAsciiDigit(text[p]);
    }

    // Last words of the triggers: a capitalised word is only compared with the triggers when the word before it is one.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TriggerEnds =
        new HashSet<string>(Triggers.Concat(KinTriggers).Select(t => t.TrimEnd()[(t.TrimEnd().LastIndexOf(' ') + 1)..]), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool Triggered(string text, int start)
    {
        if (start >= 3 && text[start - 1] == '\n')
        {
            return AfterSignOff(text, start - 1) && !CommonWords.CapitalizedSpan.Contains(text.AsSpan(start, NextEnd(text, start) - start));
        }

        if (start < 3 || text[start - 1] != ' ')
        {
            return false;
        }

        // "Name:    Anna Berg": aligned form fields put several spaces after the label; compare as if there were one.
        var gap = start - 1;
        while (gap > 0 && text[gap - 1] is ' ' or '\t' && start - gap < 12)
        {
            gap--;
        }

        if (gap < start - 1)
        {
            if (gap == 0 || text[gap - 1] != ':')
            {
                return false;
            }

            start = gap + 1;
        }

        var w = start - 1;
        while (w > 0 && !char.IsWhiteSpace(text[w - 1]))
        {
            w--;
        }

        if (!TriggerEnds.Contains(text.AsSpan(w, start - 1 - w)))
        {
            return false;
        }

        foreach (var t in KinEnds.Contains(text.AsSpan(w, start - 1 - w)) ? KinTriggers : Triggers)
        {
            if (start >= t.Length && text.AsSpan(start - t.Length, t.Length).Equals(t, StringComparison.OrdinalIgnoreCase))
            {
                return !t.StartsWith("i am", StringComparison.Ordinal) && !t.StartsWith("i'm", StringComparison.Ordinal) || Gazetteer.Instance.First.Contains(text.AsSpan(start, NextEnd(text, start) - start));
            }
        }

        return false;
    }

    // "Regards,\nBolat Seitkazy": a sign-off word and a comma end the line before the name.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SignOffs = new HashSet<string>(
        ["regards", "thanks", "sincerely", "cheers", "wishes", "yours", "cordially", "best", "grüße", "cordialement", "saludos"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool AfterSignOff(string text, int newline)
    {
        var p = newline;
        if (p > 0 && text[p - 1] == '\r')
        {
            p--;
        }

        if (p < 2 || text[p - 1] != ',')
        {
            return false;
        }

        var e = p - 1;
        var w = e;
        while (w > 0 && e - w < 12 && char.IsLetter(text[w - 1]))
        {
            w--;
        }

        return w < e && SignOffs.Contains(text.AsSpan(w, e - w));
    }

    private static int NextEnd(string text, int start)
    {
        var e = start;
        while (e < text.Length && (char.IsLetter(text[e]) || text[e] is '\'' or '-'))
        {
            e++;
        }

        return e;
    }

    /// <summary>Emits a span, cut before a possessive inside it ("Edi Živković's Cautionary Tales" → "Edi Živković").</summary>
    private static void Emit(Action<string, int, int, double> emit, string text, string type, int start, int end, double score)
    {
        var span = text.AsSpan(start, end - start);
        var k = span.IndexOfAny('\'', '\u2019');
        while (k >= 0)
        {
            if (k + 1 < span.Length && span[k + 1] is 's' or 'S' && (k + 2 == span.Length || !char.IsLetter(span[k + 2])))
            {
                end = start + k;
                break;
            }

            var next = span[(k + 1)..].IndexOfAny('\'', '\u2019');
            k = next < 0 ? -1 : k + 1 + next;
        }

        // "Henry Lockwood III": a generational suffix belongs to the name.
        if (end + 3 < text.Length && text[end] == ' ' && text[end + 1] == 'I' && text[end + 2] is 'I' or 'V' && type == "PERSON")
        {
            end = SuffixEnd(text, end);
        }

        if (end > start)
        {
            if (type == "PERSON")
            {
                PiiPersonShapes.EmitPerson(emit, text, start, end, score);
            }
            else
            {
                emit(type, start, end, score);
            }
        }
    }

    private static int SuffixEnd(string text, int end)
    {
        var e = end + 2;
        while (e < text.Length && e - end <= 4 && text[e] is 'I' or 'V')
        {
            e++;
        }

        return e - end <= 4 && (e == text.Length || !char.IsLetterOrDigit(text[e])) ? e : end;
    }

    private static ReadOnlySpan<char> Slice(string text, (int Start, int End) w) => text.AsSpan(w.Start, w.End - w.Start);

    private static bool HasInitial(string text, List<(int Start, int End)> words, int i, int j)
    {
        for (var k = i + 1; k < j; k++)
        {
            if (IsInitial(text, words[k], allowBare: true))
            {
                return true;
            }
        }

        return false;
    }

    // One side of a name pair: a known name that is no common word (known), a capitalised word that is also a family name
    // ("Park"), or an unknown proper word; never a place or a heading word.
    private static bool PairWord(ReadOnlySpan<char> w, Gazetteer gaz, out bool known)
    {
        known = false;
        if (gaz.Place.Contains(w) || CommonWords.HeadingSpan.Contains(w) || NameCues.Months.Contains(w))
        {
            return false;
        }

        var common = CommonWords.CapitalizedSpan.Contains(w);
        known = !common && (gaz.Last.Contains(w) || gaz.First.Contains(w));
        return known || common || !EnglishLooking(w);
    }

    private static bool HasPossessive(string text, List<(int Start, int End)> words, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (EndsPossessive(text, words[k]))
            {
                return true;
            }
        }

        return false;
    }

    // Emit cuts a run at its first possessive ("Bridgewater's Parker Suknović" → "Bridgewater"). When a known given name
    // follows the possessive, the scan goes on there, so that name is read on its own; "Edi Živković's Cautionary Tales" is skipped.
    private static int NextAfterPossessive(string text, List<(int Start, int End)> words, int i, int j)
    {
        for (var k = i; k < j; k++)
        {
            if (EndsPossessive(text, words[k]))
            {
                return Gazetteer.Instance.First.Contains(Slice(text, words[k + 1])) ? k + 1 : j + 1;
            }
        }

        return j + 1;
    }

    // The word again within 1,000 characters either side; the window keeps a text of many such sentences linear.
    private static bool RecursNearby(string text, ReadOnlySpan<char> word, int start, int end)
    {
        var from = Math.Max(0, start - RecurWindow);
        var to = Math.Min(text.Length, end + RecurWindow);
        return text.AsSpan(from, start - from).Contains(word, StringComparison.Ordinal) || text.AsSpan(end, to - end).Contains(word, StringComparison.Ordinal);
    }

    private const int RecurWindow = 1000;

    private static bool PossessiveName(ReadOnlySpan<char> stem, Gazetteer gaz) =>
        stem.Length >= 3 && (IsKnownName(stem, gaz) || IsUnknownProper(stem, gaz)) && !gaz.Place.Contains(stem);

    // Spanish function words that English prose does not use, matched case-sensitively with the spaces around them.
    private static readonly string[] SpanishWords = [" el ", " la ", " los ", " las ", " del ", " al ", " que ", " se ", " y ", " una ", " por ", " con ", " su ", " en "];

    /// <summary>Spanish text: one Spanish function word within 100 characters after <paramref name="start"/>.</summary>
    private static bool SpanishAround(string text, int start)
    {
        var window = text.AsSpan(start, Math.Min(text.Length - start, 100));
        foreach (var w in SpanishWords)
        {
            if (window.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // At the start of the text or a line, or after ". ", "! ", "? ".
    private static bool SentenceStart(string text, int start) =>
        start == 0 || text[start - 1] == '\n' || start >= 2 && text[start - 1] == ' ' && text[start - 2] is '.' or '!' or '?';

    private static bool HasInnerCapital(ReadOnlySpan<char> w)
    {
        for (var k = 1; k < w.Length; k++)
        {
            if (char.IsUpper(w[k]))
            {
                return true;
            }
        }

        return false;
    }

    // What follows a person and not a product: speech and shouting, a home, an origin, a trait of character, or a
    // question put to the person ("Aloisia, can I …").
    private static readonly string[] PersonPredicates =
    [
        " said ", " says ", " shouted ", " whispered ", " replied ", " yelled ", " lives in ", " lives on ", " lived in ", " grew up ", " was born ",
        " is from ", " was from ", " comes from ", " came from ", " is very reliable", " is very kind", " is very friendly", " is very honest",
        " is very helpful", " is very talented", " is very polite", " is very patient", " is very shy", " is very brave", " is very generous",
        ", can I ", ", could I ", ", can you ", ", could you ", ", would you ", ", will you ",
    ];

    // Verbs of speech that report what a named person said; a clause start before them is read by ClauseStart.
    private static readonly string[] SpeechPredicates = ["said", "says", "told", "added", "replied"];

    // The verb after any run of blanks, as a whole word ("Coste  said", "Coste\tsaid."; not "saidso").
    private static bool SpeechPredicate(string text, int end)
    {
        var p = end;
        while (p < text.Length && text[p] is ' ' or '\t' or '\n' or '\r')
        {
            p++;
        }

        if (p == end)
        {
            return false;
        }

        var rest = text.AsSpan(p);
        foreach (var verb in SpeechPredicates)
        {
            if (rest.StartsWith(verb, StringComparison.Ordinal) && (rest.Length == verb.Length || !char.IsLetterOrDigit(rest[verb.Length])))
            {
                return true;
            }
        }

        return false;
    }

    // After a comma, after a closing quote ("…," Burns), or after "and" / "but" in lower case, then any run of blanks.
    private static bool ClauseStart(string text, int start)
    {
        var p = start;
        while (p > 0 && text[p - 1] is ' ' or '\t' or '\n' or '\r')
        {
            p--;
        }

        if (p == start || p == 0)
        {
            return false;
        }

        if (text[p - 1] is ',' or '"' or '\u201D')
        {
            return true;
        }

        var before = text.AsSpan(0, p);
        return before.EndsWith(" and", StringComparison.Ordinal) || before.EndsWith(" but", StringComparison.Ordinal);
    }

    private static bool PersonPredicate(string text, int end)
    {
        var rest = text.AsSpan(end);
        foreach (var p in PersonPredicates)
        {
            if (rest.StartsWith(p, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsJobWord(ReadOnlySpan<char> w, Gazetteer gaz) =>
        PiiTitles.JobWords.Contains(w) && !gaz.First.Contains(w) && !gaz.Last.Contains(w);

    // A known given or family name before "'s" and a lower-case word or a number ("Steve's meeting", "Rubin's comment");
    // no common word, heading word or place, not after an article or another capitalised word.
    private static bool PossessiveKnownName(string text, List<(int Start, int End)> words, int i, Gazetteer gaz)
    {
        // A lower-case word or a number follows ("Steve's meeting", "Steve's 2002 plan"), not a code span or a capitalised title.
        var after = words[i].End + 1;
        var stem = Slice(text, words[i])[..^2];
        return after < text.Length && text[words[i].End] == ' ' && (char.IsLower(text[after]) || char.IsAsciiDigit(text[after]))
            && (gaz.First.Contains(stem) || gaz.Last.Contains(stem)) && !CommonWords.CapitalizedSpan.Contains(stem) && !CommonWords.HeadingSpan.Contains(stem) && !gaz.Place.Contains(stem)
            && !(i > 0 && Slice(text, words[i - 1]) is "The" or "the" or "A" or "a" or "An" or "an")
            && !(i > 0 && IsCapitalized(Slice(text, words[i - 1])) && Adjacent(text, words[i - 1], words[i]));
    }

    // "Halvany's": the tokenizer keeps the apostrophe and "s" inside the word.
    private static bool EndsPossessive(string text, (int Start, int End) w) =>
        w.End - w.Start > 3 && text[w.End - 1] is 's' or 'S' && text[w.End - 2] is '\'' or '\u2019';

    private const int MaxListItems = 12;

    /// <summary>Emits the items of a name list starting at <paramref name="i"/>; returns the index after it, or <paramref name="i"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int EmitNameList(string text, List<(int Start, int End)> words, int i, Gazetteer gaz, Action<string, int, int, double> emit)
    {
        // Only from the first item: a list item before this one (with its comma) already started the list.
        if (i > 0 && text[words[i - 1].End] == ',' && ListItem(text, words, i - 1, gaz, out _))
        {
            return i;
        }

        var last = NameList(text, words, i, gaz, AfterPeopleNoun(text, words, i));
        if (last <= i)
        {
            return i;
        }

        for (var k = i; k <= last; k++)
        {
            if (ListItem(text, words, k, gaz, out _))
            {
                Emit(emit, text, "PERSON", words[k].Start, words[k].End, 0.56);
            }
        }

        return last + 1;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool EmitNamePair(string text, List<(int Start, int End)> words, int i, Gazetteer gaz, Action<string, int, int, double> emit)
    {
        if (!IsNamePair(text, words, i, gaz) || !SentenceCase(text, words, i))
        {
            return false;
        }

        Emit(emit, text, "PERSON", words[i].Start, words[i].End, 0.55);
        Emit(emit, text, "PERSON", words[i + 2].Start, words[i + 2].End, 0.55);
        return true;
    }

    /// <summary>
    /// Last word index of a list of three or more single names from <paramref name="i"/> ("A, B, C and D", "A, B, and C"),
    /// or -1. At least one item is a known first or family name that is no common word, or the list follows a plural noun
    /// for people and a colon (<paramref name="cued"/>); no item is a place, a common
    /// word outside the gazetteer or an English-looking word. At most <see cref="MaxListItems"/> items are read.
    /// </summary>
    private static int NameList(string text, List<(int Start, int End)> words, int i, Gazetteer gaz, bool cued)
    {
        var items = 0;
        var known = cued;
        var k = i;
        while (k < words.Count && items < MaxListItems)
        {
            if (!ListItem(text, words, k, gaz, out var isKnown))
            {
                return -1;
            }

            items++;
            known |= isKnown;
            if (k + 1 >= words.Count)
            {
                return -1;
            }

            var gap = text.AsSpan(words[k].End, words[k + 1].Start - words[k].End);
            if (gap is ", ")
            {
                k++;
                continue;
            }

            // "and" closes the list: ", and " or " and ", then the last item.
            if (gap is " " or ", " && Slice(text, words[k + 1]) is "and" && k + 2 < words.Count && text.AsSpan(words[k + 1].End, words[k + 2].Start - words[k + 1].End) is " "
                && items >= 2 && ListItem(text, words, k + 2, gaz, out var lastKnown))
            {
                var e = words[k + 2].End;
                var capitalAfter = k + 3 < words.Count && words[k + 3].Start == e + 1 && text[e] == ' ' && char.IsUpper(text[words[k + 3].Start]);
                return (known || lastKnown) && !capitalAfter ? k + 2 : -1;
            }

            return -1;
        }

        return -1;
    }

    // "our three founders: Ragnvald, Hrabal and Eskilde": a plural noun for people and a colon announce a list of names.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PeopleNouns = new HashSet<string>(
        ["founders", "cofounders", "co-founders", "members", "winners", "guests", "authors", "children", "kids", "sons", "daughters", "siblings",
         "friends", "speakers", "players", "students", "participants", "attendees", "candidates", "owners", "partners", "hosts", "judges",
         "finalists", "nominees", "employees", "colleagues", "teammates", "organisers", "organizers", "volunteers", "witnesses", "applicants"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool AfterPeopleNoun(string text, List<(int Start, int End)> words, int i) =>
        i > 0 && words[i].Start - words[i - 1].End == 2 && text[words[i - 1].End] == ':' && PeopleNouns.Contains(Slice(text, words[i - 1]));

    private static bool ListItem(string text, List<(int Start, int End)> words, int k, Gazetteer gaz, out bool known)
    {
        var w = Slice(text, words[k]);
        known = false;
        if (w.Length < 2 || !IsCapitalized(w) || gaz.Place.Contains(w) || CommonWords.HeadingSpan.Contains(w) || NameCues.Months.Contains(w))
        {
            return false;
        }

        var inGaz = gaz.First.Contains(w) || gaz.Last.Contains(w);
        var common = CommonWords.CapitalizedSpan.Contains(w);
        known = inGaz && !common;
        return inGaz || (!common && !EnglishLooking(w));
    }

    /// <summary>
    /// "Park and Weber", "Hrabal and Weber": the word at <paramref name="i"/>, " and ", then a capitalised word; neither is a
    /// place, one is a known name that is no common word, and no capitalised word stands right before or after the pair.
    /// </summary>
    private static bool IsNamePair(string text, List<(int Start, int End)> words, int i, Gazetteer gaz)
    {
        if (i + 2 >= words.Count || text.AsSpan(words[i].End, words[i + 2].Start - words[i].End) is not " and ")
        {
            return false;
        }

        var a = Slice(text, words[i]);
        var b = Slice(text, words[i + 2]);
        if (a.Length < 3 || b.Length < 3 || !IsCapitalized(b))
        {
            return false;
        }

        if (!PairWord(a, gaz, out var knownA) || !PairWord(b, gaz, out var knownB) || !(knownA || knownB))
        {
            return false;
        }

        // "Johnson and Johnson Inc", "the Smith and Wesson Model": part of a longer capitalised name.
        var before = i > 0 && text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End) is " " && char.IsUpper(text[words[i - 1].Start]);
        var after = i + 3 < words.Count && text.AsSpan(words[i + 2].End, words[i + 3].Start - words[i + 2].End) is " " && char.IsUpper(text[words[i + 3].Start]);
        return !before && !after;
    }

    private static bool IsKnownName(ReadOnlySpan<char> word, Gazetteer gaz) =>
        IsCapitalized(word) && (gaz.Last.Contains(word) || gaz.First.Contains(word)) && !CommonWords.CapitalizedSpan.Contains(word) && !gaz.Place.Contains(word);

    // After a name word, "I." before a capitalised word is a middle initial ("Hanne I. Kreutzmann"), not the pronoun.
    // A job word that is no known name, with another capitalised word after it, ends a run ("Chase Vice Chairman Marc
    // Shapiro": "Chairman" is no part of a name); at the end of a run it stays ("Karen Carpenter").
    private static bool NameLikeAt(string text, (int Start, int End) w, Gazetteer gaz) =>
        IsNameLike(Slice(text, w), gaz) && !(IsJobWord(Slice(text, w), gaz) && w.End + 1 < text.Length && text[w.End] == ' ' && char.IsUpper(text[w.End + 1])) || (w.End - w.Start == 1 && text[w.Start] == 'I' && w.End + 2 < text.Length && text[w.End] == '.' && text[w.End + 1] == ' '
            && char.IsUpper(text[w.End + 2]));

    // "I" is the pronoun ("Can I", "Hello I moved"), not an initial; so is "I'll", "I'm", "I've", "I'd" ("Like I'll go", round 22).
    private static bool IsNameLike(ReadOnlySpan<char> word, Gazetteer gaz) =>
        IsCapitalized(word) && word is not "I" && !IsPronounContraction(word) && (gaz.Last.Contains(word) || gaz.First.Contains(word) || gaz.WordSurname.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]))
            || !CommonWords.CapitalizedSpan.Contains(word) && !gaz.Place.Contains(word) && word.Length <= 20);

    private static bool IsPronounContraction(ReadOnlySpan<char> w) => w.Length >= 3 && w[0] == 'I' && w[1] == '\'' && char.IsLower(w[2]);

    private static bool IsCapitalized(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsUpper(word[0]))
        {
            return false;
        }

        // Lower case after the first letter, except a capital after an apostrophe or hyphen (O'Neil, Smith-Jones) or in Mc/Mac.
        for (var k = 1; k < word.Length; k++)
        {
            var c = word[k];
            if (char.IsLower(c) || c is '\'' or '-')
            {
                continue;
            }

            if (!char.IsUpper(c) || !(word[k - 1] is '\'' or '-' || (k == 2 && word.StartsWith("Mc")) || (k == 3 && word.StartsWith("Mac"))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Adjacent(string text, (int Start, int End) a, (int Start, int End) b, bool allowDot = false)
    {
        var gap = text.AsSpan(a.End, b.Start - a.End);
        return gap is " " || (allowDot && gap is ". ") || (gap is ". " && a.End - a.Start == 1);
    }

    // Reused per thread: the word list is the finder's only per-scan allocation otherwise.
    [ThreadStatic]
    private static List<(int Start, int End)>? _words;

    private static List<(int Start, int End)> Tokenize(string text)
    {
        var list = _words is { Capacity: <= 65_536 } cached ? cached : _words = new List<(int Start, int End)>(256);
        list.Clear();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var s = i;
            while (i < text.Length && (char.IsLetter(text[i]) || ((text[i] is '\'' or '-') && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            list.Add((s, i));
        }

        return list;
    }
}
