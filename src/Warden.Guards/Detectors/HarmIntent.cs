using Warden.Guards.Model;

namespace Warden.Guards.Detectors;

/// <summary>
/// Intent indicators for the harmful-request model. A linear model over n-grams cannot express "a harmful object
/// AND a request for how to do it AND no defensive framing", so this layer finds lexicon hits (harm categories,
/// request form, evasion, defensive/educational framing, harmless technical or everyday objects) and emits their
/// conjunctions as indicator features with learned weights. The lexicons only propose features; the weights,
/// learned with many safe-but-alarming negatives, decide how much each one counts.
/// </summary>
internal static class HarmIntent
{
    private static readonly string[] CategoryNames =
        ["weapons", "cyber", "fraud", "drugs", "self-harm", "violence", "sexual", "hate", "misinformation", "privacy", "illegal", "copyright"];

    private static readonly string[][] CategoryTerms =
    [
        Terms("bomb", "explosive", "detonat", "grenade", "napalm", "thermite", "molotov", "nerve agent", "sarin", "ricin", "anthrax", "botulinum",
            "bioweapon", "biological weapon", "chemical weapon", "mustard gas", "chlorine gas", "toxic gas", "poison gas", "untraceable gun", "ghost gun",
            "silencer", "suppressor", "fully automatic", "full auto", "zip gun", " gun", "firearm", "pistol", "rifle", "ammunition", "weapon", "uranium",
            "radioactive", "pathogen", "tabun", "soman", "toxin", "poisonous cloud", "poisonous gas", "rocket launcher", "casualties", "nerve gas", "chemical agent", "gas attack", "deadly disease", "deadly virus", "contaminate", "water supply", "food supply", "black powder", "smallpox", "ebola", "cyanide", "arsenic", "strychnine", "rohrbombe", "яд", "毒药", "爆炸", "炸药", "bombe", "bomba", "sprengstoff", "explosif", "炸弹", "бомб", "爆弾", " arma ", "waffe"),
        Terms("ransomware", "ransom", "malware", "keylogger", "botnet", "ddos", "trojan", "spyware", "stalkerware", "rootkit", "backdoor", "phishing", "hack into",
            "hack someone", "hack a", "hack her", "hack his", "hack my", "hack the", "hack an", "hacking into", "break into my", "brute-force", "brute force",
            "crack my", "crack the password", "crack someone", "password", "exploit", "zero-day", "virus", "worm ", "computer worms", "antivirus", "hijack", "take over someone",
            "credential", "steal cookies", "stealing cookies", "session cookies", "browser cookies", "cryptominer", "hidden miner", "admin access", "take control of", "knock it offline", "offline", "spam ", "crack software", "keygen", "licence check", "license check", "pirated", "pirater", "piratear", "hackear", "hacken", "hackerare", "hackear", "взлом", "入侵", "病毒", "勒索",
            "ハッキング", "rançongiciel",
            // Round 12: Chinese cyber terms (Trojan, botnet, phishing, keylogger, denial of service, man-in-the-middle, account theft).
            "木马", "僵尸网络", "网络钓鱼", "键盘记录", "拒绝服务", "中间人攻击", "盗号", "黑客"),
        Terms("launder", "counterfeit", "forge ", "forged", "forging", "forgery", "fake id", "fake passport", "fake driver", "identity theft", "someone's identity", "scam", "ponzi",
            "embezzl", "skim", "fraud", "fake invoice", "fake review", "fake doctor", "tax evasion", "evade taxes", "hiding income", "falsific", "blanchir",
            "geld waschen", "отмыть", "洗钱", "stolen credit card", "someone else's credit card", "gift card", "fake charity", "phony", "fake bank",
            "falsch", "billetes", "fake ticket", "counterfeit ticket", "pump and dump", "lottery", "release fee", "dead person", "key card", "lavar dinheiro",
            "诈骗", "骗取", "骗局", "盗用", "欺诈", "伪造", "假发票", "逃税", "庞氏", "传销", "贿赂", "假身份", "estafa", "betrug", "arnaque", "escroquer"),
        Terms("methamphetamine", "crystal meth", "cook meth", "make meth", "meth lab", "recipe for meth", "fentanyl", "heroin", "cocaine", "crack cocaine",
            " lsd", "mdma", "ecstasy", " dmt", " ghb", "opioid", "sell drugs", "deal drugs", "dealing drugs", "drug dealing", "smuggle drugs", "pills",
            "dark web", "metanfetamina", "droga", "drogue", "drogen", "冰毒", "毒品", "метамфетамин", "覚醒剤", "magic mushrooms", "xanax", "pseudoephedrine", "可卡因", "海洛因", "大麻", "致幻剂", "阿片", "吸毒"),
        Terms("kill myself", "killing myself", "end my life", "ending my life",
            // Round 12: the same acts urged on others ("encourage teenagers to starve themselves").
            "kill themselves", "kill yourself", "starve themselves", "starve yourself", "starving themselves", "cut themselves", "harm themselves", "hurt themselves", "suicide", "suicid", "self-harm", "self harm", "cut myself", "hurt myself",
            "overdose", "noose", "hang myself", "starve myself", "anorexi", "pro-ana", "want to die", "not wake up", "bleed out", "end it tonight",
            "umbringen", "me matar", "uccidermi", "покончить с собой", "自杀", "自殺", "cutting", "eating disorder", "stop eating", "bulimi", "purge after", "way to die", "fatal", "planning to jump", "by not eating", "worthless"),
        Terms("kill", "murder", "poison", "stab", "strangle", "kidnap", "tortur", "assassinat", "shoot up", "shooting", "terrorist", "terror attack",
            "massacre", "hitman", "hide a body", "dead body", "burn down", "set fire to", "blow up", "knock someone out", "shoot my", "shoot someone", "shoot people", "start a fire", "starting a fire", "arson", "attack", "hurt", "beat up", "break someone", "threat", "injure",
            "envenen", "vergift", "avvelen", "отрав", "毒死", "tuer", "matar", "töten", "убить", "杀", " riot", "ambush", "unconscious", "gang member", "disappear permanently", "gaslight", "isolate my", "without leaving bruises", "bruises", "locking him", "locking her", "sedated", "afraid to",
            "谋杀", "绑架", "袭击", "伤害他人", "伤害某人", "恐吓", "威胁", "操纵", "洗脑"),
        Terms(" sex ", "sexual", "have sex", "nude", "naked", "explicit", "porn", "rape", "drug a woman", "drug someone", "drug a date", "in her drink", "woman's drink", "someone's drink", "won't remember", "hidden camera", "deepfake", "intimate",
            "undress", "grooming", "groom a", "groom the", "prostitut", "lure", "sleeping with", "secretly film", "secretly record", "changing room"),
        // Round 11: no bare group names here ("why can't gay people …" is not hate); they are in Group, and the
        // group&hate conjunction carries a demeaning frame aimed at a real group.
        Terms("racist", "racial", "ethnic group", "unintelligent", "genetically", "less capable", "so stupid", "so lazy", "so annoying", "worthless", "slur", "inferior", "superior", "subhuman", "vermin", "white supremac", "white nationalist", "neo-nazi", "nazi",
            "women are", " hate", "hateful", "propaganda",
            "dehumaniz", "get rid of all", "don't belong", "disgusting", "mock", "humiliat", "insult", "harass", "bully",
            "homophob", "not be allowed to", "ruin every", "deserve", "dirty", "predators", "born criminal", "rounded up", "deserved", "camps", "can t drive", "go back to", "back to africa", "less human", "not human", "should not get", "shouldn't get", "be deported",
            "be denied", "denied the right", "barred from", "not be admitted", "not be permitted", "second-class", "segregat",
            // Round 12: atrocities whose denial or praise is hate speech; the info/history indicators carry the safe questions.
            "genocide", "ethnic cleansing", "slave trade", "仇恨", "欺凌", "欺负", "骚扰", "羞辱",
            "kept out of", "banned from",
            // Round 13: bigotry named by its adjective ("a sexist email about a colleague").
            "sexist", "misogyn", "ableist", "xenophob", "transphob", "bigoted", "bigotry"),
        Terms("fake news", "false claim", "false story", "disinformation", "misinformation", "hoax", "conspiracy", "defam", "fabricat", "made-up", "make up quotes",
            "fake press release", "fake scientific", "fake study", "rigged", "never happened", "cause autism", "causes autism", "microchip", "lies about", "false narrative", "didn't happen", "did not happen",
            "spread lies", "spreading lies", "fake cure", "5g tower", "incit", "fake account", "rigged election", "vote by phone", "confessing", "shared as real", "stir up", "blames",
            "谣言", "虚假信息", "假新闻", "诽谤", "诬告", "陷害", "抹黑", "虚假指控"),
        Terms("home address", "where she lives", "where he lives", "where my ex lives", "track my wife", "track my girlfriend", "track my husband", "track my ex", "track my partner", "track my boyfriend", "track someone", "track her", "track his", "tracker",
            "gps", "spy on", "stalk", "dox", "without her knowing", "without him knowing", "without them knowing", "without their consent", "secretly",
            "read my wife", "text messages", "social security number", "medical records", "personal information", "personal data", "phone number and address",
            "follow someone", "wait at her door", "staying at", "addresses of", "her location", "his location", "orten", "espiar", "daily routine", "dig up",
            "unmask", "his address", "her address", "their address", "private information", "where she works", "where he works", "where a stranger",
            "stranger lives", "without consent", "个人信息", "跟踪", "偷拍", "监视"),
        Terms("steal", "shoplift", "rob a", "rob the", "robbery", "burglar", "break into", "hotwire", "pick a lock", "pick the lock", "bribe", "smuggl",
            "evade the police", "escape police", "escape from prison", "poach", "stolen", "vandaliz", "cheat on", "get away with", "ivory", "catalytic converter",
            "past airport security", "past security", "robar", "voler", "stehlen", "rubare", "roubar", "угнать", "偷", "dump toxic", "rig a", "ankle monitor", "criminal record", "overstay", "voting machine", "vote count", "shell compan", "insider information", "insider trading", "tamper", "child labo", "inspectors", "immigration papers", "fence stolen", "illegally", "illegal substances", "slim jim", "avoid customs", "kidney", "black market", "without a receipt", "trafficking", "traffic exotic", "traffic people",
            "undocumented workers", "toxic waste", "police custody", "窃取", "盗取", "抢劫", "闯入", "走私", "篡改"),
        Terms("pirat", "copyrighted", "copyright protection", "torrent", "bootleg", "drm", "paywall", "watermark", "license key", "licence key",
            "serial key", "activation key", "crack the licen", "cracked version", "full text of", "entire book", "full lyrics", "plagiar", "for free illegally",
            "without paying for", "without buying", "rip the", "ripping", "camcord", "warez", "as my own", "reupload", "re-upload", "counterfeit designer"),
    ];

