using Leefbaar.App.AreaSets;
using Leefbaar.App.Reports;
using Leefbaar.App.UserIndicators;
using Leefbaar.Core.ReadModels;

namespace Leefbaar.App.Workspaces;

// Area sets, a gemeente's own indicators and reports.
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

    /// <summary>Checks and stores a gemeente's own indicator values with their catalogue entries.</summary>
    public (IReadOnlyList<UserIndicator> Indicators, int Values) AddUserIndicators(string valuesCsv, string catalogueJson, int year, DateTime now) =>
        UserIndicatorService.Add(Store, valuesCsv, catalogueJson, year, now);

    /// <summary>The stored user indicators.</summary>
    public List<UserIndicator> UserIndicators() => UserIndicatorService.List(Store);

    /// <summary>Writes a wijkdiagnose or the national report (HTML, and PDF when chromium is there).</summary>
    public ReportOutput Report(ReportRequest request, Action<string>? progress = null) => ReportGenerator.Generate(Store, request, progress);
}
