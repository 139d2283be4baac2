namespace Warden.Guards.Text;

/// <summary>
/// Splits a long normalised text into consecutive windows of whole sentences, so one injected instruction inside a
/// long benign document is scored on its own instead of being diluted by the document's length.
/// </summary>
internal static class TextWindows
{
    /// <summary>Texts shorter than this are only scored whole.</summary>
    public const int MinTextLength = 400;

    private const int MinWindow = 80;
    private const int MaxWindow = 320;
    private const int MaxWindows = 64;

    /// <summary>Window (start, length) pairs covering <paramref name="text"/>; empty for short texts. At most 64 windows.</summary>
    public static List<(int Start, int Length)> Split(string text)
    {
        var windows = new List<(int Start, int Length)>();
        if (text.Length < MinTextLength)
        {
            return windows;
        }

        var start = 0;
        var lastBoundary = -1;
        for (var i = 0; i < text.Length && windows.Count < MaxWindows; i++)
        {
            var boundary = text[i] == '\n' || (text[i] is '.' or '!' or '?' or '。' or '！' or '？' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i] > 0x3000));
            if (boundary)
            {
                if (i + 1 - start >= MinWindow)
                {
                    Add(windows, text, start, i + 1);
                    start = i + 1;
                    lastBoundary = -1;
                    continue;
                }

                lastBoundary = i + 1;
            }

            if (i + 1 - start >= MaxWindow)
            {
                // A long stretch without a sentence end: cut at the last sentence end, else at a space.
                var cut = lastBoundary > start ? lastBoundary : LastSpace(text, start, i + 1);
                Add(windows, text, start, cut);
                start = cut;
                lastBoundary = -1;
            }
        }

        if (windows.Count < MaxWindows && text.Length - start > 0)
        {
            Add(windows, text, start, text.Length);
        }

        return windows;
    }

    private static int LastSpace(string text, int start, int end)
    {
        for (var k = end - 1; k > start + MinWindow; k--)
        {
            if (text[k] == ' ')
            {
                return k + 1;
            }
        }

        return end;
    }

    private static void Add(List<(int Start, int Length)> windows, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (end - start >= 8)
        {
            windows.Add((start, end - start));
        }
    }
}
