namespace Leefbaar.TestSupport;

/// <summary>
/// Locates the real open data beside the repository (../shared/data, as in CI) or at LEEFBAAR_SHARED_DATA.
/// Tests that need it call <see cref="Require"/>, which fails loudly when it is absent: CI always has it.
/// </summary>
public static class SharedData
{
    /// <summary>The data folder, or null when not found.</summary>
    public static string? Root { get; } = Find();

    /// <summary>The full path of a file or folder under the data folder; throws when the data is not there.</summary>
    public static string Require(string relative)
    {
        if (Root is null) throw new InvalidOperationException("The shared data folder was not found: put it at ../shared/data beside the repository or set LEEFBAAR_SHARED_DATA.");
        var path = Path.Combine(Root, relative);
        if (!File.Exists(path) && !Directory.Exists(path)) throw new FileNotFoundException($"Shared data file missing: {path}");
        return path;
    }

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("LEEFBAAR_SHARED_DATA");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return Path.GetFullPath(env);
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(candidate, "DATA.md"))) return candidate;
            dir = dir.Parent;
        }
        return null;
    }

    /// <summary>The repository root (the folder holding Leefbaar.sln).</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Leefbaar.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
