namespace Warden.Policy;

/// <summary>
/// Holds the policy a host serves and swaps it atomically on reload. Readers never lock: they read the current
/// <see cref="PolicySet"/> with a volatile read and keep using it for their whole request. A failed update keeps the
/// previous policy serving. Host duties: call <see cref="TryUpdate"/> (or <see cref="TryUpdateFromFilesAsync"/>) at
/// start-up, when a policy file changes and when the admin API stores new documents; log and audit the result.
/// </summary>
public sealed class PolicyStore(PolicyLoadOptions? options = null)
{
    private readonly Lock _updateGate = new();
    private readonly PolicyLoadOptions _options = options ?? PolicyLoadOptions.Default;
    private PolicySet _current = PolicySet.Empty;

    /// <summary>The policy serving now. Starts as <see cref="PolicySet.Empty"/>, which denies everything.</summary>
    public PolicySet Current => Volatile.Read(ref _current);

    /// <summary>Decides with the current policy.</summary>
    public PolicyDecision Evaluate(PolicyRequest request) => Current.Evaluate(request);

    /// <summary>Partial evaluation with the current policy: <see cref="PolicySet.CouldPermit"/>.</summary>
    public bool CouldPermit(PolicyRequest request) => Current.CouldPermit(request);

    /// <summary>
    /// Validates and compiles <paramref name="sources"/> as a whole; on success swaps them in under the next version
    /// number. When the content hash is unchanged nothing is swapped (a touched file is not a new version).
    /// </summary>
    public PolicyUpdateResult TryUpdate(IEnumerable<PolicySource> sources)
    {
        // Updates are rare; serialising them keeps version numbers monotonic without slowing readers.
        lock (_updateGate)
        {
            var current = _current;
            var result = PolicySet.Load(sources, _options, current.Version.Number + 1);
            if (result.Policy is not { } next)
            {
                return new PolicyUpdateResult(false, false, current.Version, result.Errors);
            }

            if (string.Equals(next.Version.Hash, current.Version.Hash, StringComparison.Ordinal) && current.Version.Number > 0)
            {
                return new PolicyUpdateResult(true, false, current.Version, []);
            }

            Volatile.Write(ref _current, next);
            return new PolicyUpdateResult(true, true, next.Version, []);
        }
    }

    /// <summary>Reads the files (refusing oversized ones before reading) and calls <see cref="TryUpdate"/>.</summary>
    public async Task<PolicyUpdateResult> TryUpdateFromFilesAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var sources = new List<PolicySource>();
        var errors = new List<PolicyDiagnostic>();
        foreach (var path in paths)
        {
            try
            {
                sources.Add(await PolicySource.FromFileAsync(path, _options.MaxDocumentBytes, cancellationToken));
            }
            catch (IOException ex)
            {
                errors.Add(new PolicyDiagnostic(PolicyErrorIds.FileUnreadable, $"cannot read the policy file: {ex.Message}", path, 0, 0));
            }
            catch (UnauthorizedAccessException ex)
            {
                errors.Add(new PolicyDiagnostic(PolicyErrorIds.FileUnreadable, $"cannot read the policy file: {ex.Message}", path, 0, 0));
            }
        }

        return errors.Count > 0 ? new PolicyUpdateResult(false, false, Current.Version, errors) : TryUpdate(sources);
    }
}

/// <summary>The result of <see cref="PolicyStore.TryUpdate"/>.</summary>
/// <param name="Succeeded">Whether the documents were valid (if not, the previous policy keeps serving).</param>
/// <param name="Changed">Whether a new version was swapped in.</param>
/// <param name="Version">The version serving after the call.</param>
/// <param name="Errors">Every validation error when the update was rejected.</param>
public sealed record PolicyUpdateResult(bool Succeeded, bool Changed, PolicyVersion Version, IReadOnlyList<PolicyDiagnostic> Errors);
