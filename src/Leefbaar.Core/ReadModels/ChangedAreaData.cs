using NetTopologySuite.Geometries;

namespace Leefbaar.Core.ReadModels;

/// <summary>
/// A read-only view that answers like <paramref name="inner"/> except for changed values of observed indicators of
/// some areas (the what-if question): every derivation built on it — shares, neighbourhood averages, postcode and
/// parent context — then follows the change exactly as it would from real data.
/// </summary>
public sealed class ChangedAreaData(IAreaData inner, IReadOnlyDictionary<(string Code, string Indicator), double> changes) : IAreaData
{
    /// <inheritdoc />
    public IReadOnlyList<AreaRow> Areas(string level, int division) => inner.Areas(level, division);

    /// <inheritdoc />
    public IReadOnlyList<ObservationRow> Observations(string level, int division) => Apply(inner.Observations(level, division));

    /// <inheritdoc />
    public IReadOnlyList<ObservationRow> ObservationsOfLevel(string level) => Apply(inner.ObservationsOfLevel(level));

    /// <inheritdoc />
    public IReadOnlyDictionary<string, Geometry> Geometries(string level, int division) => inner.Geometries(level, division);

    /// <inheritdoc />
    public IReadOnlyList<LayerFeature> LayerFeatures(string layer) => inner.LayerFeatures(layer);

    // Every year of a changed indicator takes the new value, so "the latest value up to the year" is the new one.
    private IReadOnlyList<ObservationRow> Apply(IReadOnlyList<ObservationRow> rows) =>
        rows.Select(o => changes.TryGetValue((o.Code, o.Indicator), out var v) ? o with { Value = v } : o).ToList();
}
