using System.Text;
using System.Text.Json;
using Leefbaar.Core.Errors;
using Leefbaar.Data.Import;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace Leefbaar.App.CustomAreas;

/// <summary>
/// Reads drawn areas from GeoJSON (a FeatureCollection, one Feature or a bare Polygon/MultiPolygon; lon/lat as
/// RFC 7946 prescribes, or RD New when the coordinates or a "crs" member say so). Each feature's name comes from a
/// "name"/"naam" property, its code from "code"/"id". A self-intersecting ring is repaired (and flagged), a point or
/// line is refused naming the feature. Errors are <see cref="InvalidInputException"/>s, as the API reports them.
/// </summary>
public static class DrawnAreaReader
{
    /// <summary>Most areas in one request or file.</summary>
    public const int MaxAreas = 100;

    /// <summary>Most vertices over all areas: a detailed gemeente boundary has ~20,000.</summary>
    public const int MaxVertices = 200_000;

    /// <summary>Reads a GeoJSON file.</summary>
    public static List<DrawnArea> FromFile(string path)
    {
        if (!File.Exists(path)) throw new InvalidInputException($"{path}: file not found.");
        return FromBytes(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads GeoJSON bytes; <paramref name="source"/> names them in errors.</summary>
    public static List<DrawnArea> FromBytes(byte[] bytes, string source)
    {
        try
        {
            using var doc = JsonFiles.Parse(bytes, source);
            using var collection = AsFeatureCollection(doc.RootElement, source);
            var areas = new List<DrawnArea>();
            var vertices = 0;
            GeoJsonFeatureReader.Read(collection.RootElement, source, null, f =>
            {
                if (areas.Count == MaxAreas)
                    throw new ImportException(source, $"at most {MaxAreas} areas", feature: f.Index);
                vertices += f.Geometry?.NumPoints ?? 0;
                if (vertices > MaxVertices)
                    throw new ImportException(source, $"at most {MaxVertices:N0} vertices over all areas", feature: f.Index, field: "geometry", hint: "simplify the polygons");
                areas.Add(ToArea(source, f));
            });
            if (areas.Count == 0) throw new ImportException(source, "at least one polygon feature", field: "features");
            return areas;
        }
        catch (ImportException e)
        {
            throw new InvalidInputException(e.Message);
        }
    }

    private static DrawnArea ToArea(string source, GeoFeature f)
    {
        if (f.Geometry is not (Polygon or MultiPolygon) || f.Geometry.IsEmpty)
            throw new ImportException(source, "a Polygon or MultiPolygon", feature: f.Index, field: "geometry", found: f.Geometry?.GeometryType ?? "no geometry");
        var shape = f.Geometry;
        var repaired = !shape.IsValid;
        if (repaired) shape = GeometryFixer.Fix(shape);
        if (shape.Area <= 0)
            throw new ImportException(source, "a polygon with an area", feature: f.Index, field: "geometry", found: "zero area");
        var n = f.Index + 1;
        return new DrawnArea(Text(f.Properties, "code", "id") ?? $"custom-{n}", Text(f.Properties, "name", "naam") ?? $"Gebied {n}", shape, repaired);
    }

    private static string? Text(JsonElement props, params string[] names)
    {
        if (props.ValueKind != JsonValueKind.Object) return null;
        foreach (var name in names)
            if (props.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                var s = v.ToString().Trim();
                if (s.Length > 0) return s.Length > 120 ? s[..120] : s;
            }
        return null;
    }

    // One Feature or a bare geometry is read as a collection of one, so every shape goes through the same checks.
    private static JsonDocument AsFeatureCollection(JsonElement root, string source)
    {
        var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var json = type switch
        {
            "FeatureCollection" => root.GetRawText(),
            "Feature" => $"{{\"type\":\"FeatureCollection\",\"features\":[{root.GetRawText()}]}}",
            "Polygon" or "MultiPolygon" => $"{{\"type\":\"FeatureCollection\",\"features\":[{{\"type\":\"Feature\",\"properties\":{{}},\"geometry\":{root.GetRawText()}}}]}}",
            _ => throw new ImportException(source, "GeoJSON: a FeatureCollection, a Feature or a Polygon/MultiPolygon", field: "type", found: type ?? "(none)"),
        };
        return JsonDocument.Parse(Encoding.UTF8.GetBytes(json), new JsonDocumentOptions { MaxDepth = JsonFiles.MaxDepth });
    }
}
