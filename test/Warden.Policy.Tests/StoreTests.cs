namespace Warden.Policy.Tests;

public sealed class StoreTests
{
    private const string AllowChat = "rules:\n  - id: chat\n    effect: allow\n    when: { action: llm.chat }\n";

    [Fact]
    public void NewStore_DeniesEverything() =>
        Assert.True(new PolicyStore().Evaluate(Helpers.Request()).IsDefaultDeny);

    [Fact]
    public void SuccessfulUpdate_SwapsAndNumbersVersions()
    {
        var store = new PolicyStore();
        var first = store.TryUpdate([new PolicySource("p.yaml", AllowChat)]);
        Assert.True(first.Changed);
        Assert.Equal(1, first.Version.Number);
        Assert.True(store.Evaluate(Helpers.Request()).IsAllowed);

        var second = store.TryUpdate([new PolicySource("p.yaml", AllowChat.Replace("llm.chat", "llm.embed", StringComparison.Ordinal))]);
        Assert.Equal(2, second.Version.Number);
        Assert.NotEqual(first.Version.Hash, second.Version.Hash);
        Assert.False(store.Evaluate(Helpers.Request()).IsAllowed);
        Assert.Equal(second.Version, store.Evaluate(Helpers.Request()).Version);
    }

    [Fact]
    public void FailedUpdate_KeepsTheOldPolicyServing()
    {
        var store = new PolicyStore();
        store.TryUpdate([new PolicySource("p.yaml", AllowChat)]);
        var before = store.Current;

        var result = store.TryUpdate([new PolicySource("p.yaml", AllowChat), new PolicySource("q.yaml", "rules:\n  - id: broken\n    effect: perhaps\n")]);

        Assert.False(result.Succeeded);
        Assert.Equal(PolicyErrorIds.InvalidValue, Assert.Single(result.Errors).Id);
        Assert.Same(before, store.Current);
        Assert.Equal(before.Version, result.Version);
        Assert.True(store.Evaluate(Helpers.Request()).IsAllowed);
    }

    [Fact]
    public void UnchangedContent_IsNotANewVersion()
    {
        var store = new PolicyStore();
        store.TryUpdate([new PolicySource("p.yaml", AllowChat)]);
        var again = store.TryUpdate([new PolicySource("p.yaml", AllowChat)]);
        Assert.True(again.Succeeded);
        Assert.False(again.Changed);
        Assert.Equal(1, store.Current.Version.Number);
    }

    [Fact]
    public async Task ConcurrentReaders_AlwaysSeeACompletePolicy()
    {
        var store = new PolicyStore();
        store.TryUpdate([new PolicySource("p.yaml", AllowChat)]);
        using var done = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            var i = 0;
            while (!done.IsCancellationRequested)
            {
                store.TryUpdate([new PolicySource("p.yaml", AllowChat + $"# revision {i++}\n")]);
                store.TryUpdate([new PolicySource("p.yaml", "rules: [ broken")]);
            }

            return i;
        });
        for (var n = 0; n < 20_000; n++)
        {
            var d = store.Evaluate(Helpers.Request());
            Assert.True(d.IsAllowed, d.Message);
        }

        await done.CancelAsync();
        var revisions = await writer;
        Assert.Equal(revisions + 1, store.Current.Version.Number);
    }

    [Fact]
    public async Task FromFiles_RefusesOversizedFileWithoutReadingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"warden-policy-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path, AllowChat + new string('#', 2 * 1024 * 1024));
        try
        {
            var result = await new PolicyStore().TryUpdateFromFilesAsync([path]);
            Assert.Equal(PolicyErrorIds.TooLarge, Assert.Single(result.Errors).Id);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
