namespace Warden.Core.Errors;

/// <summary>A stable, documented error: <see cref="Id"/> never changes meaning once shipped.</summary>
/// <param name="Id">The stable id, <c>WRDnnnn</c>.</param>
/// <param name="Message">What went wrong and what to do about it.</param>
/// <param name="OAuthError">The RFC 6749 error code used when the error surfaces at an OAuth endpoint.</param>
/// <param name="Status">The HTTP status code the host should answer with.</param>
public sealed record WardenError(string Id, string Message, string OAuthError, int Status)
{
    /// <summary>The id and message in one line, as placed in <c>error_description</c>.</summary>
    public string Describe() => $"{Id}: {Message}";

    public override string ToString() => Describe();
}
