using Leefbaar.Core.Areas;
using Leefbaar.Core.Errors;
using Leefbaar.Analysis.Distribution;
using Leefbaar.Analysis.EarlyWarning;
using Leefbaar.Analysis.Inequality;
using Leefbaar.Analysis.Reporting;
using Leefbaar.Analysis.Series;
using Leefbaar.Analysis.Spatial;
using Leefbaar.Analysis.Transitions;
using Leefbaar.Analysis.Trends;
using Leefbaar.Analysis.Weights;
using Leefbaar.Core.Scores;
using Leefbaar.Analysis.Inputs;

namespace Leefbaar.Analysis;

/// <summary>Runs one statistic on a store and shapes its report as an <see cref="AnalysisResult"/> (shared by CLI and API).</summary>
public static class AnalysisRunner
{
    /// <summary>Runs the statistic named <paramref name="statistic"/> (see <see cref="AnalysisCatalog"/>); the weights and permutation loops stop when <paramref name="cancel"/> fires.</summary>
    public static AnalysisResult Run(IAnalysisData data, string statistic, AnalysisRequest q, CancellationToken cancel = default) => statistic switch
    {
        "trends" => Trends(data, q),
        "distribution" => Distribution(data, q),
        "transitions" => Transitions(data, q, cancel),
        "moran" => Moran(data, q, cancel),
        "lisa" => Lisa(data, q, cancel),
        "inequality" => Inequality(data, q),
        "early-warning" => Warning(data, q),
        "groups" => Groups(data, q),
        _ => throw new ArgumentException($"Unknown statistic '{statistic}'."),
    };

    private static ScoreSeries Series(IAnalysisData data, AnalysisRequest q, int? year = null) =>
        ScoreSeries.Load(data, q.Release ?? ScoreSeries.DefaultRelease(data, q.Level, year ?? q.Year), q.Level).WithDerivedClasses(q.ClassBoundaries);

    private static Dictionary<string, object?> Meta(ScoreSeries s, params (string, object?)[] more)
    {
        var m = new Dictionary<string, object?> { ["release"] = s.Release, ["source"] = s.Source, ["level"] = s.Level };
        if (s.DerivedClasses) m["classes"] = "derived from afw with the LBM 3.0 class boundaries (the release publishes afw only)";
        foreach (var (k, v) in more) m[k] = v;
        return m;
    }

    private static AnalysisResult Trends(IAnalysisData data, AnalysisRequest q)
    {
        var s = Series(data, q, q.To);
        var to = q.To ?? s.Years[^1];
        var from = q.From ?? s.Years.Where(y => y < to).DefaultIfEmpty(to).Last();
        var r = TrendAnalysis.Compute(data, s, AreaContext.Load(data, s.Level), from, to);
        var rows = ResultTable.Of("areas", ["code", "afw_from", "afw_to", "delta", .. Dimensions.All.Select(d => "delta_" + d.Code()), "development_class", "class_from", "class_to"]);
        foreach (var t in r.Rows)
            rows.Add([t.Code, t.AfwFrom, t.AfwTo, t.Delta, .. Dimensions.All.Select(d => (object?)t.DimensionDeltas.GetValueOrDefault(d.Code())), t.DevelopmentClass, t.ClassFrom, t.ClassTo]);
        var summary = ResultTable.Of("summary", "development_class", "label", "areas", "residents");
        foreach (var (k, label, n, res) in r.Summary) summary.Add(k, label, n, res);
        return new AnalysisResult("trends", AnalysisCatalog.Describe("trends"), Meta(s, ("from", from), ("to", to), ("published_classes", r.Published),
            ("class_bounds", r.Published ? null : DevelopmentClass.Boundaries)), [rows, summary]);
    }

