using System.Buffers;
using System.Net;
using System.Text.RegularExpressions;

namespace Warden.Guards.Detectors;

/// <summary>
/// Personal data with Presidio's type names. Structured identifiers are validated (Luhn, mod-97, SSN rules,
/// Base58Check, IP parsing); weaker shapes (phone numbers, bare 9-digit numbers) need a context word nearby.
/// Names and places come from <see cref="NameFinder"/>. Overlaps keep the higher-confidence finding.
/// </summary>
internal sealed class PiiDetector(double threshold) : IGuardDetector
{
    private static readonly string[] PhoneContext = ["phone", "tel", "call", "mobile", "cell", "fax", "contact", "reach", "number", "text me", "whatsapp", "telefon", "téléphone", "teléfono", "telefono", "номер", "電話"];
    private static readonly string[] NhsContext = ["nhs"];
    private static readonly string[] DobContext = ["born", "birth", "dob", "d.o.b", "geboren", "né le", "née le", "nacido", "nascimento"];
    private static readonly string[] AadhaarContext = ["aadhaar", "aadhar", "uidai", "आधार"];

    private static readonly SearchValues<string> StreetKeys = SearchValues.Create(
        [" Street", " St", " Avenue", " Ave", " Road", " Rd", " Boulevard", " Blvd", " Lane", " Ln", " Drive", " Dr", " Court", " Ct", " Way", " Place",
         " Pl", " Square", " Sq", " Terrace", " Ter", " Parkway", " Pkwy", " Circle", " Cir", " Highway", " Hwy", " Trail", " Trl", " Crescent",
         " Close", " Alley", " Row", " Plaza", " Loop", " Path", " Pike", " Run", " Walk", " Crossing", " Point", " Ridge", " Hill", " View", " Park",
         " Gardens", " Heights", " Mews", " Green", " Grove", " Rise", "straße", "strasse", "str.", "weg ", "allee", "platz", "gasse", "ring ", "damm",
         "gracht", "laan", "straat", "vägen", "gatan", " rue ", " avenue ", " boulevard ", " place ", " chemin ", " allée ", " impasse ", " quai ",
         "Calle ", "Avenida ", "Av. ", "Via ", "Viale ", "Piazza ", "Corso ", "Rua ", "Travessa ", "Plaza ", "Paseo "],
        StringComparison.Ordinal);

    private static readonly SearchValues<string> OrgKeys = SearchValues.Create(
        [" Inc", " LLC", " Ltd", " Limited", " Corp", " Company", " Co", " GmbH", " AG", " SA", " PLC", " plc", " BV", " NV", " AB", " Group", " Holdings",
         " Partners", " Associates", " Bank", " University", " Institute", " Foundation", " Hospital", " Labs", " Technologies", " Systems",
         " Solutions", " Industries", " Enterprises", " Consulting", " Ventures", " Capital", " and ", " & ", "-and ", "-& "],
        StringComparison.Ordinal);

    public string Name => DetectorNames.Pii;

    public string Version => "1.0";

    public void Scan(string text, GuardScanContext context, ICollection<GuardFinding> findings)
    {
        if (text.Length < 2)
        {
            return;
        }

        var found = new List<GuardFinding>();
        void Emit(string type, int start, int end, double score) => found.Add(new GuardFinding(Name, type, start, end, score, Version));

        // Prefilter: every structured shape, date, street number and postcode contains a digit (or '@'), so the
        // regexes only run on the few words around digits instead of the whole text.
        var tight = ScanRegions.AroundDigits(text, 0, 1);
        ScanRegions.Matches(PiiPatterns.Structured(), text, tight, m => Structured(text, m, Emit));
        if (tight.Count > 0)
        {
            var near = ScanRegions.AroundDigits(text, 2, 2);
            ScanRegions.Matches(PiiPatterns.Date(), text, near, m => Emit("DATE_TIME", m.Index, m.Index + m.Length, Near(text, m.Index, DobContext) ? 0.8 : 0.6));
            ScanRegions.Matches(PiiPatterns.PostalCode(), text, near, m =>
            {
                var v = m.Groups["v"];
                Emit("LOCATION", v.Index, v.Index + v.Length, 0.55);
            });
            ScanRegions.Matches(PiiPatterns.NationalId(), text, tight, m => NationalId(text, m, Emit));
            ScanRegions.Matches(PiiPatterns.StreetAddress(), text, ScanRegions.AroundKeys(text, StreetKeys, 6, 5), m => Emit("STREET_ADDRESS", m.Index, m.Index + m.Length, 0.8));
        }

        NameFinder.Find(text, Emit);
        ScanRegions.Matches(PiiPatterns.Organization(), text, ScanRegions.AroundKeys(text, OrgKeys, 5, 1), m => Emit("ORGANIZATION", m.Index, m.Index + m.Length, 0.55));

        // Higher score wins an overlap; ties keep the earlier-emitted (more specific) detector.
        var accepted = new List<GuardFinding>();
        foreach (var f in found.Select((f, i) => (f, i)).OrderByDescending(x => x.f.Score).ThenBy(x => x.i).Select(x => x.f))
        {
            if (f.Score >= threshold && !accepted.Exists(a => a.Start < f.End && f.Start < a.End))
            {
                accepted.Add(f);
            }
        }

        foreach (var f in accepted.OrderBy(f => f.Start))
        {
            findings.Add(f);
        }
    }

