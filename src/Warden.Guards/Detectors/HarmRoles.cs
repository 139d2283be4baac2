using Warden.Guards.Model;

namespace Warden.Guards.Detectors;

/// <summary>
/// Round 22: the role sequence of a normalised text, a feature stream of the harmful-request model
/// (<see cref="Model.FeatureSet.HarmRoles"/>). <see cref="HarmIntent"/> says which lexicons fired; this stream says how
/// the words relate. Each word gets at most one role (an ask form, the asker, a harm act, a person or a thing as its
/// object, a weapon or agent, a defensive act, an informational question, fiction or a game, stealth) by one lookup of
/// its hash in a table of whole words; words without a role keep their place but emit nothing. The features are the
/// roles, ordered role pairs at most <see cref="PairDistance"/> words apart, and runs of three roles within
/// <see cref="TrigramSpan"/> words, so "how do I kill a python process" (how, asker, act, thing) and "how do I kill my
/// neighbour" (how, asker, act, asker, person) differ in what follows the act. A sentence end (. ? ! ; or a line break)
/// starts a new sequence. The weights are learned with the n-grams; the lists only propose features. An occupation
/// ("pharmacist", "mayor") is a person only as the object of a harm act (<see cref="ObjectOfHarm"/>); elsewhere it emits
/// nothing, so naming a job in an ordinary ask adds no person to it.
/// </summary>
internal static class HarmRoles
{
    /// <summary>Largest word distance of an ordered role pair.</summary>
    public const int PairDistance = 4;

    /// <summary>Largest word distance from a harm act to an occupation it takes as its object ("poison my old pharmacist").</summary>
    public const int ObjectWindow = 3;

    /// <summary>Largest word span of a role trigram.</summary>
    public const int TrigramSpan = 6;

    private const ulong Offset = WordHashTable.Offset;
    private const ulong Prime = WordHashTable.Prime;
    private const uint UnigramSalt = 0x3C6EF372;
    private const uint PairSalt = 0xA54FF53A;
    private const uint TrigramSalt = 0x510E527F;

