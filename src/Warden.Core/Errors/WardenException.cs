namespace Warden.Core.Errors;

/// <summary>Raised by domain services for a rejection the caller must see as <see cref="Error"/>.</summary>
public sealed class WardenException : Exception
{
    public WardenException(WardenError error)
        : base(error.Describe()) => Error = error;

    public WardenException(WardenError error, Exception inner)
        : base(error.Describe(), inner) => Error = error;

    public WardenError Error { get; }
}
