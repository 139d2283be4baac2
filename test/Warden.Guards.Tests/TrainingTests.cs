using Warden.Guards.Training;

namespace Warden.Guards.Tests;

public sealed class TrainingTests
{
    [Fact]
    public void TrainingTwiceOnSubset_GivesIdenticalBytes()
    {
        var root = RepoFiles.Root;
        var shared = Path.Combine(root, "..", "shared", "data", "guard");
        var a = Path.Combine(Path.GetTempPath(), "wg-a-" + Guid.NewGuid().ToString("N"));
        var b = Path.Combine(Path.GetTempPath(), "wg-b-" + Guid.NewGuid().ToString("N"));
        try
        {
            GuardTrainer.Train(shared, Path.Combine(root, "data", "guard"), a, maxPerSource: 3);
            GuardTrainer.Train(shared, Path.Combine(root, "data", "guard"), b, maxPerSource: 3);
            foreach (var file in new[] { "prompt-attack.bin", "harmful-request.bin" })
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));
            }
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