    private static AnalysisResult Distribution(IAnalysisData data, AnalysisRequest q)
    {
        var s = Series(data, q);
        var year = q.Year ?? s.Years.Last(s.HasClasses);
        var context = AreaContext.Load(data, s.Level);
        var groupings = q.Grouping is null ? ["nl", "group", LevelName.Provincie, "stedelijkheid", LevelName.Gemeente] : new[] { "nl", q.Grouping };
        var r = DistributionAnalysis.Compute(s, context, year, groupings, q.HardCore);
        var t = ResultTable.Of("groups", ["grouping", "group", "areas", "residents", .. Enumerable.Range(1, 9).Select(k => $"share_{k}"),
            .. Enumerable.Range(1, 9).Select(k => $"residents_{k}"), "residents_onvoldoende_or_worse", "share_onvoldoende_or_worse"]);
        foreach (var g in r.Groups)
            t.Add([g.Grouping, g.Group, g.Areas, g.Residents, .. g.Shares.Cast<object?>(), .. g.ResidentsPerClass.Cast<object?>(), g.ResidentsWeak, g.ShareWeak]);
        var core = ResultTable.Of("hard_core", "code");
        foreach (var c in r.HardCore) core.Add(c);
        return new AnalysisResult("distribution", AnalysisCatalog.Describe("distribution"), Meta(s, ("year", year),
            ("population_weighted", r.PopulationWeighted), ("areas_with_class", r.AreasWithClass), ("areas_without_residents", r.AreasWithoutResidents),
            ("hard_core_measurements", r.HardCoreMeasurements), ("hard_core_areas", r.HardCore.Count), ("hard_core_residents", r.HardCoreResidents),
            ("previous_year", r.PreviousYear), ("risers", r.Risers), ("risers_residents", r.RisersResidents), ("fallers", r.Fallers), ("fallers_residents", r.FallersResidents)),
            [t, core]);
    }

