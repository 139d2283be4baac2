namespace Warden.Guards;

/// <summary>A guard could not produce a verdict. Callers must refuse the request (fail closed).</summary>
public sealed class GuardException : Exception
{
    /// <summary>Creates the exception with a stable error id.</summary>
    public GuardException(string errorId, string message, Exception? inner = null)
        : base($"{errorId}: {message}", inner)
    {
        ErrorId = errorId;
    }

    /// <summary>Stable id in the WRD5000–WRD5099 range.</summary>
    public string ErrorId { get; }
}
