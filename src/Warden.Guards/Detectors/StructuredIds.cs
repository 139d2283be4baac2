using System.Net;
using System.Net.Sockets;

namespace Warden.Guards.Detectors;

/// <summary>
/// Decides what a match of <see cref="PiiPatterns.Structured"/> or <see cref="PiiPatterns.NationalId"/> is from its
/// characters (no capture groups, so no per-match allocations), then validates it: checksums for cards, IBANs, NHS,
/// NIF and Aadhaar numbers, structure for SSNs and IPs, and context words for weak shapes such as bare digit runs.
/// </summary>
internal static class StructuredIds
{
    private static readonly string[] PhoneContext = ["phone", "tel", "call", "mobile", "cell", "fax", "contact", "reach", "number", "text me", "whatsapp", "messages to", "message me", "answering at", "registered", "dial", "sms", "landline", "telefon", "téléphone", "teléfono", "telefono", "номер", "電話"];
    private static readonly string[] NotPhoneContext = ["part number", "part no", "part #", "order", "invoice", "tracking", "serial", "model", "sku", "version", "build", "isbn", "item no", "item #", "ticket", "ref:", "ref.", "ref #", "reference", "case no", "case #", "batch", "lot no", "lot #"];
    private static readonly string[] NhsContext = ["nhs"];
    private static readonly string[] CardContext = ["card"];
    private static readonly string[] SsnContext = ["ssn", "social security"];
    private static readonly string[] VersionContext = ["version", "v."];
    private static readonly string[] AadhaarContext = ["aadhaar", "aadhar", "uidai", "आधार"];

    public static void Classify(PiiScan scan, int s, int length)
    {
        var value = scan.Text.AsSpan(s, length);
        var e = s + length;
        if (value.Contains('@'))
        {
            scan.Emit("EMAIL_ADDRESS", s, e, 0.95);
            return;
        }

        var c0 = value[0];
        if (length >= 12 && char.IsAsciiLetterUpper(c0) && char.IsAsciiLetterUpper(value[1]) && char.IsAsciiDigit(value[2]) && char.IsAsciiDigit(value[3]))
        {
            if (Checksums.Iban(value))
            {
                scan.Emit("IBAN_CODE", s, e, 0.97);
            }

            return;
        }

        if (IsMac(value))
        {
            scan.Emit("MAC_ADDRESS", s, e, 0.85);
            return;
        }

        if (IsIpv4(value))
        {
            scan.Emit("IP_ADDRESS", s, e, scan.Near(s, VersionContext) ? 0.3 : 0.9);
            return;
        }

        if (value.Contains(':'))
        {
            if (value.Count(':') >= 2 && IPAddress.TryParse(value, out var ip) && ip.AddressFamily == AddressFamily.InterNetworkV6 && value.ContainsAnyExcept(":0123456789"))
            {
                scan.Emit("IP_ADDRESS", s, e, 0.85);
            }

            return;
        }

        if (length == 9 && char.IsAsciiLetterUpper(value[8]) && (c0 is 'X' or 'Y' or 'Z' || char.IsAsciiDigit(c0)) && IsDigits(value[1..8]))
        {
            if (Checksums.SpanishNif(value))
            {
                scan.Emit("ES_NIF", s, e, 0.85);
            }

            return;
        }

        if ((length >= 26 && c0 is '1' or '3' or 'b' && !value.ContainsAny(" -.()+")) || value.StartsWith("0x", StringComparison.Ordinal))
        {
            if (value.StartsWith("0x", StringComparison.Ordinal) || value.StartsWith("bc1", StringComparison.Ordinal) || Checksums.Base58Check(value.ToString()))
            {
                scan.Emit("CRYPTO", s, e, 0.9);
            }

            return;
        }

        Numeric(scan, s, value);
    }