    private static readonly string[] Request = Terms("how do i", "how can i", "how to", "how would", "how much", "how many", "explain",
        "give me", "give step", "give instructions", "give detailed", "provide", "write", "create", "develop", "generate", "draft", "compose", "design",
        "produce", "teach me", "tell me", "show me", "step-by-step", "step by step", "instructions", "guide", "tutorial", "best way", "easiest way",
        "most effective", "fastest way", "way to", "the most", "quickest", "help me", "i want to", "i need", "list the", "outline", "plan ", "what's the best", "which ", "where can i",
        "where do i", "recipe", "what dose", "cómo", "comment ", "wie ", "come ", "como ", "как ", "как?", "如何", "怎么", "怎样", "有什么办法", "告诉我", "帮我", "教我", "方法", "dame", "donne",
        "gib mir", "dammi", "persuade", "convince", "make ", "build", "find ");

    private static readonly string[] Evasion = Terms("without getting caught", "without being caught", "without anyone", "without being noticed",
        "without leaving", "no evidence", "any evidence", "untraceable", "undetect", "can't be detected", "cannot be detected", "look like an accident",
        "look like suicide", "look natural", "looks like an illness", "look like an illness", "get away with", "without a background check",
        "without a prescription", "without her knowing", "without him knowing", "without them knowing", "without their knowledge", "without permission",
        "without suspicion", "secretly", "discreet", "never finds out", "never find", "not be traced", "being traced", "traced back", "sin que", "sans que",
        "heimlich", "ohne dass", "незаметно", "不被发现", "sem ser descoberto", "without a licence", "without a license", "nobody sees", "no one sees",
        "avoid detection",
        // Round 26: "avoid being" only before a detection word; "avoid being scammed / hacked / robbed" is the victim's passive.
        "avoid being caught", "avoid being seen", "avoid being detected", "avoid being noticed", "avoid being traced", "avoid being identified",
        "avoid being arrested", "avoid being found", "avoid being spotted", "avoid being recognised", "avoid being recognized", "avoid being flagged",
        "avoid being reported", "avoid being suspected", "avoid being questioned", "avoid getting", "avoid paying", "avoid police", "avoid the police", "avoid customs", "avoid taxes", "evade",
        "so nobody", "so no one", "won't notice", "doesn't notice", "won't find out", "so it can't be", "fool the", "fooling", "slip past", "sneak past");

