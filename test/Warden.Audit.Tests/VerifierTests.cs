using Warden.Audit.Chain;

namespace Warden.Audit.Tests;

public sealed class VerifierTests
{
    private readonly ChainFixture fx = new();

    [Fact]
    public async Task IntactChain_Verifies()
    {
        var chain = ChainFixture.Chain(20);
        var report = await fx.VerifyAsync(chain, [fx.Checkpoint(chain[9]), fx.Checkpoint(chain[19])], 20);
        Assert.True(report.Valid, report.Problem?.ToString());
        Assert.Equal(20, report.EventsChecked);
        Assert.Equal(2, report.CheckpointsChecked);
    }

    [Fact]
    public async Task EditedField_IsModifiedAtThatEvent()
    {
        var chain = ChainFixture.Chain(10);
        chain[6] = chain[6] with { Payload = chain[6].Payload.Replace("\"outcome\":\"success\"", "\"outcome\":\"failure\"", StringComparison.Ordinal) };
        AssertProblem(await fx.VerifyAsync(chain), 7, ProblemKind.Modified);
    }

    [Fact]
    public async Task EditedSearchColumnOnly_IsModified()
    {
        var chain = ChainFixture.Chain(5);
        chain[2] = chain[2] with { Projection = chain[2].Projection! with { Agent = "someone-else" } };
        AssertProblem(await fx.VerifyAsync(chain), 3, ProblemKind.Modified);
    }

    [Fact]
    public async Task EditWithRecomputedHashes_IsCaughtByTheCheckpoint()
    {
        var chain = ChainFixture.Chain(10);
        var checkpoints = new[] { fx.Checkpoint(chain[3]), fx.Checkpoint(chain[9]) };
        var bodies = Enumerable.Range(1, 10).Select(i => AuditCanonical.Body(i == 6 ? ChainFixture.Event(i) with { Outcome = "failure" } : ChainFixture.Event(i))).ToList();
        var rewritten = AuditChain.Link(ChainAnchor.Genesis, bodies);
        AssertProblem(await fx.VerifyAsync(rewritten, checkpoints), 5, ProblemKind.Modified);
    }

    [Fact]
    public async Task DeletedRow_IsDeletedAtItsPosition()
    {
        var chain = ChainFixture.Chain(10);
        chain.RemoveAt(4);
        AssertProblem(await fx.VerifyAsync(chain), 5, ProblemKind.Deleted);
    }

    [Fact]
    public async Task DeletedRowWithRenumbering_IsDeleted()
    {
        var chain = ChainFixture.Chain(10);
        chain.RemoveAt(4);
        var renumbered = chain.Select((r, i) => r with { Sequence = i + 1 }).ToList();
        AssertProblem(await fx.VerifyAsync(renumbered), 5, ProblemKind.Deleted);
    }

    [Fact]
    public async Task DeletedTail_IsTruncated()
    {
        var chain = ChainFixture.Chain(10);
        AssertProblem(await fx.VerifyAsync(chain.Take(7), expectedLast: 10), 8, ProblemKind.Truncated);
        AssertProblem(await fx.VerifyAsync(chain.Take(7), [fx.Checkpoint(chain[9])]), 8, ProblemKind.Truncated);
    }

    [Fact]
    public async Task ForgedRowWithValidHash_IsInserted()
    {
        var chain = ChainFixture.Chain(10);
        var forged = AuditChain.Link(new ChainAnchor(3, chain[2].Hash), [AuditCanonical.Body(ChainFixture.Event(99))])[0];
        var tampered = chain.Take(3).Append(forged).Concat(chain.Skip(3)).Select((r, i) => r with { Sequence = i + 1 }).ToList();
        AssertProblem(await fx.VerifyAsync(tampered), 4, ProblemKind.Inserted);
    }

    [Fact]
    public async Task ForgedRowWithBadHash_IsInserted()
    {
        var chain = ChainFixture.Chain(10);
        var forged = chain[3] with { Payload = chain[3].Payload.Replace("event number 4", "nothing to see", StringComparison.Ordinal) };
        var tampered = chain.Take(3).Append(forged).Concat(chain.Skip(3)).Select((r, i) => r with { Sequence = i + 1 }).ToList();
        AssertProblem(await fx.VerifyAsync(tampered), 4, ProblemKind.Inserted);
    }

    [Fact]
    public async Task SwappedRows_AreReordered()
    {
        var chain = ChainFixture.Chain(10);
        var a = chain[2];
        var b = chain[6];
        chain[2] = b with { Sequence = 3 };
        chain[6] = a with { Sequence = 7 };
        AssertProblem(await fx.VerifyAsync(chain), 3, ProblemKind.Reordered);
    }

    [Fact]
    public async Task ForgedCheckpointSignature_IsRejected()
    {
        var chain = ChainFixture.Chain(5);
        var checkpoint = fx.Checkpoint(chain[4]);
        var other = new ChainFixture();
        var forged = other.Checkpoint(chain[4]);
        AssertProblem(await fx.VerifyAsync(chain, [checkpoint with { Signature = forged.Signature }]), 5, ProblemKind.BadCheckpoint);
        AssertProblem(await fx.VerifyAsync(chain, [checkpoint with { Hash = chain[3].Hash }]), 5, ProblemKind.BadCheckpoint);
    }

    [Fact]
    public async Task TruncatedExport_IsReported()
    {
        var chain = ChainFixture.Chain(6);
        var path = Path.GetTempFileName();
        try
        {
            await using (var writer = new StreamWriter(path))
            {
                await AuditJsonLines.WriteAsync(writer, ChainAnchor.Genesis, chain.ToAsyncEnumerable(), [fx.Checkpoint(chain[5])], null, CancellationToken.None);
            }

            var whole = await AuditJsonLines.ReadAsync(path, CancellationToken.None);
            Assert.Null(whole.Problem);
            Assert.True((await fx.VerifyAsync(whole.Records, whole.Checkpoints, whole.FooterLast)).Valid);

            var text = await File.ReadAllTextAsync(path);
            await File.WriteAllTextAsync(path, text[..(text.IndexOf("\"seq\":4", StringComparison.Ordinal) + 30)]);
            var cut = await AuditJsonLines.ReadAsync(path, CancellationToken.None);
            Assert.Equal(ProblemKind.Truncated, cut.Problem?.Kind);
            Assert.Equal(4, cut.Problem?.Sequence);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertProblem(VerificationReport report, long sequence, ProblemKind kind)
    {
        Assert.False(report.Valid);
        Assert.Equal((sequence, kind), (report.Problem!.Sequence, report.Problem.Kind));
    }
}
