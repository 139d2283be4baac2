namespace Warden.Audit.Chain;

/// <summary>What kind of tampering (or damage) the verifier found first.</summary>
public enum ProblemKind
{
    Modified,
    Deleted,
    Inserted,
    Reordered,
    Truncated,
    BadCheckpoint,
    Malformed,
}

/// <summary>The first problem: the chain position where the trail stops being trustworthy.</summary>
public sealed record VerificationProblem(long Sequence, ProblemKind Kind, string Detail)
{
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} at sequence {Sequence}: {Detail}";
}

/// <summary>The verifier's answer.</summary>
public sealed record VerificationReport
{
    public bool Valid => Problem is null;

    public long FirstSequence { get; init; }

    public long LastSequence { get; init; }

    public long EventsChecked { get; init; }

    public int CheckpointsChecked { get; init; }

    /// <summary>The last checkpoint that verified: everything up to it is proven untouched.</summary>
    public long LastCheckpointSequence { get; init; }

    public VerificationProblem? Problem { get; init; }
}