    private static AnalysisResult Transitions(IAnalysisData data, AnalysisRequest q, CancellationToken cancel)
    {
        var s = Series(data, q);
        var years = s.Years.Where(s.HasClasses).ToList();
        var pairs = q.From is { } f && q.To is { } to ? [(s.RequireYear(f), s.RequireYear(to))] : years.Zip(years.Skip(1)).ToList();
        if (pairs.Count == 0) throw new NotFoundException($"Release {s.Release} at {s.Level} has fewer than two measurements with classes.");
        var codes = s.Rows.Keys.Select(k => k.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        SpatialWeights? w = null;
        try { w = AreaWeights.Build(data, s.Level, codes, q.Weights, q.K, q.Band, cancel); }
        catch (NotFoundException) { w = null; } // no geometry for this level: the classic matrix only
        var matrices = TransitionAnalysis.Compute(s, pairs, w);
        var t = ResultTable.Of("transitions", "condition", "from_class", "to_class", "count", "probability");
        foreach (var m in matrices)
        {
            var p = m.Probabilities;
            for (var i = 0; i < m.Classes; i++)
                for (var j = 0; j < m.Classes; j++)
                    if (m.Counts[i, j] > 0) t.Add(m.Condition, i + 1, j + 1, m.Counts[i, j], p[i, j]);
        }
        var sum = ResultTable.Of("matrices", "condition", "transitions", "persistence");
        foreach (var m in matrices) sum.Add(m.Condition, m.Total, m.Persistence);
        return new AnalysisResult("transitions", AnalysisCatalog.Describe("transitions"),
            Meta(s, ("pairs", pairs.Select(p => $"{p.Item1}→{p.Item2}").ToArray()), ("weights", w?.Kind)), [t, sum]);
    }

    /// <summary>The values of a measure in a year and row-standardised weights over the areas that have one.</summary>
    public static (ScoreSeries Series, int Year, SpatialWeights W, double[] Y) SpatialInput(IAnalysisData data, AnalysisRequest q, CancellationToken cancel = default)
    {
        var s = Series(data, q);
        var year = q.Year ?? s.Years[^1];
        s.RequireYear(year);
        var measure = Measure.Parse(q.Measure);
        var values = measure.Indicator is { } ind
            ? data.IndicatorValues(ind, s.Level, AreaContext.Division, year)
            : s.CodesIn(year).Select(c => (c, v: s.Value(c, year, measure))).Where(t => t.v is not null).ToDictionary(t => t.c, t => t.v!.Value);
        if (values.Count < 4) throw new NotFoundException($"Too few areas with {measure.Name} at {s.Level} in {year} ({values.Count}).");
        var codes = values.Keys.Order(StringComparer.Ordinal).ToList();
        var w = AreaWeights.Build(data, s.Level, codes, q.Weights, q.K, q.Band, cancel).RowStandardised();
        return (s, year, w, w.Ids.Select(c => values[c]).ToArray());
    }

    private static AnalysisResult Moran(IAnalysisData data, AnalysisRequest q, CancellationToken cancel)
    {
        var (s, year, w, y) = SpatialInput(data, q, cancel);
        var m = GlobalMoran.Compute(w, y, q.Permutations, cancel: cancel);
        var t = ResultTable.Of("moran", "n", "I", "EI", "VI_norm", "z_norm", "p_norm", "VI_rand", "z_rand", "p_rand", "permutations", "p_sim", "EI_sim", "z_sim");
        t.Add(m.N, m.I, m.EI, m.Normality.VI, m.Normality.Z, m.Normality.P, m.Randomisation.VI, m.Randomisation.Z, m.Randomisation.P,
            m.Simulation.Permutations, m.Simulation.PSim, m.Simulation.EISim, m.Simulation.ZSim);
        return new AnalysisResult("moran", AnalysisCatalog.Describe("moran"), Meta(s, ("year", year), ("measure", Measure.Parse(q.Measure).Name),
            ("weights", w.Kind), ("islands", w.Islands.ToArray()), ("mean_neighbours", w.MeanNeighbours)), [t]);
    }

    private static AnalysisResult Lisa(IAnalysisData data, AnalysisRequest q, CancellationToken cancel)
    {
        var (s, year, w, y) = SpatialInput(data, q, cancel);
        var lisa = LocalMoran.Compute(w, y, q.Permutations, q.Alpha, cancel: cancel);
        var gi = GetisOrd.GiStar(w, y, q.Alpha, q.Permutations, cancel: cancel);
        var t = ResultTable.Of("areas", "code", "value", "value_std", "lag", "I", "EI_sim", "z_sim", "p_sim", "quadrant", "cluster",
            "gi_star", "gi_star_z", "gi_star_p_norm", "gi_star_p_sim", "hot_cold");
        for (var i = 0; i < lisa.N; i++)
        {
            var (l, g) = (lisa.Simulations[i], gi.Simulations[i]);
            t.Add(lisa.Codes[i], lisa.Values[i], lisa.StandardisedValues[i], lisa.Lags[i], lisa.Is[i], l.EISim, l.ZSim, l.PSim, lisa.Quadrants[i], lisa.Labels[i],
                gi.Is[i], gi.Normality![i].Z, gi.Normality[i].P, g.PSim, gi.Labels[i]);
        }
        var counts = ResultTable.Of("clusters", "cluster", "areas");
        foreach (var c in lisa.Labels.GroupBy(c => c).OrderBy(c => c.Key, StringComparer.Ordinal)) counts.Add(c.Key, c.Count());
        return new AnalysisResult("lisa", AnalysisCatalog.Describe("lisa"), Meta(s, ("year", year), ("measure", Measure.Parse(q.Measure).Name),
            ("weights", w.Kind), ("permutations", q.Permutations), ("alpha", q.Alpha)), [t, counts]);
    }

    private static AnalysisResult Inequality(IAnalysisData data, AnalysisRequest q)
    {
        var s = Series(data, q);
        var measure = Measure.Parse(q.Measure ?? "lbm");
        var context = AreaContext.Load(data, s.Level);
        var years = q.Year is { } y ? [s.RequireYear(y)] : s.Years.ToList();
        var t = ResultTable.Of("years", "year", "areas", "weight", "mean", "sd", "cv", "gini", "theil", "grouping", "theil_between", "theil_within");
        var parts = ResultTable.Of("groups", "year", "group", "areas", "weight_share", "mean", "theil");
        foreach (var year in years)
        {
            var codes = s.CodesIn(year).Where(c => s.Value(c, year, measure) is not null && (!q.Weighted || context.Weight(c) > 0)).ToList();
            if (codes.Count == 0) continue;
            var groups = q.Grouping is null ? null : codes.Select(c => context.GroupOf(q.Grouping, c) ?? "onbekend").ToList();
            var r = InequalityMeasures.Compute(year, codes.Select(c => s.Value(c, year, measure)!.Value).ToList(),
                codes.Select(c => q.Weighted ? context.Weight(c) : 1.0).ToList(), groups, q.Grouping);
            t.Add(r.Year, r.Areas, r.Weight, r.Mean, r.StdDev, r.Cv, r.Gini, r.Theil, r.Grouping, r.TheilBetween, r.TheilWithin);
            foreach (var g in r.GroupParts) parts.Add(year, g.Group, g.Areas, g.WeightShare, g.Mean, g.Theil);
        }
        if (t.Rows.Count == 0) throw new NotFoundException($"No {measure.Name} values of {s.Release} at {s.Level}.");
        return new AnalysisResult("inequality", AnalysisCatalog.Describe("inequality"), Meta(s, ("measure", measure.Name), ("population_weighted", q.Weighted && context.HasPopulation)), [t, parts]);
    }

    private static AnalysisResult Warning(IAnalysisData data, AnalysisRequest q)
    {
        var s = Series(data, q);
        var r = EarlyWarningAnalysis.Run(data, s, q.Delta, classBoundaries: q.ClassBoundaries, fallEvent: q.WarningEvent == "fall");
        var places = PlaceNames.Places(data, s.Level);
        // place: "name (gemeente)"; place_code: the area it names (a postcode's most populous buurt); gemeente code and name.
        var flags = ResultTable.Of("flags", "code", "place", "start", "afw", "probability", "risk_multiple", "flag", "risk_factors", "place_code", "gemeente", "gemeente_name");
        foreach (var f in r.Flags.Where(f => f.Flag.Length > 0))
        {
            var place = places.GetValueOrDefault(f.Code);
            flags.Add(f.Code, place?.Label ?? "", f.Start, f.Afw, f.Probability, f.RiskMultiple, f.Flag, string.Join("; ", f.RiskFactors),
                place?.NamedAfter, place?.Gemeente, place?.GemeenteName);
        }
        var backtest = ResultTable.Of("backtest", "split", "periods", "areas", "events", "base_rate", "auc", "precision_top5", "lift");
        foreach (var b in r.Backtest) backtest.Add(b.Split, b.Periods, b.Areas, b.Declines, b.BaseRate, b.Auc, b.PrecisionTop5, b.Lift);
        var coef = ResultTable.Of("coefficients", "feature", "coefficient");
        foreach (var (f, c) in r.Coefficients) coef.Add(f, c);
        return new AnalysisResult("early-warning", AnalysisCatalog.Describe("early-warning"), Meta(s, ("event", q.WarningEvent), ("decline_threshold", double.IsNaN(r.DeclineThreshold) ? null : r.DeclineThreshold),
            ("eligibility", r.Eligibility), ("lambda", r.Lambda), ("areas_scored", r.Flags.Count),
            ("notice", "Een signaal om het gesprek aan te gaan, geen oordeel over bewoners. / A signal for conversation, never a verdict on residents.")),
            [flags, backtest, coef]);
    }

    private static AnalysisResult Groups(IAnalysisData data, AnalysisRequest q)
    {
        if (string.IsNullOrWhiteSpace(q.Indicator)) throw new ArgumentException("groups needs --indicator CODE (summed) or A/B (ratio of sums), e.g. population.");
        var parts = q.Indicator.Split('/', 2, StringSplitOptions.TrimEntries);
        var grouping = q.Grouping is null or "g4-g40-m50" ? "group" : q.Grouping;
        if (grouping is not ("group" or LevelName.Provincie or "stedelijkheid"))
            throw new ArgumentException($"Unknown grouping '{q.Grouping}' for groups; expected g4-g40-m50, provincie or stedelijkheid.");
        var (from, to) = (q.From ?? 2012, q.To ?? AreaContext.Division);
        var series = Leefbaar.Analysis.Groups.GemeenteSeries.Load(data, parts[0], parts.Length == 2 ? parts[1] : null, from, to);
        var context = AreaContext.Load(data, LevelName.Gemeente);
        var r = Leefbaar.Analysis.Groups.GroupComparison.Compute(series, c => context.GroupOf(grouping, c), parts.Length == 2);
        var names = PlaceNames.Of(data, LevelName.Gemeente);
        var groups = ResultTable.Of("groups", "group", "members", $"value_{r.From}", $"value_{r.To}", "growth_abs", "growth_pct", "index", "share_of_national_growth");
        foreach (var g in r.Groups) groups.Add(g.Group, g.Members, g.From, g.To, g.Absolute, g.Percent, g.Index, double.IsNaN(g.ShareOfNationalGrowth) ? null : g.ShareOfNationalGrowth);
        var index = ResultTable.Of("index", "group", "year", "index");
        foreach (var (g, y, v) in r.IndexSeries) index.Add(g, y, v);
        var extremes = ResultTable.Of("top_bottom", "rank", "code", "name", $"value_{r.From}", $"value_{r.To}", "growth_pct");
        foreach (var (g, k) in r.Top.Select((g, k) => (g, k))) extremes.Add($"top {k + 1}", g.Code, names.GetValueOrDefault(g.Code, ""), g.From, g.To, g.Percent);
        foreach (var (g, k) in r.Bottom.Select((g, k) => (g, k))) extremes.Add($"bottom {k + 1}", g.Code, names.GetValueOrDefault(g.Code, ""), g.From, g.To, g.Percent);
        return new AnalysisResult("groups", AnalysisCatalog.Describe("groups"), new Dictionary<string, object?>
        {
            ["indicator"] = q.Indicator, ["grouping"] = grouping == "group" ? "g4-g40-m50" : grouping, ["from"] = r.From, ["to"] = r.To,
            ["years"] = string.Join(", ", series.ByYear.Keys.Order()), ["gemeenten"] = r.Gemeenten, ["division"] = AreaContext.Division,
            ["merged_predecessors"] = string.Join(", ", series.Merged.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}: {kv.Value}")),
            ["method"] = r.Ratio ? "ratio of sums over the members" : "sum over the members",
        }, [groups, index, extremes]);
    }
}
