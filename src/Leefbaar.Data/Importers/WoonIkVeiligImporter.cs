using System.Text.Json;
using Leefbaar.Core.Areas;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;

namespace Leefbaar.Data.Importers;

/// <summary>
/// Reads the woonikveilig folder: per gemeente a JSON with nested wijken and buurten holding a renamed subset of
/// CBS KWB 2024 (85984NED), registered crime per year (47022NED) and RIVM health (50150NED). Each renamed field is
/// mapped back to a catalogue indicator; the 2024 division applies to all codes.
/// </summary>
public sealed class WoonIkVeiligImporter : IImporter
{
    /// <inheritdoc/>
    public string Format => "woonikveilig";

    /// <summary>Renamed field in "demografie" → catalogue indicator code.</summary>
    public static readonly IReadOnlyDictionary<string, string> DemografieFields = new Dictionary<string, string>
    {
        ["inwoners"] = "population",
        ["inwoners65plus"] = "population_65plus",
        ["inwoners0tot15"] = "population_0_14",
        ["dichtheid"] = "population_density",
        ["huishoudensgrootte"] = "household_size",
        ["huishoudens"] = "households",
        ["wozWaarde"] = "woz_mean",
        ["koopwoningen"] = "owner_occupied_pct",
        ["eengezinswoning"] = "single_family_pct",
        ["inkomenPerInwoner"] = "income_per_inhabitant",
        ["stedelijkheid"] = "urbanity",
        ["adressendichtheid"] = "address_density",
        ["oppervlakteLandHa"] = "land_area_ha",
        ["afstandHuisarts"] = "dist_gp_km",
        ["afstandSupermarkt"] = "dist_supermarket_km",
        ["afstandSchool"] = "dist_school_km",
        ["scholenBinnen3km"] = "schools_within_3km",
        ["postcode"] = "main_pc4",
    };

    /// <inheritdoc/>
    public void Read(string path, ManifestEntry entry, ImportBatch batch)
    {
        var division = entry.Division ?? 2024;
        var year = entry.Year ?? division;
        var gemeenteDir = Path.Combine(path, LevelName.Gemeente);
        if (!Directory.Exists(gemeenteDir)) throw new ImportException(path, "a folder with gemeente/GM####.json files");
        foreach (var file in Directory.GetFiles(gemeenteDir, "*.json").Order(StringComparer.Ordinal))
            ReadGemeente(file, division, year, batch);

        var nl = Path.Combine(path, "nl.json");
        if (File.Exists(nl))
        {
            using var doc = JsonFiles.Parse(nl);
            var land = AreaCode.Parse("NL00");
            batch.AddArea(new Area(land, division, JsonFiles.Text(doc.RootElement, "name") ?? "Nederland"));
            ReadValues(doc.RootElement, land, division, year, nl, 0, batch);
        }
        var provincies = Path.Combine(path, "provincies.json");
        if (File.Exists(provincies))
        {
            using var doc = JsonFiles.Parse(provincies);
            var list = Section(doc.RootElement, "provincies", provincies, 0)
                ?? throw new ImportException(provincies, "an object with a \"provincies\" array", field: "provincies", found: "(missing)", hint: "the file lists the 12 provincies as {\"provincies\": [{\"code\", \"name\", \"inwoners\"}]}");
            if (list.GetArrayLength() == 0) throw new ImportException(provincies, "at least one provincie", field: "provincies", found: "[]");
            var i = 0;
            foreach (var p in list.EnumerateArray())
            {
                batch.At(provincies, feature: i);
                var code = JsonFiles.Code(p, "code", provincies, i);
                batch.AddArea(new Area(code, division, JsonFiles.Text(p, "name") ?? ""));
                batch.Observe(code, division, year, "population", JsonFiles.Number(p, "inwoners", provincies, i), "85984NED");
                i++;
            }
        }
    }

