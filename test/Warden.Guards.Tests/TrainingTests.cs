using Warden.Guards.Model;
using Warden.Guards.Training;

namespace Warden.Guards.Tests;

public sealed class TrainingTests
{
    [Fact]
    public void TrainingTwiceOnSubset_GivesIdenticalBytes() => TrainTwiceAndCompare(null);

    [Fact]
    public void TrainingWideAndDeepTwiceOnSubset_GivesIdenticalBytes()
    {
        var deep = new WideDeepOptions { Hidden = 8, Bits = 12, Epochs = 2 };
        var bytes = TrainTwiceAndCompare(deep);
        Assert.All(bytes, b => Assert.NotNull(LinearModel.Read(new MemoryStream(b)).Deep));
        // Both models record their feature sets (prompt-attack since round 14, harmful-request since round 22): "WGM3".
        Assert.Equal((byte)'3', bytes[0][3]);
        Assert.Equal((byte)'3', bytes[1][3]);
    }

    private static List<byte[]> TrainTwiceAndCompare(WideDeepOptions? deep)
    {
        var root = RepoFiles.Root;
        var shared = Path.Combine(root, "..", "shared", "data", "guard");
        var a = Path.Combine(Path.GetTempPath(), "wg-a-" + Guid.NewGuid().ToString("N"));
        var b = Path.Combine(Path.GetTempPath(), "wg-b-" + Guid.NewGuid().ToString("N"));
        try
        {
            var own = Path.Combine(root, "data", "guard");
            // The dev report is opt-in (blind sets must not be read by accident) and never changes the model.
            var quiet = GuardTrainer.Train(shared, own, a, maxPerSource: 3, oofDir: null, deep ?? GuardTrainer.ShippedAttackDeep, deep ?? GuardTrainer.ShippedHarmfulDeep);
            var withDev = GuardTrainer.Train(shared, own, b, maxPerSource: 3, oofDir: null, deep ?? GuardTrainer.ShippedAttackDeep, deep ?? GuardTrainer.ShippedHarmfulDeep, devReport: true);
            Assert.DoesNotContain(quiet, l => l.StartsWith("  dev ", StringComparison.Ordinal));
            Assert.Contains(withDev, l => l.StartsWith("  dev harmful-request.dev6", StringComparison.Ordinal));
            var files = new List<byte[]>();
            foreach (var file in new[] { "prompt-attack.bin", "harmful-request.bin" })
            {
                var first = File.ReadAllBytes(Path.Combine(a, file));
                Assert.Equal(first, File.ReadAllBytes(Path.Combine(b, file)));
                files.Add(first);
            }

            return files;
        }
        finally
        {
            foreach (var d in new[] { a, b })
            {
                if (Directory.Exists(d))
                {
                    Directory.Delete(d, recursive: true);
                }
            }
        }
    }
}
