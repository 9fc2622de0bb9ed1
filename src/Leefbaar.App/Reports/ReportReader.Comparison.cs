using Leefbaar.Core.Areas;
using System.Globalization;
using Leefbaar.Analysis.Inputs;
using Leefbaar.Analysis.Series;

namespace Leefbaar.App.Reports;

public sealed partial class ReportReader
{
    /// <summary>The LBM 2.0 release id (classes of gemeenten and wijken 2002–2016).</summary>
    public const string Lbm2Release = "lbm2";

    // The gemeente against the other gemeenten with the same stedelijkheid and size class, in its province and in its
    // municipality group, and Nederland; every row pools the members' buurten (official class where published, else model).
    private List<ComparisonGroup> ReadComparison(string gm, string name, IReadOnlyList<ReportArea> own, IReadOnlyList<ReportArea> all)
    {
        var context = AreaContext.Load(_data, LevelName.Gemeente);
        var population = Population(LevelName.Gemeente);
        var byGemeente = all.Where(b => b.Gemeente is not null).GroupBy(b => b.Gemeente!).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var names = _store.Areas(LevelName.Gemeente, Division).Where(a => byGemeente.ContainsKey(a.Code) || a.Code == gm)
            .ToDictionary(a => a.Code, a => a.Name, StringComparer.Ordinal);
        var size = GemeenteSize.Of(population.GetValueOrDefault(gm));
        var urbanity = context.Urbanity(gm);
        var province = context.Province(gm);
        var group = context.Group(gm);

        ComparisonGroup Of(ComparisonKind kind, string label, Func<string, bool> member)
        {
            var members = names.Keys.Where(c => c != gm && member(c)).Order(StringComparer.Ordinal).ToList();
            var buurten = members.SelectMany(c => byGemeente.GetValueOrDefault(c) ?? []).ToList();
            return new ComparisonGroup(kind, label, GroupSummary.Of(kind.ToString(), label, label, buurten),
                members.Select(c => (c, names[c])).OrderBy(m => m.Item2, StringComparer.Ordinal).ToList());
        }

        var rows = new List<ComparisonGroup>
        {
            new(ComparisonKind.Self, name, GroupSummary.Of(LevelName.Gemeente, gm, name, own), [(gm, name)]),
            Of(ComparisonKind.Similar, "", c => urbanity is not null && context.Urbanity(c) == urbanity && GemeenteSize.Of(population.GetValueOrDefault(c)) == size),
        };
        if (province is not null) rows.Add(Of(ComparisonKind.Province, province, c => context.Province(c) == province));
        rows.Add(Of(ComparisonKind.MunicipalityGroup, group, c => context.Group(c) == group));
        rows.Add(new ComparisonGroup(ComparisonKind.Nederland, "NL", GroupSummary.Of("nl", "NL", "Nederland", all), []));
        return rows;
    }

    // The postcode series of LBM 3.0 for the gemeente's postcodes (each buurt's main postcode; a postcode weighs the
    // 2024 residents of the gemeente's buurten that name it), the LBM 2.0 classes of the gemeente itself and of its wijken.
    private GemeenteTimeSeries ReadSeries(string gm, IReadOnlyList<ReportArea> buurten)
    {
        var release = _data.NewestOfficialRelease(LevelName.Pc4, null);
        var gemeente = new List<(int, double, int)>();
        var nederland = new List<(int, double)>();
        var postcodes = new List<(string, string, IReadOnlyList<(int, double)>)>();
        if (release is not null)
        {
            var mainPc4 = _store.IndicatorValues("main_pc4", LevelName.Buurt, Division);
            var weights = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var b in buurten)
                if (mainPc4.TryGetValue(b.Code, out var pc))
                {
                    var key = ((int)pc).ToString("0000", CultureInfo.InvariantCulture);
                    weights[key] = weights.GetValueOrDefault(key) + b.Residents;
                }
            var national = AreaContext.Load(_data, LevelName.Pc4);
            var rows = _data.ReleaseScores(release, LevelName.Pc4).Where(r => r.Afw is not null).ToList();
            foreach (var year in rows.Select(r => r.Year).Distinct().Order())
            {
                var inYear = rows.Where(r => r.Year == year).ToList();
                var own = inYear.Where(r => weights.GetValueOrDefault(r.Code) > 0).ToList();
                var w = own.Sum(r => weights[r.Code]);
                if (w > 0) gemeente.Add((year, own.Sum(r => weights[r.Code] * r.Afw!.Value) / w, own.Count));
                var nw = inYear.Sum(r => national.Weight(r.Code));
                if (nw > 0) nederland.Add((year, inYear.Sum(r => national.Weight(r.Code) * r.Afw!.Value) / nw));
            }
            var places = PlaceNames.Of(_data, LevelName.Pc4);
            foreach (var g in rows.Where(r => weights.GetValueOrDefault(r.Code) > 0).GroupBy(r => r.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
                postcodes.Add((g.Key, places.GetValueOrDefault(g.Key, ""), g.OrderBy(r => r.Year).Select(r => (r.Year, r.Afw!.Value)).ToList()));
        }
        var lbm2 = _data.ReleasesAt(LevelName.Gemeente).Contains(Lbm2Release)
            ? _data.ReleaseScores(Lbm2Release, LevelName.Gemeente).Where(r => r.Code == gm && r.KTotal is not null).OrderBy(r => r.Year).Select(r => (r.Year, r.KTotal!.Value)).ToList()
            : [];
        return new GemeenteTimeSeries(release, gemeente, nederland, postcodes, lbm2.Count > 0 ? Lbm2Release : null, lbm2, ReadLbm2Wijken(gm));
    }

    // The LBM 2.0 classes of the gemeente's wijken: a CBS wijk code is WK + the gemeente's four digits + two, so the
    // wijken of the same gemeente code in LBM 2.0's older division; names where the code still exists in 2024.
    private List<(string Code, string? Name, IReadOnlyList<(int Year, int Class)> Classes)> ReadLbm2Wijken(string gm)
    {
        if (!_data.ReleasesAt(LevelName.Wijk).Contains(Lbm2Release)) return [];
        var prefix = "WK" + gm[2..];
        var names = _data.AreaRows(LevelName.Wijk, Division);
        return _data.ReleaseScores(Lbm2Release, LevelName.Wijk).Where(r => r.Code.StartsWith(prefix, StringComparison.Ordinal) && r.KTotal is not null)
            .GroupBy(r => r.Code).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, names.GetValueOrDefault(g.Key)?.Name, (IReadOnlyList<(int, int)>)g.OrderBy(r => r.Year).Select(r => (r.Year, r.KTotal!.Value)).ToList()))
            .ToList();
    }
}
