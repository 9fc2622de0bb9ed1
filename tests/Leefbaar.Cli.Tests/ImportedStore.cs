using Leefbaar.TestSupport;

namespace Leefbaar.Cli.Tests;

/// <summary>A temporary store filled once by `leefbaar import` from the shared data, for the read-only commands.</summary>
public sealed class ImportedStore : IDisposable
{
    private readonly TempDir _dir = new();

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <summary>The import run's result.</summary>
    public CliResult Import { get; }

    /// <summary>Runs the import.</summary>
    public ImportedStore()
    {
        Path = _dir.File("store.duckdb");
        Import = CliProcess.Run("import", "--data", SharedData.Require("."), "--store", Path);
    }

    /// <inheritdoc/>
    public void Dispose() => _dir.Dispose();
}
