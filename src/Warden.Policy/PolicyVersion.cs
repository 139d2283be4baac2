namespace Warden.Policy;

/// <summary>
/// Identifies a compiled policy set: a number assigned by the host (monotonically increasing per store) and the
/// content hash of the documents, so the audit trail can name exactly which policy decided.
/// </summary>
/// <param name="Number">The host-assigned version number.</param>
/// <param name="Hash">The first 16 hex digits of the SHA-256 of the documents (ordered by name).</param>
public readonly record struct PolicyVersion(long Number, string Hash)
{
    /// <summary>Returns <c>v{Number}-{Hash}</c>.</summary>
    public override string ToString() => $"v{Number}-{Hash}";
}
