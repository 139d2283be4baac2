namespace Warden.Guards.Detectors;

/// <summary>Names the harm category of a flagged request from keywords; the decision itself comes from the model.</summary>
internal static class HarmCategories
{
    private static readonly (string Category, string[] Words)[] Categories =
    [
        ("self-harm", ["suicide", "kill myself", "self-harm", "cut myself", "end my life", "overdose", "hurt myself"]),
        ("weapons", ["bomb", "explosive", "gun", "firearm", "weapon", "nerve agent", "sarin", "anthrax", "bioweapon", "ricin", "napalm", "detonat", "ammunition", "ghost gun"]),
        ("malware", ["malware", "ransomware", "virus", "keylogger", "exploit", "botnet", "ddos", "phishing", "hack", "backdoor", "trojan", "sql injection", "crack password"]),
        ("drugs", ["meth", "cocaine", "heroin", "fentanyl", "drug", "lsd", "mdma"]),
        ("fraud", ["fraud", "counterfeit", "launder", "scam", "forge", "steal", "identity theft", "tax evasion"]),
        ("sexual", ["sex", "porn", "erotic", "nude", "explicit"]),
        ("hate", ["racist", "inferior", "slur", "subhuman", "vermin", "dehumaniz", " hate", "hateful"]),
        ("violence", ["kill", "murder", "poison", "torture", "assault", "kidnap", "attack", "hurt", "stab"]),
    ];

    public static string Classify(string normalized)
    {
        foreach (var (category, words) in Categories)
        {
            foreach (var w in words)
            {
                if (normalized.Contains(w, StringComparison.Ordinal))
                {
                    return category;
                }
            }
        }

        return HarmIntent.Category(normalized) ?? "harmful";
    }
}
