using NetTopologySuite.Geometries;

namespace Leefbaar.Core.ReadModels;

/// <summary>
/// <see cref="IAreaData"/> over lists held in memory: the form the model is tested with and the base of what-if
/// questions (copy, change a value, rebuild the features).
/// </summary>
public sealed class InMemoryAreaData(
    IEnumerable<AreaRow> areas,
    IEnumerable<(string Level, int Division, ObservationRow Row)> observations,
    IEnumerable<(string Level, int Division, string Code, Geometry Geometry)>? geometries = null,
    IEnumerable<(string Layer, LayerFeature Feature)>? layers = null) : IAreaData
{
    private readonly List<AreaRow> _areas = areas.OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
    private readonly List<(string Level, int Division, ObservationRow Row)> _observations = observations.ToList();
    private readonly List<(string Level, int Division, string Code, Geometry Geometry)> _geometries = geometries?.ToList() ?? [];
    private readonly List<(string Layer, LayerFeature Feature)> _layers = layers?.ToList() ?? [];

    /// <inheritdoc />
    public IReadOnlyList<AreaRow> Areas(string level, int division) =>
        _areas.Where(a => a.Level == level && a.Division == division).ToList();

    /// <inheritdoc />
    public IReadOnlyList<ObservationRow> Observations(string level, int division) =>
        _observations.Where(o => o.Level == level && o.Division == division).Select(o => o.Row).ToList();

    /// <inheritdoc />
    public IReadOnlyList<ObservationRow> ObservationsOfLevel(string level) =>
        _observations.Where(o => o.Level == level).Select(o => o.Row).ToList();

    /// <inheritdoc />
    public IReadOnlyDictionary<string, Geometry> Geometries(string level, int division) =>
        _geometries.Where(g => g.Level == level && g.Division == division).ToDictionary(g => g.Code, g => g.Geometry);

    /// <inheritdoc />
    public IReadOnlyList<LayerFeature> LayerFeatures(string layer) => _layers.Where(l => l.Layer == layer).Select(l => l.Feature).ToList();
}
