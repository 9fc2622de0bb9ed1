using Leefbaar.Data.Import;

namespace Leefbaar.App.Workspaces;

// Imports write the store; the importers themselves live in Leefbaar.Data.
public sealed partial class Workspace
{
    /// <summary>An import service that writes this store with the default importers.</summary>
    public ImportService Importer(ImportOptions options) => new(Store, ImporterRegistry.Default(), options);
}
