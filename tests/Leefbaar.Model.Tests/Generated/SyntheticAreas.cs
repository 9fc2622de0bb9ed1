using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Features;

namespace Leefbaar.Model.Tests.Generated;

/// <summary>
/// A generated feature table with known additive effects, for recovery tests: 4,000 buurten in 8 provinces,
/// 40 gemeenten and 200 wijken; green share (linear, +), distance to a station (piecewise-linear: −0.25 per km up
/// to 3 km, flat beyond), road noise (linear, −), an indicator without effect, and three dwelling-type columns that
/// are correlated with green share (so leaving them out would bias its estimate).
/// </summary>
internal sealed class SyntheticAreas
{
    public const int Count = 4000;

    /// <summary>True livability effects per indicator (judgement-scale units per raw value).</summary>
    public static readonly Dictionary<string, Func<double, double>> Effects = new()
    {
        ["green_share"] = x => 0.02 * x,
        ["dist_station_km"] = x => -0.25 * Math.Min(x, 3),
        ["noise_db"] = x => -0.03 * x,
        ["null_indicator"] = _ => 0,
    };

    /// <summary>True effects of the dwelling-type controls on log WOZ.</summary>
    public static readonly Dictionary<string, Func<double, double>> ControlEffects = new()
    {
        ["single_family_pct"] = x => 0.004 * x,
        ["owner_occupied_pct"] = x => 0.003 * x,
        ["household_size"] = x => 0.1 * x,
    };

    /// <summary>The catalogue of the generated indicators (roles and dimensions as the real catalogue would give them).</summary>
    public static IndicatorCatalogue Catalogue { get; } = IndicatorCatalogue.From(
    [
        Def("population", IndicatorRole.Weight, null),
        Def("green_share", IndicatorRole.Input, "fys"),
        Def("dist_station_km", IndicatorRole.Input, "vrz"),
        Def("noise_db", IndicatorRole.Input, "fys"),
        Def("null_indicator", IndicatorRole.Input, "soc"),
        Def("single_family_pct", IndicatorRole.Input, "won"),
        Def("owner_occupied_pct", IndicatorRole.Input, "won"),
        Def("household_size", IndicatorRole.Input, "soc"),
        Def("woz_mean", IndicatorRole.Outcome, null),
        Def("migration_background_pct", IndicatorRole.Prohibited, null),
    ]);

    public FeatureTable Table { get; }

    private readonly Random _random;

    public SyntheticAreas(int seed)
    {
        _random = new Random(seed);
        var codes = new string[Count];
        var gemeente = new string?[Count];
        var wijk = new string?[Count];
        var provincie = new string?[Count];
        var columns = new[] { "population", "green_share", "dist_station_km", "noise_db", "null_indicator", "single_family_pct", "owner_occupied_pct", "household_size", "migration_background_pct" }
            .ToDictionary(c => c, _ => new double[Count]);
        for (var i = 0; i < Count; i++)
        {
            var g = i / 100;      // 40 gemeenten of 100 buurten
            var w = i / 20;       // 200 wijken of 20 buurten
            var gm = (1000 + g).ToString();
            codes[i] = $"BU{gm}{w % 100:00}{i % 20:00}";
            wijk[i] = $"WK{gm}{w % 100:00}";
            gemeente[i] = "GM" + gm;
            provincie[i] = $"PV{20 + g % 8}";
            columns["population"][i] = 200 + _random.Next(3000);
            var green = 60 * _random.NextDouble();
            columns["green_share"][i] = green;
            columns["dist_station_km"][i] = 10 * _random.NextDouble();
            columns["noise_db"][i] = 40 + 30 * _random.NextDouble();
            columns["null_indicator"][i] = Normal();
            columns["single_family_pct"][i] = Math.Clamp(20 + green + 15 * Normal(), 0, 100);
            columns["owner_occupied_pct"][i] = Math.Clamp(30 + 0.6 * green + 15 * Normal(), 0, 100);
            columns["household_size"][i] = Math.Clamp(1.8 + 0.01 * green + 0.3 * Normal(), 1, 4);
            columns["migration_background_pct"][i] = 100 * _random.NextDouble();
        }
        Table = new FeatureTable
        {
            Codes = codes, Names = codes, Gemeente = gemeente, Wijk = wijk, Provincie = provincie,
            X = new double[Count], Y = new double[Count], Columns = columns, Division = 2024, Year = 2024,
        };
    }

    /// <summary>Σ of the true livability effects of a row.</summary>
    public double Livability(int i) => Effects.Sum(e => e.Value(Table.Columns[e.Key][i]));

    /// <summary>Σ of the true control effects of a row.</summary>
    public double Dwelling(int i) => ControlEffects.Sum(e => e.Value(Table.Columns[e.Key][i]));

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public double Normal() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    /// <summary>A whole number in [min, max).</summary>
    public int Next(int min, int max) => _random.Next(min, max);

    /// <summary>Largest |f̂(x) − f̂(ref) − (f(x) − f(ref))| over 50 points between the 2nd and 98th percentile of x.</summary>
    public double MaxError(Func<double, double> estimated, Func<double, double> truth, string indicator, double reference)
    {
        var sorted = Table.Columns[indicator].Order().ToArray();
        var lo = sorted[(int)(0.02 * Count)];
        var hi = sorted[(int)(0.98 * Count)];
        var max = 0.0;
        for (var k = 0; k <= 49; k++)
        {
            var x = lo + (hi - lo) * k / 49;
            max = Math.Max(max, Math.Abs(estimated(x) - (truth(x) - truth(reference))));
        }
        return max;
    }

    private static IndicatorDefinition Def(string code, IndicatorRole role, string? dimension) =>
        new() { Code = code, NameNl = code, NameEn = code, Role = role, Dimension = dimension };
}
