using Leefbaar.Core.Areas;
using Leefbaar.Core.Scores;

namespace Leefbaar.Data.Import;

/// <summary>
/// Everything one importer read from one manifest entry, in canonical form, validated and free of duplicate keys.
/// The store writes a batch in one transaction and replaces the previous batch of the same dataset.
/// </summary>
public sealed class ImportBatch
{
    /// <summary>Areas keyed by (code, division year); later adds with the same key fill in missing parents.</summary>
    public Dictionary<(AreaCode, int), Area> Areas { get; } = new();
    /// <summary>Observations in long form.</summary>
    public List<Observation> Observations { get; } = new();
    /// <summary>Official scores.</summary>
    public List<OfficialScore> Scores { get; } = new();
    /// <summary>The unit of each indicator as the source states it ("aantal", "%", "1 000 euro"), for labels and checks.</summary>
    public Dictionary<string, string> IndicatorUnits { get; } = new();
    /// <summary>Boundaries in RD New.</summary>
    public List<GeometryRecord> Geometries { get; } = new();

    /// <summary>Adds or merges an area: a later record keeps earlier non-null parents and a non-empty name.</summary>
    public void AddArea(Area area)
    {
        var key = (area.Code, area.DivisionYear);
        if (Areas.TryGetValue(key, out var old))
        {
            area = area with
            {
                Name = string.IsNullOrWhiteSpace(area.Name) ? old.Name : area.Name,
                Wijk = area.Wijk ?? old.Wijk,
                Gemeente = area.Gemeente ?? old.Gemeente,
                Provincie = area.Provincie ?? old.Provincie,
            };
        }
        Areas[key] = area;
    }

    /// <summary>Adds an observation when the value is a finite number; missing values are simply absent in long form.</summary>
    public void Observe(AreaCode area, int division, int year, string indicator, double? value, string source)
    {
        if (value is { } v && double.IsFinite(v)) Observations.Add(new Observation(area, division, year, indicator, v, source));
    }

    /// <summary>Row counts, for progress and logs.</summary>
    public override string ToString() => $"{Areas.Count} areas, {Observations.Count} observations, {Scores.Count} scores, {Geometries.Count} geometries";
}
