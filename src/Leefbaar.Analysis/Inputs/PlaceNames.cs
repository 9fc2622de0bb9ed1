using Leefbaar.Core.Areas;
using Leefbaar.Analysis.Series;

namespace Leefbaar.Analysis.Inputs;

/// <summary>An area's place for flags and tables: "name (gemeente)", the area named (a PC4's buurt) and its gemeente.</summary>
public sealed record Place(string Label, string NamedAfter, string? Gemeente, string? GemeenteName);

/// <summary>
/// Place names for flags and tables, so a reader sees "Tarwewijk (Rotterdam)" instead of a code. A postcode area
/// (PC4) has no official name: it is named after its most populous buurt (by the buurten's most frequent postcode).
/// </summary>
public static class PlaceNames
{
    /// <summary>"name (gemeente)" per code of <paramref name="level"/> (buurt, wijk, gemeente or pc4).</summary>
    public static IReadOnlyDictionary<string, string> Of(IAnalysisData data, string level) =>
        Places(data, level).ToDictionary(kv => kv.Key, kv => kv.Value.Label, StringComparer.Ordinal);

    /// <summary>The place of every code of <paramref name="level"/>: label, the area it is named after and its gemeente.</summary>
    public static IReadOnlyDictionary<string, Place> Places(IAnalysisData data, string level)
    {
        var division = AreaContext.Division;
        var gemeenten = data.AreaRows(LevelName.Gemeente, division);
        Place PlaceOf(Leefbaar.Core.ReadModels.AreaRow a)
        {
            var gm = a.Gemeente is { } g && g != a.Code && gemeenten.TryGetValue(g, out var row) ? row : null;
            return new Place(gm is null ? a.Name : $"{a.Name} ({gm.Name})", a.Code, gm?.Code ?? (a.Level == LevelName.Gemeente ? a.Code : null), gm?.Name ?? (a.Level == LevelName.Gemeente ? a.Name : null));
        }
        if (level != LevelName.Pc4) return data.AreaRows(level, division).ToDictionary(kv => kv.Key, kv => PlaceOf(kv.Value), StringComparer.Ordinal);

        var buurten = data.AreaRows(LevelName.Buurt, division);
        var population = data.IndicatorValues("population", LevelName.Buurt, division);
        return data.IndicatorValues("main_pc4", LevelName.Buurt, division)
            .Where(kv => buurten.ContainsKey(kv.Key))
            .GroupBy(kv => ((int)kv.Value).ToString("0000"))
            .ToDictionary(g => g.Key, g => PlaceOf(buurten[g.MaxBy(kv => population.GetValueOrDefault(kv.Key)).Key]), StringComparer.Ordinal);
    }
}