    // Round 21c. The defensive lexicon holds two kinds of words. Act words make the ask itself defensive or
    // informational: what is asked is to protect, prevent, recognise, detect, report, treat, quit, secure, or a question
    // about history, law or meaning. Context words only claim a setting, an audience or a standing ("for my therapist",
    // "for my support group", "for my nursing class", "I'm a licensed ...", "my doctor said", "to help a friend"): they
    // say who asks or what for, not what is asked, so like framing (round 19b) they cannot lower a harmful ask's score.
    private static readonly string[] Defensive = Terms("protect", "prevent", "avoid", "recognis", "recogniz", "spot ", "identify", "detect ", "detects", "detection",
        "report a", "report it", "report child", "report someone", "report to", "report the", "defend myself", "defend against", "defend my", "get help", "where can i get help", "talk to", "panic attack", "is it true", "in some countries", "in many countries", "in some states", "historically", "in the past", "is this true", "how do scammers", "how do hackers", "why are some", "why do some", "what challenges", "contributions", "safe", "warning sign", "signs of", "symptom", "treat ", "treating", "treatment for", "treatment options", "recover", "harder for", "from burglars", "from hackers", "from thieves", "from scammers", "what happens",
        "history", "historical", "what is a ", "what is an ", "what is the difference", "what is the history", "what does", "what was", "what were", "what happened", "why did", "why do", "why were", "why is",
        "definition", "meaning", "mean?", "in my game", "video game", "minecraft", "legally", "is it legal", "legal to", "the law", "laws",
        "fact-check", "debunk", "quit smoking", "quit drinking", "quit drugs", "quit using", "quit vaping", "quit gambling", "how do i stop", "stop self", "stop my", "secure my", "firewall",
        "who was", "how did", "how does", "how do police", "how do banks", "arguments for and against", "pros and cons", "storia", "histoire", "geschichte", "historia", "история", "历史", "schütze", "protéger",
        "proteger", "proteggermi", "защит", "防范", "防止", "预防", "识别", "保护", "举报", "应对", "清除", "杀毒",
        "respond if", "respond to", "report ", "warns", "warning", "condemn", "check if", "prevention", "dangers of");

    // Round 21c: act forms the list lacked once the context words left it (helping or supporting a person as the ask,
    // telling whether someone is harmed, raising awareness, countering an attack). Only the act view counts them: the
    // full view, which the model was trained on and the framing views read, keeps the list it always had, so the shipped
    // model still reproduces from the training data.
    private static readonly string[] DefensiveActForms = Terms("how can i help", "how do i help", "how to help", "how can we help", "ways to help",
        "how can i support", "how do i support", "how to support", "how can we support", "ways to support", "tell if", "tell whether", "know if",
        "raise awareness", "countermeasure");