    // Words a role is looked up for; inflected forms are generated (see Verbs / Nouns), other forms are listed.
    private static readonly (HarmRole Role, string[] Words)[] Lexicon =
    [
        (HarmRole.How, ["how", "cómo", "como", "wie", "как"]),
        (HarmRole.Ask, ["steps", "step", "guide", "tutorial", "instructions", "instruction", "way", "ways", "best", "easiest", "fastest",
            "quickest", "tell", "show", "teach", "give", "write", "recipe", "plan", "method", "methods", "procedure", "need", "want",
            "help", "explain", "describe", "list", "dame", "donne", "gib", "dammi"]),
        (HarmRole.Asker, ["i", "me", "my", "myself", "mine", "im", "ive", "we", "us", "our", "ourselves", "yo", "je", "ich", "mi", "mio", "mein",
            "meine", "meinen", "mon", "ma", "mes", "я", "мой", "мою", "моего"]),
        (HarmRole.Violent, [.. Verbs("kill", "murder", "poison", "stab", "hurt", "harm", "strangle", "choke", "shoot", "beat", "attack", "kidnap",
            "torture", "burn", "drown", "injure", "maim", "slap", "punch", "kick", "assault", "abuse", "abduct", "smother", "suffocate",
            "execute", "eliminate", "behead", "lynch", "slaughter", "massacre", "cripple", "disfigure", "blow", "sedate",
            "rape", "molest", "assassinate", "hang", "bludgeon", "exterminate", "eradicate", "obliterate"), "shot", "beaten", "hit", "hitting", "killer", "murderer", "envenenar", "matar",
            "tuer", "empoisonner", "töten", "vergiften", "umbringen", "uccidere", "avvelenare", "убить", "отравить"]),
        (HarmRole.Wrong, [.. Verbs("steal", "rob", "shoplift", "hack", "launder", "forge", "counterfeit", "scam", "defraud", "smuggle", "blackmail",
            "extort", "bribe", "stalk", "track", "dox", "harass", "bully", "threaten", "manipulate", "gaslight", "trick", "lure", "groom",
            "traffic", "spy", "cheat", "embezzle", "phish", "impersonate", "vandalize", "vandalise", "trespass", "break", "crack", "bypass",
            "hijack", "frame", "radicalize", "radicalise", "recruit", "exploit", "dupe", "sabotage", "intimidate", "humiliate"),
            "stole", "stolen", "broke", "robar", "voler", "stehlen", "rubare"]),
        (HarmRole.Make, [.. Verbs("make", "build", "create", "synthesize", "synthesise", "produce", "cook", "brew", "assemble", "manufacture",
            "craft", "construct", "extract", "refine", "buy", "obtain", "acquire", "sell"), "made", "built",
            "hacer", "fabriquer", "bauen", "herstellen", "fare", "сделать"]),
        (HarmRole.Person, [.. Nouns("neighbour", "neighbor", "wife", "husband", "child", "kid", "teacher", "person", "boss", "girlfriend", "boyfriend",
            "classmate", "coworker", "colleague", "stranger", "baby", "sister", "brother", "mother", "father", "mom", "mum", "dad", "friend",
            "roommate", "flatmate", "partner", "therapist", "nurse", "doctor", "cop", "officer", "student", "parent", "son", "daughter", "grandma",
            "grandmother", "grandpa", "grandfather", "teenager", "teen", "girl", "boy", "victim", "human", "politician", "president", "landlord",
            "tenant", "employee", "spouse", "ex", "cousin", "uncle", "aunt", "toddler", "infant", "guy", "lady", "citizen",
            "coach", "priest", "judge", "witness", "rival", "enemy", "senator", "journalist", "protester", "stepdad", "stepmom", "stepfather",
            "stepmother", "fiance", "fiancee", "pupil", "minor"),
            "someone", "somebody", "anyone", "anybody", "everyone", "people", "him", "her", "them", "man",
            "men", "woman", "women", "children", "family", "crowd", "police", "humans", "vecino", "vecina", "voisin", "voisine", "nachbar",
            "nachbarn", "vicino", "esposa", "marido", "femme", "mari", "frau", "mann", "соседа", "сосед", "жену", "мужа"]),
        // Round 23b: occupations. A job title names a person, but only as the object of a harm act does it take the
        // Person role (see Collect and ObjectOfHarm); elsewhere it emits nothing, so "how do I become a pharmacist" keeps
        // the features it had in 1.4. Left out: words that are also software or everyday terms (worker, client, customer,
        // patient, driver, pilot, guard, principal, manager, agent, chef, vet).
        (HarmRole.Occupation, [.. Nouns("counsellor", "counselor", "pharmacist", "pastor", "dentist", "professor", "lecturer", "tutor", "lawyer", "attorney",
            "surgeon", "physician", "psychiatrist", "psychologist", "paramedic", "midwife", "firefighter", "babysitter", "nanny",
            "caregiver", "carer", "veterinarian", "janitor", "cashier", "waiter", "waitress", "bartender", "mechanic", "plumber",
            "electrician", "accountant", "banker", "librarian", "receptionist", "secretary", "mayor", "governor", "minister", "rabbi",
            "imam", "monk", "nun", "chaplain", "bishop", "vicar", "preacher", "soldier", "sergeant", "detective", "sheriff",
            "prosecutor", "ceo", "barber", "hairdresser", "postman", "mailman", "courier", "farmer")]),
        (HarmRole.Animal, [.. Nouns("dog", "cat", "pet", "horse", "bird", "puppy", "kitten", "cow", "goat", "sheep", "rabbit", "parrot"), "cattle", "livestock"]),
        (HarmRole.Thing, [.. Nouns("process", "file", "task", "thread", "server", "app", "program", "container", "session", "job", "port",
            "connection", "weed", "bug", "pest", "mouse", "rat", "ant", "cockroach", "roach", "wasp", "aphid", "termite", "slug", "mold",
            "mould", "fungus", "character", "engine", "light", "mood", "noise", "plant", "tree", "stump", "code", "script", "zombie", "monster",
            "level", "tab", "window", "query", "loop", "branch", "cache", "daemon", "service", "pod", "instance", "terminal", "battery",
            "fire", "flame", "candle", "conversation", "vibe", "time", "idea", "habit", "fat", "germ", "bacteria", "cell", "tumor",
            "tumour", "weeds", "lawn", "chicken", "fish", "lobster", "meat", "steak", "egg", "dough", "joke", "scene", "shot", "photo", "picture",
            "deadline", "interview", "exam", "test", "presentation", "song", "performance", "audience", "crowd", "spreadsheet", "sale"),
            "mice", "bacteria", "proceso", "processus", "prozess", "processo", "процесс"]),
        (HarmRole.Agent, [.. Nouns("bomb", "explosive", "gun", "rifle", "pistol", "firearm", "weapon", "grenade", "toxin", "poison", "drug", "knife",
            "detonator", "silencer", "bullet", "bioweapon", "pathogen", "nerve", "malware", "ransomware", "keylogger", "botnet", "trojan",
            "virus", "worm", "acid", "chemical", "gas", "molotov", "ied", "pipe", "blade", "machete", "crossbow", "bomba", "bombe", "waffe", "arma",
            "бомба", "яд"), "ricin", "sarin", "anthrax", "napalm", "cyanide", "arsenic", "strychnine", "meth", "methamphetamine", "fentanyl",
            "heroin", "cocaine", "chloroform", "ammunition", "ammo", "thermite", "uranium", "lsd", "mdma", "ghb", "rohypnol", "sprengstoff"]),
        (HarmRole.Defend, [.. Verbs("recognise", "recognize", "report", "prevent", "protect", "detect", "spot", "identify", "defend", "treat",
            "recover", "secure", "warn", "notice", "escape", "survive", "cope", "stop", "quit", "avoid", "handle", "respond", "resist",
            "safeguard", "comfort"), "safe", "safely", "safety", "warning", "signs", "sign", "symptoms", "symptom", "prevention", "protection",
            "defence", "defense", "proteger", "protéger", "schützen", "proteggere", "защитить"]),
        (HarmRole.Info, ["what", "why", "who", "when", "history", "historical", "historically", "definition", "define", "meaning", "mean", "means",
            "happened", "did", "was", "were", "origin", "origins", "causes", "effects", "impact", "significance", "explanation", "qué", "pourquoi",
            "warum", "почему", "что"]),
        (HarmRole.Fiction, [.. Nouns("story", "novel", "poem", "screenplay", "villain", "plot", "book", "film", "movie", "game", "roleplay", "quest",
            "npc", "rpg", "campaign", "chapter", "play", "comic", "episode", "sketch", "fanfic", "hero", "protagonist", "antagonist"),
            "fiction", "fictional", "stories", "minecraft", "dnd", "skyrim", "fortnite", "gta"]),
        (HarmRole.Stealth, ["undetected", "untraceable", "undetectable", "unnoticed", "secretly", "caught", "traceable", "anonymously", "covertly",
            "discreetly", "unseen", "alibi", "heimlich", "незаметно"]),
        (HarmRole.Without, ["without", "sin", "sans", "ohne", "senza", "без"]),
        (HarmRole.Death, [.. Verbs("die", "bleed", "overdose"), "dead", "death", "deadly", "lethal", "fatal", "suicide", "painless", "painlessly",
            "unconscious", "corpse", "body", "bodies", "casualties", "maximum", "damage", "pain", "suffer", "suffering", "dying", "died"]),
        (HarmRole.Dose, ["dose", "dosage", "much", "amount", "quantity", "mg", "grams", "gram", "enough", "pills", "pill", "tablets"]),
        (HarmRole.Public, [.. Nouns("school", "crowd", "stadium", "mall", "church", "mosque", "synagogue", "subway", "airport", "concert", "hospital",
            "city", "festival", "parade", "station", "classroom", "office", "supply", "reservoir", "building"), "public", "water", "campus"]),
    ];

