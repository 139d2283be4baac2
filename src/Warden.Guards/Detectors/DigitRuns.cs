namespace Warden.Guards.Detectors;

/// <summary>
/// Walks the runs of ASCII digits in a text from left to right, finding each with one vectorised search. A caller that
/// consumes text past a run (a date, a street) moves on with <see cref="ResumeAt"/>, so no text is scanned twice.
/// </summary>
internal ref struct DigitRuns
{
    private readonly string _text;
    private int _next;

    public DigitRuns(string text) => _text = text;

    /// <summary>Index of the current run's first digit.</summary>
    public int Start { get; private set; }

    /// <summary>Index just past the current run's last digit.</summary>
    public int End { get; private set; }

    /// <summary>Digits in the current run.</summary>
    public readonly int Length => End - Start;

    /// <summary>Moves to the next run at or after the resume point; false when there is none.</summary>
    public bool MoveNext()
    {
        if (_next >= _text.Length)
        {
            return false;
        }

        var k = _text.AsSpan(_next).IndexOfAnyInRange('0', '9');
        if (k < 0)
        {
            _next = _text.Length;
            return false;
        }

        Start = _next + k;
        var run = _text.AsSpan(Start).IndexOfAnyExceptInRange('0', '9');
        End = run < 0 ? _text.Length : Start + run;
        _next = End;
        return true;
    }

    /// <summary>Continues the search at <paramref name="position"/> when that is further on (never goes back).</summary>
    public void ResumeAt(int position)
    {
        if (position > _next)
        {
            _next = position;
        }
    }
}
