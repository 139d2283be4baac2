namespace Warden.Guards.Tests;

/// <summary>Paths into the repository the tests run from (found by walking up to <c>Warden.slnx</c>).</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>A file of the committed development split, <c>data/guard/dev/NAME</c>.</summary>
    public static string Dev(string name) => Path.Combine(Root, "data", "guard", "dev", name);

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