    /// <summary>Digit groups with separators: SSN, card, NHS, or a phone number when the shape and context say so.</summary>
    private static void Numeric(PiiScan scan, int s, ReadOnlySpan<char> value)
    {
        var e = s + value.Length;
        var x = value.IndexOfAny('x', 'e');
        var digits = DigitCount(x > 0 ? value[..x] : value); // an extension ("x123", "ext. 45") is not part of the number
        if (value.Length == 11 && value[3] is '-' or ' ' && value[6] == value[3] && digits == 9)
        {
            if (Checksums.UsSsn(value))
            {
                scan.Emit("US_SSN", s, e, value[3] == '-' || scan.Near(s, SsnContext) ? 0.85 : 0.6);
            }

            return;
        }

        // Maestro numbers may have 12 digits ("5018 6466 7909"): with a card word before them and a valid Luhn digit they are
        // cards. Otherwise a grouped 12-digit number goes on to the phone rules below, as before; a 12-digit run is as often
        // a phone or an order number.
        if (digits == 12 && value[0] is '5' or '6' && IsCardShape(value) && Checksums.Luhn(value) && scan.Near(s, CardContext))
        {
            scan.Emit("CREDIT_CARD", s, e, 0.8);
            return;
        }

        // "+447700677662": a plus sign and 12 digits is an international phone number (E.164), not a card or an order number.
        if (digits == 12 && value[0] != '+' && !value.ContainsAny(" -."))
        {
            return; // a bare 12-digit run is matched only for the Maestro test above
        }

        if (digits is >= 13 and <= 19 && IsCardShape(value))
        {
            // Issuer prefixes start with 2-6; JCB's older 15-digit range starts with 1800.
            if (Checksums.Luhn(value) && (value[0] is '2' or '3' or '4' or '5' or '6' || (digits == 15 && value.StartsWith("1800", StringComparison.Ordinal))))
            {
                scan.Emit("CREDIT_CARD", s, e, 0.95);
            }
            else if (digits <= 13 && !scan.Near(s, NotPhoneContext, 25))
            {
                scan.Emit("PHONE_NUMBER", s, e, scan.Near(s, PhoneContext) ? 0.8 : 0.6);
            }

            return;
        }

        if (digits == 10 && value.Length <= 12 && scan.Near(s, NhsContext) && Checksums.NhsNumber(value))
        {
            scan.Emit("UK_NHS", s, e, 0.9);
            return;
        }

        if (digits == 10 && value.Length == 10)
        {
            // A bare ten-digit run: an NHS number with its context and checksum, a phone number with phone context.
            if (scan.Near(s, NhsContext) && Checksums.NhsNumber(value))
            {
                scan.Emit("UK_NHS", s, e, 0.9);
            }
            else if (scan.Near(s, PhoneContext) && !scan.Near(s, NotPhoneContext, 25))
            {
                scan.Emit("PHONE_NUMBER", s, e, 0.75);
            }

            return;
        }

        if (IsAadhaarShape(value) && Checksums.Verhoeff(value))
        {
            return; // left to the national-id pass, which knows its context
        }

        var plus = value[0] == '+';
        var strong = plus || value.StartsWith("00", StringComparison.Ordinal) || value.Contains('(') || (digits >= 10 && value.ContainsAny(" .-"));
        var context = scan.Near(s, PhoneContext);
        if (digits is >= 7 and <= 15 && (strong || context) && !IsDateLike(value) && (plus || !scan.Near(s, NotPhoneContext, 25))
            && (plus || context || !scan.After(e, NotPhoneContext, 30)))
        {
            scan.Emit("PHONE_NUMBER", s, e, strong && context ? 0.9 : strong ? 0.7 : 0.6);
        }
    }

    public static void NationalId(PiiScan scan, int s, int length)
    {
        var value = scan.Text.AsSpan(s, length);
        var e = s + length;
        if (char.IsAsciiDigit(value[0]))
        {
            if (Checksums.Verhoeff(value) && value[0] is >= '2' and <= '9')
            {
                var context = scan.Near(s, AadhaarContext, 60);
                scan.Emit("IN_AADHAAR", s, e, context ? 0.95 : value.Contains(' ') || value.Contains('-') ? 0.55 : 0.45);
            }
        }
        else if (length == 10 && char.IsAsciiDigit(value[5]))
        {
            scan.Emit("IN_PAN", s, e, 0.7);
        }
        else if (Checksums.UkNino(value))
        {
            scan.Emit("UK_NINO", s, e, 0.85);
        }
    }

    private static bool IsAadhaarShape(ReadOnlySpan<char> v) =>
        v.Length == 14 && v[4] is ' ' or '-' && v[9] == v[4] && IsDigits(v[..4]) && IsDigits(v.Slice(5, 4)) && IsDigits(v[10..]) && v[0] is >= '2' and <= '9';

    private static bool IsCardShape(ReadOnlySpan<char> v)
    {
        // 4-4-4-(1..7) with optional single separators, or 4-6-5 (American Express).
        Span<int> groups = stackalloc int[8];
        var n = 0;
        var run = 0;
        foreach (var c in v)
        {
            if (char.IsAsciiDigit(c))
            {
                run++;
                continue;
            }

            if (c is not ' ' and not '-' || run == 0 || n == 7)
            {
                return false;
            }

            groups[n++] = run;
            run = 0;
        }

        groups[n++] = run;
        if (n == 1)
        {
            return true;
        }

        if (n == 3 && groups[0] == 4 && groups[1] == 6 && groups[2] == 5)
        {
            return true;
        }

        for (var i = 0; i < n - 1; i++)
        {
            if (groups[i] % 4 != 0)
            {
                return false;
            }
        }

        return groups[0] == 4 || groups[0] == 8 || groups[0] == 12;
    }

    private static bool IsMac(ReadOnlySpan<char> v)
    {
        if (v.Length != 17)
        {
            return false;
        }

        for (var i = 0; i < 17; i++)
        {
            var ok = i % 3 == 2 ? v[i] is ':' or '-' : char.IsAsciiHexDigit(v[i]);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsIpv4(ReadOnlySpan<char> v)
    {
        var parts = 0;
        var i = 0;
        while (i <= v.Length)
        {
            var start = i;
            var n = 0;
            while (i < v.Length && char.IsAsciiDigit(v[i]))
            {
                n = (n * 10) + (v[i] - '0');
                i++;
            }

            if (i == start || i - start > 3 || n > 255)
            {
                return false;
            }

            parts++;
            if (i == v.Length)
            {
                return parts == 4;
            }

            if (v[i] != '.' || parts == 4)
            {
                return false;
            }

            i++;
        }

        return false;
    }

    private static bool IsDigits(ReadOnlySpan<char> v) => v.Length > 0 && !v.ContainsAnyExceptInRange('0', '9');

    private static int DigitCount(ReadOnlySpan<char> value)
    {
        var n = 0;
        foreach (var c in value)
        {
            n += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return n;
    }

    internal static bool IsDateLike(ReadOnlySpan<char> value) =>
        (value.Length <= 10 && (value.Count('/') == 2 || (value.Count('.') == 2 && value.Length <= 10) || (value.Count('-') == 2 && value.Length == 10 && value[4] == '-')))
        || (value.Length > 10 && value[4] == '-' && value[7] == '-' && value[10] is ' ' or 'T' && value[..2] is "19" or "20"); // "2019-11-02 14:30"
}
