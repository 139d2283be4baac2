namespace Warden.Guards.Detectors;

/// <summary>
/// Polish names of major world cities, countries and continents ("Paryż", "Londyn", "Niemcy", "Stany Zjednoczone"), in the
/// nominative: a Polish sentence declines them ("w Paryżu", "w Niemczech") and <see cref="PiiLocatives"/> looks the
/// nominative up. Only for that lookup: they do not join the general place list.
/// </summary>
internal static class PiiPolishExonyms
{
    public static readonly string[] Nominatives =
    [
        // Cities
        "Paryż", "Londyn", "Rzym", "Wiedeń", "Moskwa", "Madryt", "Lizbona", "Ateny", "Bruksela", "Kijów", "Lwów", "Wilno", "Mińsk",
        "Mediolan", "Wenecja", "Florencja", "Neapol", "Turyn", "Monachium", "Drezno", "Lipsk", "Kolonia", "Akwizgran", "Norymberga",
        "Genewa", "Zurych", "Sztokholm", "Kopenhaga", "Haga", "Antwerpia", "Edynburg", "Pekin", "Tokio", "Seul", "Szanghaj",
        "Waszyngton", "Nowy Jork", "Kair", "Jerozolima", "Stambuł", "Belgrad", "Zagrzeb", "Bukareszt", "Budapeszt", "Bratysława",
        "Ryga", "Tallin", "Petersburg", "Sankt Petersburg", "Marsylia", "Sewilla", "Walencja", "Meksyk", "Hawana", "Bombaj",
        "Praga", "Berlin", "Amsterdam", "Dublin", "Oslo", "Helsinki", "Frankfurt", "Hamburg", "Barcelona", "Toronto", "Sydney",

        // Countries
        "Niemcy", "Włochy", "Francja", "Hiszpania", "Anglia", "Szkocja", "Irlandia", "Wielka Brytania", "Stany Zjednoczone", "Kanada",
        "Brazylia", "Argentyna", "Chiny", "Japonia", "Indie", "Rosja", "Ukraina", "Białoruś", "Litwa", "Łotwa", "Estonia", "Czechy",
        "Słowacja", "Węgry", "Austria", "Szwajcaria", "Holandia", "Niderlandy", "Belgia", "Dania", "Szwecja", "Norwegia", "Finlandia",
        "Grecja", "Turcja", "Egipt", "Izrael", "Portugalia", "Rumunia", "Bułgaria", "Chorwacja", "Serbia", "Słowenia", "Australia",
        "Korea Południowa", "Wietnam", "Tajlandia", "Indonezja", "Islandia", "Luksemburg", "Maroko", "Tunezja", "Gruzja", "Armenia",

        // Continents
        "Europa", "Azja", "Afryka", "Ameryka", "Australia", "Antarktyda",
    ];

    /// <summary>Locatives that no regular ending turns back into their nominative.</summary>
    public static readonly Dictionary<string, string> IrregularLocatives = new(StringComparer.Ordinal)
    {
        ["Niemczech"] = "Niemcy",
        ["Włoszech"] = "Włochy",
        ["Węgrzech"] = "Węgry",
        ["Wiedniu"] = "Wiedeń",
    };
}
