namespace Leefbaar.TestSupport;

/// <summary>A fresh temporary folder deleted on dispose; for stores and mutated copies of real files.</summary>
public sealed class TempDir : IDisposable
{
    /// <summary>The folder.</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "leefbaar-test-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Creates it.</summary>
    public TempDir() => Directory.CreateDirectory(Path);

    /// <summary>A path inside the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <inheritdoc/>
    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
