using System.Buffers;
using System.Text;

namespace Warden.Guards.Detectors;

/// <summary>
/// A number right after a phone word, in any of the languages the field labels know: "Meu telefone é 912345670",
/// "Mitt telefonnummer är: +46(0)31555010", "My phone is 0151/55501234", "Tel: (+31)20-5550123". The shape regex needs
/// separators and short groups, so bare runs ("07700900123"), long groups ("021 987650123"), a slash ("0151/55501234"),
/// a hyphen next to a space ("0151 -55501234"), a bracketed country code ("(+31)20") or a spaced "00 49" give nothing
/// or a part there; after a phone word the whole number is read. The phone word may be followed by a colon and by at
/// most three words of a closed list ("number", "is", "é", "är", "my", ...); any other word ends the look ("phone model
/// 2024", "Tel Aviv 6100000"). A number with no separator and no '+' / "00" also needs a colon or one of those words
/// ("cell 12345678 of the sheet" gives nothing), and one ending in "000" is a round quantity ("The phones of 15000000
/// users", lead review). Dates, IPv4 addresses and decimals are no numbers here, and a
/// validated finding on the same digits (card, SSN, IBAN, ...) or a longer phone already found is kept.
/// One vectorised search for the word stems; each hit reads at most <see cref="MaxGap"/> characters to the number and
/// <see cref="MaxNumber"/> characters of it, so the pass is linear.
/// </summary>
internal static class PiiPhoneCues
{
    private const int MaxGap = 48;

    private const int MaxNumber = 32;

    private const double Score = 0.92; // above the shape regex (0.6-0.9), below validated ids (0.95+)

