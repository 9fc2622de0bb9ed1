using Leefbaar.Core.Areas;
using NetTopologySuite.Geometries;

namespace Leefbaar.Data.Import;

/// <summary>
/// Adds the features of one boundary file to a batch with the checks every boundary format shares: a valid code,
/// of the level the manifest declares, each code once; parents follow from the code unless the file names them.
/// </summary>
public sealed class BoundaryCollector(string file, ImportBatch batch, int division, AreaLevel? level)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>Number of areas added so far.</summary>
    public int Count => _seen.Count;

    /// <summary>Parses and checks <paramref name="rawCode"/>, then adds the area and its geometry (when not empty).</summary>
    public AreaCode Add(long feature, string field, string? rawCode, string? name, Geometry? geometry, AreaCode? wijk = null, AreaCode? gemeente = null)
    {
        if (string.IsNullOrWhiteSpace(rawCode)) throw new ImportException(file, "an area code", feature: feature, field: field, found: "(missing)");
        if (!AreaCode.TryParse(rawCode, out var code))
            throw new ImportException(file, "an area code (BU+8 digits, WK+6, GM+4, PV20–PV31, PC4 or E####N####)", feature: feature, field: field, found: rawCode);
        if (level is not null && code.Level != level)
            throw new ImportException(file, $"{level.Value.Name()} codes as declared in the manifest", feature: feature, field: field, found: code.Value);
        if (!_seen.Add(code.Value)) throw new ImportException(file, "each area code once", feature: feature, field: field, found: code.Value + " (duplicate key)");
        batch.AddArea(new Area(code, division, (name ?? "").Trim(),
            Wijk: code.Level == AreaLevel.Buurt ? wijk ?? code.ParentByCode() : null,
            Gemeente: code.Level is AreaLevel.Buurt or AreaLevel.Wijk ? gemeente ?? code.GemeenteByCode() : null));
        if (geometry is { IsEmpty: false }) batch.Geometries.Add(new GeometryRecord(code, division, geometry));
        return code;
    }
}
