using System.Text;

namespace Warden.Guards.Text;

/// <summary>
/// Assembles Hangul written as separate compatibility jamo ("ㅅㅣㅅㅡㅌㅔㅁ") into syllables ("시스템"), a way to hide
/// Korean words from keyword filters. NFKC alone joins a consonant and a following vowel but leaves a final consonant
/// loose. Only runs of jamo that contain a vowel are assembled, so "ㅋㅋㅋ" (laughter) and initials stay as written.
/// </summary>
internal static class HangulJamo
{
    private const char First = '\u3131';   // ㄱ
    private const char FirstVowel = '\u314F'; // ㅏ
    private const char Last = '\u3163';    // ㅣ

    // Per compatibility consonant (ㄱ..ㅎ, 30 letters): its initial-consonant index (-1 = clusters that only end a
    // syllable) and its final-consonant index (0 = doubled letters that never end a syllable).
    private static readonly sbyte[] Initial = [0, 1, -1, 2, -1, -1, 3, 4, 5, -1, -1, -1, -1, -1, -1, -1, 6, 7, 8, -1, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18];

    private static readonly sbyte[] Final = [1, 2, 3, 4, 5, 6, 7, 0, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 0, 18, 19, 20, 21, 22, 0, 23, 24, 25, 26, 27];

    /// <summary>The text with every run of compatibility jamo that contains a vowel assembled into syllables; the same instance when there is none.</summary>
    public static string Compose(string text)
    {
        var span = text.AsSpan();
        var firstVowel = span.IndexOfAnyInRange(FirstVowel, Last);
        if (firstVowel < 0)
        {
            return text;
        }

        StringBuilder? sb = null;
        var i = 0;
        while (i < span.Length)
        {
            if (!IsJamo(span[i]))
            {
                sb?.Append(span[i]);
                i++;
                continue;
            }

            var start = i;
            var hasVowel = false;
            while (i < span.Length && IsJamo(span[i]))
            {
                hasVowel |= IsVowel(span[i]);
                i++;
            }

            var run = span[start..i];
            if (!hasVowel)
            {
                sb?.Append(run);
                continue;
            }

            sb ??= new StringBuilder(text, 0, start, text.Length);
            AppendRun(run, sb);
        }

        return sb?.ToString() ?? text;
    }

    private static void AppendRun(ReadOnlySpan<char> run, StringBuilder sb)
    {
        var i = 0;
        while (i < run.Length)
        {
            var c = run[i];
            var lead = IsVowel(c) ? -1 : Initial[c - First];
            if (lead < 0 || i + 1 >= run.Length || !IsVowel(run[i + 1]))
            {
                sb.Append(c);
                i++;
                continue;
            }

            var vowel = run[i + 1] - FirstVowel;
            i += 2;
            var tail = 0;
            if (i < run.Length && !IsVowel(run[i]) && Final[run[i] - First] > 0 && !(i + 1 < run.Length && IsVowel(run[i + 1])))
            {
                tail = Final[run[i] - First];
                i++;
            }

            sb.Append((char)(0xAC00 + (((lead * 21) + vowel) * 28) + tail));
        }
    }

    private static bool IsJamo(char c) => c is >= First and <= Last;

    private static bool IsVowel(char c) => c is >= FirstVowel and <= Last;
}
