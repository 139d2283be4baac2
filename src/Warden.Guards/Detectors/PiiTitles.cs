using System.Buffers;

namespace Warden.Guards.Detectors;

/// <summary>
/// Job titles as <c>TITLE</c> (Presidio's type, which also covers "Mr."/"Dr." before a name; those come from
/// <see cref="NameFinder"/>): a line of its own that ends in a job word ("Leasing consultant", "Senior Software
/// Engineer" under a name in a signature block), and "as (a) X" after an employment word ("worked for Acme as Midwife").
/// And US driver's licence numbers as <c>US_DRIVER_LICENSE</c>, only right after a licence phrase
/// ("driver's license number is 2270-66-1551", "DL# D1234567").
/// </summary>
internal static class PiiTitles
{
    private const double LineScore = 0.6;
    private const double AsScore = 0.75;
    private const double LicenceScore = 0.97; // above the phone and SSN shapes the number may also have

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JobWords = new HashSet<string>(
        ["engineer", "manager", "consultant", "specialist", "librarian", "accountant", "attendant", "cleaner", "soldier", "singer", "midwife", "nurse",
         "teacher", "developer", "designer", "analyst", "assistant", "officer", "director", "clerk", "technician", "operator", "writer", "editor",
         "lawyer", "attorney", "architect", "administrator", "coordinator", "supervisor", "representative", "scientist", "researcher", "professor",
         "lecturer", "physician", "surgeon", "pharmacist", "therapist", "dentist", "chef", "cook", "pilot", "mechanic", "electrician", "plumber",
         "carpenter", "programmer", "salesperson", "cashier", "receptionist", "secretary", "advisor", "adviser", "counselor", "counsellor", "inspector",
         "investigator", "planner", "producer", "photographer", "journalist", "reporter", "musician", "artist", "actor", "actress", "dancer",
         "executive", "intern", "worker", "labourer", "laborer", "firefighter", "paramedic", "veterinarian", "economist", "statistician", "auditor",
         "broker", "banker", "trader", "underwriter", "surveyor", "tutor", "instructor", "trainer", "coach", "psychologist", "psychiatrist",
         "optometrist", "radiographer", "midwives", "caretaker", "janitor", "housekeeper", "nanny", "babysitter", "waiter", "waitress", "bartender",
         "barista", "baker", "butcher", "farmer", "gardener", "fisherman", "miner", "welder", "machinist", "fitter", "tailor", "hairdresser",
         "barber", "stylist", "translator", "interpreter", "curator", "archivist", "historian", "geologist", "chemist", "biologist", "physicist",
         "mathematician", "economist", "diplomat", "paralegal", "notary", "buyer", "merchandiser", "estimator", "dispatcher", "courier",
         "postman", "cartographer", "animator", "illustrator", "copywriter", "strategist", "recruiter", "officer", "ceo", "cto", "cfo", "founder",
         "president", "vice-president", "chairman", "chairwoman", "chairperson", "nurse", "doctor", "sergeant", "lieutenant", "captain", "ranger",
         "guard", "detective", "sheriff", "constable", "scientist", "hygienist", "dietitian", "nutritionist", "pathologist", "therapist",
         "technologist", "lead", "head", "partner", "associate", "agent", "controller", "treasurer", "overseer", "foreman", "steward", "porter"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that end a line of a letter or form but are no job: "Best regards, Head" cannot happen, but "Team lead" can.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotFirst = new HashSet<string>(
        ["the", "a", "an", "my", "your", "our", "dear", "hi", "hello", "to", "from", "call", "contact", "ask", "email", "for", "with", "and", "or",
         "is", "was", "are", "by", "of", "please", "thanks", "thank", "re", "fw", "fwd", "no", "not", "any", "every", "each", "this", "that"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<string> EmploymentWords = SearchValues.Create(
        ["work", "employ", "hired", "job", "position", "career", "serve", "served", "joined", "quit", "retired"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> LicenceKeys = SearchValues.Create(
        ["driver's licen", "drivers licen", "driver licen", "driver’s licen", "driving licen", "drivers' licen", "DL#", "DL #", "DL no", "DL number", "DLN"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LicenceFillers = new HashSet<string>(
        ["number", "no", "num", "nr", "is", "was", "id", "of", "my", "the", "it's", "its", "reads", "shows", "card"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Find(PiiScan scan)
    {
        var text = scan.Text;
        Lines(scan, text);
        AsTitles(scan, text);
        Appositives(scan, text);
        Licences(scan, text);
    }

    // A line of one to four words, letters only, whose last word is a job word; the line before it is not empty text
    // of a sentence (a name, another field), so a heading or a sentence line is not read as a title.
    private static void Lines(PiiScan scan, string text)
    {
        var p = 0;
        while (p < text.Length)
        {
            var nl = text.IndexOf('\n', p);
            var end = nl < 0 ? text.Length : nl;
            if (p > 0 && end - p is > 2 and <= 60)
            {
                Line(scan, text, p, end);
            }

            if (nl < 0)
            {
                return;
            }

            p = nl + 1;
        }
    }

    private static void Line(PiiScan scan, string text, int start, int end)
    {
        var s = start;
        while (s < end && text[s] is ' ' or '\t' or '>' or '-' or '*')
        {
            s++;
        }

        var e = end;
        while (e > s && text[e - 1] is ' ' or '\t' or '\r' or ',' or '.')
        {
            e--;
        }

        if (e - s < 3)
        {
            return;
        }

        var words = 0;
        var lastStart = s;
        var firstEnd = -1;
        for (var k = s; k < e; k++)
        {
            var c = text[k];
            if (c == ' ')
            {
                if (k + 1 < e && text[k + 1] != ' ')
                {
                    words++;
                    lastStart = k + 1;
                    if (firstEnd < 0)
                    {
                        firstEnd = k;
                    }
                }
            }
            else if (!char.IsLetter(c) && c is not ('\'' or '-' or '&' or '/' or ','))
            {
                return;
            }
        }

        // Bogus-style titles list duties with commas: "Court, municipal, and license clerk".
        words++;
        if (words > 6 || (words > 4 && text.AsSpan(s, e - s).IndexOf(',') < 0) || !JobWords.Contains(text.AsSpan(lastStart, e - lastStart)) || NotFirst.Contains(text.AsSpan(s, (firstEnd < 0 ? e : firstEnd) - s)))
        {
            return;
        }

        scan.Emit("TITLE", s, e, LineScore);
    }

    // "Hijacinta Godina, the Technical writer, said": one to three words between ", the " and a comma, the last a job word.
    private static void Appositives(PiiScan scan, string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOf(", the ", StringComparison.Ordinal);
            if (k < 0)
            {
                return;
            }

            var s = i + k + 6;
            i = s;
            var q = s;
            for (var w = 0; w < 3 && q < text.Length; w++)
            {
                var we = q;
                while (we < text.Length && (char.IsLetter(text[we]) || text[we] is '-' or '\''))
                {
                    we++;
                }

                if (we == q || we >= text.Length || text[we] is not (' ' or ','))
                {
                    break;
                }

                if (text[we] == ',')
                {
                    if (JobWords.Contains(text.AsSpan(q, we - q)))
                    {
                        scan.Emit("TITLE", s, we, AsScore);
                        i = we;
                    }

                    break;
                }

                q = we + 1;
            }
        }
    }

    // "worked for Acme as Midwife", "hired as a senior data analyst".
    private static void AsTitles(PiiScan scan, string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOf(" as ", StringComparison.OrdinalIgnoreCase);
            if (k < 0)
            {
                return;
            }

            var p = i + k;
            i = p + 4;
            var from = Math.Max(0, p - 80);
            if (text.AsSpan(from, p - from).IndexOfAny(EmploymentWords) < 0)
            {
                continue;
            }

            var s = p + 4;
            if (text.AsSpan(s).StartsWith("a ", StringComparison.OrdinalIgnoreCase))
            {
                s += 2;
            }
            else if (text.AsSpan(s).StartsWith("an ", StringComparison.OrdinalIgnoreCase))
            {
                s += 3;
            }

            // Up to four words; the title ends at its last job word.
            var q = s;
            var end = -1;
            for (var w = 0; w < 4 && q < text.Length; w++)
            {
                var we = q;
                while (we < text.Length && (char.IsLetter(text[we]) || text[we] is '-' or '\''))
                {
                    we++;
                }

                if (we == q)
                {
                    break;
                }

                if (JobWords.Contains(text.AsSpan(q, we - q)))
                {
                    end = we;
                }

                if (we >= text.Length || text[we] != ' ')
                {
                    break;
                }

                q = we + 1;
            }

            if (end > s)
            {
                scan.Emit("TITLE", s, end, AsScore);
                i = end;
            }
        }
    }

    // "driver's license number is 2270-66-1551", "DL# D123-4567": the first token with at least four digits within a
    // few words after the phrase.
    private static void Licences(PiiScan scan, string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(LicenceKeys);
            if (k < 0)
            {
                return;
            }

            var p = i + k;
            i = p + 2;
            if (p > 0 && char.IsLetter(text[p - 1]))
            {
                continue;
            }

            // Past the phrase's last word ("license", "licence"; "DL" itself), then filler words ("number", "is") up to the number.
            var lic = text.AsSpan(p, Math.Min(20, text.Length - p)).IndexOf("licen", StringComparison.OrdinalIgnoreCase);
            var q = lic >= 0 ? p + lic : p + 2;
            while (q < text.Length && char.IsLetter(text[q]))
            {
                q++;
            }

            for (var w = 0; w < 5 && q < text.Length; w++)
            {
                while (q < text.Length && text[q] is ' ' or ':' or '#' or '.' or '=' or ',')
                {
                    q++;
                }

                var te = q;
                while (te < text.Length && te - q < 24 && (char.IsAsciiLetterOrDigit(text[te]) || text[te] is '-' or '\''))
                {
                    te++;
                }

                if (te == q)
                {
                    break;
                }

                var token = text.AsSpan(q, te - q).TrimEnd('-');
                var digits = CountDigits(token);
                if (digits >= 4 && token.Length is >= 5 and <= 20 && (te >= text.Length || !char.IsLetterOrDigit(text[te])))
                {
                    scan.Emit("US_DRIVER_LICENSE", q, q + token.Length, LicenceScore);
                    i = te;
                    break;
                }

                if (digits > 0 || !LicenceFillers.Contains(token))
                {
                    break;
                }

                q = te;
            }
        }
    }

    private static int CountDigits(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                n++;
            }
        }

        return n;
    }
}
