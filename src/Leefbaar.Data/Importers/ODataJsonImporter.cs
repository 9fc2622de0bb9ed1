using System.Text.Json;
using Leefbaar.Core.Areas;
using Leefbaar.Data.Catalogue;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Data.StatLine;

namespace Leefbaar.Data.Importers;

/// <summary>
/// Reads one page of a CBS OData (v3 or v4) TypedDataSet: {"value": [{"WijkenEnBuurten": "BU…  ", "AantalInwoners_5": …}]}.
/// Pages that "odata.nextLink" / "@odata.nextLink" point to are separate files of the same manifest entry (a glob).
/// The code property is "WijkenEnBuurten", "RegioS" or "Codering_3", or option "code"; "Perioden" ("2024JJ00")
/// gives the year, else the manifest. Every numeric property becomes an indicator (KWB typed names by catalogue
/// code, others by a snake_case code of the name); "ID" and text properties are skipped; JSON null is missing.
/// </summary>
public sealed class ODataJsonImporter : IImporter
{
    private static readonly string[] CodeNames = ["WijkenEnBuurten", "RegioS", "Codering_3", "Regio"];

    /// <inheritdoc/>
    public string Format => "cbs-odata";

    /// <inheritdoc/>
    public void Read(string path, ManifestEntry entry, ImportBatch batch)
    {
        var source = entry.Source ?? entry.Id;
        var prefix = entry.Option("prefix") ?? "";
        using var doc = JsonFiles.Parse(path);
        if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("value", out var values) || values.ValueKind != JsonValueKind.Array)
            throw new ImportException(path, "an OData page {\"value\": [ … ]}", field: "value", found: doc.RootElement.ValueKind.ToString());
        long index = 0;
        foreach (var row in values.EnumerateArray())
        {
            batch.At(path, feature: index);
            if (row.ValueKind != JsonValueKind.Object) throw new ImportException(path, "an object per row", feature: index, found: row.ValueKind.ToString());
            var codeName = entry.Option("code") ?? CodeNames.FirstOrDefault(n => row.TryGetProperty(n, out _))
                ?? throw new ImportException(path, $"an area code property ({string.Join(", ", CodeNames)} or option \"code\")", feature: index, found: "(none)");
            var code = JsonFiles.Code(row, codeName, path, index);
            var year = JsonFiles.Text(row, "Perioden") is { } period
                ? StatLineDocument.ParseYear(period) ?? throw new ImportException(path, "a period such as 2024JJ00", feature: index, field: "Perioden", found: period)
                : entry.Year ?? throw new ImportException(path, "a \"Perioden\" property or \"year\" in the manifest", feature: index, field: "Perioden");
            var division = entry.Division ?? year;
            batch.AddArea(new Area(code, division, JsonFiles.Text(row, "Title") ?? "", Wijk: code.Level == AreaLevel.Buurt ? code.ParentByCode() : null, Gemeente: code.GemeenteByCode()));
            if (!BatchKeys.Add(batch, $"odata|{code.Value}|{division}|{year}|{source}"))
                throw new ImportException(path, "one row per area and period across all pages", feature: index, field: codeName, found: $"{code.Value} {year} (duplicate key)");
            foreach (var p in row.EnumerateObject())
            {
                if (p.Name == codeName || p.Name is "ID" or "Perioden" or "Title") continue;
                // Text properties (Gemeentenaam_1, SoortRegio_2) are skipped; a known numeric column holding text is an error below.
                if (p.Value.ValueKind == JsonValueKind.String && !KwbColumnNames.ByTypedName.ContainsKey(p.Name)) continue;
                if (p.Value.ValueKind == JsonValueKind.Null) continue;
                var indicator = KwbColumnNames.ByTypedName.TryGetValue(p.Name, out var known) ? known : prefix + IndicatorCodes.FromTypedName(p.Name);
                batch.Observe(code, division, year, indicator, JsonFiles.Number(row, p.Name, path, index), source);
            }
            index++;
        }
    }
}