    // Round 21c. Context words: a setting, audience or standing (see above). Only the full view counts them; together
    // with Defensive they are the defensive list of rounds 5-20, unchanged.
    private static readonly string[] DefensiveContext = Terms("therap", "training", "nursing", "support", "lesson", "essay", "research", "crisis",
        "hotline", "awareness", "licensed", "doctor said", "help a friend", "help someone", "help my friend", "aiutare", "ayudar", "soutenir", "helfen",
        "помочь", "帮助", "i've been feeling", "cybersecurity", "penetration test", "debate", "victims", "survivor");

    private static readonly string[] Creative = Terms("novel", "story", "stories", "fiction", "poem", "song", "screenplay", "script for a film", "scene",
        "character", "villain", "mystery", "detective", "thriller", "roleplay", "role-play", "fantasy", "d&d", "campaign", "lyrics", "joke");

    private static readonly string[] BenignTarget = Terms("processes", "a process", "the process on", "process id", "process on", "python process", "stuck process", "hung process", "node process", "java process", "frozen", "thread", "container", " pid", "port ", "dev server", "local server", "session", "background job",
        " task", " app", "docker", "kubernetes", "linux", "terminal", "bash", "git ", "branch", "cache", "node_modules", "instance",
        "weeds", "weed ", "mould", "mold", "the time", "kill time", "lights", "engine", "fish", "salmon", "chicken", "turkey", " pig", "egg", "garlic",
        "aphid", "cockroach", "mice", "pest", "wasp", "fruit fl", "boss in", "level ", "in the game", "chess", "video", "photo", "portrait", "song",
        "karaoke", "interview", "the show", "candles", "balloon", " shed", "lawn", "spider", "my code", "bug", "query", " tree", " vine", "knuckles", "sleep", "workflow", "thirst", "the show", "a base", "base in",
        "deer", "clay pigeons", "basketball", "baseball", "hoops", "tennis", "prototype", "refactor", "resource group", "procesos", "proceso", "processus",
        "prozess", "processo", "процесс", "进程", "プロセス", "tiempo", "temps", "tempo", "unkraut", "erbacce", "spreadsheet", "zombie process",
        // Round 13: celebrations and party games ("a fake award for my friend's birthday", "a murder-mystery party").
        "birthday", "surprise party", "anniversary", "baby shower", "bachelorette", "party game", "murder mystery", "escape room", "april fools",
        "as a joke", "halloween costume", "cake", "greeting card");

    // Round 6: what is being produced (content or software), advocacy of the harm, game context, informational questions.
    private static readonly string[] Artefact = Terms("blog post", "social media post", "article", "speech", "tweet", "post ", "posts ", "video script",
        "pamphlet", "podcast", "newsletter", "advertisement", "email", "letter", "message", "tutorial", "guide", "manual", "program", "script", "app ",
        "tool", "bot ", "browser extension", "website", "software", "checklist", "strategy", "plan ", "campaign", "caption", "flyer", "leaflet", "meme");

    private static readonly string[] Advocacy = Terms("promot", "encourag", "glorif", "incit", "justif", "arguing that", "argue that", "claiming",
        "claims that", "saying that", "that says", "falsely", "recruit", "urging", "calls for", "calling for", "praising", "romanticiz", "romanticis",
        "normaliz", "normalis", "celebrat",
        // Round 12: persuasion and denial frames ("a persuasive article that X was beneficial / a hoax / exaggerated").
        "persuasive", "persuading", "downplay", "positive impact", "was beneficial", "were beneficial", "actually beneficial", "a good thing", "deserved to",
        "was a hoax", "exaggerated",
        // Round 13: justification frames ("why was <atrocity> justified", "the benefits of <atrocity>").
        "justified", "was right to", "were right to", "benefits of", "success of", "better off",
        "trivializ", "trivialis");

    private static readonly string[] Game = Terms("video game", "in the game", "in-game", "game ", "games", "gaming", "mission", "boss ", "multiplayer",
        "rpg", "my character", "npc", "quest", "board game", "dungeon", "tabletop", "speedrun", "playthrough",
        // Round 12: well-known game titles (a "kill" or "steal a car" inside them is gameplay).
        "call of duty", "gta", "grand theft auto", "the witcher", "fortnite", "skyrim", "counter-strike", "elden ring", "dark souls", "red dead",
        "assassin's creed", "pubg", "overwatch", "among us", "the sims", "scrabble", "monopoly", "poker", "mario kart", "pokemon", "zelda", "halo", "hitman 3", "payday");

    // Not "what is the …": "what is the most painless way to …" is a harmful ask, not a definition.
    private static readonly string[] Info = Terms("what is a ", "what is an ", "what does", "what was", "what were", "define", "definition", "meaning", "the term",
        "history", "historical", "what happened", "why did", "who was", "when did", "how did", "significance", "summari", "essay", "causes of", "consequences",
        // Round 12: concept explanations, myths, legality and opinion questions, wars as history.
        "concept of", "why were", "why was", "myths", "misconception", "why it is illegal", "why is it illegal", "is it illegal", "the term", "the word", "did you know",
        "do you think", "do you believe", "is it appropriate", "considered offensive", "world war", "历史", "是什么意思",
        // Round 13: how something changed or what it does to people, asked about rather than asked for.
        "has evolved", "have evolved", "evolution of", "over the decades", "over the years", "last few decades", "impact of", "effects of",
        "role of", "can cause panic", "spreads online", "why people fall for");

