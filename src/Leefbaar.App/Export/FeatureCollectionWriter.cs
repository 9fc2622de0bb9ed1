using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Leefbaar.App.Export;

/// <summary>
/// The one GeoJSON FeatureCollection writer of score exports (CLI `score --format geojson` and the API's downloads):
/// each feature has the area code as id, a WGS84 geometry or null, and flat properties written by the caller.
/// </summary>
public static class FeatureCollectionWriter
{
    private static readonly JsonSerializerOptions GeometryOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>
    /// The GeoJSON bytes of <paramref name="rows"/>; <paramref name="header"/> adds members before "features"
    /// (demo flag, release, paging), <paramref name="wgs84"/> gives a row's geometry in lon/lat.
    /// </summary>
    public static byte[] Write<T>(IEnumerable<T> rows, Func<T, string> code, Func<T, Geometry?> wgs84,
        Action<Utf8JsonWriter, T> properties, Action<Utf8JsonWriter>? header = null)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            header?.Invoke(w);
            w.WriteStartArray("features");
            foreach (var row in rows)
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WriteString("id", code(row));
                w.WritePropertyName("geometry");
                if (wgs84(row) is { } g) JsonSerializer.Serialize(w, g, GeometryOptions);
                else w.WriteNullValue();
                w.WritePropertyName("properties");
                properties(w, row);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }
}
