using Leefbaar.Core.ReadModels;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Leefbaar.Data.Store;

/// <summary>Map layers that are not areas (rail, stations, earthquakes, townscapes), read for the derived indicators.</summary>
public sealed partial class LeefbaarStore
{
    /// <summary>Every feature of <paramref name="layer"/> in RD New, in import order.</summary>
    public List<LayerFeature> LayerFeatures(string layer)
    {
        var reader = new WKBReader(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), 28992));
        return Query("SELECT wkb, value, year FROM layer_features WHERE layer = $layer ORDER BY dataset, rowid",
            r => new LayerFeature(reader.Read(Blob(r.GetValue(0))), r.IsDBNull(1) ? double.NaN : r.GetDouble(1), r.IsDBNull(2) ? null : r.GetInt32(2)),
            ("layer", layer));
    }

    /// <summary>Feature counts per layer, for `info`.</summary>
    public List<(string Layer, long Features)> LayerCounts() =>
        Query("SELECT layer, count(*) FROM layer_features GROUP BY layer ORDER BY layer", r => (r.GetString(0), r.GetInt64(1)));
}