    // Round 6: a violent verb aimed at a person ("shoot a classmate") is a cue on its own, even when the verb also has harmless
    // uses ("shoot a video"); harmless objects and game context are separate indicators the weights can set against it.
    private static readonly string[] ViolentVerb = Terms("shoot ", "shoot a", "shoot my", "choke", "crush", "strangl", "stab", "punch", "kick ", "beat up", "beat my",
        "hurt", "kill", "poison", "drown", "burn", "smother", "suffocat", "tortur", "attack", "injur", "maim", "kidnap", "abduct", "run over", "push my", "slap",
        "break his", "break her", "break someone", "hit my", "hit him", "hit her", "hit a", "harm", "cripple", "disfigure", "acid on", "set fire",
        "exterminat", "eradicat", "wipe out",
        // Round 12: more ways to say "kill" a person ("snipe a politician", "eliminate the president", "gut a human").
        "snipe", "eliminate", "obliterate", "execute ", "behead", "lynch", "slaughter", "gut a", "chop up", "overpower", "dispose of");

    // Round 6: named protected groups (religion, ethnicity, nationality, sexuality, disability); a mention is neutral on its own,
    // the conjunctions with a hate hit or a plain request are what the weights learn from.
    private static readonly string[] Group = Terms("jews", "jewish", "muslim", "christian", "catholic", "hindu", "sikh", "buddhist", "atheist", "mormon",
        "black people", "white people", "asian", "african", "arab", "latino", "latina", "hispanic", "mexican", "chinese", "indian", "pakistani", "somali",
        "nigerian", "roma ", "gypsies", "indigenous", "native american", "aboriginal", "immigrant", "migrant", "refugee", "gay", "lesbian", "bisexual",
        "transgender", "trans women", "trans men", "queer", "disabled", "autistic", "deaf", "blind people", "women", "old people", "poor people", "irish",
        "polish people", "russians", "ukrainians", "palestinians", "israelis", "down syndrome", "immigrés", "trans people", "lgbt", "non-binary",
        "homeless people");

    private static readonly string[] Minor = Terms("child", "minor", "underage", "year-old", "year old", "teen", "kid", "girl", "boy",
        "student", "young", "niño", "enfant", "kinder", "ребен", "儿童");

    private static readonly string[] PersonTarget = Terms("my wife", "my husband", "someone", "somebody", "a person", "people", "my neighbo",
        "my boss", "him", "her ", "her.", "a child", "my ex", "classmate", "coworker", "co-worker", "police", "crowd", "politician", "journalist", "senator",
        "president", "my family", "my roommate", "my sister", "my brother", "my mother", "my father", "my grandmother", "a man", "a woman", "stranger",
        "victim", "my teacher", "my partner", "girlfriend", "boyfriend", "employee", "my dad", "my mom", "prisoner", "hostage", "referee", "protester",
        "officer", "a cop", "stepfather", "stepmother", "stepdad", "stepmom", "my son", "my daughter", "my baby", "a baby", "a child", "a kid", "my kid", "toddler",
        "grandmother", "grandfather", "grandma", "grandpa", "in-law", "a student", "a teacher", "a nurse", "a doctor", "a neighbour", "a neighbor", "a coworker",
        "a classmate", "a girl", "a boy", "a guy", "a human", "human body", "human skull", "dead body", "某人", "他人", "别人", "my cousin", "my uncle", "my aunt", "my friend", "a friend", "a stranger", "my landlord", "my tenant", "vecino", "voisin", "nachbar", "соседа", "邻居");

    // Round 13: a contested or false claim presented as fact ("an article arguing that X", "proof that", "posing as an
    // expert"); with a real-world topic and a persuasion artefact it is the shape of misinformation without a harm word.
    private static readonly string[] Claim = Terms("arguing that", "argue that", "argues that", "claiming that", "claim that", "claims that",
        "proving that", "prove that", "proof that", "evidence that", "about how", "linking", "posing as", "pretending to be", "the truth about",
        "actually", "secretly", "was primarily", "is primarily", "rather than a result", "hardly", "is better for", "are better for", "better than",
        "was caused by", "is caused by", "are caused by", "cover-up", "covered up", "was staged", "were staged", "is fake", "was faked", "was fake",
        "no longer", "never actually", "don't want you to know", "is controlled by", "are controlled by", "was found", "were found", "got caught",
        "is responsible for", "are responsible for", "was responsible for", "has been", "demuestra que", "beweist", "prouve que", "证明");

    // Round 13: public topics where a false claim does harm (health, elections, history, public figures, groups).
    private static readonly string[] Topic = Terms("vaccin", "covid", "pandemic", "virus", "cancer", "autism", "health", "medic", "doctor",
        "drug ", "cure", "election", "ballot", "vote", "voting", "candidate", "senator", "congress", "president", "governor", "mayor", "politician",
        "prime minister", "minister", "government", "climate", "global warming", "fossil fuel", "renewable", "immigra", "refugee", "crime",
        "genocide", "holocaust", "famine", "massacre", "slavery", "war ", "colonial", "residential school", "regime", "dictator", "ceo", "company",
        "celebrity", "actor", "journalist", "judge", "scientist", "the earth", "moon landing", "5g", "water supply", "fluoride", "gmo",
        "疫苗", "选举", "政府", "vacuna", "elecciones", "impfung", "wahl", "vaccin");

