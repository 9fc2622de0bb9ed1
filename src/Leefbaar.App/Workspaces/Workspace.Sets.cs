using Leefbaar.App.AreaSets;
using Leefbaar.Core.ReadModels;

namespace Leefbaar.App.Workspaces;

// Named area sets: add, list, report.
public sealed partial class Workspace
{
    /// <summary>Reads a set file and stores the set, mapped to the newest division.</summary>
    public AreaSetRow AddAreaSet(string file, DateTime now) => AreaSetService.Add(Store, file, now);

    /// <summary>Stores a set given in code; <paramref name="file"/> names where it came from.</summary>
    public AreaSetRow AddAreaSet(AreaSetDefinition definition, string file, DateTime now) => AreaSetService.Add(Store, definition, file, now);

    /// <summary>The stored sets.</summary>
    public List<AreaSetRow> AreaSets() => Store.AreaSets();

    /// <summary>Residents per class, dimensions, ring and comparisons of one set.</summary>
    public AreaSetReport AreaSetReport(string id, string? source = null, string? release = null) => AreaSetService.Report(Store, id, source, release);
}
