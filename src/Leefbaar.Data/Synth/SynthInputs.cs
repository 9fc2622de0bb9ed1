using Leefbaar.Core.Areas;
using System.Text.Json;
using Leefbaar.Data.Import;
using NetTopologySuite.Geometries;

namespace Leefbaar.Data.Synth;

/// <summary>
/// Reads the marginals the synthetic Netherlands follows from the shared data folder: inhabitants, households,
/// urbanity and registered crimes per buurt 2024 (woonikveilig/gemeente/GM####.json, CBS 85984NED and 47022NED)
/// and buurt and gemeente polygons (lbm3-2024, reprojected to RD New). The wijk is the CBS code prefix
/// (BU + gemeente 4 + wijk 2 + buurt 2), because the source's wijkCode field repeats the buurt digits.
/// </summary>
public static class SynthInputs
{
    /// <summary>The buurten of <paramref name="scale"/>, ordered by code.</summary>
    public static List<SynthBuurt> Load(string dataDir, SynthScale scale)
    {
        var kwbDir = Path.Combine(dataDir, "woonikveilig", LevelName.Gemeente);
        var polygonDir = Path.Combine(dataDir, "lbm3-2024", "buurten");
        if (!Directory.Exists(kwbDir)) throw new ImportException(kwbDir, "the folder woonikveilig/gemeente with one GM####.json per gemeente");
        if (!Directory.Exists(polygonDir)) throw new ImportException(polygonDir, "the folder lbm3-2024/buurten with buurt polygons per province");

        var rows = new List<(string Code, string Name, string Wijk, string Gm, string Pv, int Inh, int Hh, int Crimes, int Urb)>();
        var kwbFiles = scale.Gemeente is { } one ? [Path.Combine(kwbDir, one + ".json")] : Directory.GetFiles(kwbDir, "GM*.json").Order(StringComparer.Ordinal).ToArray();
        foreach (var file in kwbFiles.Where(File.Exists))
        {
            using var doc = JsonFiles.Parse(file);
            var root = doc.RootElement;
            var gm = root.GetProperty("code").GetString()!;
            var pv = root.TryGetProperty(LevelName.Provincie, out var p) && p.ValueKind == JsonValueKind.Object ? p.GetProperty("code").GetString()! : "";
            if (!scale.Includes(gm, pv)) continue;
            if (!root.TryGetProperty("buurten", out var buurten) || buurten.ValueKind != JsonValueKind.Array)
                throw new ImportException(file, "a \"buurten\" array", field: "buurten");
            var index = 0;
            foreach (var b in buurten.EnumerateArray())
            {
                var code = b.TryGetProperty("code", out var c) ? c.GetString() : null;
                if (code is null || !code.StartsWith("BU", StringComparison.Ordinal))
                    throw new ImportException(file, "a buurt code BU########", feature: index, field: "code", found: code ?? "nothing");
                var demo = b.TryGetProperty("demografie", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
                var safety = b.TryGetProperty("veiligheid", out var v) && v.ValueKind == JsonValueKind.Object ? v : default;
                rows.Add((code, b.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "",
                    "WK" + code[2..8], gm, pv,
                    Int(demo, "inwoners"), Int(demo, "huishoudens"), Int(safety, "laatste12Maanden"), Math.Clamp(Int(demo, "stedelijkheid"), 0, 5)));
                index++;
            }
        }
        var codes = rows.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var gemeenten = rows.Select(r => r.Gm).ToHashSet(StringComparer.Ordinal);
        var polygons = new Dictionary<string, Geometry>(StringComparer.Ordinal);
        // The buurt files are named by province number (20.geojson = PV20); read only those of the provinces in scale.
        var provinces = rows.Select(r => r.Pv.Length > 2 ? r.Pv[2..] : "").ToHashSet(StringComparer.Ordinal);
        var files = Directory.GetFiles(polygonDir, "*.geojson").Order(StringComparer.Ordinal).ToList();
        if (files.Any(f => provinces.Contains(Path.GetFileNameWithoutExtension(f))))
            files = files.Where(f => provinces.Contains(Path.GetFileNameWithoutExtension(f))).ToList();
        foreach (var file in files)
            GeoJsonFeatureReader.Read(file, "EPSG:4326", f =>
            {
                if (f.Geometry is not null && f.Properties.ValueKind == JsonValueKind.Object && f.Properties.TryGetProperty("code", out var c)
                    && c.GetString() is { } code && codes.Contains(code))
                    polygons[code] = f.Geometry;
            });
        var gemeentePolygons = new Dictionary<string, Geometry>(StringComparer.Ordinal);
        var gemeenteFile = Path.Combine(dataDir, "lbm3-2024", "gemeenten.geojson");
        if (File.Exists(gemeenteFile))
            GeoJsonFeatureReader.Read(gemeenteFile, "EPSG:4326", f =>
            {
                if (f.Geometry is not null && f.Properties.ValueKind == JsonValueKind.Object && f.Properties.TryGetProperty("code", out var c)
                    && c.GetString() is { } code && gemeenten.Contains(code))
                    gemeentePolygons[code] = f.Geometry;
            });
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new SynthBuurt(r.Code, r.Name, r.Wijk, r.Gm, r.Pv, r.Inh, r.Hh, r.Crimes, r.Urb,
                polygons.GetValueOrDefault(r.Code), gemeentePolygons.GetValueOrDefault(r.Gm)))
            .ToList();
    }

    private static int Int(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? (int)Math.Round(v.GetDouble()) : 0;
}
