using System.Security.Cryptography;
using System.Text.Json;

namespace Warden.Audit.Chain;

/// <summary>
/// Recomputes the chain from an anchor and checks every checkpoint signature. At the first inconsistency it reads a
/// little further to say what happened (an edit, a deletion, an insertion or a reordering) and where.
/// </summary>
public sealed class AuditVerifier(Func<string, ECDsa?> publicKeys)
{
    private const int Lookahead = 10_000;

    /// <param name="anchor">The sequence and hash the records continue from.</param>
    /// <param name="records">Records in storage order.</param>
    /// <param name="checkpoints">Signed checkpoints to check against the recomputed chain.</param>
    /// <param name="expectedLast">The head the source claims (store head row, file footer); null when unknown.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public async Task<VerificationReport> VerifyAsync(
        ChainAnchor anchor, IAsyncEnumerable<AuditRecord> records, IReadOnlyList<AuditCheckpoint> checkpoints, long? expectedLast, CancellationToken cancellationToken)
    {
        var pending = new Queue<AuditCheckpoint>(checkpoints.Where(c => c.Sequence > anchor.Sequence).OrderBy(c => c.Sequence));
        var report = new VerificationReport { FirstSequence = anchor.Sequence + 1, LastSequence = anchor.Sequence };
        foreach (var checkpoint in pending)
        {
            if (!CheckpointSigner.Verify(checkpoint, publicKeys))
            {
                return report with { Problem = new(checkpoint.Sequence, ProblemKind.BadCheckpoint, $"the signature of the checkpoint at {checkpoint.Sequence} (key '{checkpoint.KeyId}') does not verify with any trusted key") };
            }
        }

        var expected = anchor.Sequence + 1;
        var previous = anchor.Hash;
        string? previousOfLast = null;
        var lastCheckpoint = anchor.Sequence;
        var checkpointsChecked = 0;
        await using var e = records.GetAsyncEnumerator(cancellationToken);
        while (await e.MoveNextAsync())
        {
            var r = e.Current;
            var problem = Check(r, expected, previous);
            if (problem is not null)
            {
                problem = await DiagnoseAsync(r, expected, previous, previousOfLast, e);
                return report with { Problem = problem, CheckpointsChecked = checkpointsChecked, LastCheckpointSequence = lastCheckpoint };
            }

            while (pending.Count > 0 && pending.Peek().Sequence <= r.Sequence)
            {
                var c = pending.Dequeue();
                if (!string.Equals(c.Hash, r.Hash, StringComparison.Ordinal))
                {
                    // Every link was consistent, so the hashes themselves were recomputed after an edit.
                    var detail = $"the events after the checkpoint at {lastCheckpoint} were rewritten and re-hashed: the checkpoint at {c.Sequence} signed a different chain head";
                    return report with { Problem = new(lastCheckpoint + 1, ProblemKind.Modified, detail), CheckpointsChecked = checkpointsChecked, LastCheckpointSequence = lastCheckpoint };
                }

                checkpointsChecked++;
                lastCheckpoint = c.Sequence;
            }

            previousOfLast = r.PreviousHash;
            previous = r.Hash;
            report = report with { LastSequence = r.Sequence, EventsChecked = report.EventsChecked + 1 };
            expected++;
        }

        report = report with { CheckpointsChecked = checkpointsChecked, LastCheckpointSequence = lastCheckpoint };
        var claimed = Math.Max(expectedLast ?? 0, pending.Count > 0 ? pending.Max(c => c.Sequence) : 0);
        if (claimed > report.LastSequence)
        {
            return report with { Problem = new(report.LastSequence + 1, ProblemKind.Truncated, $"the trail ends at {report.LastSequence} but events up to {claimed} were recorded; the events after {report.LastSequence} are missing") };
        }

        return report;
    }

    private static VerificationProblem? Check(AuditRecord r, long expected, string previous)
    {
        if (r.Sequence != expected)
        {
            return new(expected, ProblemKind.Deleted, "sequence gap");
        }

        if (!string.Equals(r.PreviousHash, previous, StringComparison.Ordinal) || !HashMatches(r) || PayloadSequence(r) != expected)
        {
            return new(expected, ProblemKind.Modified, "hash mismatch");
        }

        return ProjectionMismatch(r) is { } column ? new(expected, ProblemKind.Modified, column) : null;
    }

    private static async Task<VerificationProblem> DiagnoseAsync(AuditRecord r, long expected, string previous, string? previousOfLast, IAsyncEnumerator<AuditRecord> rest)
    {
        if (r.Sequence > expected && PayloadSequence(r) != expected)
        {
            return new(expected, ProblemKind.Deleted, $"events {expected}..{r.Sequence - 1} are missing");
        }

        if (r.Sequence < expected)
        {
            return new(expected, ProblemKind.Inserted, $"a second row with sequence {r.Sequence} follows {expected - 1}");
        }

        var claimed = PayloadSequence(r);
        if (claimed is null)
        {
            return new(expected, ProblemKind.Modified, "the event text is not valid canonical JSON");
        }

        if (claimed == expected)
        {
            if (string.Equals(r.PreviousHash, previous, StringComparison.Ordinal) && HashMatches(r) && ProjectionMismatch(r) is { } column)
            {
                return new(expected, ProblemKind.Modified, $"the stored column {column} differs from the hashed event");
            }

            // A forged row in front of the genuine one: the next row is the genuine event for this position.
            if (await rest.MoveNextAsync() && PayloadSequence(rest.Current) == expected
                && string.Equals(rest.Current.PreviousHash, previous, StringComparison.Ordinal) && HashMatches(rest.Current))
            {
                return new(expected, ProblemKind.Inserted, $"a row that is not part of the chain was inserted before event {expected}");
            }

            return new(expected, ProblemKind.Modified, $"event {expected} does not match its hash");
        }

        if (claimed < expected)
        {
            // The previous row passed as this position but the genuine event follows it: the previous row was forged.
            if (claimed == expected - 1 && string.Equals(r.PreviousHash, previousOfLast, StringComparison.Ordinal))
            {
                return new(expected - 1, ProblemKind.Inserted, $"a forged event was inserted at {expected - 1}; the genuine event {claimed} follows it");
            }

            return new(expected, ProblemKind.Inserted, $"event {claimed} appears again at position {expected}");
        }

        for (var scanned = 0; scanned < Lookahead && await rest.MoveNextAsync(); scanned++)
        {
            if (PayloadSequence(rest.Current) == expected)
            {
                return new(expected, ProblemKind.Reordered, $"event {claimed} is stored at position {expected}, and event {expected} at position {rest.Current.Sequence}");
            }
        }

        return new(expected, ProblemKind.Deleted, $"events {expected}..{claimed - 1} are missing (the rows after were renumbered)");
    }

    private static bool HashMatches(AuditRecord r)
    {
        try
        {
            return string.Equals(AuditChain.ComputeHash(r.PreviousHash, r.Payload), r.Hash, StringComparison.Ordinal);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static long? PayloadSequence(AuditRecord r)
    {
        try
        {
            using var doc = JsonDocument.Parse(r.Payload);
            return doc.RootElement.TryGetProperty("seq", out var s) && s.TryGetInt64(out var v) ? v : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ProjectionMismatch(AuditRecord r)
    {
        if (r.Projection is not { } p)
        {
            return null;
        }

        var e = AuditCanonical.Parse(r.Payload).Event;
        return p.Time != AuditCanonical.TruncateToMicroseconds(e.Time) ? "time"
            : p.EventId != e.EventId ? "event_id"
            : !string.Equals(p.Type, e.Type, StringComparison.Ordinal) ? "type"
            : !string.Equals(p.Outcome, e.Outcome, StringComparison.Ordinal) ? "outcome"
            : !string.Equals(p.Agent, e.Actor.Agent, StringComparison.Ordinal) ? "agent"
            : !string.Equals(p.Human, e.Actor.Human, StringComparison.Ordinal) ? "human"
            : !string.Equals(p.Reason, e.Reason, StringComparison.Ordinal) ? "reason"
            : null;
    }
}
