using System.Numerics;
using System.Security.Cryptography;

namespace Warden.Guards.Detectors;

/// <summary>Check-digit validation that turns "a number of the right shape" into "almost certainly that identifier".</summary>
internal static class Checksums
{
    public static bool Luhn(ReadOnlySpan<char> digits)
    {
        int sum = 0, n = 0;
        var dbl = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var c = digits[i];
            if (!char.IsAsciiDigit(c))
            {
                continue;
            }

            var d = c - '0';
            if (dbl)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            dbl = !dbl;
            n++;
        }

        return n >= 12 && sum % 10 == 0;
    }

    /// <summary>ISO 13616 mod-97 check.</summary>
    public static bool Iban(ReadOnlySpan<char> text)
    {
        Span<char> buf = stackalloc char[40];
        var n = 0;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                continue;
            }

            if (n == 40 || !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }

            buf[n++] = char.ToUpperInvariant(c);
        }

        if (n < 15)
        {
            return false;
        }

        var remainder = 0;
        for (var k = 0; k < n; k++)
        {
            var c = buf[(k + 4) % n];
            var v = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = v >= 10 ? ((remainder * 100) + v) % 97 : ((remainder * 10) + v) % 97;
        }

        return remainder == 1;
    }

    /// <summary>UK NHS number: mod-11 with weights 10..2.</summary>
    public static bool NhsNumber(ReadOnlySpan<char> text)
    {
        Span<int> d = stackalloc int[10];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == 10)
                {
                    return false;
                }

                d[n++] = c - '0';
            }
        }

        if (n != 10)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += d[i] * (10 - i);
        }

        var check = 11 - (sum % 11);
        check = check == 11 ? 0 : check;
        return check != 10 && check == d[9];
    }

    /// <summary>Spanish DNI/NIE: the letter is the number mod 23.</summary>
    public static bool SpanishNif(ReadOnlySpan<char> text)
    {
        if (text.Length != 9)
        {
            return false;
        }

        const string Letters = "TRWAGMYFPDXBNJZSQVHLCKE";
        var prefix = text[0] switch { 'X' => "0", 'Y' => "1", 'Z' => "2", _ => "" };
        var digits = prefix.Length > 0 ? prefix + text[1..8].ToString() : text[..8].ToString();
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var num)
            && char.ToUpperInvariant(text[8]) == Letters[num % 23];
    }

    /// <summary>US SSN structural rules (no 000/666/9xx area, no 00 group, no 0000 serial).</summary>
    public static bool UsSsn(ReadOnlySpan<char> text)
    {
        Span<char> d = stackalloc char[9];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == 9)
                {
                    return false;
                }

                d[n++] = c;
            }
        }

        if (n != 9 || d[..3] is "000" or "666" || d[0] == '9' || d[3..5] is "00" || d[5..] is "0000")
        {
            return false;
        }

        return !d.SequenceEqual("123456789") && d.ContainsAnyExcept(d[0]);
    }

    /// <summary>Base58Check for legacy Bitcoin addresses.</summary>
    public static bool Base58Check(string text)
    {
        const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        BigInteger value = 0;
        foreach (var c in text)
        {
            var i = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (i < 0)
            {
                return false;
            }

            value = (value * 58) + i;
        }

        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var leading = text.TakeWhile(c => c == '1').Count();
        var full = new byte[leading + bytes.Length];
        bytes.CopyTo(full, leading);
        if (full.Length != 25)
        {
            return false;
        }

        var hash = SHA256.HashData(SHA256.HashData(full.AsSpan(0, 21)));
        return hash.AsSpan(0, 4).SequenceEqual(full.AsSpan(21, 4));
    }

    /// <summary>UK National Insurance number: two prefix letters (not D, F, I, Q, U, V; second not O; not BG/GB/NK/KN/TN/NT/ZZ), six digits, suffix A-D.</summary>
    public static bool UkNino(ReadOnlySpan<char> text)
    {
        Span<char> c = stackalloc char[9];
        var n = 0;
        foreach (var ch in text)
        {
            if (ch != ' ')
            {
                if (n == 9)
                {
                    return false;
                }

                c[n++] = ch;
            }
        }

        return n == 9 && "DFIQUV".IndexOf(c[0], StringComparison.Ordinal) < 0 && "DFIQUVO".IndexOf(c[1], StringComparison.Ordinal) < 0 && c[8] is >= 'A' and <= 'D';
    }

    private static readonly byte[,] VerhoeffD =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 }, { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 }, { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 },
        { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 }, { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 },
        { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 }, { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
    };

    private static readonly byte[,] VerhoeffP =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 }, { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 }, { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 },
        { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 }, { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 }, { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
    };

    /// <summary>Verhoeff check digit (Aadhaar): the digits, including the check digit, must reduce to 0.</summary>
    public static bool Verhoeff(ReadOnlySpan<char> text)
    {
        var c = 0;
        var i = 0;
        for (var k = text.Length - 1; k >= 0; k--)
        {
            var ch = text[k];
            if (!char.IsAsciiDigit(ch))
            {
                continue;
            }

            c = VerhoeffD[c, VerhoeffP[i % 8, ch - '0']];
            i++;
        }

        return i >= 12 && c == 0;
    }
}
