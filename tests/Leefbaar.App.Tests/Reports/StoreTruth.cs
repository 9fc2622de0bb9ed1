using Leefbaar.Data.Store;
using Leefbaar.Model.Releases;

namespace Leefbaar.App.Tests.Reports;

/// <summary>A buurt as the test expects a report to show it, worked out from the store's own rows.</summary>
public sealed record ExpectedBuurt(string Code, string Name, string? Gemeente, double Residents, int? Class, double? Afw, bool Official)
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
            if (official.TryGetValue(a.Code, out var o)) return new ExpectedBuurt(a.Code, a.Name, a.Gemeente, residents, o.KTotal, o.Afw, true);
            if (model.TryGetValue(a.Code, out var m)) return new ExpectedBuurt(a.Code, a.Name, a.Gemeente, residents, m.KTotal, m.Afw, false);
            return new ExpectedBuurt(a.Code, a.Name, a.Gemeente, residents, null, null, false);
        }).ToList();
    }

    /// <summary>The names of the gemeenten of the division.</summary>
    public static Dictionary<string, string> GemeenteNames(LeefbaarStore store) =>
        store.Areas("gemeente", Year).ToDictionary(g => g.Code, g => g.Name);
}
