using Leefbaar.Core.Areas;
using Leefbaar.Core.ReadModels;
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
    /// <summary>Features of map layers that are not areas (rail, stations, earthquakes, townscapes), in RD New.</summary>
    public List<(string Layer, LayerFeature Feature)> Layers { get; } = new();

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

    private SourcePosition? _position;
    private readonly List<SourcePosition?> _observationPositions = new();
    private readonly List<SourcePosition?> _scorePositions = new();

    /// <summary>Sets where the rows added next come from (file and line or feature), so a plausibility violation can name its place.</summary>
    public void At(string file, long? line = null, long? feature = null) => _position = new SourcePosition(file, line, feature);

    /// <summary>
    /// Adds an observation when there is a value; missing values are simply absent in long form. A non-finite value
    /// (NaN, ±Infinity, an overflowing 1e309) is refused, never silently turned into missing.
    /// </summary>
    public void Observe(AreaCode area, int division, int year, string indicator, double? value, string source)
    {
        if (value is not { } v) return;
        if (!double.IsFinite(v))
            throw new ImportException(_position?.File ?? "(unknown file)", "a finite number", line: _position?.Line, feature: _position?.Feature, field: indicator,
                found: v.ToString(System.Globalization.CultureInfo.InvariantCulture), hint: "leave the cell empty or write NA for a missing value");
        Pad(_observationPositions, Observations.Count);
        Observations.Add(new Observation(area, division, year, indicator, v, source));
        _observationPositions.Add(_position);
    }

    /// <summary>Adds an official score, remembering where it was read.</summary>
    public void AddScore(OfficialScore score)
    {
        Pad(_scorePositions, Scores.Count);
        Scores.Add(score);
        _scorePositions.Add(_position);
    }

    /// <summary>Where observation <paramref name="index"/> was read, when the importer said so.</summary>
    public SourcePosition? ObservationPosition(int index) => index < _observationPositions.Count ? _observationPositions[index] : null;

    /// <summary>Where score <paramref name="index"/> was read, when the importer said so.</summary>
    public SourcePosition? ScorePosition(int index) => index < _scorePositions.Count ? _scorePositions[index] : null;

    // Rows added straight to the lists (the demo generator) have no position; padding keeps the indexes aligned.
    private static void Pad(List<SourcePosition?> positions, int count)
    {
        while (positions.Count < count) positions.Add(null);
    }

    /// <summary>Row counts, for progress and logs.</summary>
    public override string ToString() => Layers.Count > 0 && Areas.Count == 0 && Observations.Count == 0
        ? $"{Layers.Count} layer features"
        : $"{Areas.Count} areas, {Observations.Count} observations, {Scores.Count} scores, {Geometries.Count} geometries";
}
