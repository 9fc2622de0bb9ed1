using Leefbaar.Data.Store;

namespace Leefbaar.App.Serving;

/// <summary>
/// A private, read-only copy of a store file taken while a read-only connection holds DuckDB's shared lock, so no
/// writer can change the file during the copy. `serve` reads everything it loads lazily (tiles, analysis,
/// reports) from this copy: an import into the store while serving then neither blocks nor mixes into the served
/// snapshot; restarting `serve` picks the new data up. Disposing deletes the copy.
/// </summary>
public sealed class StoreCopy : IDisposable
{
    private readonly string _folder;

    /// <summary>The copied store file.</summary>
    public string Path { get; }

    private StoreCopy(string folder, string path) => (_folder, Path) = (folder, path);

    /// <summary>Copies <paramref name="storePath"/> (and its write-ahead log, if any) into a new temporary folder.</summary>
    public static StoreCopy Take(string storePath)
    {
        var source = System.IO.Path.GetFullPath(storePath);
        var folder = Directory.CreateTempSubdirectory("leefbaar-serving-").FullName;
        var target = System.IO.Path.Combine(folder, System.IO.Path.GetFileName(source));
        try
        {
            using (LeefbaarStore.Open(source, readOnly: true)) // the shared lock: writers wait or fail until the copy is done
            {
                File.Copy(source, target);
                if (File.Exists(source + ".wal")) File.Copy(source + ".wal", target + ".wal");
            }
            return new StoreCopy(folder, target);
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try { if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true); }
        catch (IOException) { } // a reader still closing; the temporary folder is cleaned by the system
    }
}
