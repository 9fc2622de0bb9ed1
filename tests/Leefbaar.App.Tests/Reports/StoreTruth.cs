using Leefbaar.Data.Store;
using Leefbaar.Model.Releases;

namespace Leefbaar.App.Tests.Reports;

/// <summary>A buurt as the test expects a report to show it, worked out from the store's own rows.</summary>
public sealed record ExpectedBuurt(string Code, string Name, string? Gemeente, double Residents, int? Class, double? Afw, bool Official, double?[]? Dimensions = null)
{
    public bool Scored => Class is not null;
    public bool Weak => Class is >= 1 and <= 3;
}

/// <summary>
/// The expected numbers, read straight from the store (areas, CBS population, lbm3-2024 rows, the published model
/// rows) without the report's reader: the official class where lbm3-2024 publishes one, else the model's.
/// </summary>
public static class StoreTruth
{
    public const int Year = 2024;

    public static List<ExpectedBuurt> Buurten(LeefbaarStore store, string modelRelease, string? gemeente = null)
    {
        var official = store.OfficialScores(TargetRelease.Lbm3_2024.Id, "buurt", Year)
            .Where(o => o.KTotal is not null || o.Afw is not null).ToDictionary(o => o.Code);
        var model = store.ReleaseScores(modelRelease, "buurt").Where(m => m.Year == Year).ToDictionary(m => m.Code);
        var population = store.IndicatorValues("population", "buurt", Year);
        return store.Areas("buurt", Year, gemeente).Select(a =>
        {
            var residents = population.GetValueOrDefault(a.Code);
            if (official.TryGetValue(a.Code, out var o)) return new ExpectedBuurt(a.Code, a.Name, a.Gemeente, residents, o.KTotal, o.Afw, true, [o.Won, o.Fys, o.Vrz, o.Soc, o.Onv]);
            if (model.TryGetValue(a.Code, out var m)) return new ExpectedBuurt(a.Code, a.Name, a.Gemeente, residents, m.KTotal, m.Afw, false, [m.Won, m.Fys, m.Vrz, m.Soc, m.Onv]);
            return new ExpectedBuurt(a.Code, a.Name, a.Gemeente, residents, null, null, false);
        }).ToList();
    }

    /// <summary>Σ residents·value / Σ residents over the buurten with residents and a value (the reports' weighted mean, worked out here).</summary>
    public static double WeightedMean(IEnumerable<ExpectedBuurt> buurten, Func<ExpectedBuurt, double?> value)
    {
        double sw = 0, s = 0;
        foreach (var b in buurten)
            if (b.Residents > 0 && value(b) is { } v) { sw += b.Residents; s += b.Residents * v; }
        return s / sw;
    }

    /// <summary>The names of the gemeenten of the division.</summary>
    public static Dictionary<string, string> GemeenteNames(LeefbaarStore store) =>
        store.Areas("gemeente", Year).ToDictionary(g => g.Code, g => g.Name);
}
