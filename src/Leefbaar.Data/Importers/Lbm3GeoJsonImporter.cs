using System.Text.Json;
using Leefbaar.Core.Areas;
using Leefbaar.Core.Scores;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;

namespace Leefbaar.Data.Importers;

/// <summary>
/// Reads the official Leefbaarometer 3.0 scores with geometry as re-published per province (code, naam,
/// provincie_code, raw{kscore, kafw, k*, afw, won, fys, vrz, soc, onv, year}). Features without raw scores
/// (the withheld provinces) still yield their area and geometry. The absolute lbm is not in these files.
/// Provincie files are averages made by the publisher of the copy, not official, so their scores are skipped.
/// </summary>
public sealed class Lbm3GeoJsonImporter : IImporter
{
    /// <inheritdoc/>
    public string Format => "lbm3-geojson";

    /// <inheritdoc/>
    public void Read(string path, ManifestEntry entry, ImportBatch batch)
    {
        var release = entry.Release ?? "lbm3-2024";
        var division = entry.DivisionOrYear();
        var year = entry.RequireYear();
        var seen = new HashSet<string>();
        GeoJsonFeatureReader.Read(path, entry.Crs, f =>
        {
            batch.At(path, feature: f.Index);
            // The province file carries the bare number ("24"), the others full codes.
            var code = JsonFiles.Text(f.Properties, "code") is { Length: 2 } pvNumber && AreaCode.TryParse("PV" + pvNumber, out var pvCode)
                ? pvCode
                : JsonFiles.Code(f.Properties, "code", path, f.Index);
            if (!seen.Add(code.Value)) throw new ImportException(path, "each area code once", feature: f.Index, field: "code", found: code.Value + " (duplicate key)");
            var pvText = JsonFiles.Text(f.Properties, "provincie_code");
            AreaCode? pv = code.Level == AreaLevel.Provincie || pvText is null ? null
                : AreaCode.TryParse("PV" + pvText, out var parsedPv) && parsedPv.Level == AreaLevel.Provincie ? parsedPv
                : throw new ImportException(path, "a provincie number 20–31", feature: f.Index, field: "provincie_code", found: pvText, hint: "the number without 'PV', e.g. \"26\" for Utrecht");
            batch.AddArea(new Area(code, division, JsonFiles.Text(f.Properties, "naam") ?? "",
                Wijk: code.Level == AreaLevel.Buurt ? code.ParentByCode() : null,
                Gemeente: code.GemeenteByCode(), Provincie: pv));
            if (f.Geometry is not null) batch.Geometries.Add(new GeometryRecord(code, division, f.Geometry));
            if (code.Level != AreaLevel.Provincie && f.Properties.TryGetProperty("raw", out var raw) && raw.ValueKind == JsonValueKind.Object)
                batch.AddScore(ReadScore(raw, code, year, release, path, f.Index));
        });
    }

    private static OfficialScore ReadScore(JsonElement raw, AreaCode code, int year, string release, string file, long i)
    {
        double? N(string name) => JsonFiles.Number(raw, name, file, i);
        int? K(string name)
        {
            var v = N(name);
            if (v is null) return null;
            return v is >= 1 and <= 9 && v == Math.Floor(v.Value) ? (int)v : throw new ImportException(file, "a class 1–9", feature: i, field: "raw." + name, found: v.ToString());
        }
        if (JsonFiles.Text(raw, "year") is { } y && y != year.ToString())
            throw new ImportException(file, $"measurement year {year} as in the manifest", feature: i, field: "raw.year", found: y);
        var afw = N("afw") ?? throw new ImportException(file, "a number", feature: i, field: "raw.afw", found: "(missing)");
        return new OfficialScore(code, year, release, Lbm: null, afw, N("won"), N("fys"), N("vrz"), N("soc"), N("onv"),
            K("kscore"), K("kafw"), K("kwon"), K("kfys"), K("kvrz"), K("ksoc"), K("konv"));
    }
}
