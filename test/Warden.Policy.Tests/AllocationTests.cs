namespace Warden.Policy.Tests;

public sealed class AllocationTests
{
    private static PolicySet Generate(int rules) => Helpers.Load("rules:\n" + string.Concat(Enumerable.Range(0, rules).Select(i =>
        Helpers.Rule($"r{i}", "allow", $"{{ action: {(i % 2 == 0 ? "llm.chat" : "llm.embed")}, resource: {{ name: model-{i} }}, principal: {{ labels: {{ team: t{i % 7} }} }} }}"))));

    private static long AllocatedPerDecision(PolicySet set, PolicyRequest request)
    {
        for (var i = 0; i < 100; i++)
        {
            set.Evaluate(request);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            set.Evaluate(request);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / 1000;
    }

    [Fact]
    public void AllocationsDoNotGrowWithRuleCount()
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["team"] = "t3" };
        var request = Helpers.Request(model: "model-10", labels: labels);
        var small = AllocatedPerDecision(Generate(20), request);
        var large = AllocatedPerDecision(Generate(5000), request);
        Assert.Equal(small, large);
        Assert.True(large <= 200, $"{large} bytes per decision");
    }
}
