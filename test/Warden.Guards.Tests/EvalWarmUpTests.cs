using Warden.Guards.Evaluation;

namespace Warden.Guards.Tests;

/// <summary>
/// The timed pass of <c>guard eval</c> follows an untimed pass over the file's first rows, so lazy set-up reached only
/// by real data (name lists, rare regexes) is not charged to the first rows' latencies.
/// </summary>
public sealed class EvalWarmUpTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "warden-warmup-" + Guid.NewGuid().ToString("N") + ".jsonl");

    public void Dispose() => File.Delete(_path);

    [Theory]
    [InlineData(3)]
    [InlineData(GuardEvaluator.WarmUpRows + 10)]
    public void FirstRowsAreScannedOnceUntimed_ThenEveryRowOnceTimed(int rows)
    {
        File.WriteAllLines(_path, Enumerable.Range(0, rows).Select(i => $$"""{"text":"row {{i}}","spans":[]}"""));
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var engine = new GuardEngine(new GuardOptions(), [new TestDetector("pii", (text, _) => seen[text] = seen.GetValueOrDefault(text) + 1)]);

        var result = GuardEvaluator.Evaluate(engine, "pii", _path);

        Assert.Equal(rows, (int)result["count"]!);
        for (var i = 0; i < rows; i++)
        {
            Assert.Equal(i < GuardEvaluator.WarmUpRows ? 2 : 1, seen.GetValueOrDefault($"row {i}"));
        }
    }

    [Fact]
    public void InvalidJsonAmongTheWarmUpRows_IsReportedWithItsLine()
    {
        File.WriteAllLines(_path, ["""{"text":"fine","spans":[]}""", "{not json"]);
        var engine = new GuardEngine(new GuardOptions(), [new TestDetector("pii", (_, _) => { })]);

        var ex = Assert.Throws<GuardException>(() => GuardEvaluator.Evaluate(engine, "pii", _path));

        Assert.Equal(GuardErrors.BadEvalData, ex.ErrorId);
        Assert.Contains(":2:", ex.Message, StringComparison.Ordinal);
    }
}
