using Leefbaar.Core.ReadModels;
using NetTopologySuite.Geometries;

namespace Leefbaar.Data.Store;

/// <summary>The store as the model's read-only <see cref="IAreaData"/> view.</summary>
public sealed partial class LeefbaarStore : IAreaData
{
    IReadOnlyList<AreaRow> IAreaData.Areas(string level, int division) => Areas(level, division);
    IReadOnlyList<ObservationRow> IAreaData.Observations(string level, int division) => Observations(level, division);
    IReadOnlyList<ObservationRow> IAreaData.ObservationsOfLevel(string level) => ObservationsOfLevel(level);
    IReadOnlyDictionary<string, Geometry> IAreaData.Geometries(string level, int division) => Geometries(level, division);
    IReadOnlyList<LayerFeature> IAreaData.LayerFeatures(string layer) => LayerFeatures(layer);
}
