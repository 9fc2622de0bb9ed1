using NetTopologySuite.Geometries;

namespace Leefbaar.Core.ReadModels;

/// <summary>
/// Read-only view of the canonical areas, observations and boundaries that the model and the analysis build on.
/// The store implements it for the application layer; tests and what-if questions use an in-memory copy, so the
/// model never needs a database (design.md: "a model and analysis that never see the store").
/// </summary>
public interface IAreaData
{
    /// <summary>Areas of one level in one CBS division, ordered by code.</summary>
    IReadOnlyList<AreaRow> Areas(string level, int division);

    /// <summary>Every observation of a level in one division (long form).</summary>
    IReadOnlyList<ObservationRow> Observations(string level, int division);

    /// <summary>Every observation of a level over all divisions (PC4 tables carry no division).</summary>
    IReadOnlyList<ObservationRow> ObservationsOfLevel(string level);

    /// <summary>Boundaries (RD New) of a level in one division, by code.</summary>
    IReadOnlyDictionary<string, Geometry> Geometries(string level, int division);

    /// <summary>Every feature of a named map layer (rail, stations, earthquakes …); empty when it was never imported.</summary>
    IReadOnlyList<LayerFeature> LayerFeatures(string layer);
}
