namespace Warden.Policy;

/// <summary>One policy error, with a stable id and where it is.</summary>
/// <param name="Id">The stable error id (<c>WRD3000</c>–<c>WRD3099</c>), see <see cref="PolicyErrorIds"/>.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
/// <param name="File">The document name.</param>
/// <param name="Line">1-based line, or 0 when the error concerns the whole document.</param>
/// <param name="Column">1-based column, or 0 when the error concerns the whole document.</param>
public sealed record PolicyDiagnostic(string Id, string Message, string File, int Line, int Column)
{
    /// <summary>Formats as <c>file:line:col: WRD3xxx message</c>, the shape editors and CI annotators understand.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Id} {Message}";
}