    private static readonly SearchValues<string> AsciiStems = SearchValues.Create(
        ["phone", "tel", "mobil", "cell", "fax", "handy", "gsm", "celul", "puhelin", "tlf", "movil"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> OtherStems = SearchValues.Create(["tél", "móvil", "телефон"], StringComparison.OrdinalIgnoreCase);

    // Whole cue words (lower case); any word starting with one of CuePrefixes is a cue as well.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CueWords = new HashSet<string>(
        ["tel", "tlf", "cell", "fax", "gsm", "mob", "mobil", "móvil", "movil", "handy", "phone", "phones"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] CuePrefixes =
        ["phone", "telephon", "téléphon", "telefon", "teléfon", "telefoon", "mobile", "mobilnummer", "mobiltelefon", "celular", "cellulare", "cellphone",
         "handynummer", "puhelin", "телефон"];

    // Words that may stand between the phone word and the number: "number", "is", "my", in the languages of the cue words.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Fillers = new HashSet<string>(
        ["number", "no", "nr", "num", "is", "was", "me", "at", "on", "my", "our", "his", "her", "their", "of",
         "nummer", "nummern", "ist", "lautet", "mein", "meine", "unter",
         "numéro", "numero", "est", "mon", "ma", "au",
         "número", "es", "mi", "é", "meu", "minha", "e", "do", "da", "de",
         "è", "il", "mio",
         "är", "mitt", "min", "er", "mit", "nummeret", "numer", "numeret",
         "to", "jest", "mój", "moj", "je", "můj", "muj", "číslo", "cislo",
         "numaram", "numarası", "numarasi", "benim",
         "mijn", "van", "op",
         "номер", "мой"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Find(PiiScan scan)
    {
        var text = scan.Text;
        // The next non-ASCII stem is searched again only once the scan has passed it, so each search covers new text.
        var otherStems = !Ascii.IsValid(text);
        var nextOther = -1;
        Cover? cover = null;
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(AsciiStems);
            var a = k < 0 ? -1 : i + k;
            if (otherStems && nextOther < i)
            {
                var k2 = text.AsSpan(i).IndexOfAny(OtherStems);
                nextOther = k2 < 0 ? -1 : i + k2;
                otherStems = k2 >= 0;
            }

            if (otherStems && (a < 0 || nextOther < a))
            {
                a = nextOther;
            }

            if (a < 0)
            {
                break;
            }

            var ws = a;
            while (ws > 0 && ws > a - 8 && char.IsLetter(text[ws - 1]))
            {
                ws--; // "smartphone", "Mobiltelefon": the word may start before the stem
            }

            var we = a;
            while (we < text.Length && we - ws < 24 && char.IsLetter(text[we]))
            {
                we++;
            }

            i = Math.Max(we, a + 1);
            if ((ws > 0 && char.IsLetterOrDigit(text[ws - 1])) || (we < text.Length && char.IsLetterOrDigit(text[we])) || !IsCue(text.AsSpan(ws, we - ws), a - ws))
            {
                continue;
            }

            Look(scan, ws, we, ref cover);
        }

        cover?.Dispose();
    }

    private static bool IsCue(ReadOnlySpan<char> word, int stemAt)
    {
        Span<char> buf = stackalloc char[24];
        var n = word.ToLowerInvariant(buf);
        var w = buf[..n];
        if (CueWords.Contains(w))
        {
            return true;
        }

        foreach (var p in CuePrefixes)
        {
            if (w.StartsWith(p, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // "smartphone", "Mobiltelefon", "Festnetztelefon": a compound that ends in a phone word.
        return stemAt > 0 && (w.EndsWith("phone", StringComparison.Ordinal) || w.EndsWith("telefon", StringComparison.Ordinal) || w.EndsWith("telefonnummer", StringComparison.Ordinal));
    }

    private static void Look(PiiScan scan, int cueStart, int p, ref Cover? cover)
    {
        var text = scan.Text;
        var limit = Math.Min(text.Length, p + MaxGap);
        var fillers = 0;
        var colon = false;
        Span<char> buf = stackalloc char[12];
        while (p < limit)
        {
            var c = text[p];
            if (c is ' ' or '\t' or '\u00A0' or '.' or '#' or '–' or '"' or '\'' or '“' or '„' or '«')
            {
                p++;
                continue;
            }

            if (c is ':' or '=')
            {
                colon = true;
                p++;
                continue;
            }

            if (char.IsAsciiDigit(c) || c is '+' or '(')
            {
                Number(scan, cueStart, p, colon || fillers > 0, ref cover);
                return;
            }

            if (!char.IsLetter(c) || fillers == 3)
            {
                return;
            }

            var e = p;
            while (e < limit && char.IsLetter(text[e]) && e - p < 12)
            {
                e++;
            }

            if (e < text.Length && char.IsLetterOrDigit(text[e]))
            {
                return;
            }

            var n = text.AsSpan(p, e - p).ToLowerInvariant(buf);
            if (!Fillers.Contains(buf[..n]) && !IsCue(buf[..n], 0))
            {
                return;
            }

            fillers++;
            p = e;
        }
    }

    // Groups of digits, an optional leading '+', bracketed groups ("(0)", "(+31)", "( 19 )"), joined by at most two of
    // up to three of ' ', '-', '/', '.' (one mark at most: "0176 -1234", "089 / 555"); it ends at its last digit or ')'.
    private static void Number(PiiScan scan, int cueStart, int start, bool cued, ref Cover? cover)
    {
        var text = scan.Text;
        var limit = Math.Min(text.Length, start + MaxNumber);
        var p = start;
        var digits = 0;
        var groups = 0;
        var firstGroup = 0;
        var separators = false;
        var dots = false;
        var end = -1;
        var plus = text[p] == '+';
        if (plus)
        {
            p++;
        }

        while (p < limit)
        {
            // One group: a run of digits, or "(" [' '] ['+'] digits [' '] ")".
            var g = 0;
            var open = p < limit && text[p] == '(';
            if (open)
            {
                p++;
                if (p < limit && text[p] == ' ')
                {
                    p++;
                }

                if (p < limit && text[p] == '+')
                {
                    p++;
                }
            }

            while (p < limit && char.IsAsciiDigit(text[p]))
            {
                p++;
                g++;
            }

            if (g == 0)
            {
                break;
            }

            if (open)
            {
                if (p < limit && text[p] == ' ')
                {
                    p++;
                }

                if (p >= limit || text[p] != ')')
                {
                    break;
                }

                p++;
                separators = true;
            }

            digits += g;
            firstGroup = groups == 0 ? g : firstGroup;
            groups++;
            end = p;

            // The joint before the next group: nothing (after ')' or before '('), or one or two separator characters.
            var j = p;
            var marks = 0;
            while (j < limit && j - p < 3 && text[j] is ' ' or '-' or '/' or '.')
            {
                marks += text[j] == ' ' ? 0 : 1;
                dots |= text[j] == '.';
                j++;
            }

            var next = j < limit && (char.IsAsciiDigit(text[j]) || text[j] == '(');
            if (!next || marks > 1 || (j - p == 3 && marks == 0) || (j == p && text[end - 1] != ')' && text[j] != '('))
            {
                break;
            }

            separators |= j > p;
            p = j;
        }

        if (end < 0)
        {
            return;
        }

        var value = text.AsSpan(start, end - start);
        var intl = plus || value.StartsWith("00", StringComparison.Ordinal) || value.StartsWith("(+", StringComparison.Ordinal);
        if (digits < 7 || digits > (intl ? 17 : 15)
            || (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] is '.' or ',' or ':' or '/' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
            || (!separators && !intl && !cued)
            || (!separators && !intl && value.EndsWith("000", StringComparison.Ordinal)) // a round quantity: "the phone is 20000000 times faster"
            || (!separators && !intl && UnitAfter(text, end)) // a measure: "the handy runs at 12345678 rpm"
            || (dots && !intl && firstGroup < 2)
            || StructuredIds.IsDateLike(value) || StructuredIds.IsIpv4(value)
            || scan.Near(start, NotPhoneWords, start - cueStart + 8))
        {
            return;
        }

        cover ??= new Cover(scan);
        if (cover.Blocks(start, end))
        {
            return;
        }

        scan.Emit("PHONE_NUMBER", start, end, Score);
    }

    /// <summary>
    /// Per character: covered by a validated finding of another type (card, SSN, IBAN, e-mail, ...), and the widest
    /// phone candidate over it. Built once per scan, at the first number, so each number costs its own length.
    /// </summary>
    private sealed class Cover : IDisposable
    {
        private readonly int[] _phoneStart;
        private readonly int[] _phoneEnd;
        private readonly bool[] _other;

        public Cover(PiiScan scan)
        {
            var length = scan.Text.Length;
            _phoneStart = ArrayPool<int>.Shared.Rent(length);
            _phoneEnd = ArrayPool<int>.Shared.Rent(length);
            _other = ArrayPool<bool>.Shared.Rent(length);
            Array.Fill(_phoneStart, -1, 0, length);
            Array.Clear(_phoneEnd, 0, length);
            Array.Clear(_other, 0, length);
            foreach (var f in scan.Found)
            {
                if (f.Type == "PHONE_NUMBER")
                {
                    for (var c = f.Start; c < f.End; c++)
                    {
                        _phoneStart[c] = _phoneStart[c] < 0 ? f.Start : Math.Min(_phoneStart[c], f.Start);
                        _phoneEnd[c] = Math.Max(_phoneEnd[c], f.End);
                    }
                }
                else if (f.Type is not ("DATE_TIME" or "LOCATION" or "STREET_ADDRESS"))
                {
                    _other.AsSpan(f.Start, f.End - f.Start).Fill(true);
                }
            }
        }

        /// <summary>A validated id on these digits, or a phone found there that reaches outside them, is kept as it is.</summary>
        public bool Blocks(int start, int end)
        {
            for (var c = start; c < end; c++)
            {
                if (_other[c] || (_phoneStart[c] >= 0 && (_phoneStart[c] < start || _phoneEnd[c] > end)))
                {
                    return true;
                }
            }

            return false;
        }

        public void Dispose()
        {
            ArrayPool<int>.Shared.Return(_phoneStart);
            ArrayPool<int>.Shared.Return(_phoneEnd);
            ArrayPool<bool>.Shared.Return(_other);
        }
    }

    private static readonly string[] NotPhoneWords = ["order", "invoice", "tracking", "serial", "model", "sku", "version", "build", "isbn", "ticket", "reference", "batch", "part"];

    // Units and counted things that follow a quantity, not a phone number.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = new HashSet<string>(
        ["rpm", "rps", "km", "kg", "mg", "mb", "gb", "kb", "tb", "hz", "khz", "mhz", "ghz", "mph", "kph", "kmh", "km/h", "ms", "cm", "mm",
         "ml", "kwh", "kw", "mah", "dpi", "px", "fps", "bytes", "bits", "units", "pcs", "pieces", "items", "rows", "records", "users",
         "views", "times", "miles", "meters", "metres", "litres", "liters", "eur", "euro", "euros", "usd", "dollars", "pounds", "words", "pages",
         "steps", "hours", "hrs", "minutes", "min", "seconds", "sec", "years", "days", "calls", "downloads", "likes", "followers", "points", "votes"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool UnitAfter(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ')
        {
            return false;
        }

        var e = end + 1;
        while (e < text.Length && e - end <= 10 && (char.IsLetter(text[e]) || text[e] == '/'))
        {
            e++;
        }

        return e > end + 1 && (e == text.Length || !char.IsLetterOrDigit(text[e])) && Units.Contains(text.AsSpan(end + 1, e - end - 1));
    }
}
