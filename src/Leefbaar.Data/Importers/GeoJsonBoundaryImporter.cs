using Leefbaar.Core.Areas;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;

namespace Leefbaar.Data.Importers;

/// <summary>
/// Reads area boundaries from any GeoJSON FeatureCollection (WGS84, EPSG:4289 lon/lat or RD New). The code and
/// name properties are found among the usual CBS/PDOK names or set with the options "code" and "name"; a file with
/// names only gets its codes from option "codes-from" (a JSON file in the data folder, see <see cref="NameCodeLookup"/>).
/// Option "attributes" keeps numeric properties as observations (CBS sentinels ≤ -99990 are missing).
/// </summary>
public sealed class GeoJsonBoundaryImporter : IImporter
{
    internal static readonly string[] CodeNames = ["code", "statcode", "bu_code", "wk_code", "gm_code", "buurtcode", "wijkcode", "gemeentecode", "GM_CODE", "WK_CODE", "BU_CODE", "PV_CODE", "id"];
    internal static readonly string[] NameNames = ["naam", "name", "statnaam", "bu_naam", "wk_naam", "gm_naam", "buurtnaam", "wijknaam", "gemeentenaam", "GM_NAAM", "WK_NAAM", "BU_NAAM", "PV_NAAM"];

    /// <inheritdoc/>
    public string Format => "geojson";

    /// <inheritdoc/>
    public void Read(string path, ManifestEntry entry, ImportBatch batch)
    {
        var division = entry.DivisionOrYear();
        var codeProp = entry.Option("code");
        var nameProp = entry.Option("name");
        AreaLevel? level = entry.Level is null ? null : AreaLevels.Parse(entry.Level);
        var seen = new HashSet<string>();
        var lookup = entry.Option("codes-from") is { } codesFrom ? NameCodeLookup.Load(path, entry, codesFrom) : null;
        var attributes = AttributeOption.Parse(entry.Option("attributes"), entry.Id);
        var year = entry.Year ?? division;
        var source = entry.Source ?? entry.Id;
        GeoJsonFeatureReader.Read(path, entry.Crs, f =>
        {
            batch.At(path, feature: f.Index);
            var nprop = nameProp ?? NameNames.FirstOrDefault(n => JsonFiles.Text(f.Properties, n) is not null);
            var name = nprop is null ? "" : JsonFiles.Text(f.Properties, nprop) ?? "";
            var cprop = codeProp ?? CodeNames.FirstOrDefault(n => JsonFiles.Text(f.Properties, n) is not null);
            AreaCode code;
            if (cprop is null && lookup is not null)
            {
                cprop = nprop ?? "name";
                code = lookup.Find(name) ?? throw new ImportException(path, $"a name listed in {Path.GetFileName(lookup.File)} (option \"codes-from\")", feature: f.Index, field: cprop, found: name);
            }
            else
            {
                if (cprop is null) throw new ImportException(path, $"a code property ({string.Join(", ", CodeNames.Take(6))}, … or option \"code\")", feature: f.Index, found: "(none)");
                // Province files often carry the bare number ("26") instead of "PV26".
                var raw = JsonFiles.Text(f.Properties, cprop);
                code = level == AreaLevel.Provincie && raw is { Length: 2 } && AreaCode.TryParse("PV" + raw, out var pv)
                    ? pv
                    : JsonFiles.Code(f.Properties, cprop, path, f.Index);
            }
            if (level is not null && code.Level != level)
                throw new ImportException(path, $"{level.Value.Name()} codes as declared in the manifest", feature: f.Index, field: cprop, found: code.Value);
            if (!seen.Add(code.Value)) throw new ImportException(path, "each area code once", feature: f.Index, field: cprop, found: code.Value + " (duplicate key)");
            batch.AddArea(new Area(code, division, name.Trim(), Wijk: code.Level == AreaLevel.Buurt ? code.ParentByCode() : null, Gemeente: code.GemeenteByCode()));
            if (f.Geometry is not null) batch.Geometries.Add(new GeometryRecord(code, division, f.Geometry));
            foreach (var (property, indicator) in attributes)
                batch.Observe(code, division, year, indicator, JsonFiles.Number(f.Properties, property, path, f.Index) is { } v && v > DbfValues.SentinelLimit ? v : null, source);
        });
    }
}