    private static void Structured(string text, Match m, Action<string, int, int, double> emit)
    {
        var value = m.ValueSpan;
        int s = m.Index, e = m.Index + m.Length;
        if (m.Groups["EMAIL_ADDRESS"].Success)
        {
            emit("EMAIL_ADDRESS", s, e, 0.95);
        }
        else if (m.Groups["IBAN_CODE"].Success)
        {
            if (Checksums.Iban(value))
            {
                emit("IBAN_CODE", s, e, 0.97);
            }
        }
        else if (m.Groups["MAC_ADDRESS"].Success)
        {
            emit("MAC_ADDRESS", s, e, 0.85);
        }
        else if (m.Groups["IP_ADDRESS"].Success)
        {
            emit("IP_ADDRESS", s, e, Near(text, s, ["version", "v."]) ? 0.3 : 0.9);
        }
        else if (m.Groups["IPV6"].Success)
        {
            if (value.Count(':') >= 2 && IPAddress.TryParse(value, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && value.ContainsAnyExcept(":0123456789"))
            {
                emit("IP_ADDRESS", s, e, 0.85);
            }
        }
        else if (m.Groups["CRYPTO"].Success)
        {
            var v = m.Value;
            if (v.StartsWith("0x", StringComparison.Ordinal) || v.StartsWith("bc1", StringComparison.Ordinal) || Checksums.Base58Check(v))
            {
                emit("CRYPTO", s, e, 0.9);
            }
        }
        else if (m.Groups["US_SSN"].Success)
        {
            if (Checksums.UsSsn(value))
            {
                emit("US_SSN", s, e, value.Contains('-') || Near(text, s, ["ssn", "social security"]) ? 0.85 : 0.6);
            }
        }
        else if (m.Groups["CREDIT_CARD"].Success)
        {
            if (Checksums.Luhn(value) && value[0] is '2' or '3' or '4' or '5' or '6')
            {
                emit("CREDIT_CARD", s, e, 0.95);
            }
            else if (LooksLikePhone(value))
            {
                emit("PHONE_NUMBER", s, e, Near(text, s, PhoneContext) ? 0.8 : 0.6);
            }
        }
        else if (m.Groups["UK_NHS"].Success)
        {
            if (Near(text, s, NhsContext) && Checksums.NhsNumber(value))
            {
                emit("UK_NHS", s, e, 0.9);
            }
            else
            {
                emit("PHONE_NUMBER", s, e, Near(text, s, PhoneContext) ? 0.85 : 0.65);
            }
        }
        else if (m.Groups["ES_NIF"].Success)
        {
            if (Checksums.SpanishNif(value))
            {
                emit("ES_NIF", s, e, 0.85);
            }
        }
        else if (m.Groups["PHONE_NUMBER"].Success)
        {
            var digits = DigitCount(value);
            var strong = value[0] == '+' || value.Contains('(') || (digits >= 10 && value.ContainsAny(" .-"));
            var context = Near(text, s, PhoneContext);
            if (digits is >= 7 and <= 15 && (strong || context) && !IsDateLike(value))
            {
                emit("PHONE_NUMBER", s, e, strong && context ? 0.9 : strong ? 0.7 : 0.6);
            }
        }
    }

    private static void NationalId(string text, Match m, Action<string, int, int, double> emit)
    {
        var value = m.ValueSpan;
        int s = m.Index, e = m.Index + m.Length;
        if (m.Groups["UK_NINO"].Success)
        {
            if (Checksums.UkNino(value))
            {
                emit("UK_NINO", s, e, 0.85);
            }
        }
        else if (m.Groups["IN_AADHAAR"].Success)
        {
            if (Checksums.Verhoeff(value) && value[0] is >= '2' and <= '9')
            {
                emit("IN_AADHAAR", s, e, Near(text, s, AadhaarContext) ? 0.9 : 0.45);
            }
        }
        else if (m.Groups["IN_PAN"].Success)
        {
            emit("IN_PAN", s, e, 0.7);
        }
    }

    private static bool LooksLikePhone(ReadOnlySpan<char> value) => DigitCount(value) is >= 10 and <= 13;

    private static int DigitCount(ReadOnlySpan<char> value)
    {
        var n = 0;
        foreach (var c in value)
        {
            n += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return n;
    }

    private static bool IsDateLike(ReadOnlySpan<char> value) =>
        value.Length <= 10 && (value.Count('/') == 2 || (value.Count('.') == 2 && value.Length <= 10) || (value.Count('-') == 2 && value.Length == 10 && value[4] == '-'));

    private static bool Near(string text, int index, string[] words)
    {
        var from = Math.Max(0, index - 40);
        var window = text.AsSpan(from, index - from);
        foreach (var w in words)
        {
            if (window.Contains(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