    private static readonly WordHashTable Table = BuildTable();

    /// <summary>The role of one word of a normalised (lower-case) text; <see cref="HarmRole.None"/> when it has none.</summary>
    public static HarmRole RoleOf(ReadOnlySpan<char> word) => (HarmRole)Get(WordHashTable.Hash(word));

    private static int Get(ulong hash) => Table.TryGet(hash, out var role) ? role : 0;

    /// <summary>
    /// Writes the role features of <paramref name="text"/> as unmasked 32-bit hashes to <paramref name="buffer"/> (grown
    /// when full), in order: for each word with a role, its unigram, its pairs with the earlier role words at most
    /// <see cref="PairDistance"/> words back, and its trigram with the two role words before it when all three lie within
    /// <see cref="TrigramSpan"/> words. Returns the count. One pass over the characters, one table lookup per word.
    /// </summary>
    public static int Collect(ReadOnlySpan<char> text, ref uint[] buffer)
    {
        // The last four role words (role, word position) of the current sentence, newest at index 0.
        Span<int> roles = stackalloc int[PairDistance];
        Span<int> positions = stackalloc int[PairDistance];
        var held = 0;
        var count = 0;
        var word = 0;
        var clauseStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '?' or '!' or ';' or '\n')
                {
                    held = 0;
                }
                else if (c is ',' or ':')
                {
                    clauseStart = word;
                }

