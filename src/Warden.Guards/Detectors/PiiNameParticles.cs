using System.Buffers;

namespace Warden.Guards.Detectors;

/// <summary>
/// Family names with a lower-case particle ("Heidi van der Vlist", "Gary de Vaan", "Ana da Silva", "the van Gijn
/// novel"). A person's name found by the other rules that ends right before one or two particles and a capitalised word
/// is widened to take them in. "van" and "von" (with "der", "den" or "de" after them) mark a family name on their own,
/// so "the van Gijn novel" gives "van Gijn"; the other particles are ordinary words in Romance languages ("Rio de
/// Janeiro", "Banco de Portugal") and only widen a name already found. The capitalised word must not be a common
/// capitalised word or a known place. One vectorised search for the particles; texts without them cost one pass.
/// </summary>
internal static class PiiNameParticles
{
    private const double AloneScore = 0.6;

    private static readonly SearchValues<string> Anchors = SearchValues.Create(
        [" van ", " von ", " de ", " der ", " den ", " da ", " di ", " du ", " del ", " della ", " dos ", " das ", " ter ", " ten "], StringComparison.Ordinal);

    // A second particle after the first: "van der", "van den", "van de", "de la", "von der".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Second = new HashSet<string>(
        ["der", "den", "de", "la", "le", "los", "las"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Find(PiiScan scan)
    {
        var text = scan.Text;
        Dictionary<int, GuardFinding>? byEnd = null; // built at the first family name, then kept current with this pass's persons
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(Anchors);
            if (k < 0)
            {
                return;
            }

            var p = i + k; // the space before the particle
            i = Widen(scan, text, p, ref byEnd);
        }
    }

    // Returns where the search goes on.
    private static int Widen(PiiScan scan, string text, int p, ref Dictionary<int, GuardFinding>? byEnd)
    {
        var ps = p + 1;
        var pe = text.IndexOf(' ', ps);
        var particle = text.AsSpan(ps, pe - ps);
        var ws = pe + 1;
        var we = WordEnd(text, ws);
        if (we > ws && Second.Contains(text.AsSpan(ws, we - ws)) && we < text.Length && text[we] == ' ')
        {
            ws = we + 1;
            we = WordEnd(text, ws);
        }

        // The family name: a capitalised word of letters (a hyphen inside), not a common word or a place.
        if (we - ws < 2 || !char.IsUpper(text[ws]) || CommonWords.CapitalizedSpan.Contains(text.AsSpan(ws, we - ws))
            || Gazetteer.Instance.Place.Contains(text.AsSpan(ws, we - ws)))
        {
            return pe;
        }

        // A person's name that ends right at the space before the particle is widened.
        byEnd ??= scan.PersonsByEnd();

        // "Rio de Janeiro" is a place, whatever guess its first word had.
        if (byEnd.TryGetValue(p, out var before) && !Gazetteer.Instance.Place.Contains(text.AsSpan(before.Start, we - before.Start)))
        {
            scan.Emit("PERSON", before.Start, we, Math.Min(0.99, before.Score + 0.01));
            PiiScan.IndexPerson(byEnd, scan.Found[^1]);
            return we;
        }

        // Initials before the particle ("J. van der Berg", "dr. P. de Vries", "mevrouw A.M. van den Heuvel"): a Dutch,
        // Flemish or Romance family name written the usual way in letters and records; the initials are part of the name.
        var initials = InitialsBefore(text, p);
        if (initials >= 0)
        {
            // A guess on the initials alone ("Dear J." read as a name) must not outrank the whole name (lead review).
            // The initials span at most nine characters, so the persons ending inside them are looked up by end.
            var score = 0.7;
            for (var e = initials + 1; e <= p; e++)
            {
                if (byEnd.TryGetValue(e, out var inside) && inside.Start >= initials)
                {
                    score = Math.Max(score, Math.Min(0.99, inside.Score + 0.01));
                }
            }

            scan.Emit("PERSON", initials, we, score);
            PiiScan.IndexPerson(byEnd, scan.Found[^1]);
            return we;
        }

        // "van"/"von" alone, after a word that is not capitalised or at a clause start: "the van Gijn novel". In Dutch
        // prose a lower-case "van" with no name before it is the preposition ("de etappe van Benidorm", "de teams van
        // Once"; Dutch writes a family name standing alone with a capital, "Van Dijk"): the capitalised word after it is
        // still a name, without the preposition.
        if (particle is "van" or "von" && (p == 0 || !char.IsLetter(text[p - 1]) || !char.IsUpper(text[WordStart(text, p)])))
        {
            // "van der Berg", "van den Heuvel" and "meneer van Dijk" stay whole; "van de Europese Commissie" is the preposition.
            var second = ws > pe + 1 ? text.AsSpan(pe + 1, ws - pe - 2) : default;
            var start = particle is "van" && !(second is "der" or "den") && !AddressBefore(text, p) && DutchAround(text, p) ? ws : ps;
            scan.Emit("PERSON", start, we, AloneScore);
            PiiScan.IndexPerson(byEnd, scan.Found[^1]);
        }

        return we;
    }

