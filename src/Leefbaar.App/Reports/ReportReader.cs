using Leefbaar.Core.Areas;
using System.Globalization;
using Leefbaar.Analysis;
using Leefbaar.Analysis.Reporting;
using Leefbaar.Analysis.Series;
using Leefbaar.App.Analysis;
using Leefbaar.App.Releases;
using Leefbaar.Core.Errors;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Leefbaar.Model.Releases;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.Simplify;

namespace Leefbaar.App.Reports;

/// <summary>
/// Reads what the reports show from a store: per area the official score where a release publishes one, else the
/// model score of the stored default model release, always with the release it came from. No SQL here; only the
/// store's queries and the analysis runner.
/// </summary>
public sealed partial class ReportReader
{
    private readonly LeefbaarStore _store;
    private readonly StoreAnalysisData _data;
    private readonly int _year;
    private readonly ReportReleases _releases;
    private readonly AreaContext _context;
    private readonly Dictionary<string, IReadOnlyDictionary<string, double>> _population = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, ReleaseScoreRow>> _modelRows = new(StringComparer.Ordinal);

    /// <summary>The division every report uses for areas and groupings.</summary>
    public const int Division = AreaContext.Division;

    /// <summary>A reader over an open store for one measurement year.</summary>
    public ReportReader(LeefbaarStore store, int year)
    {
        (_store, _year) = (store, year);
        _data = StoreAnalysisData.Of(store);
        _releases = ResolveReleases(store, _data, year);
        _context = AreaContext.Load(_data, LevelName.Buurt);
        if (_releases.Official is null && _releases.Model is null)
            throw new NotFoundException($"The store holds no official scores for {year} and no model release for {year}: import the Leefbaarometer data or run './leefbaar fit'.");
    }

    /// <summary>The releases the report reads.</summary>
    public ReportReleases Releases => _releases;

    private static ReportReleases ResolveReleases(LeefbaarStore store, StoreAnalysisData data, int year)
    {
        var official = data.NewestOfficialRelease(LevelName.Buurt, year);
        var model = ReleaseResolver.StoredModelFor(store, year);
        var accuracy = model?.Metrics.GetValueOrDefault("all") is { } all ? new Dictionary<string, double>(all) : new Dictionary<string, double>();
        return new ReportReleases(official, model?.Id, model?.Estimator, accuracy, model?.ReliabilityMinPopulation ?? 100);
    }