    private static void ReadGemeente(string file, int division, int year, ImportBatch batch)
    {
        using var doc = JsonFiles.Parse(file);
        var root = doc.RootElement;
        var gm = JsonFiles.Code(root, "code", file, 0);
        if (gm.Level != AreaLevel.Gemeente) throw new ImportException(file, "a GM code at the top level", field: "code", found: gm.Value);
        AreaCode? pv = root.TryGetProperty(LevelName.Provincie, out var prov) && prov.ValueKind == JsonValueKind.Object ? JsonFiles.Code(prov, "code", file, 0) : null;
        batch.AddArea(new Area(gm, division, JsonFiles.Text(root, "name") ?? "", Provincie: pv));
        ReadValues(root, gm, division, year, file, 0, batch);

        var index = 1;
        // Every gemeente has wijken and buurten: a missing, empty or mistyped section would drop areas without a word.
        var wijken = Section(root, "wijken", file, 0);
        var buurten = Section(root, "buurten", file, 0);
        if (wijken is null || buurten is null || wijken.Value.GetArrayLength() == 0 || buurten.Value.GetArrayLength() == 0)
            throw new ImportException(file, "non-empty \"wijken\" and \"buurten\" arrays (every gemeente has both)", feature: 0,
                field: wijken is null || wijken.Value.GetArrayLength() == 0 ? "wijken" : "buurten", found: wijken is null || buurten is null ? "(missing)" : "[]",
                hint: "a partial export; download the gemeente file again");
        foreach (var w in wijken.Value.EnumerateArray())
        {
            var code = JsonFiles.Code(w, "code", file, index);
            if (code.Level != AreaLevel.Wijk) throw new ImportException(file, "a WK code in wijken[]", feature: index, field: "code", found: code.Value);
            batch.AddArea(new Area(code, division, JsonFiles.Text(w, "name") ?? "", Gemeente: gm, Provincie: pv));
            ReadValues(w, code, division, year, file, index++, batch);
        }
        foreach (var b in buurten.Value.EnumerateArray())
        {
            var code = JsonFiles.Code(b, "code", file, index);
            if (code.Level != AreaLevel.Buurt) throw new ImportException(file, "a BU code in buurten[]", feature: index, field: "code", found: code.Value);
            // The copy's "wijkCode" is "WK" + the buurt's 8 digits (a bug upstream); the CBS rule is the first 6 digits.
            var wijk = code.ParentByCode();
            batch.AddArea(new Area(code, division, JsonFiles.Text(b, "name") ?? "", Wijk: wijk, Gemeente: gm, Provincie: pv));
            ReadValues(b, code, division, year, file, index++, batch);
        }
    }

    private static void ReadValues(JsonElement area, AreaCode code, int division, int year, string file, long feature, ImportBatch batch)
    {
        batch.At(file, feature: feature);
        if (area.TryGetProperty("demografie", out var demo) && demo.ValueKind == JsonValueKind.Object)
        {
            foreach (var (field, indicator) in DemografieFields)
                batch.Observe(code, division, year, indicator, JsonFiles.Number(demo, field, file, feature), "85984NED");
        }
        if (area.TryGetProperty("veiligheid", out var crime) && crime.ValueKind == JsonValueKind.Object)
        {
            batch.Observe(code, division, year, "crime_per_1000", JsonFiles.Number(crime, "per1000", file, feature), "47022NED");
            if (crime.TryGetProperty("trend", out var trend) && trend.ValueKind == JsonValueKind.Object)
                foreach (var p in trend.EnumerateObject())
                    batch.Observe(code, division, ParseYear(p.Name, file, feature), "crime_count", JsonFiles.Number(trend, p.Name, file, feature), "47022NED");
        }
        if (area.TryGetProperty("gezondheid", out var health) && health.ValueKind == JsonValueKind.Object)
        {
            if (health.TryGetProperty("trend", out var trend) && trend.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in trend.EnumerateObject())
                {
                    var y = ParseYear(p.Name, file, feature);
                    var value = p.Value.ValueKind == JsonValueKind.Object
                        ? JsonFiles.Number(p.Value, "goedErvarenGezondheid", file, feature)
                        : JsonFiles.Number(trend, p.Name, file, feature);
                    batch.Observe(code, division, y, "health_good_pct", value, "50150NED");
                }
            }
            else
            {
                batch.Observe(code, division, year, "health_good_pct", JsonFiles.Number(health, "goedErvarenGezondheid", file, feature), "50150NED");
            }
        }
    }

    // A section that is present must be an array; absent gives null.
    private static JsonElement? Section(JsonElement obj, string name, string file, long feature)
    {
        if (obj.ValueKind != JsonValueKind.Object) throw new ImportException(file, "a JSON object", feature: feature, found: obj.ValueKind.ToString());
        if (!obj.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        return v.ValueKind == JsonValueKind.Array ? v : throw new ImportException(file, $"\"{name}\" as an array", feature: feature, field: name, found: v.ValueKind.ToString());
    }

    private static int ParseYear(string text, string file, long feature) =>
        int.TryParse(text, out var y) && y is > 1900 and < 2100 ? y : throw new ImportException(file, "a year such as 2024", feature: feature, field: "trend", found: text);
}
