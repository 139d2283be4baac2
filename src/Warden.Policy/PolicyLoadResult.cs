namespace Warden.Policy;

/// <summary>The result of loading policy documents: either a complete policy set or every error, never both.</summary>
public sealed record PolicyLoadResult
{
    /// <summary>The compiled policy, or <see langword="null"/> when there were errors.</summary>
    public PolicySet? Policy { get; init; }

    /// <summary>Every error found, in document and line order.</summary>
    public IReadOnlyList<PolicyDiagnostic> Errors { get; init; } = [];

    /// <summary>Whether the load produced a policy.</summary>
    public bool Succeeded => Policy is not null;
}