    // Round 13: urging someone else to act ("convince a teenager to", "persuade my friend to").
    private static readonly string[] Urge = Terms("convince", "persuade", "persuading", "talk my", "talk a", "get my", "get a teen", "dare ",
        "pressure", "encourage", "urge", "urging", "tempt", "overreden", "convencer", "persuader", "说服", "劝");

    // Round 13: taking something into the body ("eat", "huff", "feed an infant").
    private static readonly string[] Ingest = Terms("eat ", "eating", "drink", "feed ", "feeding", "swallow", "huff", "inhale", "snort", "inject",
        "smoke ", "vape", "take pills", "start using", "try drugs", "mix ", "mixing", "lick", "chew", "comer ", "beber", "essen ", "trinken",
        "manger", "boire", "吃", "喝", "吸");

    // Round 13: things that cannot be the real target of discrimination or a real plan ("why should llamas not vote",
    // "why can't <group> live on the sun"): animals, objects, imaginary beings, impossible places.
    private static readonly string[] Absurd = Terms("llama", "toaster", "unicorn", "dragon", "ghost", "goblin", "elf ", "elves", "wizard",
        "vampire", "zombie", "alien", "martian", "the sun", "surface of the sun", "the moon", "on mars", "to mars", "jupiter",
        "saturn", "underwater", "breathe under", "teleport", "time travel", "read minds", "telepath", "invisible", "fly without", "photosynthes",
        "rainbow", "cloud", "teapot", "pebble", "rocks ", "banana", "cucumber", "potato", "carrot", "broccoli", "penguin", "goldfish",
        "hamster", "giraffe", "octopus", "dolphin", "squirrel", "pigeon", "snowm", "robot", "chair", "lamp", "kettle", "sofa", "sandwich", "cheese",
        "lettuce", "tomato", "shadow", "wind ", "gravity", "lava", "volcano", "ocean floor", "outer space", "black hole", "dinosaur", "fairy",
        "mermaid", "centaur", "troll", "lightning", "superpower", "super power", "laser eyes", "x-ray vision", "shapeshift", "levitat",
        "hibernat", "grow wings", "breathe fire", "immortal");

    private static readonly int CategoryCount = CategoryNames.Length;

    /// <summary>The <see cref="Flags"/> bit set when the text holds a term of some harm category.</summary>
    public const ulong HarmTermFlag = 1UL << 4;

    /// <summary>The <see cref="Flags"/> bit set when the text holds a request-form term ("how do i", "give me", "write").</summary>
    public const ulong RequestFlag = 1UL << 0;

    /// <summary>The <see cref="Flags"/> bits set by a creative term (story, screenplay, novel) or a game term.</summary>
    public static readonly ulong CreativeOrGameFlags = (1UL << (16 + (2 * CategoryCount))) | (1UL << (23 + (2 * CategoryCount)));

    // Indicator layout: request, evasion, defensive, benign target, any category, two+ categories, per-category hits,
    // per-category "asked for without defensive or harmless framing", and a few named conjunctions.
    private static readonly string[] Names = BuildNames();

    private static readonly int[] Buckets18 = BucketsFor(LinearTrainer.Bits);

    private static string[] BuildNames()
    {
        var names = new List<string> { "req", "evade", "def", "benign-target", "harm-any", "harm-multi", "req&harm&clean", "harm&evade",
            "harm&def", "harm&benign-target", "sexual&minor", "violence&person", "violence&benign-target", "req&harm&evade", "harm-only-def" };
        names.AddRange(CategoryNames.Select(c => "cat:" + c));
        names.AddRange(CategoryNames.Select(c => "ask:" + c));
        names.Add("harm&person");
        names.Add("creative");
        names.Add("harm&creative");
        names.Add("harm&creative&evade-or-minor");
        names.AddRange(["artefact", "harm&artefact&clean", "harm&advocacy", "harm&advocacy&artefact", "game", "harm&game", "harm&info", "harm&info&evade",
            "vverb&person", "vverb&person&clean", "def&evade", "group&hate", "group&req&clean",
            // Round 11: a group name is no longer a hate hit by itself; these keep "a real group plus a harm" apart from
            // "a demeaning frame with no real group" ("why should toasters not vote?", "poison vermin in the garden").
            "group&harm", "hate&nogroup",
            // Round 13: misinformation and defamation without a harm word, urging risky ingestion, absurd frames,
            // advocacy inside an informational question.
            "claim&topic&persuade", "claim&person&artefact", "urge&ingest&target", "absurd&group", "absurd&hate", "advocacy&info"]);
        return [.. names];
    }

    /// <summary>
    /// Texts longer than this use a second set of indicator weights: a lexicon hit somewhere in a long document (a story,
    /// a news summary, a word problem) is weaker evidence of a harmful request than the same hit in a short ask.
    /// </summary>
    public const int LongText = 400;

    // First Names.Length buckets for short texts, then the same names for long texts.
    private static int[] BucketsFor(int bits) =>
        [.. Names.Select(n => FeatureHasher.NamedBucket("harm-intent:" + n, bits)), .. Names.Select(n => FeatureHasher.NamedBucket("harm-intent-long:" + n, bits))];

    private static string[] Terms(params string[] terms) => terms;

