using System.Text.Json;

namespace Warden.Guards.Tests;

/// <summary>Paths into the repository the tests run from (found by walking up to <c>Warden.slnx</c>).</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>A file of the committed development split, <c>data/guard/dev/NAME</c>.</summary>
    public static string Dev(string name) => Path.Combine(Root, "data", "guard", "dev", name);

    /// <summary>
    /// The labels of <c>data/guard/FOLDER/NAME</c>, one per row, after asserting that the file is there and that no file of
    /// that name is in <c>data/guard/ABSENTFROM</c> (a candidate in <c>unused/</c> must not also be trained on, and the reverse).
    /// </summary>
    public static List<string?> GuardDataLabels(string folder, string absentFrom, string name)
    {
        var path = Path.Combine(Root, "data", "guard", folder, name);
        Assert.True(File.Exists(path), path);
        Assert.False(File.Exists(Path.Combine(Root, "data", "guard", absentFrom, name)), name + " is also in " + absentFrom);
        return File.ReadLines(path)
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("label").GetString())
            .ToList();
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Warden.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root (Warden.slnx) not found above " + AppContext.BaseDirectory);
    }
}
