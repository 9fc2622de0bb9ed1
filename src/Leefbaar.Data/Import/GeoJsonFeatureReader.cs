using System.Text.Json;
using Leefbaar.Geo.Projection;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Leefbaar.Data.Import;

/// <summary>One GeoJSON feature: its index in the file, its properties and its geometry already in RD New.</summary>
public readonly record struct GeoFeature(long Index, JsonElement Properties, Geometry? Geometry);

/// <summary>
/// Reads GeoJSON FeatureCollections feature by feature, reprojecting to RD New. The CRS comes from the file's
/// "crs" member, else the manifest, else the coordinates themselves; a declared CRS that the coordinates
/// contradict (lon/lat numbers declared as RD New, or the reverse) is refused as a wrong CRS.
/// </summary>
public static class GeoJsonFeatureReader
{
    private static readonly JsonSerializerOptions GeometryOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>Reads all features of <paramref name="file"/>; the JsonDocument is disposed after the callback for each file.</summary>
    public static void Read(string file, string? manifestCrs, Action<GeoFeature> onFeature, bool latin1 = false)
    {
        using var doc = JsonFiles.Parse(file, latin1);
        Read(doc.RootElement, file, manifestCrs, onFeature);
    }

    /// <summary>Reads the features of a parsed FeatureCollection; <paramref name="file"/> names it in errors.</summary>
    public static void Read(JsonElement root, string file, string? manifestCrs, Action<GeoFeature> onFeature)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            throw new ImportException(file, "a GeoJSON FeatureCollection with a \"features\" array");

        var declared = DeclaredCrs(root) ?? CrsNames.TryParse(manifestCrs);
        Crs? crs = null;
        long index = 0;
        foreach (var feature in features.EnumerateArray())
        {
            var props = feature.TryGetProperty("properties", out var p) ? p : default;
            Geometry? geometry = null;
            if (feature.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object)
            {
                Geometry raw;
                try
                {
                    raw = g.Deserialize<Geometry>(GeometryOptions) ?? throw new JsonException("empty geometry");
                }
                catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException)
                {
                    throw new ImportException(file, "a valid GeoJSON geometry", feature: index, field: "geometry", found: e.Message, inner: e);
                }
                crs ??= CrsCheck.Resolve(file, index, declared, raw);
                CrsCheck.EnsureInside(file, index, crs.Value, raw);
                geometry = RdReprojector.ToRd(raw, crs.Value);
            }
            onFeature(new GeoFeature(index, props, geometry));
            index++;
        }
    }

    private static Crs? DeclaredCrs(JsonElement root)
    {
        if (!root.TryGetProperty("crs", out var crs) || crs.ValueKind != JsonValueKind.Object) return null;
        if (crs.TryGetProperty("properties", out var p) && p.TryGetProperty("name", out var name)) return CrsNames.TryParse(name.GetString());
        return null;
    }
}