                i++;
                continue;
            }

            var h = Offset;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                h = (h ^ text[i]) * Prime;
                i++;
            }

            word++;
            var role = Get(h);
            if (role == (int)HarmRole.Occupation)
            {
                role = ObjectOfHarm(roles[..held], positions[..held], word, clauseStart) ? (int)HarmRole.Person : 0;
            }

            if (role == 0)
            {
                continue;
            }

            Add(ref buffer, ref count, FeatureHasher.Mix(((uint)role * 0x9E3779B1u) ^ UnigramSalt));
            for (var k = 0; k < held && word - positions[k] <= PairDistance; k++)
            {
                Add(ref buffer, ref count, FeatureHasher.Mix(((uint)((roles[k] << 8) | role) * 0x85EBCA77u) ^ PairSalt));
            }

            if (held >= 2 && word - positions[1] <= TrigramSpan)
            {
                Add(ref buffer, ref count, FeatureHasher.Mix(((uint)((roles[1] << 16) | (roles[0] << 8) | role) * 0xC2B2AE3Du) ^ TrigramSalt));
            }

            for (var k = Math.Min(held, PairDistance - 1); k > 0; k--)
            {
                roles[k] = roles[k - 1];
                positions[k] = positions[k - 1];
            }

            roles[0] = role;
            positions[0] = word;
            held = Math.Min(held + 1, PairDistance);
        }

        return count;
    }

    /// <summary>
    /// Whether an occupation at word <paramref name="word"/> is the object of a harm act: looking back over the held role
    /// words (newest first), the first one that is not the asker (my, our) or a person (her, him) is a violent or wrongful
    /// act at most <see cref="ObjectWindow"/> words back, after the last comma or colon (<paramref name="clauseStart"/>).
    /// </summary>
    private static bool ObjectOfHarm(ReadOnlySpan<int> roles, ReadOnlySpan<int> positions, int word, int clauseStart)
    {
        for (var k = 0; k < roles.Length && word - positions[k] <= ObjectWindow && positions[k] > clauseStart; k++)
        {
            switch ((HarmRole)roles[k])
            {
                case HarmRole.Violent or HarmRole.Wrong:
                    return true;
                case HarmRole.Asker or HarmRole.Person:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Scale of each role feature: 1/sqrt(number of role features), as the word n-grams are scaled.</summary>
    public static float Scale(int count) => 1f / MathF.Sqrt(Math.Max(count, 1));

    private static void Add(ref uint[] buffer, ref int count, uint hash)
    {
        if (count == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        buffer[count++] = hash;
    }

    private static IEnumerable<string> Verbs(params string[] stems)
    {
        foreach (var s in stems)
        {
            yield return s;
            yield return s + "s";
            yield return s + "es";
            yield return s + "ed";
            yield return s + "ing";
            if (s.EndsWith('e'))
            {
                yield return s + "d";
                yield return s[..^1] + "ing";
            }
            else if (s.Length >= 3 && !IsVowel(s[^1]) && IsVowel(s[^2]) && !IsVowel(s[^3]) && s[^1] is not ('w' or 'x' or 'y'))
            {
                // Doubled final consonant: stab → stabbed, stabbing; shop → shopped.
                yield return s + s[^1] + "ed";
                yield return s + s[^1] + "ing";
            }
        }
    }

    private static IEnumerable<string> Nouns(params string[] nouns)
    {
        foreach (var n in nouns)
        {
            yield return n;
            yield return n + "s";
            yield return n + "es";
            if (n.EndsWith('y'))
            {
                yield return n[..^1] + "ies";
            }
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // A word listed under two roles keeps the first (the order of Lexicon); the build is deterministic.
    private static WordHashTable BuildTable()
    {
        var roles = new Dictionary<string, HarmRole>(StringComparer.Ordinal);
        foreach (var (role, words) in Lexicon)
        {
            foreach (var w in words)
            {
                roles.TryAdd(w, role);
            }
        }

        var table = new WordHashTable(roles.Count);
        foreach (var (w, role) in roles)
        {
            table.Add(WordHashTable.Hash(w), (int)role);
        }

        return table;
    }
}

/// <summary>The role of a word in a harmful-request role sequence (<see cref="HarmRoles"/>).</summary>
internal enum HarmRole : byte
{
    /// <summary>No role: the word keeps its place and emits nothing.</summary>
    None = 0,

    /// <summary>"how" and its equivalents in other languages.</summary>
    How,

    /// <summary>An ask form: steps, guide, tell, give, write, best way.</summary>
    Ask,

    /// <summary>The asker: I, me, my, we.</summary>
    Asker,

    /// <summary>A violent act: kill, poison, stab, hurt.</summary>
    Violent,

    /// <summary>A wrongful act against a person or property: steal, hack, scam, stalk, blackmail.</summary>
    Wrong,

    /// <summary>Making or getting something: make, build, synthesize, buy.</summary>
    Make,

    /// <summary>A person as a target: neighbour, wife, child, someone, him, her.</summary>
    Person,

    /// <summary>An animal: dog, cat, pet.</summary>
    Animal,

    /// <summary>A thing as a target: process, file, weeds, bug, character, level (a boss is a Person: the first role listed for a word wins).</summary>
    Thing,

    /// <summary>A weapon or harmful agent: bomb, gun, ricin, malware, meth.</summary>
    Agent,

    /// <summary>A defensive act: recognise, report, prevent, protect, treat.</summary>
    Defend,

    /// <summary>An informational question: what, why, history, definition.</summary>
    Info,

    /// <summary>Fiction or a game: story, novel, character, game.</summary>
    Fiction,

    /// <summary>Stealth: undetected, untraceable, caught, evidence.</summary>
    Stealth,

    /// <summary>"without".</summary>
    Without,

    /// <summary>Death and injury: dead, lethal, suicide, painless.</summary>
    Death,

    /// <summary>An amount: dose, how much, enough, pills.</summary>
    Dose,

    /// <summary>A public place or supply: school, crowd, stadium, water supply.</summary>
    Public,

    /// <summary>
    /// An occupation: pharmacist, mayor, counsellor. Never emitted: it becomes <see cref="Person"/> as the object of a harm
    /// act and emits nothing elsewhere.
    /// </summary>
    Occupation,
}
