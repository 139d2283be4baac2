using Bogus;
using Bogus.Bson;

namespace Warden.Guards.Detectors;

/// <summary>
/// Name and place lists for PERSON and LOCATION, taken from Bogus's locale data (first/last names, countries,
/// states, real city lists where a locale has them) plus a short list of major world cities. Built once, lazily.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(() => new Gazetteer());

    private static readonly string[] Locales = ["en", "de", "fr", "es", "it", "nl", "pt_BR", "pl", "tr", "sv", "ru", "en_IND", "ja", "ko", "zh_CN", "ar", "vi", "id_ID", "nb_NO", "fi", "cz", "uk"];

    private static readonly string[] WorldCities =
    [
        "London", "Paris", "Berlin", "Madrid", "Rome", "Milan", "Vienna", "Zurich", "Geneva", "Amsterdam", "Brussels", "Lisbon", "Dublin", "Oslo",
        "Stockholm", "Copenhagen", "Helsinki", "Warsaw", "Prague", "Budapest", "Athens", "Istanbul", "Moscow", "Kyiv", "Munich", "Hamburg", "Frankfurt",
        "Barcelona", "Lyon", "Marseille", "Manchester", "Birmingham", "Edinburgh", "Glasgow", "New York", "Los Angeles", "Chicago", "Houston", "Phoenix",
        "Philadelphia", "San Antonio", "San Diego", "Dallas", "San Jose", "Austin", "Seattle", "Boston", "Denver", "Miami", "Atlanta", "Detroit",
        "San Francisco", "Washington", "Las Vegas", "Portland", "Toronto", "Montreal", "Vancouver", "Ottawa", "Calgary", "Mexico City", "Sao Paulo",
        "São Paulo", "Rio de Janeiro", "Buenos Aires", "Lima", "Bogota", "Bogotá", "Santiago", "Caracas", "Tokyo", "Osaka", "Kyoto", "Seoul", "Beijing",
        "Shanghai", "Shenzhen", "Hong Kong", "Taipei", "Singapore", "Bangkok", "Jakarta", "Manila", "Hanoi", "Mumbai", "Delhi", "New Delhi", "Bangalore",
        "Bengaluru", "Chennai", "Kolkata", "Hyderabad", "Karachi", "Lahore", "Dhaka", "Dubai", "Abu Dhabi", "Riyadh", "Tehran", "Cairo", "Lagos",
        "Nairobi", "Johannesburg", "Cape Town", "Casablanca", "Sydney", "Melbourne", "Brisbane", "Perth", "Auckland", "Wellington", "Tel Aviv",
        "Jerusalem", "Brooklyn", "Queens", "Oakland", "Sacramento", "Nashville", "Baltimore", "Pittsburgh", "Cleveland", "Minneapolis", "Orlando",
        "Tampa", "Charlotte", "Indianapolis", "Columbus", "Milwaukee", "Kansas City", "St. Louis", "New Orleans", "Salt Lake City", "Honolulu",
        "Anchorage", "Cologne", "Stuttgart", "Düsseldorf", "Dresden", "Leipzig", "Naples", "Turin", "Florence", "Venice", "Valencia", "Seville",
        "Porto", "Rotterdam", "The Hague", "Antwerp", "Krakow", "Bucharest", "Sofia", "Belgrade", "Zagreb", "Riga", "Vilnius", "Tallinn", "Reykjavik",
        "Liverpool", "Leeds", "Bristol", "Cardiff", "Belfast", "Quebec", "Havana", "Kingston", "Panama City", "San Juan", "Quito", "Montevideo",
    ];

    // Short and everyday names of countries that Bogus lists only in their long form ("United States of America").
    private static readonly string[] CountryAliases =
    [
        "United States", "United Kingdom", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "Czech Republic", "Czechia",
        "Slovakia", "South Korea", "North Korea", "Russia", "Vietnam", "Iran", "Syria", "Laos", "Bolivia", "Venezuela", "Tanzania", "Moldova",
        "North Macedonia", "Macedonia", "Ivory Coast", "Taiwan", "Palestine", "Vatican City", "Greenland", "Faroe Islands", "Puerto Rico", "Macau",
        "Kosovo", "Bosnia", "Netherlands", "Holland", "Brunei", "Micronesia", "Congo", "Gambia", "Bahamas", "Philippines", "Cape Verde", "Eswatini",
        "Myanmar", "Burma", "East Timor", "Timor-Leste", "Libya", "Iceland", "Luxembourg", "Switzerland", "Austria", "Belgium", "Denmark", "Norway",
        "Sweden", "Finland", "Estonia", "Latvia", "Lithuania", "Poland", "Hungary", "Romania", "Bulgaria", "Greece", "Cyprus", "Malta", "Croatia",
        "Slovenia", "Serbia", "Montenegro", "Albania", "Ukraine", "Belarus", "Armenia", "Azerbaijan", "Turkey", "Israel", "Lebanon",
        "Egypt", "Tunisia", "Algeria", "Morocco", "Nigeria", "Kenya", "Ethiopia", "Ghana", "South Africa", "India", "Pakistan",
        "Bangladesh", "Sri Lanka", "Nepal", "China", "Japan", "Mongolia", "Thailand", "Malaysia", "Singapore", "Indonesia", "Australia",
        "New Zealand", "Canada", "Mexico", "Brazil", "Argentina", "Chile", "Peru", "Colombia", "Ecuador", "Uruguay", "Paraguay", "Cuba", "Portugal",
        "Spain", "France", "Germany", "Italy", "Ireland", "Saudi Arabia", "United Arab Emirates", "Qatar", "Kuwait", "Iraq", "Afghanistan",
    ];

    // Continents and large world regions (round 20): Bogus lists countries, states and cities only, so "South America"
    // and "Central Asia" were read as the given names "America" and "Asia".
    private static readonly string[] WorldRegions =
    [
        "Africa", "Asia", "Europe", "America", "Antarctica", "Oceania", "Eurasia", "North America", "South America", "Central America",
        "Latin America", "Middle East", "Near East", "Far East", "Central Asia", "East Asia", "South Asia", "Southeast Asia", "Western Asia",
        "Eastern Europe", "Western Europe", "Central Europe", "Northern Europe", "Southern Europe", "North Africa", "West Africa", "East Africa",
        "Southern Africa", "Central Africa", "Sub-Saharan Africa", "Scandinavia", "Caribbean", "Balkans", "Baltics", "Sahel", "Maghreb",
    ];

    // Frequent family names that Bogus's lists lack (hand-written; frequency lists of surnames are public facts).
    private static readonly string[] ExtraLastNames =
    [
        "Williams", "Hernandez", "Ramirez", "Wright", "Baker", "Campbell", "Gomez", "Phillips", "Diaz", "Edwards", "Gutierrez", "Peterson",
        "Cox", "Richardson", "Chavez", "Hughes", "Alvarez", "Sanders", "Myers", "Jimenez", "Wilson", "Taylor", "Clark", "Lewis", "Robinson",
        "Allen", "Scott", "Nelson", "Evans", "Stewart", "Morris", "Rogers", "Morgan", "Cooper", "Reed", "Kelly", "Watson", "Brooks", "Bennett",
        "Ross", "Foster", "Jenkins", "Perry", "Powell", "Russell", "Sullivan", "Butler", "Barnes", "Fisher", "Henderson", "Coleman", "Simmons",
        "Patterson", "Reynolds", "Hamilton", "Graham", "Wallace", "Griffin", "Cole", "Hayes", "Gibson", "Ellis", "Stevens",
        "Murray", "Ford", "Marshall", "Owens", "McDonald", "Harrison", "Kennedy", "Wells", "Alexander", "Tucker", "Porter", "Hunter", "Hicks",
        "Crawford", "Boyd", "Mason", "Warren", "Dixon", "Burns", "Gordon", "Shaw", "Holmes", "Palmer", "Robertson", "Daniels",
        "Stephens", "Webb", "Simpson", "Tran", "Vargas", "Castro", "Romero", "Herrera", "Medina", "Aguilar", "Vasquez", "Fernandez", "Silva",
        "Santos", "Oliveira", "Pereira", "Costa", "Ferreira", "Rodrigues", "Almeida", "Carvalho", "Rossi", "Russo", "Ferrari", "Esposito",
        "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
        "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent",
        "Simon", "Michel", "Leroy", "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Larsen", "Johansson", "Karlsson", "Nilsson",
        "Eriksson", "Larsson", "Olsen", "Berg", "Haugen", "Virtanen", "Korhonen", "Nieminen", "Novak", "Horvat", "Kovac", "Nowak", "Kowalski",
        "Wiśniewski", "Kowalczyk", "Novotný", "Dvořák", "Nagy", "Kovács", "Tóth", "Szabó", "Popescu", "Ivanov", "Petrov", "Jovanović",
        "Petrović", "Nikolić", "Papadopoulos", "Yilmaz", "Kaya", "Demir", "Cohen", "Levi", "Khan", "Ali", "Ahmed", "Singh", "Kumar",
        "Sharma", "Gupta", "Chen", "Wang", "Zhang", "Liu", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Li", "Sato", "Suzuki", "Takahashi",
        "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Choi", "Jung", "Kang", "Cho", "Yoon", "Okafor",
        "Adeyemi", "Mensah", "Mwangi", "Otieno", "Kamau",
    ];

    // Family names that are also everyday capitalised words ("Anna Young", "Adam Hill"): read as a surname only after a
    // given name, never on their own.
    private static readonly string[] WordSurnames =
        ["Young", "Hill", "Long", "Wood", "Gray", "Grey", "Hall", "Cook", "Bell", "Fox", "Stone", "Rice", "Price", "Ward", "Bishop", "Carter",
         "Walker", "Turner", "Parker", "Miller", "Baker", "Hunter", "Mason", "Moss", "Marsh", "Banks", "Burke", "Lamb", "Nash", "Dean"];

    private Gazetteer()
    {
        FirstNames = new HashSet<string>(StringComparer.Ordinal);
        LastNames = new HashSet<string>(StringComparer.Ordinal);
        Places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var locale in Locales)
        {
            AddAll(FirstNames, locale, "name", "first_name");
            AddAll(FirstNames, locale, "name", "male_first_name");
            AddAll(FirstNames, locale, "name", "female_first_name");
            AddAll(LastNames, locale, "name", "last_name");
            AddAll(Places, locale, "address", "country");
            AddAll(Places, locale, "address", "state");
            AddAll(Places, locale, "address", "city_name");
        }

        foreach (var city in WorldCities)
        {
            Places.Add(city);
        }

        // Places a Polish sentence declines ("w Łodzi"): Bogus's Polish countries, voivodeships and cities, and the world
        // cities; other locales' lists hold short words ("Kina") that a declined common noun would reach (round 24b).
        var polish = new HashSet<string>(WorldCities, StringComparer.Ordinal);
        AddAll(polish, "pl", "address", "country");
        AddAll(polish, "pl", "address", "state");
        AddAll(polish, "pl", "address", "city_name");
        polish.UnionWith(PiiPolishExonyms.Nominatives);
        PolishPlace = polish.GetAlternateLookup<ReadOnlySpan<char>>();

        foreach (var region in WorldRegions)
        {
            Places.Add(region);
        }

        foreach (var last in ExtraLastNames)
        {
            LastNames.Add(last);
        }

        WordSurname = new HashSet<string>(WordSurnames, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        Countries = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        AddAll(Countries, "en", "address", "country");
        foreach (var country in CountryAliases)
        {
            Places.Add(country);
            Countries.Add(country);
        }

        Country = Countries.GetAlternateLookup<ReadOnlySpan<char>>();

        StreetSuffixes = new HashSet<string>(StringComparer.Ordinal);
        AddAll(StreetSuffixes, "en", "address", "street_suffix");
        AddAll(StreetSuffixes, "en_GB", "address", "street_suffix");
        AddAll(StreetSuffixes, "en_AU", "address", "street_suffix");
        StreetSuffix = StreetSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

        // Bogus's Brazilian and Turkish city lists are real cities; other locales generate fake ones from templates.
        AddAll(Places, "pt_BR", "address", "city");
        AddAll(Places, "tr", "address", "city");
        // First words of multi-word places ("New" of "New York"): only these need the longer lookups.
        PlaceStarts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var place in Places)
        {
            var end = 0;
            while (end < place.Length && (char.IsLetter(place[end]) || place[end] is '\'' or '-'))
            {
                end++;
            }

            if (end > 0 && end < place.Length)
            {
                PlaceStarts.Add(place[..end]);
            }
        }

        PlaceStart = PlaceStarts.GetAlternateLookup<ReadOnlySpan<char>>();
        First = FirstNames.GetAlternateLookup<ReadOnlySpan<char>>();
        Last = LastNames.GetAlternateLookup<ReadOnlySpan<char>>();
        Place = Places.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Gazetteer Instance => Shared.Value;

    /// <summary>Allocation-free lookups by span.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> First { get; }

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Last { get; }

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Place { get; }

    /// <summary>Polish countries, voivodeships and cities and the world cities: the nominatives of declined Polish places.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PolishPlace { get; }

    /// <summary>Family names that are also everyday words ("Young", "Hill"): only after a given name.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordSurname { get; }

    /// <summary>Country names, compared ignoring case ("originally from switzerland").</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Country { get; }

    public HashSet<string> Countries { get; }

    /// <summary>First words of multi-word place names.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceStart { get; }

    public HashSet<string> PlaceStarts { get; }

    /// <summary>English street suffixes ("Shoals", "Crossing", "Parkway"): the last word of "123 Kimberly Shoals".</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StreetSuffix { get; }

    public HashSet<string> StreetSuffixes { get; }

    public HashSet<string> FirstNames { get; }

    public HashSet<string> LastNames { get; }

    public HashSet<string> Places { get; }

    private static void AddAll(HashSet<string> set, string locale, string category, string path)
    {
        BValue? value;
        try
        {
            value = Database.Get(category, path, locale);
        }
        catch (KeyNotFoundException)
        {
            return;
        }

        if (value is not BArray array)
        {
            return;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var s = array[i].StringValue;
            if (!string.IsNullOrWhiteSpace(s) && !s.Contains('#', StringComparison.Ordinal))
            {
                set.Add(s.Trim());
            }
        }
    }
}
