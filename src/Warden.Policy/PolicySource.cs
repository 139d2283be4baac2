namespace Warden.Policy;

/// <summary>One policy document: a name (usually its file path, used in error messages) and its YAML text.</summary>
/// <param name="Name">The document name, shown in diagnostics as the file.</param>
/// <param name="Content">The YAML text.</param>
public sealed record PolicySource(string Name, string Content)
{
    /// <summary>Reads a policy file, refusing files larger than <paramref name="maxBytes"/> before reading them.</summary>
    public static async Task<PolicySource> FromFileAsync(string path, long maxBytes = PolicyLoadOptions.DefaultMaxDocumentBytes, CancellationToken cancellationToken = default)
    {
        var info = new FileInfo(path);
        if (info.Exists && info.Length > maxBytes)
        {
            // Keep the oversized content out of memory; the loader reports the size error from this marker.
            return new PolicySource(path, string.Empty) { DeclaredLength = info.Length };
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken);
        return new PolicySource(path, text);
    }

    /// <summary>The size of the original file when it was too large to read; <see langword="null"/> otherwise.</summary>
    public long? DeclaredLength { get; init; }
}
