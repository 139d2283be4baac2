using System.Text.Json;
using Warden.Guards.Evaluation;
using Xunit.Abstractions;

namespace Warden.Guards.Tests;

/// <summary>The dev-split evaluation, printed for the docs; speed is measured by the benchmarks, not asserted here.</summary>
public sealed class DevSplitEvalTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("pii", "pii.dev.jsonl")]
    [InlineData("secrets", "secrets.dev.jsonl")]
    [InlineData("pii", "pii.gen.dev.jsonl")]
    [InlineData("secrets", "secrets.gen.dev.jsonl")]
    [InlineData("pii", "pii.gen2.dev.jsonl")]
    [InlineData("prompt-attack", "prompt-attack.dev.jsonl")]
    [InlineData("prompt-attack", "prompt-attack.dev2.jsonl")]
    public void DevSplit_Eval(string detector, string file)
    {
        var result = GuardEvaluator.Evaluate(GuardEngine.CreateDefault(), detector, RepoFiles.Dev(file));
        output.WriteLine(result.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
        Assert.True((double)result["f1"]! > 0.5);
    }
}
