using Leefbaar.Analysis.Series;

namespace Leefbaar.Analysis.Inputs;

/// <summary>
/// Place names for flags and tables, so a reader sees "Tarwewijk (Rotterdam)" instead of a code. A postcode area
/// (PC4) has no official name: it is named after its most populous buurt (by the buurten's most frequent postcode).
/// </summary>
public static class PlaceNames
{
    /// <summary>"name (gemeente)" per code of <paramref name="level"/> (buurt, wijk, gemeente or pc4).</summary>
    public static IReadOnlyDictionary<string, string> Of(IAnalysisData data, string level)
    {
        var division = AreaContext.Division;
        var gemeenten = data.AreaRows("gemeente", division);
        string Label(Leefbaar.Core.ReadModels.AreaRow a) =>
            a.Gemeente is { } g && g != a.Code && gemeenten.TryGetValue(g, out var gm) ? $"{a.Name} ({gm.Name})" : a.Name;
        if (level != "pc4") return data.AreaRows(level, division).ToDictionary(kv => kv.Key, kv => Label(kv.Value), StringComparer.Ordinal);

        var buurten = data.AreaRows("buurt", division);
        var population = data.IndicatorValues("population", "buurt", division);
        return data.IndicatorValues("main_pc4", "buurt", division)
            .Where(kv => buurten.ContainsKey(kv.Key))
            .GroupBy(kv => ((int)kv.Value).ToString("0000"))
            .ToDictionary(g => g.Key, g => Label(buurten[g.MaxBy(kv => population.GetValueOrDefault(kv.Key)).Key]), StringComparer.Ordinal);
    }
}
