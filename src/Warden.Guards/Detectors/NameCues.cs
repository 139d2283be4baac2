namespace Warden.Guards.Detectors;

/// <summary>Word lists that <see cref="NameFinder"/> reads around capitalised words (cues before and after names, places and months).</summary>
internal static class NameCues
{
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Acronyms = new HashSet<string>(
        ["USA", "UK", "EU", "UN", "NASA", "FBI", "CIA", "API", "HTTP", "HTTPS", "URL", "JSON", "XML", "HTML", "CSS", "SQL", "AWS", "GCP", "CEO", "CTO", "CFO",
         "HR", "IT", "PDF", "CSV", "FAQ", "TODO", "NOTE", "WARNING", "ERROR", "INFO", "DEBUG", "OK", "YES", "NO", "AND", "OR", "NOT", "THE", "FOR", "NEW",
         "IMPORTANT", "URGENT", "ATTENTION", "FYI", "ASAP", "PS", "RE", "FW", "FWD", "ID", "PIN", "SSN", "DOB", "IBAN", "VAT", "TAX", "USD", "EUR", "GBP"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = new HashSet<string>(
        ["the", "a", "this", "that", "these", "those", "our", "your", "their", "its", "each", "every", "any", "some", "no", "The", "A", "An", "This",
         "That", "Our", "Your", "Their", "Its", "Each", "Every", "Any", "Some", "No", "new", "New", "old", "my", "My", "his", "her"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonVerbs = new HashSet<string>(
        ["call", "text", "ask", "tell", "thank", "met", "meet", "email", "message", "ping", "cc", "told", "asked", "called", "thanked", "texted", "visit",
         "visited", "remind", "reminded", "invite", "invited", "says", "said", "replied", "added", "wrote", "thanks", "frag", "fragen", "appelle", "appeler", "llama", "llamar", "chiama"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrepositions = new HashSet<string>(
        ["in", "from", "near", "en", "nach", "aus", "à", "em", "naar", "uit"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Months = new HashSet<string>(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthCues = new HashSet<string>(
        ["last", "next", "this", "since", "until", "early", "late", "mid"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly string[] EnglishSuffixes =
        ["ing", "ings", "tion", "tions", "sion", "ment", "ments", "ness", "ity", "ance", "ence", "ship", "able", "ible", "ive", "ous", "ful", "less",
         "ers", "ics", "ism", "ist", "ize", "ise", "ure", "ary", "ery", "ory", "ies", "ss", "age", "ware", "ial", "ical", "ward", "work", "ways", "wide"];
}