    // Dutch forms of address before a surname written with a lower-case particle ("meneer van Dijk", "familie van Loon").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Address = new HashSet<string>(
        ["meneer", "mevrouw", "heer", "mevr", "dhr", "familie", "fam", "dokter", "dr", "mr", "ir", "drs", "ing", "prof", "zuster", "juffrouw", "juf", "meester"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool AddressBefore(string text, int p)
    {
        var e = p;
        if (e > 0 && text[e - 1] == '.')
        {
            e--;
        }

        var s = WordStart(text, e);
        return e > s && Address.Contains(text.AsSpan(s, e - s));
    }

    // Dutch function words that English and Romance prose do not use, and frequent Dutch words they share ("de", "en").
    // Dutch text: a Dutch-only word and one more word of either list within 100 characters of the particle, or three
    // shared words (another "van" among them: "Liederen van Hertog Jan en Hendrik III, muziek van de trouvère").
    private static readonly string[] DutchWords =
        [" het ", " een ", " zijn ", " niet ", " voor ", " met ", " dat ", " naar ", " werd ", " wordt ", " ook ", " bij ", " uit ", " zich ",
         " hij ", " zij ", " maar ", " nog ", " geen ", " deze ", " heeft ", " hebben ", " werden ", " zou ", " worden "];

    private static readonly string[] SharedWords = [" de ", " en ", " op ", " te "];

    private static bool DutchAround(string text, int p)
    {
        var from = Math.Max(0, p - 100);
        var window = text.AsSpan(from, Math.Min(text.Length, p + 100) - from);
        var dutch = 0;
        foreach (var w in DutchWords)
        {
            if (window.Contains(w, StringComparison.OrdinalIgnoreCase) && ++dutch == 2)
            {
                return true;
            }
        }

        var shared = 0;
        foreach (var w in SharedWords)
        {
            if (window.Contains(w, StringComparison.OrdinalIgnoreCase))
            {
                shared++;
            }
        }

        // Another "van" than the one at p.
        var own = p - from;
        if (window[..own].Contains(" van ", StringComparison.Ordinal) || window[Math.Min(window.Length, own + 1)..].Contains(" van ", StringComparison.Ordinal))
        {
            shared++;
        }

        return dutch + shared >= 2 && (dutch == 1 || shared >= 3);
    }

    // Where one to three initials ("P.", "A.M.", "J.P.C.") end right at the space <paramref name="p"/> start, or -1: each a
    // capital letter and a dot, the first after a blank, a bracket or the text start (so "U.S.A." inside a word is none).
    private static int InitialsBefore(string text, int p)
    {
        var s = p;
        var n = 0;
        while (n < 3 && s >= 2 && text[s - 1] == '.' && char.IsUpper(text[s - 2]) && !(s >= 3 && char.IsLetter(text[s - 3])))
        {
            s -= 2;
            n++;
            if (s > 0 && text[s - 1] == ' ' && s >= 3 && text[s - 2] == '.' && char.IsUpper(text[s - 3]) && !(s >= 4 && char.IsLetter(text[s - 4])))
            {
                s--; // "A. M. van Dam"
            }
        }

        if (n == 0 || (s > 0 && !(text[s - 1] is ' ' or '\t' or '\n' or '(' or '"' or '\u00A0')))
        {
            return -1;
        }

        return s;
    }

    // The end of the word of letters at s; a hyphen or apostrophe between letters ("Jean-Luc", "O'Neil") is kept.
    internal static int WordEnd(string text, int s)
    {
        var e = s;
        while (e < text.Length && (char.IsLetter(text[e]) || (text[e] is '-' or '\'' && e + 1 < text.Length && char.IsLetter(text[e + 1]) && e > s)))
        {
            e++;
        }

        return e;
    }

    private static int WordStart(string text, int end)
    {
        var s = end;
        while (s > 0 && char.IsLetter(text[s - 1]))
        {
            s--;
        }

        return s;
    }
}
