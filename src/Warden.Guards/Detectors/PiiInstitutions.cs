using System.Buffers;
using System.Text;

namespace Warden.Guards.Detectors;

/// <summary>
/// Public bodies and institutions named head-first, as Spanish, Italian, Portuguese, French, Dutch and Polish write them:
/// an institution word, then its name after a linking word ("Ayuntamiento de Porzuna", "Audiencia Provincial de
/// Vizcaya", "Ministerie van Financiën", "Comune di Milano", "Câmara Municipal do Porto") or a known place right after
/// it ("Gemeente Amsterdam", "Universidad Sevilla"). The English suffix forms ("Acme Bank", "Bank of Montreal") are in
/// <see cref="PiiOrganizations"/>. A head with only capitalised adjectives after it ("la Policía Local") or alone
/// ("según el Gobierno") is not read: generic mentions of a public service are not personal data. The heads are
/// words English text does not use (no "Hospital", "Camera", "Direction"); German is left out, since it capitalises
/// every noun. One vectorised search for the ASCII heads, and one for the accented heads in texts that have
/// non-ASCII characters.
/// </summary>
internal static class PiiInstitutions
{
    // Above a capitalised run read as a person (0.55-0.85), as the suffix forms: "Ayuntamiento de San Martín del Rey
    // Aurelio" is one organisation, not the persons "San Martín" and "Rey Aurelio".
    private const double Score = 0.88;
    private const int MaxWords = 8;