    // Lexicon indices in the scan mask: categories 0..11, then the framing lexicons.
    private const int RequestBit = 12, EvasionBit = 13, DefensiveBit = 14, BenignBit = 15, MinorBit = 16, PersonBit = 17, CreativeBit = 18,
        ArtefactBit = 19, AdvocacyBit = 20, GameBit = 21, InfoBit = 22, ViolentVerbBit = 23, GroupBit = 24,
        ClaimBit = 25, TopicBit = 26, UrgeBit = 27, IngestBit = 28, AbsurdBit = 29, ContextBit = 30, ActFormBit = 31;

    private static readonly HarmTermIndex Index = new([.. CategoryTerms, Request, Evasion, Defensive, BenignTarget, Minor, PersonTarget, Creative,
        Artefact, Advocacy, Game, Info, ViolentVerb, Group, Claim, Topic, Urge, Ingest, Absurd, DefensiveContext, DefensiveActForms]);

    /// <summary>Bit mask of the lexicons with a term in <paramref name="text"/>.</summary>
    private static uint Scan(ReadOnlySpan<char> text) => Index.Scan(text);

    /// <summary>The set indicator features of a normalised text, as a bit mask over <see cref="Names"/>.</summary>
    public static ulong Flags(ReadOnlySpan<char> normalized) => FlagsOf(Scan(normalized), actOnly: false);

    /// <summary>
    /// The indicator features of a normalised text (<paramref name="flags"/>) and, in <paramref name="actFlags"/>, the
    /// features with the defensive indicator computed from act words and act forms only (context words ignored); returns
    /// whether the two differ.
    /// </summary>
    public static bool FlagViews(ReadOnlySpan<char> normalized, out ulong flags, out ulong actFlags)
    {
        var hits = Scan(normalized);
        flags = FlagsOf(hits, actOnly: false);
        actFlags = Has(hits, ContextBit) || Has(hits, ActFormBit) ? FlagsOf(hits, actOnly: true) : flags;
        return actFlags != flags;
    }

    private static ulong FlagsOf(uint hits, bool actOnly)
    {
        ulong flags = 0;
        // Round 21c. The full view counts act and context words (the list the model was trained with); the act view
        // counts act words and the act forms, never context words.
        var defHit = Has(hits, DefensiveBit) || (actOnly ? Has(hits, ActFormBit) : Has(hits, ContextBit));
        var req = Has(hits, RequestBit);
        var evade = Has(hits, EvasionBit);
        // Evasion words ("avoid detection", "so nobody notices") outweigh defensive ones: a harmful ask that mentions
        // "avoid" or "treatment" is not made defensive by them.
        var def = defHit && !Has(hits, EvasionBit);
        var benign = Has(hits, BenignBit);
        var catMask = (int)(hits & ((1u << CategoryCount) - 1));
        var cats = System.Numerics.BitOperations.PopCount((uint)catMask);

        var harm = cats > 0;
        Set(ref flags, 0, req);
        Set(ref flags, 1, evade);
        Set(ref flags, 2, def);
        Set(ref flags, 3, benign);
        Set(ref flags, 4, harm);
        Set(ref flags, 5, cats >= 2);
        var clean = req && harm && !def && !benign;
        Set(ref flags, 6, clean);
        Set(ref flags, 7, harm && evade);
        Set(ref flags, 8, harm && def);
        Set(ref flags, 9, harm && benign);
        var sexual = (catMask & (1 << 6)) != 0;
        var violence = (catMask & (1 << 5)) != 0;
        Set(ref flags, 10, sexual && Has(hits, MinorBit));
        Set(ref flags, 11, violence && Has(hits, PersonBit));
        Set(ref flags, 12, violence && benign);
        Set(ref flags, 13, req && harm && evade);
        Set(ref flags, 14, harm && def && !req);
        for (var c = 0; c < CategoryCount; c++)
        {
            var hit = (catMask & (1 << c)) != 0;
            Set(ref flags, 15 + c, hit);
            Set(ref flags, 15 + CategoryCount + c, hit && clean);
        }

        Set(ref flags, 15 + (2 * CategoryCount), harm && Has(hits, PersonBit));
        var creative = Has(hits, CreativeBit);
        Set(ref flags, 16 + (2 * CategoryCount), creative);
        Set(ref flags, 17 + (2 * CategoryCount), harm && creative);
        Set(ref flags, 18 + (2 * CategoryCount), harm && creative && (evade || Has(hits, MinorBit)));
        var artefact = Has(hits, ArtefactBit);
        var advocacy = harm && Has(hits, AdvocacyBit);
        var game = Has(hits, GameBit);
        var info = harm && Has(hits, InfoBit);
        Set(ref flags, 19 + (2 * CategoryCount), artefact);
        Set(ref flags, 20 + (2 * CategoryCount), artefact && clean);
        Set(ref flags, 21 + (2 * CategoryCount), advocacy);
        Set(ref flags, 22 + (2 * CategoryCount), advocacy && artefact);
        Set(ref flags, 23 + (2 * CategoryCount), game);
        Set(ref flags, 24 + (2 * CategoryCount), harm && game);
        Set(ref flags, 25 + (2 * CategoryCount), info && !evade);
        Set(ref flags, 26 + (2 * CategoryCount), info && evade);
        // A violent verb aimed at a named group ("eradicate <group>") is aimed at people.
        var vperson = Has(hits, ViolentVerbBit) && (Has(hits, PersonBit) || Has(hits, GroupBit));
        Set(ref flags, 27 + (2 * CategoryCount), vperson);
        Set(ref flags, 28 + (2 * CategoryCount), vperson && req && !def && !benign && !game);
        Set(ref flags, 29 + (2 * CategoryCount), defHit && evade);
        var group = Has(hits, GroupBit);
        Set(ref flags, 30 + (2 * CategoryCount), group && (catMask & (1 << 7)) != 0);
        Set(ref flags, 31 + (2 * CategoryCount), group && req && !def && !benign && !Has(hits, InfoBit));
        Set(ref flags, 32 + (2 * CategoryCount), group && harm);
        Set(ref flags, 33 + (2 * CategoryCount), !group && (catMask & (1 << 7)) != 0);

        // Round 13. A claim about a public topic written to persuade: no harm word is needed for misinformation.
        var claim = Has(hits, ClaimBit);
        var persuade = Has(hits, AdvocacyBit) || Has(hits, UrgeBit) || artefact;
        Set(ref flags, 34 + (2 * CategoryCount), claim && Has(hits, TopicBit) && persuade && !creative && !def);
        // A claim about a person in a written artefact (defamation, a fabricated accusation).
        Set(ref flags, 35 + (2 * CategoryCount), claim && artefact && (Has(hits, PersonBit) || group) && !creative);
        // Urging a person (often a child) to put something in their body.
        Set(ref flags, 36 + (2 * CategoryCount), Has(hits, UrgeBit) && Has(hits, IngestBit) && (Has(hits, PersonBit) || Has(hits, MinorBit)));
        var absurd = Has(hits, AbsurdBit);
        Set(ref flags, 37 + (2 * CategoryCount), absurd && group);
        Set(ref flags, 38 + (2 * CategoryCount), absurd && (catMask & (1 << 7)) != 0);
        Set(ref flags, 39 + (2 * CategoryCount), advocacy && Has(hits, InfoBit));
        return flags;
    }

