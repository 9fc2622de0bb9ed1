using Leefbaar.Core.Areas;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Leefbaar.Core.Errors;
using Leefbaar.Data.Import;
using Leefbaar.Data.Store;
using Leefbaar.Data.UserIndicators;
using Leefbaar.Model.Catalogue;

namespace Leefbaar.App.UserIndicators;

/// <summary>One entry of a user catalogue file: an indicator definition plus the licence of its values.</summary>
public sealed record UserCatalogueEntry
{
    /// <summary>The definition (code, nl, en, unit, source, dimension, direction, note).</summary>
    [JsonPropertyName("indicator")] public required IndicatorDefinition Indicator { get; init; }
    /// <summary>Licence of the values, e.g. "CC BY 4.0" or "intern, niet voor publicatie".</summary>
    [JsonPropertyName("licence")] public required string Licence { get; init; }
}

/// <summary>A stored user indicator: its checked definition, licence and the dataset holding its values.</summary>
public sealed record UserIndicator(IndicatorDefinition Definition, string Licence, string Dataset);

/// <summary>
/// A gemeente's own indicators (`leefbaar indicators add`): a catalogue file (JSON array of
/// <see cref="UserCatalogueEntry"/>) checked by <see cref="UserIndicatorRules"/>, and a values CSV
/// (<see cref="UserIndicatorCsv"/>), stored together in one transaction as dataset "user-&lt;file name&gt;". The
/// values are shown in profiles with their source; the default release never uses them.
/// </summary>
public static class UserIndicatorService
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, WriteIndented = false };

    /// <summary>Checks and stores; returns the definitions and the number of values stored.</summary>
    public static (IReadOnlyList<UserIndicator> Indicators, int Values) Add(LeefbaarStore store, string valuesCsv, string catalogueJson, int year, DateTime now)
    {
        var entries = ReadCatalogue(catalogueJson);
        var checkedDefs = entries.Select((e, i) => (Definition: UserIndicatorRules.Check(e.Indicator, e.Licence, IndicatorCatalogue.Default,
            $"{catalogueJson}, entry {i + 1} ('{e.Indicator.Code}')"), e.Licence)).ToList();
        if (checkedDefs.GroupBy(d => d.Definition.Code).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InvalidInputException($"{catalogueJson}: indicator '{twice.Key}' is defined {twice.Count()} times.");
        var dataset = "user-" + Path.GetFileNameWithoutExtension(valuesCsv).ToLowerInvariant();
        var areas = store.AllAreasNewestDivision().Where(a => a.Level is LevelName.Buurt or LevelName.Wijk or LevelName.Gemeente)
            .GroupBy(a => a.Code).ToDictionary(g => g.Key, g => g.Max(a => a.Division), StringComparer.Ordinal);
        ImportBatch batch;
        try
        {
            batch = UserIndicatorCsv.Read(valuesCsv, checkedDefs.ToDictionary(d => d.Definition.Code, d => d.Definition.Source, StringComparer.Ordinal), areas, year);
        }
        catch (ImportException e)
        {
            throw new InvalidInputException(e.Message);
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(valuesCsv)));
        store.ReplaceUserIndicators(dataset, valuesCsv, hash, batch,
            checkedDefs.Select(d => (d.Definition.Code, JsonSerializer.Serialize(d.Definition, Json), d.Licence)).ToList(), now);
        return (checkedDefs.Select(d => new UserIndicator(d.Definition, d.Licence, dataset)).ToList(), batch.Observations.Count);
    }

    /// <summary>The stored user indicators.</summary>
    public static List<UserIndicator> List(LeefbaarStore store) => store.UserIndicators()
        .Select(u => new UserIndicator(JsonSerializer.Deserialize<IndicatorDefinition>(u.DefinitionJson, Json)!, u.Licence, u.Dataset)).ToList();

    /// <summary>The default catalogue with the stored user indicators added (role User), for naming them in profiles and for a user release.</summary>
    public static IndicatorCatalogue CatalogueWithUserIndicators(LeefbaarStore store) =>
        IndicatorCatalogue.From(IndicatorCatalogue.Default.All.Concat(List(store).Select(u => u.Definition)));

    private static List<UserCatalogueEntry> ReadCatalogue(string path)
    {
        if (!File.Exists(path)) throw new InvalidInputException($"{path}: file not found.");
        try
        {
            var list = JsonSerializer.Deserialize<List<UserCatalogueEntry>>(File.ReadAllText(path), Json);
            return list is { Count: > 0 } ? list : throw new InvalidInputException($"{path}: expected a JSON array of {{\"indicator\": {{…}}, \"licence\": \"…\"}} entries.");
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"{path}, line {(e.LineNumber ?? 0) + 1}: {e.Message.Split('.')[0]}; expected a JSON array of {{\"indicator\": {{\"code\", \"nl\", \"en\", \"unit\", \"source\", \"dimension\", \"direction\"}}, \"licence\"}}.");
        }
    }
}
