namespace Warden.Guards.Detectors;

/// <summary>
/// Keys typed by hand and handed to a signing or cipher call (<c>new SecretKeySpec("hebfqxmqxhxg24pk".getBytes(), "AES")</c>,
/// <c>new HMACSHA256(Encoding.ASCII.GetBytes("OMnLBWOdlQck"))</c>): an AES-128 key is 16 typed characters, often without
/// mixed case or digits, so the generated-looking test misses it. The call says the literal is a key; the value only has
/// to show it was not typed as words: letter pairs that English rarely writes, or letters and digits mixed throughout.
/// </summary>
internal static class SecretTypedKeys
{
    /// <summary>
    /// For each first letter, the second letters of the letter pairs that are common in English prose: the 257 pairs seen
    /// 150 times or more in this repository's own documentation (docs/*.md and README.md, about 100,000 words). Any
    /// other pair ("qx", "bw", "lq") is rare in words.
    /// </summary>
    private static readonly string[] CommonPairs =
    [
        "bcdfgiklmnprstuvy", "aeiloruy", "aehiklorstuy", "adeiorsu", "acdefgilmnpqrstvwxy", "aefilortu", "aeghinorsu",
        "aeiort", "acdefgklmnoprstvx", "e", "eins", "adefilostuvy", "abdefimopsuy", "acdefgiklnostuy", "abcdfgiklmnoprstuvw",
        "aehiloprstu", "u", "acdegiklmnorstuy", "acehikmopstuwy", "acehilorstuwy", "abcdegilmnoprst", "aei", "aehinors",
        "aet", "opst", "",
    ];

    private static readonly uint[] CommonMask = BuildMask();

    private static readonly System.Buffers.SearchValues<char> KeyChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#^&*+-_~?=");

    private static readonly string[] KeyboardRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    private static uint[] BuildMask()
    {
        var mask = new uint[26];
        for (var a = 0; a < 26; a++)
        {
            foreach (var b in CommonPairs[a])
            {
                mask[a] |= 1u << (b - 'a');
            }
        }

        return mask;
    }

    /// <summary>
    /// 0.7 when <paramref name="value"/> (a literal at a signing call's key position that failed the generated-looking
    /// test) is one token of 12-64 key characters, not a placeholder, sequence, keyboard walk, word or name, and either
    /// (a) at least 4 of its letter pairs, and 40% of them, are rare in English (digits read as the letters they stand
    /// for in "p4ssw0rd"), or (b) letters and digits switch 6+ times with 5+ different digits ("a123d5s7w9a8c5ef",
    /// "7a718aad59ea4d97"; "h3ll0w0rld2024" uses 4). Otherwise 0.
    /// </summary>
    public static double Score(string value)
    {
        if (value.Length is < 12 or > 64 || value.AsSpan().ContainsAnyExcept(KeyChars) || !value.Any(char.IsAsciiLetter)
            || SecretValues.LooksLikePlaceholder(value) || SecretValues.IsSequenceLike(value) || SecretValues.IsNamedValue(value))
        {
            return 0;
        }

        int pairs = 0, rare = 0, keyboard = 0, switches = 0, digits = 0;
        var prev = '\0';
        for (var i = 0; i < value.Length; i++)
        {
            var c = Fold(value[i]);
            if (char.IsAsciiLetterLower(c) && char.IsAsciiLetterLower(prev))
            {
                pairs++;
                if ((CommonMask[prev - 'a'] & (1u << (c - 'a'))) == 0)
                {
                    rare++;
                }

                if (KeyboardNeighbours(prev, c))
                {
                    keyboard++;
                }
            }

            if (i > 0 && char.IsAsciiLetterOrDigit(value[i]) && char.IsAsciiLetterOrDigit(value[i - 1]) && char.IsAsciiDigit(value[i]) != char.IsAsciiDigit(value[i - 1]))
            {
                switches++;
            }

            if (char.IsAsciiDigit(value[i]))
            {
                digits |= 1 << (value[i] - '0');
            }

            prev = c;
        }

        if (pairs > 0 && keyboard * 2 >= pairs)
        {
            return 0; // "asdfghjklzxcvbnm": a walk along a keyboard row
        }

        var letterPairs = rare >= 4 && rare * 5 >= pairs * 2;
        var mixed = switches >= 6 && System.Numerics.BitOperations.PopCount((uint)digits) >= 5;
        return letterPairs || mixed ? 0.7 : 0;
    }

    /// <summary>Lower case, with the digits and '@' that stand for letters in typed words ("p4ssw0rd", "s3cr3t") read as those letters.</summary>
    private static char Fold(char c) => c switch
    {
        '0' => 'o',
        '1' => 'l',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        '@' => 'a',
        _ => char.ToLowerInvariant(c),
    };

    private static bool KeyboardNeighbours(char a, char b)
    {
        foreach (var row in KeyboardRows)
        {
            var i = row.IndexOf(a, StringComparison.Ordinal);
            if (i >= 0)
            {
                var j = row.IndexOf(b, StringComparison.Ordinal);
                return j >= 0 && Math.Abs(i - j) == 1;
            }
        }

        return false;
    }
}