    /// <summary>Indicator buckets of a normalised text (training path).</summary>
    public static int[] Indicators(string normalized, int bits)
    {
        var flags = Flags(normalized);
        var buckets = bits == LinearTrainer.Bits ? Buckets18 : BucketsFor(bits);
        var offset = normalized.Length > LongText ? Names.Length : 0;
        var list = new List<int>();
        for (var i = 0; i < Names.Length; i++)
        {
            if ((flags & (1UL << i)) != 0)
            {
                list.Add(buckets[offset + i]);
            }
        }

        return [.. list];
    }

    /// <summary>Most indicator buckets one text can fire (the flags are one 64-bit word).</summary>
    public const int MaxIndicators = 64;

    /// <summary>
    /// Writes the indicator buckets of a normalised text to <paramref name="destination"/> (at least
    /// <see cref="MaxIndicators"/> long) in the order of <see cref="Indicators"/>, without allocating; returns how many.
    /// </summary>
    public static int IndicatorBuckets(ReadOnlySpan<char> normalized, int bits, Span<int> destination) =>
        IndicatorBuckets(Flags(normalized), normalized.Length, bits, destination);

    /// <summary>As <see cref="IndicatorBuckets(ReadOnlySpan{char}, int, Span{int})"/>, for flags already computed.</summary>
    public static int IndicatorBuckets(ulong flags, int length, int bits, Span<int> destination)
    {
        if (flags == 0)
        {
            return 0;
        }

        var buckets = bits == LinearTrainer.Bits ? Buckets18 : BucketsFor(bits);
        var offset = length > LongText ? Names.Length : 0;
        var count = 0;
        for (var i = 0; i < Names.Length; i++)
        {
            if ((flags & (1UL << i)) != 0)
            {
                destination[count++] = buckets[offset + i];
            }
        }

        return count;
    }

    /// <summary>The indicators' contribution to the model margin, without allocating (run-time path).</summary>
    public static double Margin(ReadOnlySpan<char> normalized, LinearModel model) => Margin(Flags(normalized), normalized.Length, model);

    /// <summary>As <see cref="Margin(ReadOnlySpan{char}, LinearModel)"/>, for flags already computed.</summary>
    public static double Margin(ulong flags, int length, LinearModel model)
    {
        if (flags == 0)
        {
            return 0;
        }

        var buckets = model.Bits == LinearTrainer.Bits ? Buckets18 : BucketsFor(model.Bits);
        var offset = length > LongText ? Names.Length : 0;
        double z = 0;
        for (var i = 0; i < Names.Length; i++)
        {
            if ((flags & (1UL << i)) != 0)
            {
                z += model.Weights[buckets[offset + i]] * LinearModel.IndicatorValue;
            }
        }

        return z;
    }

    /// <summary>The category whose lexicon matched first, or null (names a finding).</summary>
    public static string? Category(ReadOnlySpan<char> normalized)
    {
        var hits = Scan(normalized);
        for (var c = 0; c < CategoryCount; c++)
        {
            if (Has(hits, c))
            {
                return CategoryNames[c];
            }
        }

        return null;
    }

    private static bool Has(uint hits, int bit) => (hits & (1u << bit)) != 0;

    private static void Set(ref ulong flags, int bit, bool on)
    {
        if (on)
        {
            flags |= 1UL << bit;
        }
    }
}
