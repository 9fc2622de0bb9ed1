namespace Leefbaar.Data.Import;

/// <summary>
/// The last line of defence around an importer: an exception that is not an <see cref="ImportException"/> (a bug
/// or an unforeseen input) still becomes one that names the file, so the user never sees a bare stack trace.
/// The fuzz tests call the importers without this guard, so that such gaps are found and fixed where they arise.
/// </summary>
public static class ImportGuard
{
    /// <summary>Runs <paramref name="read"/>, wrapping unexpected exceptions.</summary>
    public static void Run(string file, Action read)
    {
        try
        {
            read();
        }
        catch (Exception e) when (e is not ImportException and not OutOfMemoryException and not OperationCanceledException)
        {
            throw new ImportException(file, "a file this importer can read", found: $"{e.GetType().Name}: {e.Message}", inner: e,
                hint: "check the manifest entry (format, year, options) and the file; if they are right, this is a bug in Leefbaar worth reporting");
        }
    }
}
