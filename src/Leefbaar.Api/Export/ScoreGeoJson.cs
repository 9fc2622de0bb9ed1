using System.Text.Json;
using Leefbaar.Api.Contracts;
using Leefbaar.Api.Tiles;
using Leefbaar.App.Export;
using NetTopologySuite.IO.Converters;

namespace Leefbaar.Api.Export;

/// <summary>
/// Writes a score page as a GeoJSON FeatureCollection in WGS84; features without a boundary get a null geometry.
/// Properties are flat and named as the CSV columns (<see cref="ScoreGeoJsonProperties"/>), so QGIS and other
/// GIS tools show one attribute column per value.
/// </summary>
public static class ScoreGeoJson
{
    private static readonly JsonSerializerOptions GeometryOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>The GeoJSON bytes.</summary>
    public static byte[] Write(ScorePage page, LevelGeometries? shapes)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteBoolean("demo", page.Demo);
            if (page.Notice is not null) w.WriteString("notice", page.Notice);
            w.WriteString("source", page.Source);
            w.WriteString("level", page.Level);
            w.WriteNumber("year", page.Year);
            w.WriteString("release", page.Release);
            w.WriteNumber("page", page.Page);
            w.WriteNumber("pages", page.Pages);
            w.WriteNumber("total", page.Total);
            if (page.FillRelease is not null) w.WriteString("fillRelease", page.FillRelease);
            w.WriteStartArray("features");
            foreach (var row in page.Items)
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WriteString("id", row.Code);
                w.WritePropertyName("geometry");
                if (shapes?.ByCode.GetValueOrDefault(row.Code) is { } shape) JsonSerializer.Serialize(w, shape.Geometry, GeometryOptions);
                else w.WriteNullValue();
                w.WritePropertyName("properties");
                ScoreGeoJsonProperties.Write(w, ScoreCsv.Row(row));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }
}
