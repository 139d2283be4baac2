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

        // "van"/"von" alone, after a word that is not capitalised or at a clause start: "the van Gijn novel".
        if (particle is "van" or "von" && (p == 0 || !char.IsLetter(text[p - 1]) || !char.IsUpper(text[WordStart(text, p)])))
        {
            scan.Emit("PERSON", ps, we, AloneScore);
            PiiScan.IndexPerson(byEnd, scan.Found[^1]);
        }

        return we;
    }

    private static int WordEnd(string text, int s)
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
