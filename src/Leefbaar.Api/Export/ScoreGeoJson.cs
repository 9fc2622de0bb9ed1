using System.Text.Json;
using Leefbaar.Api.Contracts;
using Leefbaar.Api.Tiles;
using NetTopologySuite.IO.Converters;

namespace Leefbaar.Api.Export;

/// <summary>
/// Writes a score page as a GeoJSON FeatureCollection in WGS84; features without a boundary get a null geometry.
/// Properties are flat (the CSV's columns, then the model's interval, class range and P(zwak)), so QGIS and other
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
                Properties(w, row);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static void Properties(Utf8JsonWriter w, ScoreRow row)
    {
        var s = row.Score;
        var c = s.Classes;
        w.WriteStartObject();
        w.WriteString("code", row.Code);
        w.WriteString("name", row.Name);
        Text(w, "gemeente", row.Gemeente);
        w.WriteString("source", s.Source);
        w.WriteString("release", s.Release);
        w.WriteNumber("year", s.Year);
        foreach (var (name, value) in new[] { ("afw", s.Afw), ("won", s.Won), ("fys", s.Fys), ("vrz", s.Vrz), ("soc", s.Soc), ("onv", s.Onv), ("lbm", s.Lbm) })
            Number(w, name, value);
        foreach (var (name, value) in new[] { ("kscore", c.Total), ("kafw", c.Afw), ("kwon", c.Won), ("kfys", c.Fys), ("kvrz", c.Vrz), ("ksoc", c.Soc), ("konv", c.Onv) })
            Number(w, name, value);
        Text(w, "label_nl", s.Label?.Nl);
        Text(w, "label_en", s.Label?.En);
        if (s.Reliable is { } r) w.WriteBoolean("reliable", r); else w.WriteNull("reliable");
        Number(w, "afw_lower", s.AfwLower);
        Number(w, "afw_upper", s.AfwUpper);
        Number(w, "class_low", s.ClassLow);
        Number(w, "class_high", s.ClassHigh);
        Number(w, "p_weak", s.PWeak);
        w.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) w.WriteNumber(name, v); else w.WriteNull(name);
    }
}