    /// <summary>Finds a gemeente by code (GM0599) or by name (Rotterdam, case-insensitive).</summary>
    public AreaRow ResolveGemeente(string codeOrName)
    {
        var all = _store.Areas(LevelName.Gemeente, Division);
        var key = codeOrName.Trim();
        var byCode = all.FirstOrDefault(a => a.Code.Equals(key, StringComparison.OrdinalIgnoreCase));
        if (byCode is not null) return byCode;
        var byName = all.Where(a => a.Name.Equals(key, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byName.Count == 1) return byName[0];
        if (byName.Count > 1) throw new ArgumentException($"Several gemeenten are called '{key}': {string.Join(", ", byName.Select(a => a.Code))}; pass the code.");
        var close = all.Where(a => a.Name.Contains(key, StringComparison.OrdinalIgnoreCase)).Take(5).Select(a => $"{a.Name} ({a.Code})").ToList();
        throw new NotFoundException($"No gemeente '{key}' in division {Division}" + (close.Count > 0 ? $"; did you mean {string.Join(", ", close)}?" : "."));
    }

    private IReadOnlyDictionary<string, double> Population(string level)
    {
        if (!_population.TryGetValue(level, out var p)) _population[level] = p = _store.IndicatorValues("population", level, Division);
        return p;
    }

    private Dictionary<string, ReleaseScoreRow> ModelRows(string level)
    {
        if (_modelRows.TryGetValue(level, out var rows)) return rows;
        rows = _releases.Model is null ? new(StringComparer.Ordinal)
            : _store.ReleaseScores(_releases.Model, level).Where(r => r.Year == _year).ToDictionary(r => r.Code, StringComparer.Ordinal);
        return _modelRows[level] = rows;
    }

    /// <summary>The areas of a level (optionally within one gemeente) with their scores, official first.</summary>
    public List<ReportArea> Areas(string level, string? gemeente = null)
    {
        var officialRelease = _data.NewestOfficialRelease(level, _year);
        var official = officialRelease is null ? new Dictionary<string, OfficialScoreRow>(StringComparer.Ordinal)
            : _store.OfficialScores(officialRelease, level, _year).ToDictionary(r => r.Code, StringComparer.Ordinal);
        var model = ModelRows(level);
        var pop = Population(level);
        var result = new List<ReportArea>();
        foreach (var a in _store.Areas(level, Division, gemeente))
        {
            if (gemeente is not null && level != LevelName.Gemeente && a.Code == gemeente) continue;
            var residents = pop.GetValueOrDefault(a.Code);
            var reliable = residents >= _releases.ReliabilityMinPopulation;
            if (official.TryGetValue(a.Code, out var o) && (o.KTotal is not null || o.Afw is not null))
                result.Add(new ReportArea(a.Code, level, a.Name, a.Wijk, a.Gemeente, residents, ScoreOrigin.Official, officialRelease, o.KTotal, o.Afw,
                    o.Won, o.Fys, o.Vrz, o.Soc, o.Onv, reliable));
            else if (model.TryGetValue(a.Code, out var m))
                result.Add(new ReportArea(a.Code, level, a.Name, a.Wijk, a.Gemeente, residents, ScoreOrigin.Model, _releases.Model, m.KTotal, m.Afw,
                    m.Won, m.Fys, m.Vrz, m.Soc, m.Onv, reliable));
            else
                result.Add(new ReportArea(a.Code, level, a.Name, a.Wijk, a.Gemeente, residents, ScoreOrigin.None, null, null, null, null, null, null, null, null, false));
        }
        return result;
    }

    /// <summary>Reads the wijkdiagnose of one gemeente.</summary>
    public GemeenteReportData Gemeente(string codeOrName)
    {
        var row = ResolveGemeente(codeOrName);
        var gm = Areas(LevelName.Gemeente).FirstOrDefault(a => a.Code == row.Code)
                 ?? new ReportArea(row.Code, LevelName.Gemeente, row.Name, null, row.Code, 0, ScoreOrigin.None, null, null, null, null, null, null, null, null, false);
        var buurten = Areas(LevelName.Buurt, row.Code);
        if (buurten.Count == 0) throw new NotFoundException($"{row.Name} ({row.Code}) has no buurten in division {Division} in this store.");
        var wijken = Areas(LevelName.Wijk, row.Code);
        var all = Areas(LevelName.Buurt);
        var group = _context.Group(row.Code);
        var province = _context.Province(row.Code);
        var provinceName = province is null ? null : _store.Areas(LevelName.Provincie, Division).FirstOrDefault(p => p.Code == province)?.Name ?? province;
        var (flags, warningRelease, note) = Warnings(buurten);
        var comparison = ReadComparison(row.Code, row.Name, buurten, all);
        // Stedelijkheid of the gemeente itself (the buurt context holds the buurten's own classes).
        var urbanity = AreaContext.Load(_data, LevelName.Gemeente).Urbanity(row.Code);
        var others = comparison.First(c => c.Kind == ComparisonKind.MunicipalityGroup).Summary;
        return new GemeenteReportData(_year, gm, provinceName, group, urbanity, wijken, buurten, ClassCounts.Of(buurten),
            comparison[0].Summary, comparison.First(c => c.Kind == ComparisonKind.Nederland).Summary, others with { Label = group },
            flags, warningRelease, note, Shapes(LevelName.Buurt, buurten, 5), _releases, DatasetIds(), _store.IsDemo(),
            comparison, ReadSeries(row.Code, buurten), ReadGemeenteHotSpots(buurten)) { SizeClass = GemeenteSize.Of(Population(LevelName.Gemeente).GetValueOrDefault(row.Code)) };
    }

    /// <summary>Reads the national report.</summary>
    public NationalReportData National()
    {
        var buurten = Areas(LevelName.Buurt);
        var gemeenten = Areas(LevelName.Gemeente);
        var names = gemeenten.ToDictionary(g => g.Code, g => g.Name, StringComparer.Ordinal);
        var top = buurten.Where(b => b.Gemeente is not null).GroupBy(b => b.Gemeente!)
            .Select(g => (Code: g.Key, Name: names.GetValueOrDefault(g.Key, g.Key), Weak: g.Where(b => b.Weak).Sum(b => b.Residents), Residents: g.Where(b => b.Class is not null).Sum(b => b.Residents)))
            .Where(t => t.Weak > 0).OrderByDescending(t => t.Weak).ThenBy(t => t.Code, StringComparer.Ordinal).Take(15).ToList();
        List<GroupSummary> By(string grouping, Func<string, string?> key, Func<string, string> label) =>
            buurten.GroupBy(b => key(b.Code) ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => GroupSummary.Of(grouping, g.Key, label(g.Key), g.ToList())).ToList();
        var provinceNames = _store.Areas(LevelName.Provincie, Division).ToDictionary(p => p.Code, p => p.Name, StringComparer.Ordinal);
        var groupOrder = new[] { "G4", "G40", "M50", "rest" };
        var byGroup = By("group", _context.Group, g => g).OrderBy(g => Array.IndexOf(groupOrder, g.Group)).ToList();
        var (inequality, note) = Inequality();
        var classes = ClassCounts.Of(buurten);
        var map = Shapes(LevelName.Gemeente, gemeenten, 250);
        return new NationalReportData(_year, classes, buurten.Count(b => b.Class is not null), classes.All, top, byGroup,
            By(LevelName.Provincie, _context.Province, p => provinceNames.GetValueOrDefault(p, p)), By("stedelijkheid", _context.Urbanity, u => u),
            inequality, note, map, _releases, DatasetIds(), _store.IsDemo(), PopulationGrowth(), DevelopmentOfPostcodes(), ReadHotSpots(buurten, map),
            ReadModelHotSpotsWithoutOfficial(buurten, map));
    }

    // Harde kern, risers and fallers on the LBM 3.0 postcode series, with the early warning's test quality.
    private Development? DevelopmentOfPostcodes()
    {
        var request = new AnalysisRequest { Level = LevelName.Pc4, ClassBoundaries = [.. TargetRelease.Lbm3_2024.ClassBoundaries] };
        AnalysisResult d, w;
        try { (d, w) = (AnalysisRunner.Run(_data, "distribution", request), AnalysisRunner.Run(_data, "early-warning", request)); }
        catch (Exception e) when (e is IDomainError or ArgumentException) { return null; }
        var places = Leefbaar.Analysis.Inputs.PlaceNames.Of(_data, LevelName.Pc4);
        var hardCore = d.Tables.First(t => t.Name == "hard_core").Rows.Select(r => (string)r[0]!).Select(c => (c, places.GetValueOrDefault(c, ""))).ToList();
        double M(AnalysisResult r, string key) => r.Meta.GetValueOrDefault(key) is { } v ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : 0;
        var backtest = w.Tables.First(t => t.Name == "backtest");
        var test = backtest.Rows.FirstOrDefault(r => (string?)r[0] == "test");
        int Col(string name) => backtest.Columns.ToList().IndexOf(name);
        double? B(string name) => test is null ? null : Convert.ToDouble(test[Col(name)], CultureInfo.InvariantCulture);
        var strong = w.Tables.First(t => t.Name == "flags").Rows.Count(r => (string?)r[w.Tables.First(t => t.Name == "flags").Columns.ToList().IndexOf("flag")] == "sterk verhoogd");
        return new Development((string)d.Meta["release"]!, (int)M(d, "year"), d.Meta.GetValueOrDefault("previous_year") is { } p ? Convert.ToInt32(p, CultureInfo.InvariantCulture) : null,
            (int)M(d, "hard_core_measurements"), hardCore, M(d, "hard_core_residents"), (int)M(d, "risers"), M(d, "risers_residents"),
            (int)M(d, "fallers"), M(d, "fallers_residents"), B("auc"), B("lift"), B("base_rate"), strong);
    }

    // Residents by G4/G40/M50/rest over the gemeente key figures 2012 … the report year, pooled over the 2024 territory.
    private Leefbaar.Analysis.Groups.GroupComparisonResult? PopulationGrowth()
    {
        try
        {
            var series = Leefbaar.Analysis.Groups.GemeenteSeries.Load(_data, "population", null, 2012, Division);
            var gemeenten = AreaContext.Load(_data, LevelName.Gemeente);
            return Leefbaar.Analysis.Groups.GroupComparison.Compute(series, c => gemeenten.GroupOf("group", c), ratio: false);
        }
        catch (Exception e) when (e is IDomainError) { return null; }
    }

    private List<string> DatasetIds() => _store.Datasets().Select(d => d.Id).ToList();

    // The early warning runs on the newest official series with several measurements of continuous scores (PC4);
    // a PC4 area belongs to the gemeente when it is the main postcode of one of the gemeente's buurten.
    private (List<WarningFlag>, string?, string?) Warnings(IReadOnlyCollection<ReportArea> buurten)
    {
        AnalysisResult result;
        try
        {
            // The official event (voldoende or better falls to zwak or lower) needs the LBM 3.0 boundaries for the PC4 series.
            result = AnalysisRunner.Run(_data, "early-warning", new AnalysisRequest { Level = LevelName.Pc4, ClassBoundaries = [.. TargetRelease.Lbm3_2024.ClassBoundaries] });
        }
        catch (Exception e) when (e is IDomainError or ArgumentException) { return ([], null, e.Message); }
        var mainPc4 = _store.IndicatorValues("main_pc4", LevelName.Buurt, Division);
        var own = buurten.Select(b => mainPc4.TryGetValue(b.Code, out var pc) ? ((int)pc).ToString("0000", CultureInfo.InvariantCulture) : null)
            .Where(p => p is not null).ToHashSet(StringComparer.Ordinal);
        var flags = result.Tables.First(t => t.Name == "flags");
        int C(string name) => flags.Columns.ToList().IndexOf(name);
        var list = flags.Rows.Where(r => own.Contains((string)r[C("code")]!))
            .Select(r => new WarningFlag((string)r[C("code")]!, $"postcode {r[C("code")]} — {r[C("place")]}", Convert.ToInt32(r[C("start")], CultureInfo.InvariantCulture),
                r[C("afw")] is { } afw ? Convert.ToDouble(afw, CultureInfo.InvariantCulture) : null,
                Convert.ToDouble(r[C("probability")], CultureInfo.InvariantCulture), Convert.ToDouble(r[C("risk_multiple")], CultureInfo.InvariantCulture),
                (string)r[C("flag")]!, (string?)r[C("risk_factors")] ?? ""))
            .OrderByDescending(f => f.Probability).ToList();
        return (list, result.Meta.GetValueOrDefault("release") as string, own.Count == 0 ? "no postcodes known for the buurten" : null);
    }

    private (List<InequalityLine>, string?) Inequality()
    {
        var lines = new List<InequalityLine>();
        var release = _releases.Official ?? _releases.Model!;
        foreach (var (measure, grouping) in new[] { ("lbm", (string?)null), ("lbm", "stedelijkheid"), ("lbm", "group"), ("lbm", LevelName.Provincie) })
        {
            AnalysisResult r;
            try { r = AnalysisRunner.Run(_data, "inequality", new AnalysisRequest { Level = LevelName.Buurt, Year = _year, Release = release, Measure = measure, Grouping = grouping }); }
            catch (Exception e) when (e is IDomainError or ArgumentException) { return (lines, e.Message); }
            var t = r.Tables[0];
            int C(string name) => t.Columns.ToList().IndexOf(name);
            foreach (var row in t.Rows)
                lines.Add(new InequalityLine(release, Convert.ToInt32(row[C("year")], CultureInfo.InvariantCulture), measure, Convert.ToInt32(row[C("areas")], CultureInfo.InvariantCulture),
                    Convert.ToDouble(row[C("gini")], CultureInfo.InvariantCulture), Convert.ToDouble(row[C("theil")], CultureInfo.InvariantCulture),
                    row[C("theil_between")] is { } b ? Convert.ToDouble(b, CultureInfo.InvariantCulture) : null,
                    row[C("theil_within")] is { } w ? Convert.ToDouble(w, CultureInfo.InvariantCulture) : null, grouping));
        }
        return (lines, null);
    }

    // Boundaries of the newest division, simplified to a tolerance in metres (a map, not a survey).
    private List<MapShape> Shapes(string level, IReadOnlyCollection<ReportArea> areas, double tolerance)
    {
        var byCode = areas.ToDictionary(a => a.Code, StringComparer.Ordinal);
        return Geometries(level, byCode.Keys.ToHashSet(StringComparer.Ordinal), tolerance)
            .Select(kv => new MapShape(kv.Key, byCode[kv.Key].Name, byCode[kv.Key].Class, kv.Value)).ToList();
    }

    // The simplified boundaries of the given codes of a level, newest division.
    private Dictionary<string, Geometry> Geometries(string level, IReadOnlySet<string> codes, double tolerance)
    {
        var reader = new WKBReader(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), 28992));
        var result = new Dictionary<string, Geometry>(StringComparer.Ordinal);
        foreach (var g in _store.NewestGeometries(level))
        {
            if (!codes.Contains(g.Code) || result.ContainsKey(g.Code)) continue;
            var geometry = reader.Read(g.Wkb);
            result[g.Code] = tolerance > 0 ? TopologyPreservingSimplifier.Simplify(geometry, tolerance) : geometry;
        }
        return result;
    }
}
