using Leefbaar.Data.Store;

namespace Leefbaar.App.Workspaces;

/// <summary>
/// An open store seen through its use cases. The CLI holds one of these and never the DuckDB store itself, so App
/// stays the only layer that reads or writes the store (docs/architecture.md; checked by LayerDependencyTests).
/// </summary>
public sealed partial class Workspace : IDisposable
{
    private Workspace(LeefbaarStore store) => Store = store;

    internal LeefbaarStore Store { get; }

    /// <summary>Opens (or creates, when writable) the store at <paramref name="path"/>.</summary>
    public static Workspace Open(string path, bool readOnly = false) => new(LeefbaarStore.Open(path, readOnly));

    /// <summary>Full path of the store file.</summary>
    public string FilePath => Store.FilePath;

    /// <summary>True for the synthetic demo store, whose every output must say so.</summary>
    public bool IsDemo => Store.IsDemo();

    /// <inheritdoc />
    public void Dispose() => Store.Dispose();
}
