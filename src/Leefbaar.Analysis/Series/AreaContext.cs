using Leefbaar.Core.Areas;
using Leefbaar.Analysis.Inputs;

namespace Leefbaar.Analysis.Series;

/// <summary>
/// Residents and groupings of the areas of a level (2024 division): population as weight, gemeente, province,
/// stedelijkheid 1–5 (CBS) and municipality group (G4, G40, M50, rest). PC4 areas get the residents of the
/// buurten whose main postcode they are; without that, weight 1.
/// </summary>
public sealed class AreaContext
{
    /// <summary>The CBS division the groupings refer to.</summary>
    public const int Division = 2024;

    private readonly IReadOnlyDictionary<string, double> _population;
    private readonly IReadOnlyDictionary<string, double> _urbanity;
    private readonly IReadOnlyDictionary<string, string> _gemeenteGroup;
    private readonly IReadOnlyDictionary<string, string?> _province;

    private AreaContext(IReadOnlyDictionary<string, double> population, IReadOnlyDictionary<string, double> urbanity,
        IReadOnlyDictionary<string, string> gemeenteGroup, IReadOnlyDictionary<string, string?> province) =>
        (_population, _urbanity, _gemeenteGroup, _province) = (population, urbanity, gemeenteGroup, province);

    /// <summary>Reads populations, urbanity, provinces and groups for a level.</summary>
    public static AreaContext Load(IAnalysisData data, string level)
    {
        IReadOnlyDictionary<string, double> population = level == LevelName.Pc4 ? Pc4Population(data) : data.IndicatorValues("population", level, Division);
        var urbanity = level == LevelName.Pc4 ? new Dictionary<string, double>() : data.IndicatorValues("urbanity", level, Division);
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (indicator, name) in new[] { ("group_g4", "G4"), ("group_g40", "G40"), ("group_m50", "M50") })
            foreach (var (code, v) in data.IndicatorValues(indicator, LevelName.Gemeente, Division))
                if (v == 1) groups[code] = name;
        var province = data.Provinces(Division, level);
        return new AreaContext(population, urbanity, groups, province);
    }

    // PC4 has no CBS population: sum the buurten that name it as their main postcode (woonikveilig KWB "main_pc4").
    private static Dictionary<string, double> Pc4Population(IAnalysisData data)
    {
        var pop = data.IndicatorValues("population", LevelName.Buurt, Division);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (buurt, pc) in data.IndicatorValues("main_pc4", LevelName.Buurt, Division))
        {
            if (!pop.TryGetValue(buurt, out var p)) continue;
            var key = ((int)pc).ToString("0000");
            result[key] = result.GetValueOrDefault(key) + p;
        }
        return result;
    }

    /// <summary>True when residents are known for at least one area (else every area weighs 1).</summary>
    public bool HasPopulation => _population.Count > 0;

    /// <summary>Residents of an area (0 when unknown), or 1 when the level has no population at all.</summary>
    public double Weight(string code) => HasPopulation ? _population.GetValueOrDefault(code) : 1;

    /// <summary>The gemeente code of an area (its own code for a gemeente; null for PC4).</summary>
    public static string? Gemeente(string code) =>
        !AreaCode.TryParse(code, out var c) ? null : c.Level == AreaLevel.Gemeente ? c.Value : c.GemeenteByCode()?.Value;

    /// <summary>The municipality group of an area: G4, G40, M50 or rest.</summary>
    public string Group(string code) => Gemeente(code) is { } gm && _gemeenteGroup.TryGetValue(gm, out var g) ? g : "rest";

    /// <summary>The province code of an area (via its gemeente when it has none itself).</summary>
    public string? Province(string code) =>
        _province.GetValueOrDefault(code) ?? (Gemeente(code) is { } gm ? _province.GetValueOrDefault(gm) : null);

    /// <summary>Stedelijkheid 1 (very strongly urban) – 5 (not urban) as text, or null.</summary>
    public string? Urbanity(string code) => _urbanity.TryGetValue(code, out var u) ? ((int)u).ToString() : null;

    /// <summary>The value of a grouping for an area: nl, group, provincie, stedelijkheid or gemeente.</summary>
    public string? GroupOf(string grouping, string code) => grouping switch
    {
        "nl" => "NL",
        "group" => Group(code),
        LevelName.Provincie => Province(code),
        "stedelijkheid" => Urbanity(code),
        LevelName.Gemeente => Gemeente(code),
        _ => throw new ArgumentException($"Unknown grouping '{grouping}'; expected nl, group, provincie, stedelijkheid or gemeente."),
    };

    /// <summary>The groupings supported.</summary>
    public static readonly string[] Groupings = ["nl", "group", LevelName.Provincie, "stedelijkheid", LevelName.Gemeente];
}