    private static readonly string[] Heads =
    [
        // Spanish
        "Ayuntamiento", "Audiencia", "Instituto", "Universidad", "Ministerio", "Consejo", "Junta", "Diputación", "Guardia", "Policía",
        "Comisión", "Fundación", "Asociación", "Federación", "Confederación", "Sindicato", "Partido", "Banco", "Colegio", "Cámara", "Agencia",
        "Jefatura", "Delegación", "Dirección", "Secretaría", "Servicio", "Bomberos", "Consejería", "Generalitat", "Xunta", "Corporación",
        // Italian
        "Comune", "Università", "Ministero", "Tribunale", "Consiglio", "Regione", "Provincia", "Istituto", "Fondazione", "Associazione",
        "Banca", "Ospedale", "Agenzia", "Procura", "Questura", "Polizia", "Partito", "Federazione", "Azienda", "Ufficio", "Corte",
        // Portuguese
        "Câmara", "Universidade", "Ministério", "Fundação", "Associação", "Agência", "Polícia", "Conselho", "Prefeitura", "Assembleia",
        "Federação", "Confederação", "Secretaria",
        // French
        "Ministère", "Université", "Mairie", "Conseil", "Institut", "Fondation", "Banque", "Agence", "Assemblée", "Chambre", "Préfecture",
        "Parti", "Fédération", "Caisse", "Cour",
        // Dutch
        "Gemeente", "Ministerie", "Universiteit", "Hogeschool", "Rechtbank", "Raad", "Stichting", "Vereniging", "Provincie", "Politie",
        "Ziekenhuis", "Hof",
        // Polish
        "Uniwersytet", "Urząd", "Ministerstwo", "Sąd", "Politechnika", "Fundacja", "Stowarzyszenie", "Szpital", "Akademia", "Instytut",
        "Komenda", "Prokuratura", "Gmina", "Starostwo",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadSet =
        new HashSet<string>(Heads, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<string> AsciiHeads = SearchValues.Create(Heads.Where(h => Ascii.IsValid(h)).ToArray(), StringComparison.Ordinal);

    private static readonly SearchValues<string> OtherHeads = SearchValues.Create(Heads.Where(h => !Ascii.IsValid(h)).ToArray(), StringComparison.Ordinal);

    // Linking words between an institution word and its name; a second one may follow ("de la", "van de", "van het").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Links = new HashSet<string>(
        ["de", "del", "di", "della", "dello", "delle", "degli", "dei", "do", "da", "dos", "das", "du", "des", "van", "voor", "der", "dla"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Articles = new HashSet<string>(
        ["la", "las", "los", "le", "les", "het", "de"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Find(PiiScan scan)
    {
        var text = scan.Text;
        Search(scan, text, AsciiHeads);
        if (!Ascii.IsValid(text))
        {
            Search(scan, text, OtherHeads);
        }
    }

    private static void Search(PiiScan scan, string text, SearchValues<string> heads)
    {
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(heads);
            if (k < 0)
            {
                return;
            }

            var h = i + k;
            var he = PiiNameParticles.WordEnd(text, h);
            i = he;
            if ((h > 0 && char.IsLetterOrDigit(text[h - 1])) || !HeadSet.Contains(text.AsSpan(h, he - h)))
            {
                continue; // inside a longer word ("Subdirección", "Bancos")
            }

            var end = NameEnd(text, he);
            if (end > he)
            {
                scan.Emit("ORGANIZATION", h, end, Score);
                i = end;
            }
        }
    }

    // Where the name after an institution word ending at <paramref name="he"/> ends, or <paramref name="he"/> when no name
    // follows. Capitalised words and linked capitalised words ("de Enseñanza Secundaria", "van Binnenlandse Zaken")
    // are taken while they follow one another after single spaces; the name counts only when it has a link or opens
    // with a known place.
    private static int NameEnd(string text, int he)
    {
        var end = he;
        var linked = false;
        var first = true;
        var p = he;
        for (var n = 0; n < MaxWords; n++)
        {
            if (p + 1 >= text.Length || text[p] != ' ')
            {
                break;
            }

            var ws = p + 1;
            var we = PiiNameParticles.WordEnd(text, ws);
            if (we == ws)
            {
                break;
            }

            var linkedHere = false;
            if (Elided(text, ws))
            {
                // "Banca d'Italia", "Conseil d’État": an elided "de" / "di" glued to the capitalised word (round 26b).
                ws += 2;
                we = PiiNameParticles.WordEnd(text, ws);
                linkedHere = true;
            }
            else if (Links.Contains(text.AsSpan(ws, we - ws)))
            {
                // "de la Magdalena", "van de Arbeid", "van het Onderwijs"
                if (we + 1 < text.Length && text[we] == ' ')
                {
                    var as_ = we + 1;
                    var ae = PiiNameParticles.WordEnd(text, as_);
                    if (ae > as_ && Articles.Contains(text.AsSpan(as_, ae - as_)) && ae + 1 < text.Length && text[ae] == ' ')
                    {
                        we = ae;
                    }
                }

                if (we + 1 >= text.Length || text[we] != ' ')
                {
                    break;
                }

                ws = we + 1;
                we = PiiNameParticles.WordEnd(text, ws);
                linkedHere = true;
            }

            if (!IsNameWord(text, ws, we))
            {
                break;
            }

            if (!linkedHere && first && !Gazetteer.Instance.Place.Contains(text.AsSpan(ws, we - ws)))
            {
                // "Policía Local", "Universidad Complutense": adjectives are taken only when a link follows them.
                if (!LinkAhead(text, we))
                {
                    break;
                }
            }

            linked |= linkedHere || Gazetteer.Instance.Place.Contains(text.AsSpan(ws, we - ws));
            first = false;
            end = we;
            p = we;
        }

        return linked ? end : he;
    }

    // Whether, after the word ending at <paramref name="p"/>, more capitalised words (at most <see cref="MaxWords"/>) lead to
    // a linking word and a capitalised word: "Provincial de Vizcaya".
    private static bool LinkAhead(string text, int p)
    {
        for (var n = 0; n < MaxWords && p + 1 < text.Length && text[p] == ' '; n++)
        {
            var ws = p + 1;
            var we = PiiNameParticles.WordEnd(text, ws);
            if (Links.Contains(text.AsSpan(ws, we - ws)) || Elided(text, ws))
            {
                return true;
            }

            if (!IsNameWord(text, ws, we))
            {
                return false;
            }

            p = we;
        }

        return false;
    }

    // "d'" or "d’" right before a capital letter at <paramref name="ws"/>.
    private static bool Elided(string text, int ws) =>
        ws + 2 < text.Length && text[ws] == 'd' && text[ws + 1] is '\'' or '\u2019' && char.IsUpper(text[ws + 2]);

    // A capitalised word of letters (a hyphen or apostrophe inside), not a common capitalised word ("The", "I").
    private static bool IsNameWord(string text, int ws, int we) =>
        we - ws >= 2 && char.IsUpper(text[ws]) && !CommonWords.CapitalizedSpan.Contains(text.AsSpan(ws, we - ws));
}
